unemployment-full-unemployment =
    Werden Sie als Grenzgänger ganz arbeitslos, zahlt der Staat, in dem Sie wohnen – nicht der Staat, in dem Sie gearbeitet haben.
    Wohnsitz Deutschland, Arbeit in Dänemark: Sie bekommen deutsches Arbeitslosengeld von der Agentur für Arbeit; Ihre Beschäftigung und A-Kasse-Zeiten in Dänemark werden angerechnet. Melden Sie sich arbeitsuchend, sobald Sie die Kündigung haben (in der Regel 3 Monate vor dem Ende, bei kürzerer Frist innerhalb von 3 Tagen – Frist bitte bei der Agentur prüfen). Tel. 0800 4 5555 00 (kostenlos).
    Nachweis: PD U1 von Ihrer A-Kasse – ohne A-Kasse von STAR (Formular EØS 4.0).
    Ob dänische Krankengeldzeiten (sygedagpenge) direkt vor der Arbeitslosigkeit zählen, ist umstritten. Lassen Sie sich beraten: Regionskontor +45 74 67 05 01.
    Wohnsitz Dänemark, Arbeit in Deutschland: Dann zahlt Dänemark (A-Kasse, Dagpenge).
    .title = Arbeitslos: Wer zahlt?
unemployment-akasse-membership =
    In Dänemark ist die Arbeitslosenversicherung freiwillig: Als Grenzpendler treten Sie selbst einer A-Kasse (Arbeitslosenkasse, z. B. 3F oder HK) bei und zahlen den Beitrag; er ist in Dänemark steuerlich absetzbar.
    Das lohnt sich: Nur über eine A-Kasse bekommen Sie bei Teilarbeitslosigkeit oder Kurzarbeit in Dänemark Leistungen (supplerende dagpenge), und die Mitgliedschaft stärkt Ihren deutschen Anspruch, wenn Sie ganz arbeitslos werden.
    Wollen Sie einen deutschen Anspruch auf Arbeitslosengeld mitnehmen, treten Sie spätestens 8 Wochen nach Arbeitsbeginn bei.
    Sie können nur in einer A-Kasse zugleich Mitglied sein – treten Sie nicht aus, bevor Sie anderswo versichert sind.
    .title = Dänische A-Kasse
unemployment-partial-short-time =
    Bei teilweiser oder vorübergehender Arbeitslosigkeit, während das Arbeitsverhältnis weiterläuft (weniger Stunden, Kurzarbeit/arbejdsfordeling, Heimschicken z. B. wegen schlechten Wetters), zahlt der Staat, in dem Sie arbeiten.
    Wohnsitz Deutschland, Arbeit in Dänemark: Leistungen (supplerende dagpenge) gibt es nur über eine dänische A-Kasse. Deutsches Kurzarbeitergeld gilt nicht für Ihren dänischen Job. Ohne A-Kasse bekommen Sie nichts.
    Melden Sie sich sofort bei Ihrer A-Kasse (und beim Jobcenter), wenn Ihre Stunden gekürzt werden.
    Arbeiten Sie in Deutschland, gelten die deutschen Regeln – fragen Sie die Agentur für Arbeit.
    .title = Kurzarbeit und Teilarbeitslosigkeit
unemployment-dk-dagpenge =
    Dänisches Arbeitslosengeld (dagpenge) setzt voraus: mindestens 1 Jahr Mitglied einer A-Kasse (Zeiten in anderen EU-Staaten können zählen), ein Mindesteinkommen ({ $unemployment-dagpenge-income-req } im Jahr { $unemployment-dagpenge-income-req-year }), Meldung beim Jobcenter ab dem ersten Tag, Verfügbarkeit und aktive Jobsuche (jobnet.dk).
    Dagpenge betragen bis zu 90 % des früheren Lohns, höchstens { $unemployment-dagpenge-max-month } im Monat bei Vollzeitversicherung ({ $unemployment-dagpenge-max-month-year }). Bezug bis zu 2 Jahre innerhalb von 3 Jahren. Die Sätze ändern sich jährlich – fragen Sie Ihre A-Kasse.
    Wohnen Sie in Deutschland und werden ganz arbeitslos, zahlt Deutschland (Arbeitslosengeld), nicht Dänemark.
    Wohnen Sie in Dänemark und endet ein Job in Deutschland: Treten Sie innerhalb von 8 Wochen einer dänischen A-Kasse bei und legen Sie die PD U1 vor.
    .title = Dänische Dagpenge
unemployment-de-alg =
    In Deutschland ist die Arbeitslosenversicherung für Beschäftigte Pflicht. Der Beitrag beträgt { $unemployment-de-av-rate } vom Lohn ({ $unemployment-de-av-rate-year }), je zur Hälfte von Ihnen und vom Arbeitgeber.
    Arbeitslosengeld I (ALG 1) beträgt 60 % des früheren Nettolohns, mit Kind 67 %.
    Voraussetzung sind mindestens 12 Monate Versicherungszeit innerhalb der Rahmenfrist (Anwartschaftszeit) und die persönliche Arbeitslosmeldung bei der Agentur für Arbeit. Wie lang die Rahmenfrist ist (2 Jahre oder 30 Monate), kann sich geändert haben – bitte bei der Agentur oder beim Regionskontor (+45 74 67 05 01) nachfragen.
    Wie lange Sie ALG bekommen, hängt von Ihrem Alter und Ihrer Versicherungszeit ab.
    Agentur für Arbeit: Tel. 0800 4 5555 00 (kostenlos).
    .title = Deutsches Arbeitslosengeld (ALG)
