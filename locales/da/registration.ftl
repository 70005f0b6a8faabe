registration-cpr-tax-number =
    Alle, der arbejder i Danmark, skal have et CPR-nummer (personnummer). Bor du i Tyskland, får du et såkaldt skatte-CPR, når du søger skattekort: online på skat.dk eller på blanket 04.063 med kopi af pas/ID-kort og din underskrevne ansættelseskontrakt. Det kan også klares hos et International Citizen Service.
    Du behøver ikke en dansk adresse for at få et CPR-nummer. Du må godt registrere en, men det kan få følger for fx bil og bopæl – spørg først.
    CPR-nummeret gælder hele livet: har du haft et før (fx som studerende i Danmark), bruger du det igen.
    Du skal bruge det til bl.a. skattekort, det gule sundhedskort og NemKonto. Dit tyske Steuer-ID er noget andet.
    Kontakt: Skattestyrelsen, tlf. +45 72 22 28 92.
    .title = CPR-nummer og skatte-CPR
registration-nemkonto =
    Skattestyrelsen og andre danske myndigheder udbetaler kun til en NemKonto – fx overskydende skat. Har du ingen NemKonto, kan pengene ikke udbetales.
    Du kan godt bruge din tyske bankkonto (IBAN) som NemKonto:
    Med MitID melder du kontoen online på nemkonto.dk.
    Uden MitID bruger du NemKonto-blanketten for udenlandske konti: skriv under foran en notar, en advokat eller to vidner, og vedlæg kopi af dit ID.
    Bagefter får du et aktiveringsbrev med posten.
    .title = NemKonto med tysk bankkonto
registration-mitid-digital-post =
    Bor du i udlandet og arbejder i Danmark, har du ikke pligt til at have MitID (afløseren for NemID) eller Digital Post. Men MitID gør det nemmere at bruge fx TastSelv, borger.dk og NemKonto.
    Sådan får du MitID: i MitID-appen, hvis du har pas eller ID-kort med chip, eller hos borgerservice efter tidsbestilling.
    Hos borgerservice skal du have dine papirer med og som regel et vidne (mindst 18 år og haft MitID i over 30 dage). Hvilke papirer der godtages, kan variere – i Aabenraa fx det særlige sundhedskort sammen med et tysk Personalausweis. Spørg din kommunes borgerservice, før du bestiller tid.
    Læs mere på mitid.dk.
    .title = MitID og Digital Post
registration-move-to-dk =
    Flytter du som EU-borger fra Tyskland til Danmark i mere end 3 måneder:
    1. Søg personligt om registreringsbevis (EU-opholdsbevis) hos SIRI – i Sønderjylland fx i SIRI's ekspedition hos borgerservice i Sønderborg. SIRI's EU-linje: +45 72 14 20 04.
    2. Meld derefter flytning hos borgerservice inden 5 dage. Så får du CPR-nummer med dansk adresse, vælger læge og får det gule sundhedskort.
    3. Meld flytningen (Abmeldung) til den tyske Meldebehörde.
    Tager du en tysk bil med, skal den registreres i Danmark inden 30 dage (registreringsafgift).
    Beholder du dit job i Tyskland, bliver du pendler den anden vej, og skat og sygesikring skifter. Få rådgivning i god tid hos Regionskontoret: +45 74 67 05 01, infocenter@region.dk.
    .title = Flytte til Danmark
registration-move-to-de =
    Flytter du til Tyskland, skal du melde dig (Anmeldung) inden 14 dage hos den tyske folkeregistrering (Meldebehörde) – i Slesvig-Holsten på Amt eller Rathaus (rådhuset).
    Tag pas eller ID-kort med og en Wohnungsgeberbestätigung (udlejerens bekræftelse af, at du er flyttet ind).
    Som EU-borger skal du ikke have opholdstilladelse. Du får automatisk et tysk Steuer-ID.
    Har du også en anden bolig, fx i Danmark, skal den også meldes i Tyskland (§ 17 BMG).
    I Danmark melder du udrejse til borgerservice.
    Arbejder du fortsat i Danmark, bliver du grænsependler – se skattekort og det særlige sundhedskort.
    .title = Flytte til Tyskland (Anmeldung)
registration-double-residence =
    Er du registreret med bopæl i både Danmark og Tyskland (fx som ugependler med lejlighed i Danmark og familie i Tyskland), kan det give forvirring om skat, social sikring og sygesikring.
    EU-reglerne, dobbeltbeskatningsoverenskomsten og EU-Domstolen ser på, hvor du reelt har centrum for dine livsinteresser (familie, hjem, hverdag) – ikke kun på, hvor du er registreret.
    Danske udlejere og teleselskaber kræver ofte, at du bliver CPR-registreret på adressen. Det kan fx betyde, at du ikke længere må køre i din tyske bil uden dansk registrering.
    I Tyskland skal en ekstra bolig også meldes.
    Det afhænger af din situation: få rådgivning, før du registrerer en ekstra adresse – Regionskontor & Infocenter, +45 74 67 05 01, infocenter@region.dk.
    .title = Dobbelt bopæl
