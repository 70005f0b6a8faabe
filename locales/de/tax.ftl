tax-limited-liability-dk =
    Wenn Sie in Deutschland wohnen und in Dänemark arbeiten, versteuern Sie Ihren Lohn in Dänemark als beschränkt Steuerpflichtiger – daran ändert sich nichts, egal wie viele Jahre Sie pendeln.
    (Wohnen Sie in Dänemark und arbeiten in Deutschland, siehe „Wohnen in Dänemark, arbeiten in Deutschland: Steuern“.)
    Vor dem Start: Steuer-CPR (skattepersonnummer) und Steuerkarte online oder mit Formular 04.063 (auch auf Deutsch) beantragen, mit Passkopie und unterschriebenem Vertrag – frühestens 1 Monat vor Arbeitsbeginn.
    Abziehen können Sie Kosten für den Job, z. B. Fahrtkosten (befordringsfradrag), Gewerkschaft und A-Kasse. Erstattungen zahlt Skat nur auf ein NemKonto.
    In Deutschland ist der Lohn steuerfrei, erhöht aber den Steuersatz auf andere Einkünfte (Progressionsvorbehalt).
    Kontakt: Skattestyrelsen, +45 72 22 28 92 | Ihr Wohnsitzfinanzamt.
    .title = Steuer in Dänemark (beschränkte Steuerpflicht)
    .apply = Steuer-CPR und Steuerkarte beantragen Sie online auf skat.dk oder mit Formular 04.063, mit Passkopie und Arbeitsvertrag (verheiratet: auch Heiratsurkunde).
    .form = Formular 04.063 (Steuer-CPR und Steuerkarte für ausländische Arbeitnehmer) gibt es auf Dänisch, Englisch, Deutsch, Polnisch, Rumänisch und Litauisch.
    .deadline = Beantragen Sie die Steuerkarte frühestens 1 Monat vor Arbeitsbeginn und rechtzeitig vor dem ersten Lohn – ohne Steuerkarte behält der Arbeitgeber { $no-tax-card-rate } ein.
    .contact = Skattestyrelsen: +45 72 22 28 92 oder „Kontakt os“ in TastSelv auf skat.dk. In Deutschland: Ihr Wohnsitzfinanzamt.
tax-tax-card-dk =
    Ihre dänische Steuerkarte (skattekort) ist digital: Sie steht oben im Steuerbudget (forskudsopgørelse) in TastSelv auf skat.dk, und der Arbeitgeber ruft sie selbst ab.
    Hauptkarte (hovedkort): beim Arbeitgeber, bei dem Sie am meisten verdienen – mit Abzugsprozentsatz und monatlichem Freibetrag. Nebenkarte (bikort): für alle weiteren Arbeitgeber, ohne Freibetrag. Freikarte (frikort): ein Betrag, den Sie steuerfrei verdienen.
    Vom Lohn gehen immer { $am-bidrag } Arbeitsmarktbeitrag (AM-bidrag) ab.
    Ohne Steuerkarte behält der Arbeitgeber { $no-tax-card-rate } ein – beantragen Sie sie rechtzeitig (online oder Formular 04.063).
    Der persönliche Freibetrag (personfradrag) beträgt { $personfradrag } im Jahr { $personfradrag-year }.
    Ändern sich Lohn, Familie oder Arbeitsweg, passen Sie das Steuerbudget an – so vermeiden Sie eine Nachzahlung (restskat).
    Kontakt: Skattestyrelsen, +45 72 22 28 92.
    .title = Steuerkarte und Abzugsprozentsatz
    .amount = Der persönliche Freibetrag (personfradrag) beträgt { $personfradrag } im Jahr ({ $personfradrag-year }). Der AM-Beitrag ist { $am-bidrag } vom Lohn; ohne Steuerkarte werden { $no-tax-card-rate } einbehalten.
    .apply = Die Steuerkarte entsteht aus dem Steuerbudget in TastSelv auf skat.dk; neue Grenzpendler beantragen Steuer-CPR und Steuerkarte online oder mit Formular 04.063.
    .form = Ohne Steuer-CPR nutzen Sie Formular 04.063 (auch auf Deutsch).
    .contact = Skattestyrelsen: +45 72 22 28 92 oder „Kontakt os“ in TastSelv auf skat.dk.
tax-frontier-worker-rule =
    Die Grenzgängerregel (75-Prozent-Regel) können Sie wählen, wenn Sie in Deutschland wohnen, in Dänemark arbeiten und mindestens 75 % Ihres gesamten Welteinkommens in Dänemark versteuert werden.
    Dazu zählen z. B. dänischer Lohn, Gewinne aus Gewerbe, Renten, Efterløn, Arbeitslosen-, Kranken- und Mutterschaftsgeld. Zum Welteinkommen gehört alles – auch Zinsen, Mieteinnahmen und ausländische Renten.
    Dann erhalten Sie Abzüge wie unbeschränkt Steuerpflichtige: Schuldzinsen (auch für ein Haus in Deutschland), den Freibetrag eines Ehepartners ohne Einkommen und Unterhaltszahlungen.
    Vorsicht: Bei Aktieneinkünften kann die Regel nachteilig sein – rechnen Sie nach.
    Gewählt wird sie in TastSelv (Frist 1. Juli). Wer in Dänemark wohnt, kann sie nicht nutzen.
    Kontakt: Skattestyrelsen, +45 72 22 28 92 | Regionskontor, +45 74 67 05 01.
    .title = Grenzgängerregel (75-Prozent-Regel)
    .apply = Wählen Sie die Grenzgängerregel in TastSelv unter „Ret årsopgørelsen/oplysningsskemaet“. Für das Steuerbudget wenden Sie sich an Skattestyrelsen.
    .deadline = Die Wahl der Grenzgängerregel muss bis zum 1. Juli des Folgejahres angegeben werden.
    .form = Ohne TastSelv: Formular 04.009 (Erklärung für beschränkt Steuerpflichtige) und 04.031 (Ergänzung, u. a. zur Grenzgängerregel).
    .contact = Skattestyrelsen: +45 72 22 28 92. Regionskontor & Infocenter: +45 74 67 05 01, infocenter@region.dk.
tax-annual-return-dk =
    Die dänische Jahresabrechnung (årsopgørelse) steht Mitte März in TastSelv auf skat.dk; korrigieren Sie sie bis zum 1. Mai – wer ein Oplysningsskema ausfüllen muss, hat bis zum 1. Juli Zeit.
    Ein Oplysningsskema bekommt z. B., wer ausländische Einkünfte oder ein Gewerbe hat, die 75-Prozent-Regel nutzt oder in Dänemark wohnt und deutschen Lohn hat.
    Fehlen Felder für Auslandsangaben: über „Kontakt os“ (Udlandsforhold) in TastSelv schreiben oder Skattestyrelsen anrufen.
    Ihr dänischer Arbeitgeber meldet den ganzen Lohn: in Feld (rubrik) 11 den in Dänemark steuerpflichtigen Teil, in rubrik 16 den dort nicht steuerpflichtigen (z. B. Arbeitstage in Deutschland).
    Erstattungen gibt es nur auf ein NemKonto.
    Kontakt: Skattestyrelsen, +45 72 22 28 92.
    .title = Jahresabrechnung (årsopgørelse) und Fristen
    .deadline = Die Jahresabrechnung korrigieren Sie bis zum 1. Mai; ein Oplysningsskema muss bis zum 1. Juli des Folgejahres ausgefüllt sein.
    .apply = In TastSelv auf skat.dk „Ret årsopgørelsen/oplysningsskemaet“ wählen. Fehlen Felder, nutzen Sie „Kontakt os“ (Udlandsforhold).
    .form = Beschränkt Steuerpflichtige ohne TastSelv nutzen Formular 04.009 (und 04.031 für die Grenzgängerregel).
    .contact = Skattestyrelsen: +45 72 22 28 92. Das Regionskontor zeigt jedes Frühjahr in Videos, wie die Abrechnung funktioniert (pendlerinfo.org).
tax-commuting-deduction-dk =
    Wenn Sie in Deutschland wohnen und in Dänemark arbeiten, gibt es den dänischen befordringsfradrag für den täglichen Weg über 24 km hin und zurück: { $befordring-25-120 } je km für 25–120 km und { $befordring-over-120 } je km darüber ({ $befordring-25-120-year }).
    Das gilt für jedes Verkehrsmittel, aber nur für Tage, an denen Sie tatsächlich zur Arbeit fahren (nicht Homeoffice, Urlaub oder Krankheit).
    Den höheren Satz für Randgemeinden gibt es nur mit Wohnsitz in so einer Gemeinde, also nicht, wenn Sie in Deutschland wohnen.
    Jede abgezogene Krone spart etwa 26 % Steuern. Kilometer und Tage tragen Sie in TastSelv ein.
    Wer in Dänemark wohnt und in Deutschland arbeitet, bekommt stattdessen die deutsche Entfernungspauschale.
    Kontakt: Skattestyrelsen, +45 72 22 28 92.
    .title = Pendlerpauschale in Dänemark (befordringsfradrag)
    .amount = Der befordringsfradrag beträgt { $befordring-25-120 } je km für 25–120 km Hin- und Rückweg am Tag und { $befordring-over-120 } je km über 120 km ({ $befordring-25-120-year }); die ersten 24 km zählen nicht.
    .apply = Tragen Sie Kilometer pro Tag und Anzahl der Tage im Steuerbudget (Feld 417) und in der Jahresabrechnung (Rubrik 51) in TastSelv auf skat.dk ein.
    .contact = Skattestyrelsen: +45 72 22 28 92 oder „Kontakt os“ in TastSelv auf skat.dk.
tax-commuting-deduction-de =
    Wenn Sie in Dänemark wohnen und in Deutschland arbeiten, setzen Sie in der deutschen Steuer { $entfernungspauschale } je Kilometer der einfachen Strecke und Arbeitstag ab – ab dem ersten Kilometer ({ $entfernungspauschale-year }, Entfernungspauschale).
    Das gilt für jedes Verkehrsmittel; höchstens 4.500 € im Jahr, außer mit dem eigenen Auto.
    Die Pauschale wirkt nur, soweit alle Werbungskosten zusammen den Arbeitnehmer-Pauschbetrag von { $arbeitnehmer-pauschbetrag } im Jahr übersteigen.
    Sie machen sie in der deutschen Steuererklärung (Anlage N) geltend – oder schon im laufenden Jahr als Freibetrag beim Lohnsteuerabzug; dann ist die Steuererklärung Pflicht.
    Wer in Deutschland wohnt und in Dänemark arbeitet, bekommt stattdessen den dänischen befordringsfradrag.
    Kontakt: Betriebsstättenfinanzamt Ihres Arbeitgebers | Regionskontor, +45 74 67 05 01.
    .title = Entfernungspauschale in Deutschland
    .amount = Die Entfernungspauschale beträgt { $entfernungspauschale } je Kilometer der einfachen Strecke und Arbeitstag ab dem ersten Kilometer ({ $entfernungspauschale-year }); sie wirkt über den Arbeitnehmer-Pauschbetrag von { $arbeitnehmer-pauschbetrag } hinaus.
    .apply = Arbeitstage und Entfernung tragen Sie in der Steuererklärung (Anlage N, über ELSTER) ein, oder Sie beantragen einen Freibetrag beim Betriebsstättenfinanzamt Ihres Arbeitgebers.
    .form = Anlage N zur Einkommensteuererklärung; für einen Freibetrag beim Lohnsteuerabzug der „Antrag auf Lohnsteuer-Ermäßigung“.
    .contact = Betriebsstättenfinanzamt Ihres Arbeitgebers. Beratung: Regionskontor & Infocenter, +45 74 67 05 01, infocenter@region.dk.
tax-progression-de =
    Wenn Sie in Deutschland wohnen und in Dänemark arbeiten, ist der dänische Lohn in Deutschland steuerfrei, erhöht aber den Steuersatz auf Ihre deutschen Einkünfte (Progressionsvorbehalt).
    Das wirkt sich aus, wenn der Haushalt deutsche Einkünfte hat, z. B. den Lohn des Ehepartners.
    Haben Sie oder Ihr Ehepartner deutschen Lohn mit Lohnsteuerabzug und liegt der dänische Lohn über 410 € im Jahr, ist die Steuererklärung Pflicht (§ 46 EStG); ohne deutsche Einkünfte meist nicht, doch das Finanzamt kann eine verlangen.
    Der dänische Lohn gehört in die Anlage N-AUS. Arbeitstage in Deutschland (z. B. Homeoffice) werden hier besteuert.
    Für den umgekehrten Fall siehe „Wohnen in Dänemark, arbeiten in Deutschland: Steuern“.
    Kontakt: Ihr Wohnsitzfinanzamt (ELSTER) | Regionskontor, +45 74 67 05 01.
    .title = Dänischer Lohn in der deutschen Steuererklärung
    .apply = Die deutsche Steuererklärung geht über ELSTER an Ihr Wohnsitzfinanzamt. Pflicht ist sie, wenn Sie oder Ihr Ehepartner deutschen Lohn mit Lohnsteuerabzug haben und der dänische Lohn über 410 € im Jahr liegt.
    .form = Der dänische Lohn gehört in die Anlage N-AUS der Einkommensteuererklärung (ELSTER).
    .contact = Ihr Wohnsitzfinanzamt (ELSTER). Beratung: Regionskontor & Infocenter, +45 74 67 05 01, infocenter@region.dk.
tax-dba-dk-de =
    Nach dem Doppelbesteuerungsabkommen zwischen Deutschland und Dänemark wird Lohn dort besteuert, wo Sie tatsächlich arbeiten – und der andere Staat entlastet, damit derselbe Lohn nicht zweimal besteuert wird.
    Das Abkommen stammt vom 22.11.1995 und wurde durch ein Protokoll geändert, das am 23.12.2021 in Kraft trat.
    Bei kurzen Aufenthalten im anderen Staat kann die 183-Tage-Regel dazu führen, dass der Lohn weiter im Heimatstaat besteuert wird – das hängt vom Einzelfall ab. Eine besondere Grenzgängerregel enthält das Abkommen nicht.
    Wohnen Sie in Deutschland, ist der dänische Lohn hier steuerfrei, mit Progressionsvorbehalt. Wohnen Sie in Dänemark, rechnet Dänemark die deutsche Steuer an.
    Renten: Art. 18. Gehälter im öffentlichen Dienst besteuert der zahlende Staat.
    Kontakt: Finanzamt | Skattestyrelsen, +45 72 22 28 92.
    .title = Doppelbesteuerungsabkommen DK–DE
    .contact = Ihr Finanzamt | Skattestyrelsen, +45 72 22 28 92. Beratung: Regionskontor, +45 74 67 05 01.
tax-dk-resident-working-de =
    Wenn Sie in Dänemark wohnen und in Deutschland arbeiten, versteuern Sie den Lohn in Deutschland (beschränkte Steuerpflicht); Dänemark rechnet die deutsche Steuer an.
    Sie brauchen eine Steuer-ID vom Betriebsstättenfinanzamt Ihres Arbeitgebers; der Arbeitgeber kann sie mit Vollmacht beantragen. Die Lohnsteuer läuft elektronisch (ELStAM), meist Steuerklasse I.
    Auf Antrag (§ 1 Abs. 3 EStG) gelten Sie als unbeschränkt steuerpflichtig, wenn mindestens 90 % Ihrer Einkünfte in Deutschland besteuert werden oder die übrigen höchstens { $grundfreibetrag } ({ $grundfreibetrag-year }) betragen. Dann ist mit Ehepartner in der EU Steuerklasse III möglich; die Steuererklärung wird Pflicht.
    In Dänemark geben Sie den Lohn in TastSelv unter „Udenlandsk lønindkomst“ an.
    Wohnen Sie in Deutschland und arbeiten in Dänemark: siehe „Steuer in Dänemark“.
    Kontakt: Betriebsstättenfinanzamt | Skattestyrelsen, +45 72 22 28 92.
    .title = Wohnen in Dänemark, arbeiten in Deutschland: Steuern
    .amount = Für § 1 Abs. 3 EStG dürfen die nicht in Deutschland besteuerten Einkünfte höchstens { $grundfreibetrag } ({ $grundfreibetrag-year }) betragen, oder mindestens 90 % der Einkünfte werden in Deutschland besteuert.
    .apply = Die Steuer-ID beantragen Sie beim Betriebsstättenfinanzamt Ihres Arbeitgebers („Antrag auf Vergabe einer steuerlichen Identifikationsnummer für nicht meldepflichtige Personen“); der Arbeitgeber kann das mit Vollmacht tun.
    .form = Für § 1 Abs. 3 EStG: „Anlage Grenzpendler EU/EWR“, von Skattestyrelsen bestätigt. In Dänemark: das Modul „Udenlandsk lønindkomst“ in TastSelv.
    .deadline = In Dänemark muss der deutsche Lohn bis zum 1. Juli des Folgejahres im Oplysningsskema angegeben sein.
    .contact = Betriebsstättenfinanzamt Ihres Arbeitgebers | Skattestyrelsen, +45 72 22 28 92.
tax-foreign-tin-reporting =
    Seit dem 1. Januar 2024 müssen alle, die im Ausland wohnen und Einkünfte aus Dänemark beziehen (Lohn, Rente, Leistungen), dem dänischen Auszahler ihre Adresse, ihr Wohnsitzland, ihre CPR-Nummer (oder ihr Geburtsdatum) und ihre ausländische Steuernummer (TIN) mitteilen.
    Wenn Sie in Deutschland wohnen, ist Ihre TIN die deutsche Steuer-ID (IdNr).
    Das ist Pflicht: Arbeitgeber oder Pensionskasse fragen, weil das Gesetz es verlangt. Skattestyrelsen leitet die Daten an Deutschland weiter.
    Finden Sie Ihre Steuer-ID nicht, hilft das Bundeszentralamt für Steuern (BZSt).
    Kontakt: Ihr Auszahler oder Skattestyrelsen, +45 72 22 28 92 | BZSt.
    .title = Deutsche Steuer-ID (TIN) für dänische Auszahler
    .apply = Ihre Steuer-ID (TIN), Adresse und Ihr Wohnsitzland teilen Sie direkt dem dänischen Auszahler mit (Arbeitgeber, Pensionskasse oder Behörde); Skattestyrelsen leitet die Daten an Deutschland weiter.
    .contact = Ihr Arbeitgeber oder Ihre Pensionskasse, Skattestyrelsen (+45 72 22 28 92) – und das Bundeszentralamt für Steuern (BZSt), wenn Sie Ihre Steuer-ID nicht finden.
tax-public-sector =
    Im öffentlichen Dienst (z. B. Staat, Kommune, öffentliche Schule, Beamte) wird das Gehalt in der Regel in dem Staat besteuert, der es zahlt (Kassenstaatsprinzip) – egal, wo Sie wohnen.
    Homeoffice im Wohnsitzstaat kann die Aufteilung ändern: Führen Sie ein Protokoll über Ihre Homeoffice-Tage und geben Sie das Gehalt in TastSelv nach Arbeitstagen aufgeteilt an („offentlig, udenlandsk arbejdsgiver“).
    Bei einem dänischen öffentlichen Arbeitgeber bleiben Sie in Dänemark sozialversichert – auch im Homeoffice in Deutschland (nach EU-Recht gelten alle dänischen öffentlich Beschäftigten als Beamte). Bei einem deutschen öffentlichen Arbeitgeber gilt das für Beamte.
    Die Regeln hängen vom Einzelfall ab. Lassen Sie Ihre Lage beim Regionskontor prüfen: +45 74 67 05 01, infocenter@region.dk.
    Kontakt: Finanzamt | Skattestyrelsen, +45 72 22 28 92.
    .title = Öffentlicher Dienst
    .apply = Öffentlicher Dienst mit Homeoffice-Tagen: Geben Sie das Gehalt in TastSelv nach Arbeitstagen aufgeteilt an (Modul „Udenlandsk lønindkomst“, „offentlig, udenlandsk arbejdsgiver“).
    .contact = Regionskontor & Infocenter: +45 74 67 05 01, infocenter@region.dk. Skattestyrelsen: +45 72 22 28 92. In Deutschland Ihr Finanzamt.
tax-tax-home-tiebreaker =
    Haben Sie Wohnung oder Familie in beiden Ländern, können Sie in Dänemark und in Deutschland unbeschränkt steuerpflichtig sein; dann bestimmt Artikel 4 Absatz 2 des Doppelbesteuerungsabkommens, in welchem Land Sie ansässig sind.
    Die Regeln gelten in dieser Reihenfolge:
    1. Ständige Wohnstätte: Haben Sie nur in einem Land eine, sind Sie dort ansässig.
    2. Wohnstätte in beiden Ländern: Mittelpunkt der Lebensinteressen, also engere persönliche und wirtschaftliche Beziehungen (Familie, Zuhause, Arbeit, Vermögen).
    3. Lässt sich das nicht bestimmen: gewöhnlicher Aufenthalt; dann Staatsangehörigkeit; zuletzt einigen sich die Finanzbehörden.
    Es zählen die tatsächlichen Verhältnisse, nicht nur die Meldeadresse.
    Der Ansässigkeitsstaat besteuert Ihr gesamtes Einkommen, der andere Staat nur z. B. den Lohn für die Arbeit dort.
    .title = Steuerlich ansässig in zwei Ländern
    .contact = Ihr Finanzamt | Skattestyrelsen: +45 72 22 28 92 (dort ist auch ein verbindliches „bindende svar“ möglich). Beratung: Regionskontor, +45 74 67 05 01.
tax-company-car-benefit =
    Dürfen Sie den Firmenwagen privat nutzen, versteuern Sie das als Teil des Lohns – nach den Regeln des Landes, das den Lohn besteuert.
    Deutsche Steuer (geldwerter Vorteil): je Monat 1 % des Bruttolistenpreises plus 0,03 % des Listenpreises je Kilometer zwischen Wohnung und Arbeit – oder die tatsächlichen Kosten nach Fahrtenbuch (§ 8 Abs. 2 EStG). Weniger bei Elektro- und Hybridautos. Der Arbeitgeber behält die Lohnsteuer ein.
    Dänische Steuer („fri bil“): ein Prozentsatz des Autowerts (immer mindestens { $fri-bil-min-value }) plus Umweltzuschlag (miljøtillæg), egal wie viel Sie privat fahren; kein Fahrtkostenabzug (befordringsfradrag).
    Welches Land: meist das, in dem Sie arbeiten (Doppelbesteuerungsabkommen).
    Fragen Sie das Lohnbüro, Skattestyrelsen, das Finanzamt oder das Regionskontor, +45 74 67 05 01.
    .title = Dienstwagen: Steuer auf die Privatnutzung
    .amount = Deutsche Steuer: je Monat 1 % des Bruttolistenpreises plus 0,03 % je Kilometer zwischen Wohnung und Arbeit – oder Fahrtenbuch. Dänische Steuer („fri bil“): ein Prozentsatz des Autowerts (mindestens { $fri-bil-min-value }) plus Umweltzuschlag.
    .contact = Finanzamt | Skattestyrelsen (skat.dk) | Lohnbüro des Arbeitgebers. Beratung: Regionskontor, +45 74 67 05 01, infocenter@region.dk.
