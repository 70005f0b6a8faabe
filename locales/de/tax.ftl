tax-limited-liability-dk =
    Wenn Sie in Deutschland wohnen und in Dänemark arbeiten, sind Sie in Dänemark beschränkt steuerpflichtig: Dänemark besteuert Ihren Lohn. Daran ändert sich nichts, egal wie viele Jahre Sie pendeln – solange Sie in Deutschland wohnen, werden Sie dort nicht unbeschränkt steuerpflichtig.
    Abziehen können Sie Kosten für den Job, z. B. Fahrtkosten (befordringsfradrag), Gewerkschaft und A-Kasse.
    Vor dem Start: Steuer-CPR (skattepersonnummer) und Steuerkarte online oder mit Formular 04.063 (auch auf Deutsch) beantragen, mit Ausweiskopie und unterschriebenem Vertrag (verheiratet: Heiratsurkunde) – frühestens 1 Monat vor Arbeitsbeginn.
    Erstattungen zahlt Skat nur auf ein NemKonto.
    In Deutschland ist der Lohn steuerfrei, erhöht aber den Steuersatz auf andere Einkünfte (Progressionsvorbehalt).
    Kontakt: Skattestyrelsen, +45 72 22 28 92 (TastSelv auf skat.dk) | Ihr Wohnsitzfinanzamt.
    .title = Steuer in Dänemark (beschränkte Steuerpflicht)
tax-tax-card-dk =
    Ihre dänische Steuerkarte (skattekort) ist digital und steht oben im Steuerbudget (forskudsopgørelse) in TastSelv auf skat.dk.
    Hauptkarte (hovedkort): beim Arbeitgeber, bei dem Sie am meisten verdienen – mit Abzugsprozentsatz (trækprocent) und monatlichem Freibetrag. Nebenkarte (bikort): für alle weiteren Arbeitgeber, ohne Freibetrag. Freikarte (frikort): ein Betrag, den Sie steuerfrei verdienen können.
    Vom Lohn gehen immer { $am-bidrag } Arbeitsmarktbeitrag (AM-bidrag) ab.
    Ohne Steuerkarte (z. B. weil das Steuer-CPR fehlt) behält der Arbeitgeber { $no-tax-card-rate } ein – beantragen Sie sie rechtzeitig (online oder Formular 04.063).
    Der persönliche Freibetrag (personfradrag) betrug { $personfradrag } im Jahr { $personfradrag-year }.
    Ändern sich Lohn, Familie oder Arbeitsweg, passen Sie die forskudsopgørelse an – so vermeiden Sie eine Nachzahlung (restskat).
    Kontakt: Skattestyrelsen, +45 72 22 28 92.
    .title = Steuerkarte und Abzugsprozentsatz
tax-frontier-worker-rule =
    Die Grenzgängerregel (75-Prozent-Regel, § 5 A Kildeskatteloven) können Sie wählen, wenn Sie in Deutschland wohnen und in Dänemark beschränkt steuerpflichtig sind.
    Bedingung: Mindestens 75 % Ihres gesamten Welteinkommens (globalindkomst) werden in Dänemark besteuert. Dazu zählen dänischer Lohn, dänische Renten, Krankengeld, Arbeitslosengeld, SU und Gewinne aus Gewerbe. Zum Welteinkommen gehört alles – auch Zinsen, Mieteinnahmen und ausländische Renten.
    Dann erhalten Sie dieselben Abzüge wie unbeschränkt Steuerpflichtige: Schuldzinsen (auch für ein Haus in Deutschland), den Freibetrag (personfradrag) Ihres Ehepartners ohne Einkommen, Unterhaltszahlungen sowie Beiträge zu A-Kasse und efterløn.
    Vorsicht: Bei Aktieneinkünften kann die Regel nachteilig sein – rechnen Sie nach.
    Gewählt wird sie in TastSelv/im Oplysningsskema (Frist 1. Juli).
    Kontakt: Skattestyrelsen, +45 72 22 28 92 | Regionskontor, +45 74 67 05 01.
    .title = Grenzgängerregel (75-Prozent-Regel)
tax-annual-return-dk =
    Die dänische Jahresabrechnung (årsopgørelse) steht Mitte März in TastSelv auf skat.dk. Prüfen Sie sie.
    Einfache Fehler korrigieren Sie bis zum 1. Mai. Mit ausländischen Einkünften, Gewerbe oder 75-Prozent-Regel – oder wenn Sie in Dänemark wohnen und deutschen Lohn haben – füllen Sie das Oplysningsskema aus, Frist 1. Juli.
    Fehlen Felder für Auslandsangaben: über „Kontakt os“ (Udlandsforhold) in TastSelv schreiben oder Skattestyrelsen anrufen.
    Ihr dänischer Arbeitgeber meldet den ganzen Lohn: in Feld (rubrik) 11 den in Dänemark steuerpflichtigen Teil, in rubrik 16 den dort nicht steuerpflichtigen Teil (z. B. Arbeitstage in Deutschland).
    Erstattungen (overskydende skat) gibt es nur auf ein NemKonto.
    Das Regionskontor zeigt jedes Frühjahr in Videos, wie die Abrechnung funktioniert (pendlerinfo.org).
    Kontakt: Skattestyrelsen, +45 72 22 28 92.
    .title = Jahresabrechnung (årsopgørelse) und Fristen
tax-commuting-deduction-dk =
    In Dänemark gibt es für den täglichen Weg zwischen Ihrer tatsächlichen Wohnung in Deutschland und der Arbeit den befordringsfradrag (die dänische Pendlerpauschale) – egal ob mit Auto, Fahrrad, Bus oder Bahn.
    Berechnet wird pro Tag nach der Strecke hin und zurück: die ersten 24 km zählen nicht, für 25–120 km gibt es { $befordring-25-120 } je km, über 120 km { $befordring-over-120 } je km (Sätze für { $befordring-25-120-year }; in einigen Randgemeinden mehr).
    Nur für Tage, an denen Sie tatsächlich zur Arbeit gefahren sind – nicht für Homeoffice-, Urlaubs- oder Krankheitstage.
    Jede abgezogene Krone spart etwa 26 % Steuern. Tragen Sie Kilometer und Tage im Steuerbudget (forskudsopgørelse) ein und prüfen Sie sie in der Jahresabrechnung in TastSelv.
    Kontakt: Skattestyrelsen, +45 72 22 28 92.
    .title = Pendlerpauschale in Dänemark (befordringsfradrag)
tax-progression-de =
    Wenn Sie in Deutschland wohnen und in Dänemark arbeiten, ist der dänische Lohn in Deutschland steuerfrei – er erhöht aber den Steuersatz auf Ihre übrigen Einkünfte (Progressionsvorbehalt).
    Das wirkt sich aus, wenn der Haushalt auch deutsche Einkünfte hat, z. B. den Lohn Ihres Ehepartners bei Zusammenveranlagung.
    Der dänische Lohn gehört in der deutschen Steuererklärung in die Anlage N-AUS.
    Eine Steuererklärung ist in der Regel Pflicht, wenn die steuerfreien ausländischen Einkünfte 410 € übersteigen – diese Grenze ist nicht bestätigt, fragen Sie Ihr Finanzamt oder das Regionskontor.
    Arbeitstage in Deutschland (z. B. Homeoffice oder Dienstreisen) werden in Deutschland besteuert.
    Kontakt: Ihr Wohnsitzfinanzamt (ELSTER) | Regionskontor, +45 74 67 05 01.
    .title = Dänischer Lohn in der deutschen Steuererklärung
tax-dba-dk-de =
    Das Doppelbesteuerungsabkommen (DBA, dänisch DBO) zwischen Deutschland und Dänemark stammt vom 22.11.1995 (anwendbar seit 1997) und wurde durch ein Protokoll geändert, das am 23.12.2021 in Kraft trat.
    Lohn (Art. 15) wird dort besteuert, wo die Arbeit tatsächlich ausgeübt wird. Bei kurzen Aufenthalten im anderen Staat kann die 183-Tage-Regel dazu führen, dass der Lohn weiter im Heimatstaat besteuert wird – das hängt vom Einzelfall ab.
    Eine besondere Grenzgängerregel enthält das Abkommen nicht.
    Deutschland stellt den dänischen Lohn frei, mit Progressionsvorbehalt. Wer in Dänemark wohnt und in Deutschland arbeitet, bekommt in Dänemark eine Freistellung, wenn er deutsche Sozialbeiträge zahlt – sonst eine Anrechnung der deutschen Steuer (creditlempelse).
    Renten: Art. 18. Gehälter im öffentlichen Dienst besteuert der zahlende Staat.
    Kontakt: Finanzamt | Skattestyrelsen.
    .title = Doppelbesteuerungsabkommen DK–DE
tax-dk-resident-working-de =
    Wenn Sie in Dänemark wohnen und in Deutschland arbeiten, sind Sie mit dem deutschen Lohn in Deutschland beschränkt steuerpflichtig.
    Sie brauchen eine Steuer-ID vom Betriebsstättenfinanzamt Ihres Arbeitgebers („Antrag auf Vergabe einer steuerlichen Identifikationsnummer für nicht meldepflichtige Personen“); der Arbeitgeber kann sie mit Vollmacht beantragen. Die Lohnsteuerabzugsmerkmale sind elektronisch (ELStAM), meist Steuerklasse I.
    Auf Antrag (§ 1 Abs. 3 EStG) gelten Sie als unbeschränkt steuerpflichtig, wenn mindestens 90 % Ihrer Einkünfte in Deutschland besteuert werden oder die ausländischen Einkünfte höchstens { $grundfreibetrag } ({ $grundfreibetrag-year }) betragen. Skattestyrelsen bestätigt dazu die „Anlage Grenzpendler EU/EWR“. Mit Ehepartner in der EU ist dann Steuerklasse III möglich, und die Steuererklärung wird Pflicht – in der Regel ist sie ohnehin nötig.
    In Dänemark geben Sie den Lohn in TastSelv unter „Udenlandsk lønindkomst“ an.
    Kontakt: Betriebsstättenfinanzamt | Skattestyrelsen.
    .title = Wohnen in Dänemark, arbeiten in Deutschland: Steuern
tax-foreign-tin-reporting =
    Seit dem 1. Januar 2024 müssen alle, die im Ausland wohnen und Einkünfte aus Dänemark beziehen (Lohn, Rente, Leistungen), dem dänischen Auszahler ihre Adresse, ihr Wohnsitzland, ihre CPR-Nummer (oder ihr Geburtsdatum) und ihre ausländische Steuernummer (TIN) mitteilen.
    Wenn Sie in Deutschland wohnen, ist Ihre TIN die deutsche Steuer-ID (IdNr).
    Das ist Pflicht: Arbeitgeber oder Pensionskasse fragen, weil das Gesetz es verlangt. Skattestyrelsen leitet die Daten an Deutschland weiter.
    Finden Sie Ihre Steuer-ID nicht, hilft das Bundeszentralamt für Steuern (BZSt).
    Kontakt: Ihr Auszahler oder Skattestyrelsen | BZSt.
    .title = Deutsche Steuer-ID (TIN) für dänische Auszahler
tax-public-sector =
    Im öffentlichen Dienst (z. B. Staat, Kommune, öffentliche Schule, Beamte) wird das Gehalt in der Regel in dem Staat besteuert, der es zahlt (Kassenstaatsprinzip) – egal, wo Sie wohnen.
    Homeoffice im Wohnsitzstaat kann die Aufteilung ändern: Führen Sie ein Protokoll über Ihre Homeoffice-Tage und geben Sie das Gehalt in TastSelv nach Arbeitstagen aufgeteilt an („offentlig, udenlandsk arbejdsgiver“).
    Beschäftigte im öffentlichen Dienst bleiben im Staat des Arbeitgebers sozialversichert – auch im Homeoffice.
    Die Regeln hängen vom Einzelfall ab. Lassen Sie Ihre Lage beim Regionskontor prüfen: +45 74 67 05 01, infocenter@region.dk.
    Kontakt: Finanzamt | Skattestyrelsen.
    .title = Öffentlicher Dienst
