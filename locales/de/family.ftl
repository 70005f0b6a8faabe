# Antworten zu Familienleistungen (knowledge/family.toml).

family-child-benefit-priority =
    Zuerst zahlt das Land, in dem Sie arbeiten – es sei denn, der andere Elternteil arbeitet in dem Land, in dem die Kinder wohnen; dann zahlt zuerst dieses Land.
    Elterngeld, Arbeitslosengeld und Krankengeld zählen dabei wie Arbeit.
    Ist die Leistung im anderen Land höher, zahlt es die Differenz (Differenz- bzw. Teilkindergeld).
    Dänemark zahlt nur bis 18. Für Kinder von 18 bis 25 in Ausbildung kann Deutschland deshalb das volle Kindergeld zahlen.
    Fehler und Rückforderungen sind häufig – lassen Sie Ihren Fall beim Regionskontor prüfen (+45 74 67 05 01, infocenter@region.dk).
    Kontakt: Familienkasse | Udbetaling Danmark.
    .title = Welches Land zahlt Kindergeld?
    .apply = Dänisches Kindergeld (børne- og ungeydelse) läuft über Udbetaling Danmark; deutsches Kindergeld und Differenzkindergeld über die Familienkasse.
    .duration = Dänemark zahlt das Kindergeld bis zum 18. Geburtstag; für Kinder von 18 bis 25 in Ausbildung kann Deutschland das volle Kindergeld zahlen.
    .contact = Familienkasse (Kindergeld) und Udbetaling Danmark (dänisches Kindergeld); Beratung: Regionskontor, +45 74 67 05 01, infocenter@region.dk.
family-kindergeld-de =
    Das Kindergeld beträgt { $kindergeld } pro Kind und Monat ({ $kindergeld-year }); es wird bis 18 gezahlt, in Ausbildung oder Studium bis 25.
    Den Antrag stellen Sie bei der Familienkasse. Für Fälle mit Dänemark-Bezug ist laut Regionskontor die Familienkasse Bayern Nord zuständig.
    Welches Land zuerst zahlt, hängt davon ab, wo beide Eltern arbeiten – siehe „Welches Land zahlt Kindergeld?“. Zahlt Dänemark vorrangig, zahlt Deutschland ggf. die Differenz (Teilkindergeld).
    Im Zweifel berät das Regionskontor: +45 74 67 05 01, infocenter@region.dk.
    .title = Kindergeld in Deutschland
    .amount = Das Kindergeld beträgt { $kindergeld } pro Kind und Monat ({ $kindergeld-year }).
    .apply = Kindergeld beantragen Sie bei der Familienkasse; für Fälle mit Dänemark-Bezug ist die Familienkasse Bayern Nord zuständig.
    .duration = Kindergeld gibt es bis 18, für Kinder in Ausbildung oder Studium bis 25.
    .contact = Familienkasse Bayern Nord; Beratung: Regionskontor, +45 74 67 05 01, infocenter@region.dk.
family-boerne-ungeydelse-dk =
    Das dänische Kindergeld (Børne- og ungeydelse, „Kinderscheck“) beträgt { $boerne-ungeydelse-0-2 } im Jahr für Kinder von 0–2 Jahren, { $boerne-ungeydelse-3-6 } für 3–6 und { $boerne-ungeydelse-7-17 } für 7–17 Jahre ({ $boerne-ungeydelse-0-2-year }); es gibt sie bis 18.
    Gezahlt wird vierteljährlich für 0–14 Jahre, monatlich für 15–17 Jahre; bei hohem Einkommen wird gekürzt.
    Grenzpendler, die in Dänemark arbeiten, beantragen sie selbst über borger.dk mit Arbeitsvertrag und Geburtsurkunde.
    Es gilt ein Anwartschaftsprinzip: Den vollen Betrag gibt es nach 6 Jahren Wohnsitz oder Beschäftigung in Dänemark innerhalb der letzten 10 Jahre; Zeiten in anderen EU-Ländern können zählen.
    Bei gemeinsamem Sorgerecht wird sie seit 2022 hälftig geteilt.
    Kontakt: Udbetaling Danmark | Familienkasse (ggf. Differenzkindergeld).
    .title = Dänisches Kindergeld (Børne- og ungeydelse)
    .amount = Børne- og ungeydelse pro Jahr ({ $boerne-ungeydelse-0-2-year }): 0–2 Jahre { $boerne-ungeydelse-0-2 }, 3–6 Jahre { $boerne-ungeydelse-3-6 }, 7–17 Jahre { $boerne-ungeydelse-7-17 }; bei hohem Einkommen gekürzt.
    .apply = Grenzpendler beantragen das dänische Kindergeld bei Udbetaling Danmark über borger.dk (mit oder ohne MitID).
    .form = Für den Antrag auf dänisches Kindergeld brauchen Sie Arbeitsvertrag und Geburtsurkunde des Kindes; ohne MitID auch die Einwilligungs- und Erklärungsblankette von borger.dk.
    .duration = Dänisches Kindergeld gibt es bis 18: vierteljährlich für 0–14 Jahre, monatlich für 15–17 Jahre.
    .contact = Udbetaling Danmark über borger.dk; Beratung: Regionskontor, +45 74 67 05 01.
family-parental-leave-dk =
    Wer in Dänemark arbeitet, hat die dänische Barsel: Die Mutter hat 4 Wochen vor der Geburt frei, und nach der Geburt hat jeder Elternteil 24 Wochen (zusammen 48) – für Kinder ab dem 2. August 2022.
    Die ersten 2 Wochen nach der Geburt sind für die Mutter Pflicht. Von den 24 Wochen je Elternteil sind 11 reserviert (øremærket), 13 können übertragen werden.
    In dieser Zeit gibt es Barselsdagpenge (gedeckelt) – oder Gehalt, wenn Tarif- oder Arbeitsvertrag das vorsehen; dann bekommt der Arbeitgeber die Dagpenge.
    Kontakt: Udbetaling Danmark (Barselsdagpenge) und Ihr Arbeitgeber.
    Wer in Deutschland arbeitet, hat deutsche Elternzeit und Elterngeld – siehe „Elterngeld“.
    .title = Barsel (Elternzeit) in Dänemark
    .apply = Barselsdagpenge zahlt Udbetaling Danmark; bekommen Sie während der Barsel Gehalt, erhält Ihr Arbeitgeber die Dagpenge.
    .duration = Dänische Barsel: 4 Wochen vor der Geburt für die Mutter, nach der Geburt 24 Wochen je Elternteil (11 reserviert, 13 übertragbar).
    .contact = Udbetaling Danmark (Barselsdagpenge) und Ihr Arbeitgeber.
family-elterngeld-de =
    Elterngeld ersetzt etwa 65–67 % des Nettoeinkommens (300–1.800 € im Monat) für bis zu 14 Monate, die sich beide Eltern teilen.
    Kein Anspruch besteht, wenn das zu versteuernde Einkommen im Jahr vor der Geburt über { $elterngeld-income-limit } lag – bei Paaren zusammen, bei Alleinerziehenden allein (Geburten ab 1.4.2025).
    ElterngeldPlus läuft doppelt so lange mit halbem Betrag. Wer in Deutschland arbeitet, kann bis zu 3 Jahre Elternzeit nehmen.
    Wer in Dänemark arbeitet, nimmt normalerweise dänische Barsel; Elterngeld ist eine Familienleistung, Deutschland zahlt ggf. die Differenz als Aufstockung – lassen Sie das von der Elterngeldstelle prüfen.
    Antrag in Schleswig-Holstein: Elterngeldstelle beim Landesamt für soziale Dienste. Beratung: Regionskontor, +45 74 67 05 01.
    .title = Elterngeld
    .amount = Elterngeld: etwa 65–67 % des Nettoeinkommens, mindestens 300 und höchstens 1.800 € im Monat; kein Anspruch bei einem zu versteuernden Einkommen über { $elterngeld-income-limit } im Jahr vor der Geburt.
    .duration = Basiselterngeld bis zu 14 Monate für beide Eltern zusammen (davon 2 Partnermonate); ElterngeldPlus doppelt so lange mit halbem Betrag.
    .apply = In Schleswig-Holstein beantragen Sie Elterngeld bei der Elterngeldstelle des Landesamts für soziale Dienste.
    .contact = Elterngeldstelle (Landesamt für soziale Dienste Schleswig-Holstein); Beratung: Regionskontor, +45 74 67 05 01, infocenter@region.dk.
