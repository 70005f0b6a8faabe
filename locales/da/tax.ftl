tax-limited-liability-dk =
    Bor du i Tyskland og arbejder i Danmark, er du begrænset skattepligtig til Danmark: Danmark beskatter din løn. Det ændrer sig ikke, hvor mange år du end pendler – du bliver ikke fuldt skattepligtig, så længe du bor i Tyskland.
    Du kan trække udgifter til jobbet fra, fx befordringsfradrag, fagforening og a-kasse.
    Før du starter: søg skattepersonnummer (skatte-CPR) og skattekort online eller på blanket 04.063 (også på tysk) med kopi af ID og underskrevet kontrakt (gift: vielsesattest) – tidligst 1 måned før start.
    Penge tilbage fra Skat udbetales kun til en NemKonto.
    I Tyskland er lønnen skattefri, men den hæver skatteprocenten på anden indkomst (progressionsforbehold).
    Kontakt: Skattestyrelsen, +45 72 22 28 92 (TastSelv på skat.dk) | dit Wohnsitzfinanzamt i Tyskland.
    .title = Skat i Danmark (begrænset skattepligt)
tax-tax-card-dk =
    Dit skattekort er digitalt og står øverst på din forskudsopgørelse i TastSelv (skat.dk).
    Hovedkort: bruges hos den arbejdsgiver, hvor du tjener mest – med trækprocent og fradrag pr. måned. Bikort: til alle andre arbejdsgivere, uden fradrag. Frikort: et beløb, du kan tjene skattefrit.
    Der trækkes altid { $am-bidrag } AM-bidrag (arbejdsmarkedsbidrag) af lønnen.
    Har arbejdsgiveren ikke dit skattekort (fx fordi du mangler skatte-CPR), trækkes { $no-tax-card-rate } i skat. Søg derfor skattekort i god tid (online eller blanket 04.063).
    Personfradraget var { $personfradrag } i { $personfradrag-year }.
    Ret forskudsopgørelsen, når din løn, familie eller pendlervej ændrer sig – så undgår du restskat.
    Kontakt: Skattestyrelsen, +45 72 22 28 92.
    .title = Skattekort og trækprocent
tax-frontier-worker-rule =
    Grænsegængerreglen (75 %-reglen, kildeskattelovens § 5 A) kan du vælge, hvis du bor i Tyskland og er begrænset skattepligtig i Danmark.
    Betingelse: mindst 75 % af din samlede indkomst i hele verden (globalindkomst) beskattes i Danmark. Med i de 75 % tæller dansk løn, dansk pension, sygedagpenge, dagpenge, SU og overskud af virksomhed. Globalindkomsten omfatter alt – også renter, lejeindtægter og udenlandsk pension.
    Så får du de samme fradrag som fuldt skattepligtige: renteudgifter (også på lån til hus i Tyskland), din ægtefælles personfradrag, hvis ægtefællen ikke har indkomst, underholdsbidrag samt a-kasse- og efterlønsbidrag.
    Pas på: har du fx aktieindkomst, kan reglen blive en ulempe – regn efter.
    Du vælger reglen i TastSelv/oplysningsskemaet (frist 1. juli).
    Kontakt: Skattestyrelsen, +45 72 22 28 92 | Regionskontoret, +45 74 67 05 01.
    .title = Grænsegængerreglen (75 %-reglen)
tax-annual-return-dk =
    Årsopgørelsen kommer i TastSelv på skat.dk i midten af marts. Tjek den.
    Enkle fejl retter du senest 1. maj. Har du udenlandsk indkomst, virksomhed eller bruger 75 %-reglen – eller bor du i Danmark med tysk løn – udfylder du oplysningsskemaet senest 1. juli.
    Mangler der felter til udenlandske forhold, så skriv via "Kontakt os" (Udlandsforhold) i TastSelv eller ring til Skattestyrelsen.
    Din danske arbejdsgiver indberetter hele lønnen: i rubrik 11 det, der beskattes i Danmark, og i rubrik 16 det, der ikke beskattes her (fx arbejdsdage i Tyskland).
    Overskydende skat udbetales kun til en NemKonto.
    Regionskontoret laver hvert forår videoer om årsopgørelsen (pendlerinfo.org).
    Kontakt: Skattestyrelsen, +45 72 22 28 92.
    .title = Årsopgørelse og frister
tax-commuting-deduction-dk =
    Befordringsfradrag (kørselsfradrag) får du for den daglige tur mellem dit rigtige hjem i Tyskland og arbejdet i Danmark – uanset om du kører bil, cykler eller tager bus eller tog.
    Det beregnes pr. dag ud fra afstanden frem og tilbage: de første 24 km giver intet fradrag, 25–120 km giver { $befordring-25-120 } pr. km og over 120 km { $befordring-over-120 } pr. km (satser for { $befordring-25-120-year }; højere i visse yderkommuner).
    Kun for dage, hvor du faktisk er kørt på arbejde – ikke dage med hjemmearbejde, ferie eller sygdom.
    Hver krone i fradrag er ca. 26 øre værd i skat. Skriv kilometer og dage på forskudsopgørelsen og tjek dem på årsopgørelsen i TastSelv.
    Kontakt: Skattestyrelsen, +45 72 22 28 92.
    .title = Befordringsfradrag
tax-progression-de =
    Bor du i Tyskland og arbejder i Danmark, er den danske løn skattefri i Tyskland – men den hæver skatteprocenten på jeres anden indkomst (progressionsforbehold, "Progressionsvorbehalt").
    Det mærkes, når husstanden også har tysk indkomst, fx din ægtefælles løn ved fælles beskatning (Zusammenveranlagung).
    Den danske løn skrives i den tyske selvangivelse på Anlage N-AUS.
    Som regel skal du indsende tysk selvangivelse, når den skattefri udenlandske indkomst er over 410 euro – den grænse er ikke bekræftet, så spørg dit Finanzamt eller Regionskontoret.
    Arbejdsdage i Tyskland (fx hjemmearbejde eller rejser) beskattes i Tyskland.
    Kontakt: dit Wohnsitzfinanzamt (ELSTER) | Regionskontoret, +45 74 67 05 01.
    .title = Dansk løn i den tyske selvangivelse
tax-dba-dk-de =
    Dobbeltbeskatningsoverenskomsten (DBO, på tysk DBA) mellem Danmark og Tyskland er fra 22.11.1995 (gælder fra 1997) og ændret ved en protokol, der trådte i kraft 23.12.2021.
    Løn (art. 15) beskattes i det land, hvor arbejdet fysisk udføres. Ved korte ophold i det andet land kan 183-dages-reglen betyde, at lønnen fortsat beskattes hjemme – det afhænger af sagen.
    Aftalen har ingen særlig regel for grænsegængere.
    Tyskland fritager den danske løn, men med progressionsforbehold. Bor du i Danmark og arbejder i Tyskland, fritager Danmark lønnen, hvis du betaler tyske sociale bidrag – ellers får du creditlempelse (den tyske skat trækkes fra den danske).
    Pensioner: art. 18. Løn fra det offentlige beskattes af det land, der betaler.
    Kontakt: Skattestyrelsen | Finanzamt.
    .title = Dobbeltbeskatningsoverenskomsten
tax-dk-resident-working-de =
    Bor du i Danmark og arbejder i Tyskland, er du begrænset skattepligtig i Tyskland af den tyske løn.
    Du skal bruge et tysk skatte-ID (Steuer-ID). Det søges hos arbejdsgiverens Betriebsstättenfinanzamt ("Antrag auf Vergabe einer steuerlichen Identifikationsnummer für nicht meldepflichtige Personen"); arbejdsgiveren kan søge med fuldmagt. Skattekortet er elektronisk (ELStAM), normalt skatteklasse I.
    Efter ansøgning (§ 1, stk. 3 EStG) behandles du som fuldt skattepligtig, hvis mindst 90 % af indkomsten beskattes i Tyskland eller den udenlandske indkomst er højst { $grundfreibetrag } ({ $grundfreibetrag-year }). Det kræver en attest fra Skattestyrelsen (Anlage Grenzpendler EU/EWR), giver skatteklasse III med ægtefælle i EU og gør selvangivelsen obligatorisk. En tysk selvangivelse er som regel nødvendig.
    I Danmark oplyser du lønnen i TastSelv under "Udenlandsk lønindkomst".
    Kontakt: Betriebsstättenfinanzamt | Skattestyrelsen.
    .title = Bor i Danmark, arbejder i Tyskland: skat
tax-foreign-tin-reporting =
    Siden 1. januar 2024 skal alle, der bor i udlandet og får indkomst fra Danmark (løn, pension, ydelser), give den danske udbetaler deres adresse, bopælsland, CPR-nummer (eller fødselsdato) og udenlandske skatteidentifikationsnummer (TIN).
    Bor du i Tyskland, er dit TIN dit tyske skatte-ID (Steuer-ID, IdNr).
    Det er altså en pligt – arbejdsgiveren eller pensionskassen spørger, fordi loven kræver det. Skattestyrelsen sender oplysningerne videre til Tyskland.
    Kan du ikke finde dit Steuer-ID, kan Bundeszentralamt für Steuern (BZSt) hjælpe.
    Kontakt: din udbetaler eller Skattestyrelsen | BZSt.
    .title = Tysk skatte-ID (TIN) til danske udbetalere
tax-public-sector =
    Er du ansat i det offentlige (fx stat, kommune, offentlig skole eller som tjenestemand), beskattes lønnen som hovedregel i det land, der betaler den – uanset hvor du bor.
    Arbejder du hjemme i dit bopælsland, kan det ændre fordelingen: før log over dine hjemmearbejdsdage og oplys lønnen fordelt på arbejdsdage i TastSelv ("offentlig, udenlandsk arbejdsgiver").
    Offentligt ansatte forbliver socialt sikret i det land, der ansætter dem – også ved hjemmearbejde.
    Reglerne afhænger af den enkelte sag, så få din situation tjekket hos Regionskontoret: +45 74 67 05 01, infocenter@region.dk.
    Kontakt: Skattestyrelsen | Finanzamt.
    .title = Offentligt ansatte
