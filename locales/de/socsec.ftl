socsec-applicable-law =
    Nach der EU-Verordnung 883/2004 sind Sie immer nur in einem Staat sozialversichert – für alle Zweige zusammen (u. a. Kranken-, Renten- und Arbeitslosenversicherung).
    Grundregel: der Staat, in dem Sie tatsächlich arbeiten. Es gibt kein Wahlrecht; Wohnsitz und Staatsangehörigkeit spielen keine Rolle.
    Wer in Deutschland wohnt und nur in Dänemark arbeitet, ist in Dänemark sozialversichert – und umgekehrt.
    Arbeiten Sie auch im Wohnland (z. B. Homeoffice oder Nebenjob), kann die ganze Sozialversicherung dorthin wechseln (25-%-Regel, A1).
    Ansprechpartner: Udbetaling Danmark (International Social Sikring) | in Deutschland die DVKA oder Ihre Krankenkasse.
    .title = Wo bin ich sozialversichert?
socsec-a1-certificate =
    Wer in mehreren Staaten arbeitet, ist so versichert:
    - Mindestens 25 % der Arbeitszeit oder des Entgelts im Wohnstaat: Wohnstaat.
    - Sonst: Staat, in dem der Arbeitgeber seinen Sitz hat.
    - Arbeitgeber in verschiedenen Staaten (auch dänischer Job + deutscher Minijob): Wohnstaat.
    Nachweis ist die Bescheinigung PD A1, beantragt im Wohnstaat: Wohnsitz in Deutschland bei der DVKA in Bonn (dvka.de), Wohnsitz in Dänemark bei Udbetaling Danmark (Arbeitgeber über virk.dk).
    Bei einer Entsendung bleiben Sie mit A1 bis zu 24 Monate im Heimatstaat versichert.
    .title = A1-Bescheinigung und Arbeit in mehreren Staaten
socsec-employer-abroad =
    Sind Sie in einem anderen Staat versichert als dem Ihres Arbeitgebers, muss der Arbeitgeber im Versicherungsstaat Beiträge zahlen:
    - Deutscher Arbeitgeber, Mitarbeiter in Dänemark versichert: Registrierung in Dänemark (businessindenmark.dk, virk.dk) und Zahlung von ATP, Arbeitsunfallversicherung, AES-Beitrag u. a. – meist kleine Beträge.
    - Dänischer Arbeitgeber, Mitarbeiter mit Wohnsitz in Deutschland wird deutsch versichert (z. B. ab 25 % Homeoffice): Anmeldung in Deutschland, deutsche Lohnabrechnung und deutsche Arbeitgeberbeiträge – grob rund 20 % zusätzlich zum Lohn.
    Die Einzelheiten hängen vom Fall ab und können sich geändert haben. Fragen Sie das Regionskontor (+45 74 67 05 01, infocenter@region.dk); in Deutschland die Krankenkasse als Einzugsstelle.
    .title = Arbeitgeber im anderen Staat
socsec-self-employed =
    Steuer: Haben Sie ohne Wohnsitz in Dänemark dort eine Betriebsstätte (fast driftssted), sind Sie mit dem Gewinn beschränkt steuerpflichtig. Anmeldung (Formular 04.063) innerhalb von 8 Tagen, dazu eine CVR-Nummer über virk.dk. Dänemark prüft streng, ob Sie wirklich selbstständig oder Arbeitnehmer sind.
    Ausländische Dienstleister, die in Dänemark arbeiten, müssen sich im RUT-Register melden – Bußgelder ab 10.000 DKK.
    Sozialversicherung: Die 25-%-Regel gilt auch für Selbstständige. Wer in einem Staat angestellt und im anderen selbstständig ist, ist in der Regel im Beschäftigungsstaat versichert – lassen Sie das bestätigen.
    Die Regeln sind kompliziert: fragen Sie das Regionskontor (+45 74 67 05 01, infocenter@region.dk). Ansprechpartner: Skattestyrelsen, virk.dk | Gewerbeamt, Finanzamt.
    .title = Selbstständig über die Grenze
socsec-work-accident =
    Dänemark: Der Arbeitgeber versichert Arbeitsunfälle bei einer privaten Versicherung. Der Arbeitgeber (bei Berufskrankheiten auch der Arzt) meldet den Fall; AES (Arbejdsmarkedets Erhvervssikring) entscheidet über Anerkennung und Entschädigung.
    Wichtig: In Dänemark ist der Arbeitsweg nicht versichert – ein Unfall auf dem Weg gilt als Privatunfall.
    Deutschland: Die Berufsgenossenschaft deckt Arbeits- und Wegeunfälle. Gehen Sie zu einem D-Arzt (Durchgangsarzt).
    Wohnen Sie in Deutschland und arbeiten in Dänemark: Achten Sie darauf, dass Ihr dänischer Arbeitgeber den Unfall bei AES meldet (aes.dk).
    .title = Arbeitsunfall und Berufskrankheit
