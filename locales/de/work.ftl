work-contract-dk =
    Dänemark hat keinen gesetzlichen Mindestlohn: Ihr Lohn folgt dem Tarifvertrag (overenskomst) oder Ihrem Vertrag.
    Arbeiten Sie im Schnitt mehr als 3 Stunden pro Woche, müssen Sie Ihre Arbeitsbedingungen schriftlich bekommen (ansættelsesbevis): die wichtigsten binnen 7 Tagen, den Rest binnen 1 Monat.
    Die Probezeit beträgt höchstens 6 Monate, für Angestellte (funktionærer) 3 Monate; für sie gelten feste Kündigungsfristen.
    Die normale Arbeitswoche hat nach den meisten Tarifverträgen 37 Stunden; im Schnitt höchstens 48 Stunden mit Überstunden.
    Es gibt 10 Feiertage, seit der Store Bededag 2024 abgeschafft wurde; Frei und Zuschläge regelt der Tarif- oder Arbeitsvertrag.
    Gewerkschaft (fagforening) und A-Kasse sind verschieden: Die Gewerkschaft hilft bei Streit mit dem Arbeitgeber.
    Arbeiten Sie in Deutschland, gelten deutsches Arbeitsrecht und der deutsche Mindestlohn.
    .title = Arbeitsbedingungen in Dänemark
    .deadline = Ansættelsesbevis: die wichtigsten Bedingungen (u. a. Lohn, Arbeitszeit, Probezeit) spätestens 7 Kalendertage nach Beginn, der Rest spätestens 1 Monat danach. Gilt ab durchschnittlich mehr als 3 Stunden pro Woche.
    .duration = Probezeit höchstens 6 Monate (funktionærer 3). Kündigungsfrist des Arbeitgebers für funktionærer: 1 Monat in den ersten 6 Monaten, danach 3 Monate, mit der Betriebszugehörigkeit steigend bis 6 Monate.
    .contact = Ihre dänische Gewerkschaft. Beratung: Regionskontor, +45 74 67 05 01, infocenter@region.dk.
work-minimum-wage-de =
    Der gesetzliche Mindestlohn in Deutschland beträgt { $mindestlohn } pro Stunde ({ $mindestlohn-year }); bereits beschlossen: { $work-mindestlohn-next } ab 1. Januar { $work-mindestlohn-next-year }.
    Minijob: Verdienst bis { $minijob-limit } im Monat ({ $minijob-limit-year }), { $work-minijob-limit-next } ab 1. Januar { $work-minijob-limit-next-year }. Die Grenze folgt dem Mindestlohn (10 Stunden pro Woche).
    Midijob (Übergangsbereich): Verdienst über der Minijob-Grenze bis { $work-midijob-limit } im Monat.
    Das gilt für Arbeit in Deutschland; Dänemark hat keinen gesetzlichen Mindestlohn.
    Haben Sie auch einen Job in Dänemark, lesen Sie zu Nebenjob und Minijob: Das kann Steuer und Sozialversicherung ändern.
    .title = Mindestlohn und Minijob-Grenze
    .amount = Mindestlohn: { $mindestlohn } pro Stunde ({ $mindestlohn-year }), { $work-mindestlohn-next } ab 1.1.{ $work-mindestlohn-next-year }. Minijob: bis { $minijob-limit } im Monat ({ $minijob-limit-year }), { $work-minijob-limit-next } ab 1.1.{ $work-minijob-limit-next-year }. Midijob: bis { $work-midijob-limit } im Monat.
    .contact = Mindestlohn: Zoll (Finanzkontrolle Schwarzarbeit). Minijob: Minijob-Zentrale (minijob-zentrale.de).
work-holiday-dk =
    In Dänemark gilt „samtidighedsferie“: Sie erwerben 2,08 Urlaubstage pro Monat (25 im Jahr) und können sie ab dem Folgemonat nehmen.
    Das Urlaubsjahr läuft vom 1.9. bis 31.8.; der Urlaub kann bis zum 31.12. nach Ende des Urlaubsjahres genommen werden.
    Stundenlohn: 12,5 % Feriengeld (feriegodtgørelse) gehen an die FerieKonto und werden ausgezahlt, wenn Sie Urlaub nehmen. Festes Gehalt: bezahlter Urlaub plus 1 % Urlaubszuschlag (ferietillæg).
    Verlassen Sie den dänischen Arbeitsmarkt und wohnen im Ausland, bekommen Sie die Feriepenge ohne Urlaub ausgezahlt, wenn Sie spätestens 6 Monate danach einen Antrag stellen.
    Ansprechpartner: FerieKonto (borger.dk) oder Ihr Arbeitgeber.
    Arbeiten Sie in Deutschland, gilt das deutsche Urlaubsrecht – siehe „Urlaub beim Job in Deutschland“.
    .title = Urlaub und Feriepenge in Dänemark
    .amount = Feriengeld (feriegodtgørelse) beträgt 12,5 % des Lohns bei Stundenlohn; bei festem Gehalt bezahlter Urlaub plus 1 % Urlaubszuschlag (ferietillæg).
    .apply = Feriepenge von der FerieKonto beantragen Sie auf borger.dk mit MitID, wenn Sie Urlaub nehmen – oder wenn Sie den dänischen Arbeitsmarkt verlassen.
    .deadline = Verlassen Sie den dänischen Arbeitsmarkt, beantragen Sie die Auszahlung ohne Urlaub spätestens 6 Monate danach; sonst müssen Sie Urlaub nehmen, um das Geld zu bekommen.
    .contact = FerieKonto (Udbetaling Danmark) über borger.dk, oder Ihr Arbeitgeber.
work-holiday-de =
    Arbeiten Sie in Deutschland, haben Sie nach dem Bundesurlaubsgesetz mindestens 24 Werktage Urlaub im Jahr – das sind 20 Tage bei einer 5-Tage-Woche.
    Viele Arbeits- und Tarifverträge geben mehr; den vollen Anspruch haben Sie nach 6 Monaten Beschäftigung.
    Der Urlaub ist im Kalenderjahr zu nehmen; nur aus besonderen Gründen kann er in die ersten 3 Monate des Folgejahres übertragen werden.
    Dänische Regeln (Feriepenge, FerieKonto) gelten nur für Arbeit in Dänemark.
    .title = Urlaub beim Job in Deutschland
    .duration = Mindestens 24 Werktage (20 Arbeitstage bei 5-Tage-Woche) im Jahr; voller Anspruch nach 6 Monaten. Übertragener Urlaub ist in der Regel bis 31. März des Folgejahres zu nehmen.
    .contact = Ihr Arbeitgeber oder Ihre Gewerkschaft in Deutschland. Beratung: Regionskontor, +45 74 67 05 01, infocenter@region.dk.
work-side-job-minijob =
    Ein Nebenjob im anderen Staat kann Ihre gesamte Sozialversicherung verschieben (25-%-Regel) und für Ihren Hauptarbeitgeber teuer werden – lassen Sie sich vorher beraten.
    Wohnen Sie in Dänemark und haben einen deutschen Minijob: Deutschland besteuert ihn nicht, also besteuert ihn Dänemark ({ $am-bidrag } AM-bidrag + Einkommensteuer). Sie können den dänischen Versicherungsschutz verlieren, ohne deutschen zu bekommen.
    Wohnen Sie in Deutschland und haben neben dem dänischen Job einen deutschen Minijob: Er wird in Deutschland versteuert, meist pauschal mit 2 %, die der Arbeitgeber zahlt.
    Ein Minijob ist ein Verdienst bis { $minijob-limit } im Monat ({ $minijob-limit-year }).
    .title = Nebenjob und Minijob
    .amount = Ein Minijob ist ein Verdienst bis { $minijob-limit } im Monat ({ $minijob-limit-year }); ab 1.1.{ $work-minijob-limit-next-year }: { $work-minijob-limit-next }.
    .contact = Regionskontor, +45 74 67 05 01, infocenter@region.dk. In Deutschland: Minijob-Zentrale (minijob-zentrale.de).
work-holiday-pay-moved =
    Urlaub und Feriepenge gehören zu dem Land, in dem Sie sie erarbeitet haben: dänischer Urlaub wird in Dänemark besteuert, deutscher in Deutschland – und der Urlaub wandert nicht zum neuen Job mit.
    Von Dänemark nach Deutschland: Feriepenge (feriegodtgørelse) auf der FerieKonto wurden schon beim Erarbeiten mit A-skat und AM-bidrag versteuert. Ohne Urlaub ausgezahlt werden sie, wenn Sie sie spätestens 6 Monate nach dem Verlassen des dänischen Arbeitsmarkts über borger.dk beantragen. Wohnen Sie in Deutschland, ist der dänische Lohn hier steuerfrei, erhöht aber den Steuersatz (Progressionsvorbehalt).
    Von Deutschland nach Dänemark: Nicht genommenen Urlaub zahlt der deutsche Arbeitgeber beim Ausscheiden aus (Urlaubsabgeltung, § 7 Abs. 4 BUrlG); versteuert wird sie in Deutschland. Beim dänischen Arbeitgeber erwerben Sie Urlaub ab dem ersten Monat.
    .title = Urlaubsgeld beim Jobwechsel über die Grenze
    .apply = Dänische Feriepenge beantragen Sie bei FerieKonto über borger.dk mit MitID. Die deutsche Urlaubsabgeltung zahlt der Arbeitgeber mit dem letzten Lohn.
    .deadline = Dänische Feriepenge ohne Urlaub: spätestens 6 Monate nach dem Verlassen des dänischen Arbeitsmarkts beantragen; danach nur noch, wenn Sie Urlaub nehmen.
    .contact = FerieKonto (Udbetaling Danmark) über borger.dk | Skattestyrelsen, +45 72 22 28 92 | Regionskontor, +45 74 67 05 01.
