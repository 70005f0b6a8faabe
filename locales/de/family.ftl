# Antworten zu Familienleistungen (knowledge/family.toml).

family-child-benefit-priority =
    Zuerst zahlt das Land, in dem Sie arbeiten (Beschäftigungsstaat) – es sei denn, der andere Elternteil arbeitet in dem Land, in dem die Kinder wohnen; dann zahlt zuerst dieses Land.
    Elterngeld, Arbeitslosengeld und Krankengeld zählen dabei wie Arbeit.
    Ist die Leistung im anderen Land höher, zahlt es die Differenz (Differenz- bzw. Teilkindergeld).
    Dänemark zahlt nur bis 18. Für Kinder von 18 bis 25 in Ausbildung kann Deutschland deshalb das volle Kindergeld zahlen.
    Fehler und Rückforderungen sind häufig – lassen Sie Ihren Fall beim Regionskontor prüfen (+45 74 67 05 01, infocenter@region.dk).
    Kontakt: Familienkasse | Udbetaling Danmark.
    .title = Welches Land zahlt Kindergeld?
family-kindergeld-de =
    Das Kindergeld beträgt { $kindergeld } pro Kind und Monat ({ $kindergeld-year }). Es wird bis 18 gezahlt, in Ausbildung oder Studium bis 25.
    Den Antrag stellen Sie bei der Familienkasse. Für Fälle mit Dänemark-Bezug ist laut Pendlerinfo die Familienkasse Bayern Nord zuständig (früher Flensburg). Das kann sich geändert haben – fragen Sie bei der Familienkasse oder beim Regionskontor nach (+45 74 67 05 01).
    Welches Land zuerst zahlt, hängt davon ab, wo beide Eltern arbeiten – siehe „Welches Land zahlt Kindergeld?“.
    .title = Kindergeld in Deutschland
family-boerne-ungeydelse-dk =
    Die dänische Børne- og ungeydelse („Kinderscheck“, dänisches Kindergeld) gibt es bis 18: vierteljährlich für 0–14 Jahre, monatlich für 15–17 Jahre.
    Beträge pro Jahr ({ $boerne-ungeydelse-0-2-year }): 0–2 Jahre { $boerne-ungeydelse-0-2 }, 3–6 Jahre { $boerne-ungeydelse-3-6 }, 7–17 Jahre { $boerne-ungeydelse-7-17 } (über einer Einkommensgrenze gekürzt).
    Grenzpendler, die in Dänemark arbeiten, beantragen sie auf borger.dk mit Arbeitsvertrag und Geburtsurkunde. Es gilt ein Erwerbsprinzip (6 von 10 Jahren); Zeiten in anderen EU-Ländern zählen mit.
    Seit 2022 wird sie bei gemeinsamem Sorgerecht hälftig geteilt (betrifft vor allem Familien, die nach Dänemark ziehen).
    Kontakt: Udbetaling Danmark | Familienkasse (ggf. Differenzkindergeld).
    .title = Dänisches Kindergeld (Børne- og ungeydelse)
family-parental-leave-dk =
    Barsel (Elternzeit) richtet sich nach dem Land, in dem Sie arbeiten. Wer in Dänemark arbeitet, hat die dänischen Regeln (für Kinder ab dem 2. August 2022):
    Die Mutter hat 4 Wochen vor der Geburt frei; die ersten 2 Wochen nach der Geburt sind Pflicht.
    Nach der Geburt hat jeder Elternteil 24 Wochen (zusammen 48). Davon sind je 11 Wochen reserviert (øremærket, nicht übertragbar), je 13 Wochen können an den anderen Elternteil übertragen werden.
    In dieser Zeit gibt es Barselsdagpenge (gedeckelt) – oder Gehalt, wenn Tarif- oder Arbeitsvertrag das vorsehen; dann bekommt der Arbeitgeber die Dagpenge.
    Kontakt: Udbetaling Danmark (Barselsdagpenge) und Ihr Arbeitgeber. Deutsches Elterngeld zusätzlich: siehe „Elterngeld“.
    .title = Barsel (Elternzeit) in Dänemark
family-elterngeld-de =
    Elterngeld gibt es bis zu 14 Monate (davon 2 Partnermonate), etwa 65–67 % des Nettoeinkommens; ElterngeldPlus läuft länger mit kleineren Beträgen. Wer in Deutschland arbeitet, kann bis zu 3 Jahre Elternzeit nehmen.
    Antrag in Schleswig-Holstein: Elterngeldstelle beim Landesamt für soziale Dienste.
    Wer in Dänemark arbeitet, nimmt normalerweise dänische Barsel (Barselsdagpenge). Elterngeld ist eine Familienleistung – Deutschland zahlt ggf. die Differenz als Aufstockung. Lassen Sie das von der Elterngeldstelle prüfen.
    Es gibt eine Einkommensgrenze; den aktuellen Wert nennt die Elterngeldstelle.
    Die Regeln für Grenzpendler sind kompliziert – das Regionskontor berät (+45 74 67 05 01, infocenter@region.dk).
    .title = Elterngeld
