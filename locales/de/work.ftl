work-contract-dk =
    Dänemark hat keinen gesetzlichen Mindestlohn: Der Lohn richtet sich nach dem Tarifvertrag (overenskomst) oder Ihrem Arbeitsvertrag.
    Die normale Arbeitswoche hat 37 Stunden, höchstens 48. Es gibt 11 Feiertage.
    Bei mehr als 8 Stunden pro Woche müssen Sie Ihre Arbeitsbedingungen spätestens 1 Monat nach Beginn schriftlich bekommen (ansættelsesbevis). Die Probezeit beträgt höchstens 3 Monate.
    Für Angestellte (funktionærer) regelt das Funktionärgesetz (funktionærloven) u. a. die Kündigungsfristen.
    Gewerkschaft (fagforening) und A-Kasse sind zwei verschiedene Dinge: Die Gewerkschaft hilft u. a. bei Streit mit dem Arbeitgeber.
    Ansprechpartner: Ihre dänische Gewerkschaft.
    .title = Arbeitsbedingungen in Dänemark
work-minimum-wage-de =
    Gesetzlicher Mindestlohn in Deutschland: { $mindestlohn } pro Stunde ({ $mindestlohn-year }), { $work-mindestlohn-next } ab { $work-mindestlohn-next-year }.
    Minijob: Verdienst bis { $minijob-limit } im Monat ({ $minijob-limit-year }).
    Midijob (Übergangsbereich): Verdienst über der Minijob-Grenze bis { $work-midijob-limit } im Monat.
    Haben Sie daneben einen Job in Dänemark, lesen Sie auch zu Nebenjob und Minijob: Das kann Steuer und Sozialversicherung ändern.
    Ansprechpartner: Zoll (Mindestlohn), Minijob-Zentrale.
    .title = Mindestlohn und Minijob-Grenze
work-holiday-dk =
    In Dänemark gilt seit 1.9.2020 „samtidighedsferie“: Sie erwerben 2,08 Urlaubstage pro Monat (25 im Jahr) und können sie ab dem Folgemonat nehmen.
    Das Urlaubsjahr läuft vom 1.9. bis 31.8.; der Urlaub kann bis zum 31.12. nach Ende des Urlaubsjahres genommen werden.
    Stundenlohn: 12,5 % Feriengeld (feriegodtgørelse) gehen an die FerieKonto und werden ausgezahlt, wenn Sie Urlaub nehmen. Festes Gehalt: bezahlter Urlaub plus 1 % Urlaubszuschlag (ferietillæg).
    Verlassen Sie den dänischen Arbeitsmarkt und wohnen im Ausland, bekommen Sie die Feriepenge ohne Urlaub ausgezahlt, wenn Sie innerhalb von 6 Monaten einen Antrag stellen.
    Ansprechpartner: FerieKonto (borger.dk) oder Ihr Arbeitgeber.
    .title = Urlaub und Feriepenge in Dänemark
work-holiday-de =
    Arbeiten Sie in Deutschland, gilt das Bundesurlaubsgesetz: mindestens 24 Werktage im Jahr bei 6-Tage-Woche, also 20 Tage bei 5-Tage-Woche. Viele Arbeits- und Tarifverträge geben mehr.
    Diese Angabe ist in unseren Quellen nicht geprüft und kann von Ihrem Vertrag abhängen – sehen Sie in den Vertrag, fragen Sie den Arbeitgeber oder das Regionskontor (+45 74 67 05 01, infocenter@region.dk).
    Dänische Regeln (Feriepenge, FerieKonto) gelten nur für Arbeit in Dänemark.
    .title = Urlaub beim Job in Deutschland
work-side-job-minijob =
    Ein Nebenjob im anderen Staat kann Ihre gesamte Sozialversicherung verschieben (25-%-Regel) – und das kann für Ihren Hauptarbeitgeber teuer werden.
    Wohnen Sie in Dänemark und haben einen deutschen Minijob: Deutschland besteuert ihn nicht, also besteuert ihn Dänemark ({ $am-bidrag } AM-bidrag + Einkommensteuer). Sie können den dänischen Versicherungsschutz verlieren, ohne deutschen zu bekommen.
    Ein Minijob ist ein Verdienst bis { $minijob-limit } im Monat ({ $minijob-limit-year }).
    Nehmen Sie einen Nebenjob erst nach persönlicher Beratung an: Regionskontor, +45 74 67 05 01, infocenter@region.dk. In Deutschland: Minijob-Zentrale.
    .title = Nebenjob und Minijob
