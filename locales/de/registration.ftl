registration-cpr-tax-number =
    Wer in Dänemark arbeitet, braucht eine CPR-Nummer (dänische Personennummer). Wohnen Sie in Deutschland, bekommen Sie eine sogenannte Steuer-CPR, wenn Sie die dänische Steuerkarte beantragen: online bei skat.dk oder mit dem Formular 04.063, mit Kopie von Pass/Personalausweis und unterschriebenem Arbeitsvertrag. Das geht auch über ein International Citizen Service.
    Eine dänische Adresse brauchen Sie dafür nicht. Sie dürfen eine anmelden, das kann aber Folgen haben, z. B. für Ihr Auto und Ihren Wohnsitz – lassen Sie sich vorher beraten.
    Die CPR-Nummer gilt lebenslang: Hatten Sie schon einmal eine (z. B. aus dem Studium in Dänemark), wird diese wieder verwendet.
    Sie brauchen sie u. a. für Steuerkarte, gelbe Gesundheitskarte und NemKonto. Ihre deutsche Steuer-ID ist etwas anderes.
    Kontakt: Skattestyrelsen, Tel. +45 72 22 28 92.
    .title = CPR-Nummer und Steuer-CPR
registration-nemkonto =
    Skattestyrelsen und andere dänische Behörden zahlen nur auf eine NemKonto aus – z. B. Steuererstattungen. Ohne NemKonto kann das Geld nicht ausgezahlt werden.
    Ihr deutsches Bankkonto (IBAN) kann als NemKonto dienen:
    Mit MitID melden Sie das Konto online auf nemkonto.dk an.
    Ohne MitID nutzen Sie das NemKonto-Formular für ausländische Konten: vor einem Notar, einem Anwalt oder zwei Zeugen unterschreiben und eine Ausweiskopie beilegen.
    Danach kommt ein Aktivierungsbrief per Post.
    .title = NemKonto mit deutschem Konto
registration-mitid-digital-post =
    Wer im Ausland wohnt und in Dänemark arbeitet, muss weder MitID (Nachfolger von NemID) noch Digital Post haben. MitID erleichtert aber z. B. TastSelv, borger.dk und die NemKonto.
    So bekommen Sie MitID: über die MitID-App, wenn Sie einen Pass oder Personalausweis mit Chip haben, oder mit Termin beim Bürgerservice (borgerservice) einer dänischen Kommune.
    Beim Bürgerservice brauchen Sie Ihre Dokumente und meist einen Zeugen (mindestens 18 Jahre, seit über 30 Tagen MitID). Welche Dokumente anerkannt werden, kann unterschiedlich sein – in Apenrade z. B. die gelbe Gesundheitskarte zusammen mit dem Personalausweis. Fragen Sie vor der Terminbuchung nach.
    Mehr auf mitid.dk.
    .title = MitID und Digital Post
registration-move-to-de =
    Wenn Sie nach Deutschland ziehen, müssen Sie sich innerhalb von 14 Tagen bei der Meldebehörde anmelden – in Schleswig-Holstein beim Amt oder Rathaus.
    Mitbringen: Pass oder Personalausweis und die Wohnungsgeberbestätigung (Bescheinigung des Vermieters über den Einzug).
    EU-Bürger brauchen keine Aufenthaltserlaubnis. Die Steuer-ID bekommen Sie automatisch.
    Haben Sie eine weitere Wohnung, z. B. in Dänemark, muss auch diese gemeldet werden (§ 17 BMG).
    In Dänemark melden Sie den Wegzug (udrejse) beim Bürgerservice (borgerservice).
    Arbeiten Sie weiter in Dänemark, sind Sie Grenzpendler – denken Sie an Steuerkarte und die gelbe Gesundheitskarte.
    .title = Umzug nach Deutschland (Anmeldung)
registration-move-to-dk =
    Ziehen Sie als EU-Bürger für mehr als 3 Monate von Deutschland nach Dänemark:
    1. Beantragen Sie persönlich bei SIRI die EU-Aufenthaltsbescheinigung (registreringsbevis) – in Nordschleswig z. B. am SIRI-Schalter im Bürgerservice Sonderburg. EU-Telefon von SIRI: +45 72 14 20 04.
    2. Melden Sie sich danach innerhalb von 5 Tagen beim Bürgerservice (borgerservice) an: Sie erhalten die CPR-Nummer mit dänischer Adresse, wählen einen Arzt und bekommen die gelbe Gesundheitskarte.
    3. Melden Sie sich bei der deutschen Meldebehörde ab (Abmeldung).
    Ein mitgebrachtes Auto muss innerhalb von 30 Tagen in Dänemark zugelassen werden (Zulassungssteuer).
    Behalten Sie Ihren Job in Deutschland, pendeln Sie nun in die andere Richtung: Steuer und Krankenversicherung ändern sich. Lassen Sie sich frühzeitig beraten: Regionskontor, +45 74 67 05 01, infocenter@region.dk.
    .title = Umzug nach Dänemark
registration-double-residence =
    Sind Sie in Dänemark und Deutschland gemeldet (z. B. als Wochenpendler mit Wohnung in Dänemark und Familie in Deutschland), kann das bei Steuer, Sozialversicherung und Krankenversicherung zu Unklarheiten führen.
    EU-Recht, Doppelbesteuerungsabkommen und EuGH stellen auf den tatsächlichen Mittelpunkt der Lebensinteressen ab (Familie, Zuhause, Alltag) – nicht nur auf die Meldeadresse.
    Dänische Vermieter und Telefonanbieter verlangen oft eine CPR-Anmeldung an der Adresse. Das kann z. B. dazu führen, dass Sie Ihr Auto mit deutschem Kennzeichen nicht mehr ohne dänische Zulassung fahren dürfen.
    In Deutschland muss eine weitere Wohnung ebenfalls gemeldet werden.
    Es kommt auf Ihren Fall an: Lassen Sie sich beraten, bevor Sie eine zweite Adresse anmelden – Regionskontor & Infocenter, +45 74 67 05 01, infocenter@region.dk.
    .title = Doppelter Wohnsitz
