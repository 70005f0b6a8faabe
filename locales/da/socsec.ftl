socsec-applicable-law =
    Du er socialt sikret i det land, hvor du fysisk arbejder: bor du i Tyskland og arbejder kun i Danmark, er du sikret i Danmark – og omvendt.
    Efter EU-forordning 883/2004 er du kun sikret i ét land ad gangen, for alle ordninger samlet (bl.a. sygesikring, pension og arbejdsløshed). Du kan ikke selv vælge, og bopæl og statsborgerskab er uden betydning.
    Arbejder du også i dit bopælsland (fx hjemmearbejde eller bijob), kan hele din sikring flytte dertil, hvis mindst 25 % af arbejdstiden eller lønnen ligger dér – se "A1-attest og arbejde i flere lande".
    Kontakt: Udbetaling Danmark (International Social Sikring) | i Tyskland DVKA eller din Krankenkasse.
    .title = Hvor er jeg socialt sikret?
    .contact = Udbetaling Danmark (International Social Sikring) | DVKA i Bonn (dvka.de) eller din tyske Krankenkasse; rådgivning: Regionskontoret, +45 74 67 05 01.
socsec-a1-certificate =
    Arbejder du i både Danmark og Tyskland, er du kun socialt sikret i ét land: i dit bopælsland, hvis mindst 25 % af din arbejdstid eller løn ligger dér.
    Under 25 % i bopælslandet: har du én arbejdsgiver, er du sikret i det land, hvor arbejdsgiveren har hjemsted; har du en arbejdsgiver i hvert land, er du sikret i det land, hvor du ikke bor. Eksempel: bor i Tyskland, job i Danmark og et lille tysk minijob (under 25 %) → Danmark. Helt ubetydeligt arbejde tæller ikke med.
    Attesten PD A1 søges i bopælslandet: i Tyskland hos DVKA i Bonn, i Danmark hos Udbetaling Danmark (arbejdsgivere via virk.dk).
    Ved udsendelse bliver du i hjemlandets sikring i op til 24 måneder med A1.
    .title = A1-attest og arbejde i flere lande
    .form = Attesten PD A1 (A1-attest) viser, hvilket lands sociale sikring der gælder for dig.
    .apply = Bor du i Tyskland, søger du A1 hos DVKA i Bonn (dvka.de); bor du i Danmark, hos Udbetaling Danmark – arbejdsgivere søger via virk.dk.
    .duration = Ved udsendelse gælder A1 i op til 24 måneder; arbejder du fast i flere lande, udstedes A1 for en begrænset periode og skal søges igen, før den udløber.
    .contact = DVKA (GKV-Spitzenverband) i Bonn: dvka.de | Udbetaling Danmark, International Social Sikring; rådgivning: Regionskontoret, +45 74 67 05 01.
socsec-employer-abroad =
    Er du socialt sikret i et andet land end din arbejdsgivers, skal arbejdsgiveren melde dig og betale bidrag i dit sikringsland.
    - Tysk arbejdsgiver med en medarbejder, der er sikret i Danmark: registrering i Danmark (businessindenmark.dk, virk.dk) og betaling af ATP, arbejdsskadeforsikring, AES-bidrag m.m. – typisk små beløb.
    - Dansk arbejdsgiver, hvis medarbejder med bopæl i Tyskland bliver tysk sikret (fx ved mindst 25 % hjemmearbejde): registrering i Tyskland, tysk lønadministration og tyske arbejdsgiverbidrag – groft regnet ca. 20 % oven i lønnen.
    Detaljerne afhænger af sagen. Spørg Regionskontoret (+45 74 67 05 01, infocenter@region.dk); i Tyskland den tyske Krankenkasse (Einzugsstelle).
    .title = Arbejdsgiver i et andet land
    .apply = Tysk arbejdsgiver: registrering i Danmark via virk.dk (businessindenmark.dk). Dansk arbejdsgiver: tilmelding hos en tysk Krankenkasse som Einzugsstelle.
    .contact = Regionskontoret, +45 74 67 05 01, infocenter@region.dk; i Tyskland den tyske Krankenkasse (Einzugsstelle).
socsec-self-employed =
    Som selvstændig med opgaver i Danmark skal du registreres: CVR-nummer via virk.dk og som regel anmeldelse i RUT, senest når arbejdet begynder.
    Skat: Har du som ikke-bosiddende et fast driftssted i Danmark, er du begrænset skattepligtig af overskuddet. Registrering (blanket 04.063) skal ske inden 8 dage. Danmark vurderer strengt, om du reelt er selvstændig.
    RUT gælder udenlandske virksomheder med ansatte; selvstændige uden ansatte kun i bygge og anlæg samt installation/reparation af maskiner. Manglende anmeldelse: bøde på 10.000 kr.
    Social sikring: 25 %-reglen gælder også for selvstændige. Er du lønmodtager i ét land og selvstændig i det andet, er du som regel sikret i ansættelseslandet – men få det bekræftet.
    Rådgivning: Regionskontoret, +45 74 67 05 01, infocenter@region.dk.
    .title = Selvstændig på tværs af grænsen
    .form = Blanket 04.063 (registrering hos Skattestyrelsen); anmeldelse i RUT via virk.dk.
    .deadline = RUT-anmeldelse senest, når arbejdet i Danmark begynder; et fast driftssted skal registreres hos Skattestyrelsen inden 8 dage.
    .apply = CVR-nummer og RUT-anmeldelse via virk.dk; skatteregistrering hos Skattestyrelsen (blanket 04.063).
    .contact = Skattestyrelsen og virk.dk | Gewerbeamt og Finanzamt i Tyskland; rådgivning: Regionskontoret, +45 74 67 05 01.
socsec-work-accident =
    En arbejdsulykke i Danmark anmeldes af arbejdsgiveren, og AES (Arbejdsmarkedets Erhvervssikring) afgør, om den anerkendes, og hvilken erstatning du får.
    Danmark: Arbejdsgiveren skal have en arbejdsskadeforsikring hos et privat forsikringsselskab; ved erhvervssygdom anmelder også lægen. Vigtigt: turen til og fra arbejde er ikke dækket – en ulykke på vejen er en privat ulykke.
    Tyskland: Berufsgenossenschaft dækker både arbejdsulykker og ulykker på vej til og fra arbejde (Wegeunfall). Gå til en D-Arzt (Durchgangsarzt).
    Bor du i Tyskland og arbejder i Danmark: sørg for, at din danske arbejdsgiver anmelder skaden til AES (aes.dk).
    .title = Arbejdsskade og erhvervssygdom
    .contact = AES (Arbejdsmarkedets Erhvervssikring): aes.dk | i Tyskland din arbejdsgivers Berufsgenossenschaft.
socsec-frontier-worker-definition =
    Du er grænsegænger (grænsependler, grænsearbejder), når du bor i ét EU-land, arbejder i et andet og som regel tager hjem dagligt eller mindst én gang om ugen.
    Det er EU's definition i forordning 883/2004 (artikel 1, litra f), og den gælder for social sikring. Skat har sine egne regler: overenskomsten mellem Danmark og Tyskland har ingen særlig grænsegængerregel, så lønnen beskattes som hovedregel i det land, hvor du arbejder.
    Derfor er status vigtig: du er socialt sikret i arbejdslandet, har ret til lægehjælp i begge lande, og bliver du helt ledig, betaler bopælslandet.
    Flytter du til arbejdslandet, er du ikke længere grænsegænger; så gælder det lands regler for det hele.
    .title = Hvad er en grænsegænger?
    .contact = Regionskontor & Infocenter i Padborg: tlf. +45 74 67 05 01, infocenter@region.dk.
