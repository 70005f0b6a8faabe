registration-cpr-tax-number =
    Wohnen Sie in Deutschland und arbeiten in Dänemark, brauchen Sie eine dänische Steuer-Personennummer (Steuer-CPR) und eine Steuerkarte – beides beantragen Sie zusammen bei Skattestyrelsen.
    Antrag online bei skat.dk (auch auf Deutsch) oder mit dem Formular 04.063, mit Kopie von Pass/Personalausweis und unterschriebenem Arbeitsvertrag.
    Eine dänische Adresse brauchen Sie nicht. Sie dürfen eine anmelden, das kann aber Folgen haben, z. B. für Ihr Auto und Ihren Wohnsitz – lassen Sie sich vorher beraten.
    Die CPR-Nummer gilt lebenslang: Hatten Sie schon einmal eine (z. B. aus dem Studium in Dänemark), wird sie wieder verwendet.
    Sie brauchen sie u. a. für Steuerkarte, gelbe Karte und NemKonto; Ihre deutsche Steuer-ID ist etwas anderes.
    Kontakt: Skattestyrelsen, Tel. +45 72 22 28 92.
    .title = CPR-Nummer und Steuer-CPR
    .form = Formular 04.063 (Steuerkarte und Steuer-Personennummer) mit Kopie von Pass/Personalausweis und unterschriebenem Arbeitsvertrag – oder online bei skat.dk.
    .apply = Steuer-CPR und Steuerkarte beantragen Sie bei Skattestyrelsen über skat.dk (online oder Formular 04.063) oder über ein International Citizen Service.
    .deadline = Die Steuer-Personennummer wird frühestens 21 Arbeitstage vor dem ersten Arbeitstag vergeben, und Anträge, die mehr als 60 Tage vorher eingehen, werden nicht bearbeitet – beantragen Sie sie in diesem Zeitraum.
    .contact = Skattestyrelsen: Tel. +45 72 22 28 92.
registration-nemkonto =
    Dänische Behörden zahlen nur auf eine NemKonto aus – z. B. Steuererstattungen –, aber Ihr deutsches Bankkonto (IBAN) kann als NemKonto dienen.
    Mit MitID melden Sie das Konto online auf nemkonto.dk an.
    Ohne MitID nutzen Sie das NemKonto-Formular für ausländische Konten: vor einem Notar, einem Anwalt oder zwei Zeugen unterschreiben und eine Ausweiskopie beilegen.
    Danach kommt ein Aktivierungsbrief per Post.
    Ohne NemKonto kann das Geld nicht ausgezahlt werden.
    .title = NemKonto mit deutschem Konto
    .form = NemKonto-Formular für ausländische Konten: Unterschrift vor einem Notar, einem Anwalt oder zwei Zeugen, dazu eine Ausweiskopie.
    .apply = Mit MitID richten Sie die NemKonto online auf nemkonto.dk ein; ohne MitID mit dem Formular für ausländische Konten.
    .contact = NemKonto: nemkonto.dk.
registration-mitid-digital-post =
    Nein – wer im Ausland wohnt und in Dänemark arbeitet, muss weder MitID noch Digital Post haben; MitID erleichtert aber z. B. TastSelv, borger.dk und die NemKonto.
    So bekommen Sie MitID: über die MitID-App, wenn Sie einen Pass oder Personalausweis mit Chip haben, oder mit Termin beim Bürgerservice (borgerservice) einer dänischen Kommune.
    Beim Bürgerservice brauchen Sie Ihre Dokumente und meist einen Zeugen (mindestens 18 Jahre, seit über 10 Tagen MitID). Welche Dokumente anerkannt werden, ist unterschiedlich – in Apenrade z. B. die gelbe Karte zusammen mit dem Personalausweis. Fragen Sie vor der Terminbuchung nach.
    Mehr auf mitid.dk.
    .title = MitID und Digital Post
    .apply = MitID bekommen Sie über die MitID-App (Pass oder Personalausweis mit Chip) oder mit Termin beim Bürgerservice einer dänischen Kommune.
    .contact = Bürgerservice (borgerservice) Ihrer dänischen Kommune; mitid.dk.
registration-move-to-de =
    Wenn Sie nach Deutschland ziehen, müssen Sie sich innerhalb von 2 Wochen nach dem Einzug bei der Meldebehörde anmelden – in Schleswig-Holstein beim Amt oder Rathaus.
    Mitbringen: Pass oder Personalausweis und die Wohnungsgeberbestätigung (Bescheinigung des Vermieters über den Einzug).
    EU-Bürger brauchen keine Aufenthaltserlaubnis. Die Steuer-ID bekommen Sie automatisch.
    Die Meldepflicht gilt nur für Wohnungen in Deutschland: Weitere Wohnungen im Inland melden Sie als Nebenwohnung, eine Wohnung in Dänemark wird in Deutschland nicht gemeldet.
    In Dänemark melden Sie den Wegzug (udrejse) beim Bürgerservice (borgerservice).
    Arbeiten Sie weiter in Dänemark, sind Sie Grenzpendler – denken Sie an Steuerkarte und die gelbe Karte.
    .title = Umzug nach Deutschland (Anmeldung)
    .deadline = Anmeldung bei der Meldebehörde innerhalb von 2 Wochen nach dem Einzug (§ 17 Bundesmeldegesetz).
    .form = Für die Anmeldung: Pass oder Personalausweis und die Wohnungsgeberbestätigung des Vermieters.
    .apply = Anmeldung bei der Meldebehörde (in Schleswig-Holstein Amt oder Rathaus); den Wegzug aus Dänemark melden Sie beim dänischen Bürgerservice.
    .contact = Meldebehörde (Einwohnermeldeamt) Ihrer neuen Gemeinde | Bürgerservice in Dänemark (udrejse).
registration-move-to-dk =
    Ziehen Sie als EU-Bürger für mehr als 3 Monate von Deutschland nach Dänemark, brauchen Sie eine EU-Aufenthaltsbescheinigung (registreringsbevis) von SIRI und melden sich danach beim Bürgerservice an.
    1. Online-Antrag bei SIRI (nyidanmark.dk), dann persönlicher Termin – spätestens 3 Monate nach der Einreise.
    2. Melden Sie sich spätestens 5 Tage nach Erhalt der Bescheinigung beim Bürgerservice (borgerservice) an: CPR-Nummer mit dänischer Adresse, Arztwahl und gelbe Gesundheitskarte.
    3. Melden Sie sich innerhalb von 2 Wochen nach dem Auszug bei der deutschen Meldebehörde ab (§ 17 BMG).
    Ein mitgebrachtes Auto muss spätestens 30 Tage nach dem Umzug in Dänemark zugelassen werden (Zulassungssteuer).
    Behalten Sie Ihren Job in Deutschland, ändern sich Steuer und Krankenversicherung. Beratung: Regionskontor, +45 74 67 05 01.
    .title = Umzug nach Dänemark
    .deadline = EU-Aufenthaltsbescheinigung bei SIRI spätestens 3 Monate nach der Einreise; Anmeldung beim Bürgerservice binnen 5 Tagen danach; Abmeldung in Deutschland binnen 2 Wochen; das Auto binnen 30 Tagen in Dänemark zulassen.
    .apply = EU-Aufenthaltsbescheinigung: Online-Antrag und persönlicher Termin bei SIRI (nyidanmark.dk) – wer in die Kommune Sønderborg zieht, kann zu SIRI in Sønderborg gehen, an derselben Adresse wie der Bürgerservice; danach Anmeldung und CPR beim Bürgerservice Ihrer Kommune.
    .contact = SIRI, Linie 1 (EU-Aufenthaltsbescheinigung): +45 72 14 20 01 | Bürgerservice Ihrer Kommune | Regionskontor: +45 74 67 05 01.
registration-double-residence =
    Sind Sie in Dänemark und Deutschland gemeldet (z. B. als Wochenpendler), kann das bei Steuer, Sozialversicherung und Krankenversicherung zu Unklarheiten führen – lassen Sie sich beraten, bevor Sie eine zweite Adresse anmelden.
    EU-Recht, Doppelbesteuerungsabkommen und EuGH stellen auf den tatsächlichen Mittelpunkt der Lebensinteressen ab (Familie, Zuhause, Alltag) – nicht nur auf die Meldeadresse.
    Dänische Vermieter und Telefonanbieter verlangen oft eine CPR-Anmeldung an der Adresse. Das kann z. B. dazu führen, dass Sie Ihr Auto mit deutschem Kennzeichen nicht mehr ohne dänische Zulassung fahren dürfen.
    In Deutschland werden nur Wohnungen im Inland gemeldet; eine Wohnung in Dänemark nicht.
    Regionskontor & Infocenter: +45 74 67 05 01, infocenter@region.dk.
    .title = Doppelter Wohnsitz
    .contact = Regionskontor & Infocenter: +45 74 67 05 01, infocenter@region.dk.
