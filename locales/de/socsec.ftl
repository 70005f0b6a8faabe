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
    Sind Sie in einem anderen Staat versichert als dem, in dem Ihr Arbeitgeber seinen Sitz hat, muss der Arbeitgeber Sie dort anmelden und Beiträge zahlen – als hätte er seinen Sitz dort.
    - Deutscher Arbeitgeber, Mitarbeiter in Dänemark versichert: Registrierung als Arbeitgeber spätestens 8 Tage nach der ersten Lohnzahlung (virk.dk) und Zahlung von ATP (ab 9 Wochenstunden), AES, AUB, Mutterschaftsbeitrag und Arbeitsunfallversicherung – meist kleine Beträge.
    - Dänischer Arbeitgeber, Mitarbeiter mit Wohnsitz in Deutschland wird deutsch versichert (z. B. ab 25 % Homeoffice): Anmeldung bei einer deutschen Krankenkasse, deutsche Lohnabrechnung und Arbeitgeberbeiträge – grob rund 20 % zusätzlich zum Lohn.
    Der Arbeitgeber kann mit Ihnen vereinbaren, dass Sie die Beiträge selbst abführen (VO 987/2009, Art. 21).
    Fragen Sie das Regionskontor (+45 74 67 05 01, infocenter@region.dk).
    .title = Arbeitgeber im anderen Staat
    .apply = Deutscher Arbeitgeber: Registrierung als Arbeitgeber in Dänemark über virk.dk (businessindenmark.dk). Dänischer Arbeitgeber: Anmeldung bei einer deutschen Krankenkasse als Einzugsstelle.
    .deadline = Ein ausländischer Arbeitgeber muss sich in Dänemark spätestens 8 Tage nach der ersten Lohnzahlung registrieren.
    .contact = ATP (Arbeitgeberbeiträge): +45 48 20 49 14 | in Deutschland die Krankenkasse (Einzugsstelle) | Regionskontor, +45 74 67 05 01, infocenter@region.dk.
socsec-self-employed =
    Wer als ausländischer Selbstständiger Aufträge in Dänemark ausführt, muss sich in der Regel spätestens bei Arbeitsbeginn im RUT-Register melden – und mit einer Betriebsstätte dort auch eine CVR-Nummer haben.
    RUT: gilt für ausländische Firmen, die Beschäftigte entsenden, und für Selbstständige ohne Beschäftigte im Bau sowie bei Installation/Reparatur von Maschinen. Verspätete oder falsche Meldung: Bußgeld 10.000 DKK (20.000 DKK im Wiederholungsfall).
    Steuer: Nur mit Betriebsstätte (fast driftssted) wird der Gewinn in Dänemark besteuert. Registrierung über virk.dk („Registrering af udenlandsk virksomhed“); danach vergibt Skattestyrelsen eine Steuer-Personennummer, und Sie beantragen eine Vorauszahlung (forskudsopgørelse). Erklärung bis 1. Juli des Folgejahres.
    Sozialversicherung: Selbstständig in beiden Staaten – Wohnstaat, wenn dort mindestens 25 % der Tätigkeit liegen. Angestellt in einem Staat, selbstständig im anderen: Beschäftigungsstaat.
    .title = Selbstständig über die Grenze
    .form = RUT-Meldung und „Registrering af udenlandsk virksomhed“ (CVR) auf virk.dk.
    .deadline = RUT-Meldung spätestens bei Arbeitsbeginn in Dänemark; Änderungen spätestens am ersten Arbeitstag danach. Steuererklärung für eine Betriebsstätte bis 1. Juli des Folgejahres.
    .amount = Fehlende oder falsche RUT-Meldung: Bußgeld 10.000 DKK, im Wiederholungsfall 20.000 DKK.
    .apply = CVR-Nummer und RUT-Meldung über virk.dk; Vorauszahlung (forskudsopgørelse) bei Skattestyrelsen.
    .contact = Arbejdstilsynet (RUT): +45 70 12 12 88 | Skattestyrelsen | Gewerbeamt und Finanzamt in Deutschland; Beratung: Regionskontor, +45 74 67 05 01.
socsec-work-accident =
    Arbeiten Sie in Dänemark, meldet der Arbeitgeber einen Arbeitsunfall, und Arbejdsmarkedets Erhvervssikring (AES) entscheidet über Anerkennung und Entschädigung.
    Dänemark: Der Arbeitgeber meldet spätestens 14 Tage nach dem ersten Fehltag; eine Berufskrankheit meldet der Arzt, sobald er einen Verdacht hat. Geschieht das nicht, können Sie selbst innerhalb von 1 Jahr bei AES melden. Der Arbeitsweg ist grundsätzlich nicht versichert (Ausnahmen z. B. bei Rufbereitschaft oder vom Arbeitgeber organisierter Fahrt).
    Deutschland: Die Berufsgenossenschaft deckt Arbeits- und Wegeunfälle. Gehen Sie zu einem D-Arzt (Durchgangsarzt).
    Wohnen Sie in Deutschland und arbeiten in Dänemark, gilt dänisches Recht: Der Arbeitsweg ist in der Regel nicht versichert, auch nicht auf deutscher Seite.
    .title = Arbeitsunfall und Berufskrankheit
    .deadline = Der Arbeitgeber meldet einen Arbeitsunfall spätestens 14 Tage nach dem ersten Fehltag; selbst melden können Sie bei AES innerhalb von 1 Jahr nach dem Unfall bzw. nachdem ein Arzt gesagt hat, dass die Krankheit von der Arbeit kommen kann.
    .apply = Der Arbeitgeber meldet den Unfall; Berufskrankheiten meldet der Arzt; Sie können auch selbst bei AES melden (aes.dk).
    .contact = AES (Arbejdsmarkedets Erhvervssikring): aes.dk | in Deutschland die Berufsgenossenschaft Ihres Arbeitgebers.
socsec-frontier-worker-definition =
    Grenzgänger (Grenzpendler) ist, wer in einem EU-Land wohnt, in einem anderen arbeitet und in der Regel täglich, mindestens aber einmal pro Woche nach Hause zurückkehrt.
    So definiert es die EU-Verordnung 883/2004 (Artikel 1 Buchstabe f) für die Sozialversicherung. Im Steuerrecht gilt etwas anderes: Das deutsch-dänische Abkommen hat keine besondere Grenzgängerregel, der Lohn wird grundsätzlich im Arbeitsland besteuert.
    Darum ist der Status wichtig: Sie sind im Arbeitsland sozialversichert, haben Anspruch auf ärztliche Behandlung in beiden Ländern, und bei voller Arbeitslosigkeit zahlt das Wohnland.
    Wer ins Arbeitsland umzieht, ist kein Grenzgänger mehr; dann gelten dort alle Regeln des Landes.
    .title = Was ist ein Grenzgänger?
    .contact = Regionskontor & Infocenter in Pattburg/Padborg: Tel. +45 74 67 05 01, infocenter@region.dk.
