unemployment-full-unemployment =
    Werden Sie als Grenzpendler ganz arbeitslos, zahlt der Staat, in dem Sie wohnen – nicht der Staat, in dem Sie gearbeitet haben.
    Wohnsitz Deutschland, Arbeit in Dänemark: Sie bekommen deutsches Arbeitslosengeld von der Agentur für Arbeit; Ihre Beschäftigung in Dänemark wird angerechnet. Melden Sie sich spätestens 3 Monate vor dem Ende arbeitsuchend, bei kürzerer Frist innerhalb von 3 Tagen. Die dänischen Zeiten belegt die PD U1.
    Wohnsitz Dänemark, Arbeit in Deutschland: Dänemark zahlt Dagpenge, wenn Sie spätestens 8 Wochen nach dem Job die Aufnahme in eine dänische A-Kasse beantragen.
    Bei Teilarbeitslosigkeit (weniger Stunden) zahlt der Staat, in dem Sie arbeiten.
    Ob dänische Krankengeldzeiten (sygedagpenge) direkt vor der Arbeitslosigkeit zählen, ist umstritten – lassen Sie sich beim Regionskontor beraten.
    .title = Arbeitslos: Wer zahlt?
    .apply = Wohnsitz Deutschland: arbeitsuchend und arbeitslos melden bei der Agentur für Arbeit (online oder bei Ihrer örtlichen Agentur). Wohnsitz Dänemark: Aufnahme in eine dänische A-Kasse beantragen und ab dem ersten Tag auf jobnet.dk melden.
    .deadline = Bei der Agentur für Arbeit spätestens 3 Monate vor Ende der Beschäftigung arbeitsuchend melden – erfahren Sie es später, innerhalb von 3 Tagen. Wohnsitz Dänemark: Aufnahme in eine dänische A-Kasse spätestens 8 Wochen nach Ende der deutschen Versicherung beantragen.
    .form = Die PD U1 bescheinigt Versicherungs- und Beschäftigungszeiten: von Ihrer dänischen A-Kasse oder, ohne A-Kasse, von STAR (Antrag EØS 4.0); nach einem Job in Deutschland von der Agentur für Arbeit.
    .contact = Agentur für Arbeit: Tel. +49 800 4 5555 00. STAR (PD U1 ohne A-Kasse): star@star.dk. Beratung: Regionskontor, +45 74 67 05 01, infocenter@region.dk.
unemployment-akasse-membership =
    Ja, eine dänische A-Kasse lohnt sich: Die Versicherung ist freiwillig, und ohne sie bekommen Sie nichts, wenn Ihre Stunden im dänischen Job gekürzt werden.
    Sie treten selbst einer A-Kasse (z. B. 3F oder HK) bei; der Beitrag ist in Dänemark absetzbar. Nur die A-Kasse zahlt bei Teilarbeitslosigkeit oder Kurzarbeit in Dänemark (supplerende dagpenge).
    Werden Sie ganz arbeitslos, zahlt Deutschland Arbeitslosengeld – auch ohne A-Kasse (PD U1 von STAR).
    Waren Sie direkt vor dem Job in Dänemark in Deutschland arbeitslosenversichert, können die deutschen Zeiten in der A-Kasse zählen: Aufnahme spätestens 8 Wochen nach Ende der deutschen Versicherung beantragen und die PD U1 vorlegen.
    Wohnen Sie in Dänemark und arbeiten in Deutschland, sind Sie in Deutschland versichert – siehe „Deutsches Arbeitslosengeld“.
    .title = Dänische A-Kasse
    .apply = Treten Sie direkt bei der A-Kasse Ihrer Wahl (z. B. 3F oder HK) über deren Website bei; der Arbeitgeber meldet Sie nicht an. Sie können nur in einer A-Kasse zugleich Mitglied sein.
    .deadline = Sollen deutsche Versicherungszeiten in der A-Kasse zählen, beantragen Sie die Aufnahme spätestens 8 Wochen nach Ende der deutschen Arbeitslosenversicherung. Waren Sie in den letzten 5 Jahren in keiner dänischen A-Kasse, müssen Sie außerdem mindestens 296 Stunden in 12 Wochen in Dänemark arbeiten.
    .form = Die PD U1 der Agentur für Arbeit belegt Ihre deutschen Versicherungszeiten gegenüber der dänischen A-Kasse.
    .contact = Ihre A-Kasse. Beratung: Regionskontor, +45 74 67 05 01, infocenter@region.dk.
unemployment-partial-short-time =
    Bei teilweiser oder vorübergehender Arbeitslosigkeit, während das Arbeitsverhältnis weiterläuft, zahlt der Staat, in dem Sie arbeiten.
    Das gilt für weniger Stunden, Kurzarbeit (arbejdsfordeling) und Heimschicken, z. B. wegen Frost oder Auftragsmangel.
    Wohnsitz Deutschland, Arbeit in Dänemark: Leistungen (supplerende dagpenge) gibt es nur über eine dänische A-Kasse. Deutsches Kurzarbeitergeld gilt nicht für Ihren dänischen Job; ohne A-Kasse bekommen Sie nichts.
    Melden Sie sich sofort bei Ihrer A-Kasse und auf jobnet.dk, wenn Ihre Stunden gekürzt werden.
    Wohnen Sie in Dänemark und arbeiten in Deutschland, gelten die deutschen Regeln (Kurzarbeitergeld über den Arbeitgeber) – fragen Sie die Agentur für Arbeit.
    .title = Kurzarbeit und Teilarbeitslosigkeit
    .deadline = Teilarbeitslosigkeit in Dänemark: Melden Sie sich sofort bei Ihrer A-Kasse und auf jobnet.dk, sobald Ihre Stunden gekürzt werden.
    .apply = Supplerende dagpenge beantragen Sie bei Ihrer dänischen A-Kasse; melden Sie sich zugleich auf jobnet.dk als arbeitsuchend. Deutsches Kurzarbeitergeld beantragt der Arbeitgeber bei der Agentur für Arbeit.
    .contact = Ihre A-Kasse | Agentur für Arbeit: Tel. +49 800 4 5555 00. Beratung: Regionskontor, +45 74 67 05 01.
unemployment-dk-dagpenge =
    Dänische Dagpenge betragen bis zu 90 % des früheren Lohns, höchstens { $unemployment-dagpenge-max-month } im Monat bei Vollzeitversicherung ({ $unemployment-dagpenge-max-month-year }).
    In den ersten rund 3 Monaten sind bis zu { $unemployment-dagpenge-max-month-supplement } möglich (Beschäftigungszuschlag nach 4 Jahren ununterbrochener Mitgliedschaft).
    Voraussetzungen: mindestens 1 Jahr Mitglied einer A-Kasse (Zeiten aus anderen EU-Staaten können zählen), ein Einkommen von mindestens { $unemployment-dagpenge-income-req } in 3 Jahren ({ $unemployment-dagpenge-income-req-year }), Meldung auf jobnet.dk ab dem ersten Tag, Verfügbarkeit und Jobsuche.
    Wohnen Sie in Deutschland und werden ganz arbeitslos, zahlt Deutschland (Arbeitslosengeld), nicht Dänemark.
    Wohnen Sie in Dänemark und endet ein Job in Deutschland, zahlt Dänemark: Aufnahme in eine dänische A-Kasse spätestens 8 Wochen danach beantragen, PD U1 vorlegen.
    .title = Dänische Dagpenge
    .amount = Dagpenge betragen höchstens { $unemployment-dagpenge-max-month } im Monat bei Vollzeitversicherung ({ $unemployment-dagpenge-max-month-year }); mit Beschäftigungszuschlag bis zu { $unemployment-dagpenge-max-month-supplement } in den ersten rund 3 Monaten (setzt 4 Jahre ununterbrochene A-Kasse-Mitgliedschaft und genug Arbeit in den letzten 3 Jahren voraus). Die Sätze ändern sich jedes Jahr zum 1. Januar.
    .duration = Dagpenge gibt es bis zu 2 Jahre (3.848 Stunden bei Vollzeitversicherung) innerhalb von 3 Jahren.
    .apply = Melden Sie sich ab dem ersten Tag der Arbeitslosigkeit auf jobnet.dk und beantragen Sie Dagpenge bei Ihrer A-Kasse.
    .deadline = Meldung auf jobnet.dk spätestens am ersten Tag der Arbeitslosigkeit. Nach einem Job in Deutschland: Aufnahme in eine dänische A-Kasse spätestens 8 Wochen nach Ende der deutschen Versicherung beantragen.
    .form = Nach Arbeit in Deutschland belegt die PD U1 der Agentur für Arbeit Ihre deutschen Zeiten.
    .contact = Ihre A-Kasse. Beratung: Regionskontor, +45 74 67 05 01, infocenter@region.dk.
unemployment-de-alg =
    Deutsches Arbeitslosengeld (ALG I) beträgt 60 % des früheren Nettolohns, mit Kind 67 %.
    Sie müssen in den letzten 30 Monaten (Rahmenfrist) mindestens 12 Monate versichert gewesen sein und sich bei der Agentur für Arbeit arbeitslos melden. Wie lange Sie ALG bekommen, hängt von Alter und Versicherungszeit ab (6 bis 24 Monate).
    Für Beschäftigte in Deutschland ist die Versicherung Pflicht: Der Beitrag beträgt { $unemployment-de-av-rate } vom Lohn ({ $unemployment-de-av-rate-year }), je zur Hälfte von Ihnen und vom Arbeitgeber.
    Wohnen Sie in Dänemark und werden aus einem deutschen Job ganz arbeitslos, zahlt Dänemark Dagpenge – beantragen Sie spätestens 8 Wochen danach die Aufnahme in eine dänische A-Kasse (PD U1 der Agentur für Arbeit). Bei Teilarbeitslosigkeit zahlt Deutschland.
    .title = Deutsches Arbeitslosengeld (ALG)
    .amount = Arbeitslosengeld I beträgt 60 % des früheren Nettolohns, mit Kind 67 %. Der Beitrag zur Arbeitslosenversicherung beträgt { $unemployment-de-av-rate } vom Lohn ({ $unemployment-de-av-rate-year }), je zur Hälfte von Ihnen und vom Arbeitgeber.
    .duration = Arbeitslosengeld gibt es 6 bis 24 Monate, je nach Alter und Versicherungszeit; unter 50 Jahren höchstens 12 Monate.
    .apply = Melden Sie sich bei der Agentur für Arbeit arbeitsuchend und arbeitslos – online oder persönlich bei der Agentur an Ihrem Wohnort.
    .deadline = Arbeitsuchend melden spätestens 3 Monate vor Ende der Beschäftigung, bei kürzerer Frist innerhalb von 3 Tagen; arbeitslos melden spätestens am ersten Tag ohne Arbeit.
    .contact = Agentur für Arbeit: Tel. +49 800 4 5555 00. Beratung: Regionskontor, +45 74 67 05 01, infocenter@region.dk.
unemployment-jobseeking-abroad =
    Ja: Wer voll arbeitslos ist, kann Arbeitslosengeld oder dänische Dagpenge bis zu 3 Monate in ein anderes EU-Land mitnehmen, um dort Arbeit zu suchen – aber nur mit der PD U2, die vor der Ausreise vorliegen muss.
    Voraussetzung: Anspruch auf die Leistung und in der Regel mindestens 4 Wochen Arbeitslosmeldung.
    Die PD U2 gibt es bei der Agentur für Arbeit (Arbeitslosengeld) oder Ihrer A-Kasse (Dagpenge). Melden Sie sich im anderen Land spätestens 7 Tage nach dem Startdatum der PD U2 arbeitsuchend.
    Wer ohne Verlängerung (höchstens 6 Monate) nicht rechtzeitig zurückkommt, kann den restlichen Anspruch verlieren.
    Wer zu Hause wohnen bleibt und nur jenseits der Grenze Arbeit sucht, braucht keine PD U2.
    .title = Mit Arbeitslosengeld im Ausland Arbeit suchen
    .form = PD U2 – die Erlaubnis, Arbeitslosengeld oder Dagpenge zur Arbeitsuche in ein anderes EU-Land mitzunehmen.
    .apply = Die PD U2 beantragen Sie vor der Ausreise: bei der Agentur für Arbeit für Arbeitslosengeld, bei Ihrer A-Kasse für dänische Dagpenge.
    .deadline = Die PD U2 muss vor der Ausreise vorliegen; im anderen Land melden Sie sich spätestens 7 Tage nach dem Startdatum der PD U2 arbeitsuchend.
    .duration = Mit der PD U2 können Sie Arbeitslosengeld oder Dagpenge bis zu 3 Monate mitnehmen; manche Länder verlängern auf höchstens 6 Monate.
