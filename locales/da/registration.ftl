registration-cpr-tax-number =
    Bor du i Tyskland og arbejder i Danmark, skal du have et dansk skattepersonnummer (skatte-CPR) og et skattekort – du søger begge dele på én gang hos Skattestyrelsen.
    Søg online på skat.dk (også på tysk) eller på blanket 04.063 med kopi af pas/ID-kort og den underskrevne ansættelseskontrakt. Et International Citizen Service kan hjælpe.
    Du behøver ikke en dansk adresse. Du må godt registrere en, men det kan få følger for fx bil og bopæl – spørg først.
    CPR-nummeret gælder hele livet: har du haft et før (fx som studerende i Danmark), bruger du det igen.
    Du skal bruge det til bl.a. skattekort, det gule sundhedskort og NemKonto. Dit tyske Steuer-ID er noget andet.
    Kontakt: Skattestyrelsen, tlf. +45 72 22 28 92.
    .title = CPR-nummer og skatte-CPR
    .form = Blanket 04.063 (skattekort og skattepersonnummer) med kopi af pas/ID-kort og underskrevet ansættelseskontrakt – eller online på skat.dk.
    .apply = Skatte-CPR og skattekort søges hos Skattestyrelsen på skat.dk (online eller blanket 04.063) eller via et International Citizen Service.
    .deadline = Skattepersonnummeret tildeles tidligst 21 arbejdsdage før første arbejdsdag, og ansøgninger sendt mere end 60 dage før behandles ikke – søg inden for den periode.
    .contact = Skattestyrelsen: tlf. +45 72 22 28 92.
registration-nemkonto =
    Danske myndigheder udbetaler kun til en NemKonto – fx overskydende skat – men du kan godt bruge din tyske bankkonto (IBAN) som NemKonto.
    Med MitID melder du kontoen online på nemkonto.dk.
    Uden MitID bruger du NemKonto-blanketten for udenlandske konti: skriv under foran en notar, en advokat eller to vidner, og vedlæg kopi af dit ID.
    Bagefter får du et aktiveringsbrev med posten.
    Har du ingen NemKonto, kan pengene ikke udbetales.
    .title = NemKonto med tysk bankkonto
    .form = NemKonto-blanketten for udenlandske konti: underskrives foran en notar, en advokat eller to vidner, med kopi af dit ID.
    .apply = Med MitID opretter du NemKonto online på nemkonto.dk; uden MitID med blanketten for udenlandske konti.
    .contact = NemKonto: nemkonto.dk.
registration-mitid-digital-post =
    Nej – bor du i udlandet og arbejder i Danmark, har du ikke pligt til at have MitID eller Digital Post, men MitID gør fx TastSelv, borger.dk og NemKonto nemmere.
    Sådan får du MitID: i MitID-appen, hvis du har pas eller ID-kort med chip, eller hos borgerservice efter tidsbestilling.
    Hos borgerservice skal du have dine papirer med og som regel et vidne (mindst 18 år og haft MitID i over 10 dage). Hvilke papirer der godtages, kan variere – i Aabenraa fx det særlige sundhedskort sammen med et tysk Personalausweis. Spørg din kommunes borgerservice, før du bestiller tid.
    Læs mere på mitid.dk.
    .title = MitID og Digital Post
    .apply = MitID får du i MitID-appen (pas eller ID-kort med chip) eller hos borgerservice i en dansk kommune efter tidsbestilling.
    .contact = Borgerservice i din danske kommune; mitid.dk.
registration-move-to-dk =
    Flytter du som EU-borger fra Tyskland til Danmark i mere end 3 måneder, skal du have et EU-opholdsdokument (registreringsbevis) fra SIRI og derefter melde flytning til borgerservice.
    1. Online-ansøgning hos SIRI (nyidanmark.dk), derefter personligt fremmøde – senest 3 måneder efter indrejsen.
    2. Meld flytning hos borgerservice senest 5 dage efter, du har fået dokumentet. Så får du CPR-nummer med dansk adresse, vælger læge og får det gule sundhedskort.
    3. Meld dig fra (Abmeldung) hos den tyske Meldebehörde senest 2 uger efter udflytningen.
    Tager du bilen med, skal den registreres i Danmark senest 30 dage efter flytningen (registreringsafgift).
    Beholder du dit job i Tyskland, skifter skat og sygesikring. Rådgivning: Regionskontoret, +45 74 67 05 01.
    .title = Flytte til Danmark
    .deadline = EU-opholdsdokument hos SIRI senest 3 måneder efter indrejsen; flytning til borgerservice senest 5 dage efter; Abmeldung i Tyskland inden 2 uger; bilen registreret i Danmark inden 30 dage.
    .apply = EU-opholdsdokument: online ansøgning og personligt fremmøde hos SIRI (nyidanmark.dk) – flytter du til Sønderborg Kommune, kan du møde op hos SIRI i Sønderborg, på samme adresse som borgerservice; derefter flytning og CPR hos borgerservice i din kommune.
    .contact = SIRI, linje 1 (EU-opholdsdokument): +45 72 14 20 01 | borgerservice i din kommune | Regionskontoret: +45 74 67 05 01.
registration-move-to-de =
    Flytter du til Tyskland, skal du melde dig (Anmeldung) hos den tyske folkeregistrering (Meldebehörde) senest 2 uger efter indflytningen – i Slesvig-Holsten på Amt eller Rathaus.
    Tag pas eller ID-kort med og en Wohnungsgeberbestätigung (udlejerens bekræftelse af, at du er flyttet ind).
    Som EU-borger skal du ikke have opholdstilladelse. Dit tyske Steuer-ID kommer automatisk.
    Den tyske registrering gælder kun boliger i Tyskland: har du flere boliger dér, meldes de også (Nebenwohnung), men en bolig i Danmark meldes ikke i Tyskland.
    I Danmark melder du udrejse til borgerservice.
    Arbejder du fortsat i Danmark, bliver du grænsependler – se skattekort og det særlige sundhedskort.
    .title = Flytte til Tyskland (Anmeldung)
    .deadline = Anmeldung hos Meldebehörde senest 2 uger efter, at du er flyttet ind (§ 17 Bundesmeldegesetz).
    .form = Til Anmeldung skal du bruge pas eller ID-kort og en Wohnungsgeberbestätigung fra udlejeren.
    .apply = Anmeldung hos Meldebehörde (i Slesvig-Holsten på Amt eller Rathaus); udrejse meldes til borgerservice i Danmark.
    .contact = Meldebehörde (Einwohnermeldeamt) i din nye kommune | borgerservice i Danmark (udrejse).
registration-double-residence =
    Er du registreret med bopæl i både Danmark og Tyskland (fx som ugependler), kan det give forvirring om skat, social sikring og sygesikring – få rådgivning, før du registrerer en ekstra adresse.
    EU-reglerne, dobbeltbeskatningsoverenskomsten og EU-Domstolen ser på, hvor du reelt har centrum for dine livsinteresser (familie, hjem, hverdag) – ikke kun på, hvor du er registreret.
    Danske udlejere og teleselskaber kræver ofte, at du bliver CPR-registreret på adressen. Det kan fx betyde, at du ikke længere må køre i din tyske bil uden dansk registrering.
    I Tyskland meldes kun boliger i Tyskland; en lejlighed i Danmark meldes ikke dér.
    Regionskontor & Infocenter: +45 74 67 05 01, infocenter@region.dk.
    .title = Dobbelt bopæl
    .contact = Regionskontor & Infocenter: +45 74 67 05 01, infocenter@region.dk.
