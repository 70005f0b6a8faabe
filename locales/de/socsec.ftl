socsec-applicable-law =
    Sie sind in dem Staat sozialversichert, in dem Sie tatsächlich arbeiten: Wer in Deutschland wohnt und nur in Dänemark arbeitet, ist in Dänemark versichert – und umgekehrt.
    Nach der EU-Verordnung 883/2004 sind Sie immer nur in einem Staat versichert, für alle Zweige zusammen (u. a. Kranken-, Renten- und Arbeitslosenversicherung). Es gibt kein Wahlrecht; Wohnsitz und Staatsangehörigkeit spielen keine Rolle.
    Arbeiten Sie auch im Wohnstaat (z. B. Homeoffice oder Nebenjob), kann die ganze Sozialversicherung dorthin wechseln, wenn dort mindestens 25 % der Arbeitszeit oder des Entgelts liegen – siehe „A1-Bescheinigung“.
    Ansprechpartner: Udbetaling Danmark (International Social Sikring) | in Deutschland die DVKA oder Ihre Krankenkasse.
    .title = Wo bin ich sozialversichert?
    .contact = Udbetaling Danmark (International Social Sikring) | DVKA in Bonn (dvka.de) oder Ihre Krankenkasse; Beratung: Regionskontor, +45 74 67 05 01.
socsec-a1-certificate =
    Wer in Dänemark und Deutschland arbeitet, ist nur in einem Staat versichert: im Wohnstaat, wenn dort mindestens 25 % der Arbeitszeit oder des Entgelts liegen.
    Unter 25 % im Wohnstaat: Bei einem Arbeitgeber gilt der Staat, in dem er seinen Sitz hat; bei je einem Arbeitgeber in beiden Staaten gilt der Staat, in dem Sie nicht wohnen. Beispiel: Wohnsitz Deutschland, Job in Dänemark und kleiner deutscher Minijob (unter 25 %) → Dänemark. Völlig unbedeutende Tätigkeiten zählen nicht.
    Die Bescheinigung PD A1 beantragen Sie im Wohnstaat: in Deutschland bei der DVKA in Bonn, in Dänemark bei Udbetaling Danmark (Arbeitgeber über virk.dk).
    Bei einer Entsendung bleiben Sie mit A1 bis zu 24 Monate im Heimatstaat versichert.
    .title = A1-Bescheinigung und Arbeit in mehreren Staaten
    .form = Die Bescheinigung PD A1 (A1-Bescheinigung) zeigt, welche Sozialversicherung für Sie gilt.
    .apply = Wohnsitz Deutschland: A1 bei der DVKA in Bonn (dvka.de) beantragen; Wohnsitz Dänemark: bei Udbetaling Danmark – Arbeitgeber über virk.dk.
    .duration = Bei einer Entsendung gilt die A1 bis zu 24 Monate; wer regelmäßig in mehreren Staaten arbeitet, bekommt sie befristet und beantragt vor Ablauf eine neue.
    .contact = DVKA (GKV-Spitzenverband) in Bonn: dvka.de | Udbetaling Danmark, International Social Sikring; Beratung: Regionskontor, +45 74 67 05 01.
socsec-employer-abroad =
    Sind Sie in einem anderen Staat versichert als dem Ihres Arbeitgebers, muss der Arbeitgeber Sie dort anmelden und im Versicherungsstaat Beiträge zahlen.
    - Deutscher Arbeitgeber, Mitarbeiter in Dänemark versichert: Registrierung in Dänemark (businessindenmark.dk, virk.dk) und Zahlung von ATP, Arbeitsunfallversicherung, AES-Beitrag u. a. – meist kleine Beträge.
    - Dänischer Arbeitgeber, Mitarbeiter mit Wohnsitz in Deutschland wird deutsch versichert (z. B. ab 25 % Homeoffice): Anmeldung in Deutschland, deutsche Lohnabrechnung und deutsche Arbeitgeberbeiträge – grob rund 20 % zusätzlich zum Lohn.
    Die Einzelheiten hängen vom Fall ab. Fragen Sie das Regionskontor (+45 74 67 05 01, infocenter@region.dk); in Deutschland die Krankenkasse als Einzugsstelle.
    .title = Arbeitgeber im anderen Staat
    .apply = Deutscher Arbeitgeber: Registrierung in Dänemark über virk.dk (businessindenmark.dk). Dänischer Arbeitgeber: Anmeldung bei einer deutschen Krankenkasse als Einzugsstelle.
    .contact = Regionskontor, +45 74 67 05 01, infocenter@region.dk; in Deutschland die Krankenkasse (Einzugsstelle).
socsec-self-employed =
    Wer selbstständig Aufträge in Dänemark ausführt, muss sich registrieren: CVR-Nummer über virk.dk und in der Regel eine RUT-Meldung spätestens bei Arbeitsbeginn.
    Steuer: Haben Sie ohne Wohnsitz in Dänemark dort eine Betriebsstätte (fast driftssted), sind Sie mit dem Gewinn beschränkt steuerpflichtig. Anmeldung (Formular 04.063) innerhalb von 8 Tagen. Dänemark prüft streng, ob Sie wirklich selbstständig sind.
    Das RUT-Register gilt für ausländische Firmen mit Beschäftigten; Selbstständige ohne Beschäftigte nur im Bau sowie bei Installation/Reparation von Maschinen. Fehlt die Meldung: Bußgeld 10.000 DKK.
    Sozialversicherung: Die 25-%-Regel gilt auch für Selbstständige. Wer in einem Staat angestellt und im anderen selbstständig ist, ist in der Regel im Beschäftigungsstaat versichert – lassen Sie das bestätigen.
    Beratung: Regionskontor, +45 74 67 05 01, infocenter@region.dk.
    .title = Selbstständig über die Grenze
    .form = Formular 04.063 (Registrierung bei Skattestyrelsen); RUT-Meldung über virk.dk.
    .deadline = RUT-Meldung spätestens bei Arbeitsbeginn in Dänemark; eine Betriebsstätte muss innerhalb von 8 Tagen bei Skattestyrelsen angemeldet werden.
    .apply = CVR-Nummer und RUT-Meldung über virk.dk; steuerliche Anmeldung bei Skattestyrelsen (Formular 04.063).
    .contact = Skattestyrelsen und virk.dk | Gewerbeamt und Finanzamt in Deutschland; Beratung: Regionskontor, +45 74 67 05 01.
socsec-work-accident =
    Einen Arbeitsunfall in Dänemark meldet der Arbeitgeber; AES (Arbejdsmarkedets Erhvervssikring) entscheidet über Anerkennung und Entschädigung.
    Dänemark: Der Arbeitgeber versichert Arbeitsunfälle bei einer privaten Versicherung; Berufskrankheiten meldet auch der Arzt. Wichtig: Der Arbeitsweg ist nicht versichert – ein Unfall auf dem Weg gilt als Privatunfall.
    Deutschland: Die Berufsgenossenschaft deckt Arbeits- und Wegeunfälle. Gehen Sie zu einem D-Arzt (Durchgangsarzt).
    Wohnen Sie in Deutschland und arbeiten in Dänemark: Achten Sie darauf, dass Ihr dänischer Arbeitgeber den Unfall bei AES meldet (aes.dk).
    .title = Arbeitsunfall und Berufskrankheit
    .contact = AES (Arbejdsmarkedets Erhvervssikring): aes.dk | in Deutschland die Berufsgenossenschaft Ihres Arbeitgebers.
socsec-frontier-worker-definition =
    Grenzgänger (Grenzpendler) ist, wer in einem EU-Land wohnt, in einem anderen arbeitet und in der Regel täglich, mindestens aber einmal pro Woche nach Hause zurückkehrt.
    So definiert es die EU-Verordnung 883/2004 (Artikel 1 Buchstabe f) für die Sozialversicherung. Im Steuerrecht gilt etwas anderes: Das deutsch-dänische Abkommen hat keine besondere Grenzgängerregel, der Lohn wird grundsätzlich im Arbeitsland besteuert.
    Darum ist der Status wichtig: Sie sind im Arbeitsland sozialversichert, haben Anspruch auf ärztliche Behandlung in beiden Ländern, und bei voller Arbeitslosigkeit zahlt das Wohnland.
    Wer ins Arbeitsland umzieht, ist kein Grenzgänger mehr; dann gelten dort alle Regeln des Landes.
    .title = Was ist ein Grenzgänger?
    .contact = Regionskontor & Infocenter in Pattburg/Padborg: Tel. +45 74 67 05 01, infocenter@region.dk.
