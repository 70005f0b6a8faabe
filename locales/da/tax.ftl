tax-limited-liability-dk =
    Bor du i Tyskland og arbejder i Danmark, betaler du skat af lønnen i Danmark som begrænset skattepligtig – og det bliver du ved med, hvor mange år du end pendler.
    (Bor du i Danmark og arbejder i Tyskland, se "Bor i Danmark, arbejder i Tyskland: skat".)
    Før du starter: søg skattepersonnummer og skattekort online eller på blanket 04.063 (også på tysk) med kopi af pas og underskrevet kontrakt – tidligst 1 måned før start.
    Du kan trække udgifter til jobbet fra, fx kørselsfradrag, fagforening og a-kasse. Penge tilbage fra Skat udbetales kun til en NemKonto.
    I Tyskland er lønnen skattefri, men den hæver skatteprocenten på anden indkomst (progressionsforbehold).
    Kontakt: Skattestyrelsen, +45 72 22 28 92 | dit Wohnsitzfinanzamt i Tyskland.
    .title = Skat i Danmark (begrænset skattepligt)
    .apply = Skattepersonnummer og skattekort søger du digitalt på skat.dk eller med blanket 04.063, vedlagt kopi af pas og ansættelseskontrakt (gift: også vielsesattest).
    .form = Blanket 04.063 (skattepersonnummer og skattekort til udenlandske lønmodtagere) findes på dansk, engelsk, tysk, polsk, rumænsk og litauisk.
    .deadline = Søg skattekortet tidligst 1 måned før du starter, og i god tid før første løn – uden skattekort trækker arbejdsgiveren { $no-tax-card-rate } i skat.
    .contact = Skattestyrelsen: +45 72 22 28 92 eller "Kontakt os" i TastSelv på skat.dk. I Tyskland: dit Wohnsitzfinanzamt.
tax-tax-card-dk =
    Dit skattekort er digitalt: det står øverst på din forskudsopgørelse i TastSelv på skat.dk, og arbejdsgiveren henter det selv.
    Hovedkort bruges hos den arbejdsgiver, hvor du tjener mest (trækprocent og fradrag pr. måned). Bikort bruges hos alle andre, uden fradrag. Frikort er et beløb, du kan tjene skattefrit.
    Der trækkes altid { $am-bidrag } AM-bidrag (arbejdsmarkedsbidrag) af lønnen.
    Har arbejdsgiveren ikke dit skattekort (fx fordi du mangler skattepersonnummer), trækkes { $no-tax-card-rate } i skat – søg derfor i god tid (online eller blanket 04.063).
    Personfradraget er { $personfradrag } i { $personfradrag-year }.
    Ret forskudsopgørelsen, når løn, familie eller pendlervej ændrer sig – så undgår du restskat.
    Kontakt: Skattestyrelsen, +45 72 22 28 92.
    .title = Skattekort og trækprocent
    .amount = Personfradraget er { $personfradrag } om året ({ $personfradrag-year }). AM-bidraget er { $am-bidrag } af lønnen, og uden skattekort trækkes { $no-tax-card-rate } i skat.
    .apply = Skattekortet laves ud fra forskudsopgørelsen i TastSelv på skat.dk; som ny grænsependler søger du skattepersonnummer og skattekort online eller med blanket 04.063.
    .form = Har du endnu ikke skattepersonnummer, bruger du blanket 04.063 (også på tysk).
    .contact = Skattestyrelsen: +45 72 22 28 92 eller "Kontakt os" i TastSelv på skat.dk.
tax-frontier-worker-rule =
    Grænsegængerreglen (75 %-reglen) kan du vælge, hvis du bor i Tyskland, arbejder i Danmark, og mindst 75 % af hele din indkomst i verden beskattes i Danmark.
    Med i de 75 % tæller fx dansk løn, overskud af virksomhed, pension, efterløn, dagpenge og syge- og barselsdagpenge. Globalindkomsten omfatter alt – også renter, lejeindtægter og udenlandsk pension.
    Så får du fradrag som fuldt skattepligtige: renteudgifter (også på lån til hus i Tyskland), personfradraget fra en ægtefælle uden indkomst og underholdsbidrag.
    Pas på: har du fx aktieindkomst, kan reglen blive en ulempe – regn efter.
    Du vælger reglen i TastSelv (frist 1. juli). Bor du i Danmark, gælder reglen ikke.
    Kontakt: Skattestyrelsen, +45 72 22 28 92 | Regionskontoret, +45 74 67 05 01.
    .title = Grænsegængerreglen (75 %-reglen)
    .apply = Vælg grænsegængerreglen i TastSelv under "Ret årsopgørelsen/oplysningsskemaet". Vil du have den med på forskudsopgørelsen, så kontakt Skattestyrelsen.
    .deadline = Valget af grænsegængerreglen skal oplyses senest 1. juli året efter indkomståret.
    .form = Kan du ikke bruge TastSelv: blanket 04.009 (selvangivelse for begrænset skattepligtige) og 04.031 (supplement, bl.a. til grænsegængerreglen).
    .contact = Skattestyrelsen: +45 72 22 28 92. Regionskontoret & Infocenter: +45 74 67 05 01, infocenter@region.dk.
tax-annual-return-dk =
    Årsopgørelsen kommer i TastSelv på skat.dk i midten af marts; ret den senest 1. maj – skal du udfylde et oplysningsskema, er fristen 1. juli.
    Oplysningsskema får fx den, der har udenlandsk indkomst eller virksomhed, bruger 75 %-reglen eller bor i Danmark med tysk løn.
    Mangler der felter til udenlandske forhold, så skriv via "Kontakt os" (Udlandsforhold) i TastSelv eller ring til Skattestyrelsen.
    Din danske arbejdsgiver indberetter hele lønnen: i rubrik 11 det, der beskattes i Danmark, og i rubrik 16 det, der ikke beskattes her (fx arbejdsdage i Tyskland).
    Overskydende skat udbetales kun til en NemKonto.
    Kontakt: Skattestyrelsen, +45 72 22 28 92.
    .title = Årsopgørelse og frister
    .deadline = Årsopgørelsen retter du senest 1. maj; et oplysningsskema skal være udfyldt senest 1. juli året efter indkomståret.
    .apply = Log på TastSelv på skat.dk og vælg "Ret årsopgørelsen/oplysningsskemaet". Mangler du rubrikker, så brug "Kontakt os" (Udlandsforhold).
    .form = Kan du ikke bruge TastSelv som begrænset skattepligtig, bruger du blanket 04.009 (og 04.031 ved grænsegængerreglen).
    .contact = Skattestyrelsen: +45 72 22 28 92. Regionskontoret laver hvert forår videoer om årsopgørelsen (pendlerinfo.org).
tax-commuting-deduction-dk =
    Bor du i Tyskland og arbejder i Danmark, får du dansk befordringsfradrag for den daglige tur over 24 km tur-retur: { $befordring-25-120 } pr. km for 25–120 km og { $befordring-over-120 } pr. km derover ({ $befordring-25-120-year }).
    Det gælder for alle transportmidler, men kun for dage, hvor du faktisk kører på arbejde (ikke hjemmearbejde, ferie eller sygdom).
    Den højere sats i yderkommuner kræver bopæl i sådan en kommune, så den gælder ikke, når du bor i Tyskland.
    Fradraget er ca. 26 % værd i skat. Skriv km og dage på forskudsopgørelsen og tjek dem på årsopgørelsen i TastSelv.
    Bor du i Danmark og arbejder i Tyskland, gælder i stedet den tyske Entfernungspauschale.
    Kontakt: Skattestyrelsen, +45 72 22 28 92.
    .title = Befordringsfradrag (Danmark)
    .amount = Befordringsfradraget er { $befordring-25-120 } pr. km for 25–120 km tur-retur om dagen og { $befordring-over-120 } pr. km over 120 km ({ $befordring-25-120-year }); de første 24 km giver intet fradrag.
    .apply = Skriv antal km pr. dag og antal dage på forskudsopgørelsen (felt 417) og på årsopgørelsen (rubrik 51) i TastSelv på skat.dk.
    .contact = Skattestyrelsen: +45 72 22 28 92 eller "Kontakt os" i TastSelv på skat.dk.
tax-commuting-deduction-de =
    Bor du i Danmark og arbejder i Tyskland, trækker du i den tyske skat { $entfernungspauschale } pr. km af den enkelte vej fra for hver arbejdsdag – fra første km ({ $entfernungspauschale-year }, Entfernungspauschale).
    Det gælder uanset transportmiddel; højst 4.500 euro om året, medmindre du kører i egen bil.
    Fradraget virker kun, når alle dine udgifter til arbejdet tilsammen er over arbejdstagerfradraget (Arbeitnehmer-Pauschbetrag) på { $arbeitnehmer-pauschbetrag } om året.
    Du får det med i den tyske selvangivelse (Anlage N) – eller allerede i løbet af året som Freibetrag i lønskatten; så skal du indsende selvangivelse.
    Bor du i Tyskland og arbejder i Danmark, gælder i stedet det danske befordringsfradrag.
    Kontakt: arbejdsgiverens Betriebsstättenfinanzamt | Regionskontoret, +45 74 67 05 01.
    .title = Entfernungspauschale (Tyskland)
    .amount = Den tyske Entfernungspauschale er { $entfernungspauschale } pr. km af den enkelte vej og arbejdsdag fra første km ({ $entfernungspauschale-year }); den virker ud over arbejdstagerfradraget på { $arbeitnehmer-pauschbetrag }.
    .apply = Skriv arbejdsdage og km i den tyske selvangivelse (Anlage N, via ELSTER) eller søg om Freibetrag hos arbejdsgiverens Betriebsstättenfinanzamt.
    .form = Anlage N til den tyske selvangivelse; til et Freibetrag i lønskatten "Antrag auf Lohnsteuer-Ermäßigung".
    .contact = Arbejdsgiverens Betriebsstättenfinanzamt. Rådgivning: Regionskontoret & Infocenter, +45 74 67 05 01, infocenter@region.dk.
tax-progression-de =
    Bor du i Tyskland og arbejder i Danmark, er den danske løn skattefri i Tyskland, men den hæver skatteprocenten på jeres tyske indkomst (progressionsforbehold).
    Det mærkes, når husstanden også har tysk indkomst, fx din ægtefælles løn.
    Har du eller din ægtefælle tysk løn med lønskat, og er den danske løn over 410 euro om året, skal I indsende tysk selvangivelse (§ 46 EStG). Uden tysk indkomst er der som regel ingen pligt, men Finanzamt kan kræve en.
    Den danske løn skrives på Anlage N-AUS. Arbejdsdage i Tyskland (fx hjemmearbejde) beskattes i Tyskland.
    Bor du i Danmark og arbejder i Tyskland: se "Bor i Danmark, arbejder i Tyskland: skat".
    Kontakt: dit Wohnsitzfinanzamt (ELSTER) | Regionskontoret, +45 74 67 05 01.
    .title = Dansk løn i den tyske selvangivelse
    .apply = Den tyske selvangivelse sendes til dit Wohnsitzfinanzamt via ELSTER. Den er pligt, når du eller din ægtefælle har tysk løn med lønskat, og den danske løn er over 410 euro om året.
    .form = Den danske løn skrives på Anlage N-AUS i den tyske selvangivelse (ELSTER).
    .contact = Dit Wohnsitzfinanzamt (ELSTER). Rådgivning: Regionskontoret & Infocenter, +45 74 67 05 01, infocenter@region.dk.
tax-dba-dk-de =
    Efter dobbeltbeskatningsoverenskomsten mellem Danmark og Tyskland beskattes løn i det land, hvor du fysisk udfører arbejdet – og det andet land giver lempelse, så du ikke betaler skat af den samme løn to gange.
    Overenskomsten er fra 22.11.1995 og ændret ved en protokol fra 23.12.2021.
    Ved korte ophold i det andet land kan 183-dages-reglen betyde, at lønnen fortsat beskattes hjemme – det afhænger af sagen. En særlig grænsegængerregel har aftalen ikke.
    Bor du i Tyskland, er den danske løn skattefri dér, men med progressionsforbehold. Bor du i Danmark, trækker Danmark den tyske skat fra (lempelse).
    Pensioner: artikel 18. Løn fra det offentlige beskattes af det land, der betaler.
    Kontakt: Skattestyrelsen, +45 72 22 28 92 | Finanzamt.
    .title = Dobbeltbeskatningsoverenskomsten
    .contact = Skattestyrelsen: +45 72 22 28 92. I Tyskland dit Finanzamt. Rådgivning: Regionskontoret, +45 74 67 05 01.
tax-dk-resident-working-de =
    Bor du i Danmark og arbejder i Tyskland, betaler du skat af lønnen i Tyskland (begrænset skattepligt), og Danmark giver lempelse for den tyske skat.
    Du skal bruge et tysk skatte-ID fra arbejdsgiverens Betriebsstättenfinanzamt; arbejdsgiveren kan søge med fuldmagt. Lønskatten trækkes elektronisk (ELStAM), normalt i skatteklasse I.
    Efter ansøgning (§ 1, stk. 3 EStG) behandles du som fuldt skattepligtig, hvis mindst 90 % af indkomsten beskattes i Tyskland, eller den udenlandske indkomst højst er { $grundfreibetrag } ({ $grundfreibetrag-year }). Det giver skatteklasse III med ægtefælle i EU og gør selvangivelsen obligatorisk.
    I Danmark oplyser du lønnen i TastSelv under "Udenlandsk lønindkomst".
    Bor du i Tyskland og arbejder i Danmark: se "Skat i Danmark".
    Kontakt: Betriebsstättenfinanzamt | Skattestyrelsen, +45 72 22 28 92.
    .title = Bor i Danmark, arbejder i Tyskland: skat
    .amount = Ved ansøgning efter § 1, stk. 3 EStG må indkomsten uden for Tyskland højst være { $grundfreibetrag } ({ $grundfreibetrag-year }), eller mindst 90 % af indkomsten skal beskattes i Tyskland.
    .apply = Skatte-ID søger du hos arbejdsgiverens Betriebsstättenfinanzamt ("Antrag auf Vergabe einer steuerlichen Identifikationsnummer für nicht meldepflichtige Personen"); arbejdsgiveren kan søge med fuldmagt.
    .form = Til § 1, stk. 3 EStG: "Anlage Grenzpendler EU/EWR", som Skattestyrelsen bekræfter. I Danmark: modulet "Udenlandsk lønindkomst" i TastSelv.
    .deadline = I Danmark skal den tyske løn oplyses på oplysningsskemaet senest 1. juli året efter.
    .contact = Arbejdsgiverens Betriebsstättenfinanzamt | Skattestyrelsen, +45 72 22 28 92.
tax-foreign-tin-reporting =
    Siden 1. januar 2024 skal alle, der bor i udlandet og får indkomst fra Danmark (løn, pension, ydelser), give den danske udbetaler deres adresse, bopælsland, CPR-nummer (eller fødselsdato) og udenlandske skatteidentifikationsnummer (TIN).
    Bor du i Tyskland, er dit TIN dit tyske skatte-ID (Steuer-ID, IdNr).
    Det er altså en pligt – arbejdsgiveren eller pensionskassen spørger, fordi loven kræver det. Skattestyrelsen sender oplysningerne videre til Tyskland.
    Kan du ikke finde dit Steuer-ID, kan Bundeszentralamt für Steuern (BZSt) hjælpe.
    Kontakt: din udbetaler eller Skattestyrelsen, +45 72 22 28 92 | BZSt.
    .title = Tysk skatte-ID (TIN) til danske udbetalere
    .apply = Dit tyske skatte-ID (TIN), din adresse og dit bopælsland giver du direkte til den danske udbetaler (arbejdsgiver, pensionskasse eller myndighed); Skattestyrelsen sender oplysningerne videre til Tyskland.
    .contact = Din arbejdsgiver eller pensionskasse, Skattestyrelsen (+45 72 22 28 92) – og Bundeszentralamt für Steuern (BZSt), hvis du ikke kan finde dit Steuer-ID.
tax-public-sector =
    Er du ansat i det offentlige (fx stat, kommune, offentlig skole eller som tjenestemand), beskattes lønnen som hovedregel i det land, der betaler den – uanset hvor du bor.
    Arbejder du hjemme i dit bopælsland, kan det ændre fordelingen: før log over dine hjemmearbejdsdage og oplys lønnen fordelt på arbejdsdage i TastSelv ("offentlig, udenlandsk arbejdsgiver").
    Har du en dansk offentlig arbejdsgiver, forbliver du socialt sikret i Danmark – også ved hjemmearbejde i Tyskland (efter EU-reglerne regnes alle danske offentligt ansatte som tjenestemænd). Hos en tysk offentlig arbejdsgiver gælder det for tjenestemænd (Beamte).
    Reglerne afhænger af den enkelte sag, så få din situation tjekket hos Regionskontoret: +45 74 67 05 01, infocenter@region.dk.
    Kontakt: Skattestyrelsen, +45 72 22 28 92 | Finanzamt.
    .title = Offentligt ansatte
    .apply = Offentligt ansatte med hjemmearbejdsdage: fordel lønnen efter arbejdsdage i TastSelv (modulet "Udenlandsk lønindkomst", "offentlig, udenlandsk arbejdsgiver").
    .contact = Regionskontoret & Infocenter: +45 74 67 05 01, infocenter@region.dk. Skattestyrelsen: +45 72 22 28 92. I Tyskland dit Finanzamt.
tax-tax-home-tiebreaker =
    Har du bolig eller familie i begge lande, kan du være fuldt skattepligtig i både Danmark og Tyskland; så afgør dobbeltbeskatningsoverenskomstens artikel 4, stk. 2, hvilket land der er dit skattemæssige hjemsted.
    Reglerne bruges i denne rækkefølge:
    1. Fast bolig til rådighed: har du kun fast bolig i ét land, er det dér.
    2. Bolig i begge lande: centrum for livsinteresser, dvs. hvor dine personlige og økonomiske forbindelser er stærkest (familie, hjem, arbejde, formue).
    3. Kan det ikke afgøres: hvor du sædvanligvis opholder dig; derefter statsborgerskab; til sidst aftaler de to skattemyndigheder det.
    De faktiske forhold tæller, ikke kun din registrerede adresse.
    Hjemstedslandet beskatter al din indkomst, det andet land kun fx løn for arbejde dér.
    .title = Skattemæssigt hjemsted i to lande
    .contact = Skattestyrelsen: +45 72 22 28 92 (du kan også søge et bindende svar) | dit Finanzamt i Tyskland. Rådgivning: Regionskontoret, +45 74 67 05 01.
tax-company-car-benefit =
    Må du bruge firmabilen privat, betaler du skat af det som en del af lønnen – efter reglerne i det land, der beskatter lønnen.
    Dansk skat (fri bil): en procentdel af bilens værdi (altid mindst { $fri-bil-min-value }) plus et miljøtillæg, uanset hvor meget du kører privat. Arbejdsgiveren trækker skatten med lønnen; skriv værdien i forskudsopgørelsens felt 201. Du får ikke kørselsfradrag.
    Tysk skat (geldwerter Vorteil): hver måned 1 % af listeprisen plus 0,03 % af listeprisen pr. km mellem bolig og arbejde – eller de faktiske udgifter efter kørebog (Fahrtenbuch). Lavere for el- og hybridbiler.
    Hvilket land: normalt det, hvor du arbejder (dobbeltbeskatningsoverenskomsten).
    Spørg lønkontoret, Skattestyrelsen, Finanzamt eller Regionskontoret, +45 74 67 05 01.
    .title = Firmabil: skat af privat brug
    .amount = Fri bil i Danmark: skat af en procentdel af bilens værdi (mindst { $fri-bil-min-value }) plus miljøtillæg. Firmabil med tysk skat: hver måned 1 % af listeprisen plus 0,03 % pr. km mellem bolig og arbejde – eller kørebog (Fahrtenbuch).
    .contact = Skattestyrelsen (skat.dk) | Finanzamt i Tyskland | arbejdsgiverens lønkontor. Rådgivning: Regionskontoret, +45 74 67 05 01, infocenter@region.dk.
