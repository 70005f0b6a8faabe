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
    Er du socialt sikret i et andet land end det, hvor din arbejdsgiver har hjemsted, skal arbejdsgiveren melde dig og betale bidrag i dit sikringsland – som om firmaet lå dér.
    - Tysk arbejdsgiver, medarbejder sikret i Danmark: registrering som arbejdsgiver senest 8 dage efter første lønudbetaling (virk.dk) og betaling af ATP (ved mindst 9 timer om ugen), AES, AUB, barselsbidrag og arbejdsskadeforsikring – typisk små beløb.
    - Dansk arbejdsgiver, medarbejder med bopæl i Tyskland bliver tysk sikret (fx ved mindst 25 % hjemmearbejde): tilmelding hos en tysk Krankenkasse, tysk lønadministration og tyske arbejdsgiverbidrag – groft regnet ca. 20 % oven i lønnen.
    Arbejdsgiveren kan aftale med dig, at du selv indbetaler bidragene (forordning 987/2009, art. 21).
    Spørg Regionskontoret (+45 74 67 05 01, infocenter@region.dk).
    .title = Arbejdsgiver i et andet land
    .apply = Tysk arbejdsgiver: registrering som arbejdsgiver i Danmark via virk.dk (businessindenmark.dk). Dansk arbejdsgiver: tilmelding hos en tysk Krankenkasse som Einzugsstelle.
    .deadline = En udenlandsk arbejdsgiver skal registreres i Danmark senest 8 dage efter første lønudbetaling.
    .contact = ATP (arbejdsgiverbidrag): +45 48 20 49 14 | i Tyskland den tyske Krankenkasse (Einzugsstelle) | Regionskontoret, +45 74 67 05 01, infocenter@region.dk.
socsec-self-employed =
    Som udenlandsk selvstændig med opgaver i Danmark skal du som regel anmeldes i RUT senest ved arbejdets start – og med fast driftssted her også have CVR-nummer.
    RUT: gælder udenlandske virksomheder, der udstationerer ansatte, og selvstændige uden ansatte inden for bygge og anlæg samt installation/reparation af maskiner. For sen eller forkert anmeldelse: bøde på 10.000 kr. (20.000 kr. ved gentagelse).
    Skat: Kun med fast driftssted i Danmark beskattes overskuddet her. Registrering via virk.dk; Skattestyrelsen giver dig så et skattepersonnummer, og du beder om en forskudsopgørelse. Oplysningsskema senest 1. juli året efter.
    Social sikring: Arbejder du selvstændigt i begge lande, er du sikret i bopælslandet, hvis mindst 25 % af aktiviteten er dér. Lønmodtager i ét land og selvstændig i det andet: ansættelseslandet.
    .title = Selvstændig på tværs af grænsen
    .form = RUT-anmeldelse og "Registrering af udenlandsk virksomhed" (CVR) på virk.dk.
    .deadline = RUT-anmeldelse senest, når arbejdet i Danmark begynder; ændringer senest første arbejdsdag efter. Oplysningsskema for et fast driftssted senest 1. juli året efter.
    .amount = Manglende eller forkert RUT-anmeldelse: bøde på 10.000 kr., ved gentagelse 20.000 kr.
    .apply = CVR-nummer og RUT-anmeldelse via virk.dk; forskudsopgørelse hos Skattestyrelsen.
    .contact = Arbejdstilsynet (RUT): +45 70 12 12 88 | Skattestyrelsen | Gewerbeamt og Finanzamt i Tyskland; rådgivning: Regionskontoret, +45 74 67 05 01.
socsec-work-accident =
    Arbejder du i Danmark, anmelder arbejdsgiveren en arbejdsulykke, og Arbejdsmarkedets Erhvervssikring (AES) afgør, om den anerkendes, og hvilken erstatning du får.
    Danmark: Arbejdsgiveren skal anmelde senest 14 dage efter første fraværsdag; en erhvervssygdom anmelder lægen, så snart der er mistanke. Sker det ikke, kan du selv anmelde til AES inden for 1 år. Turen til og fra arbejde er som hovedregel ikke dækket (undtagen fx ved tilkald eller kørsel, arbejdsgiveren har arrangeret).
    Tyskland: Berufsgenossenschaft dækker både arbejdsulykker og ulykker på vej til og fra arbejde (Wegeunfall). Gå til en D-Arzt (Durchgangsarzt).
    Bor du i Tyskland og arbejder i Danmark, gælder de danske regler: vejen til arbejde er som regel ikke dækket, heller ikke på den tyske side.
    .title = Arbejdsskade og erhvervssygdom
    .deadline = Arbejdsgiveren anmelder en arbejdsulykke senest 14 dage efter første fraværsdag; du kan selv anmelde til AES inden for 1 år efter ulykken, eller efter en læge har sagt, at sygdommen kan skyldes arbejdet.
    .apply = Arbejdsgiveren anmelder ulykken; lægen anmelder erhvervssygdomme; du kan selv anmelde til AES (aes.dk).
    .contact = AES (Arbejdsmarkedets Erhvervssikring): aes.dk | i Tyskland din arbejdsgivers Berufsgenossenschaft.
socsec-frontier-worker-definition =
    Du er grænsegænger (grænsependler, grænsearbejder), når du bor i ét EU-land, arbejder i et andet og som regel tager hjem dagligt eller mindst én gang om ugen.
    Det er EU's definition i forordning 883/2004 (artikel 1, litra f), og den gælder for social sikring. Skat har sine egne regler: overenskomsten mellem Danmark og Tyskland har ingen særlig grænsegængerregel, så lønnen beskattes som hovedregel i det land, hvor du arbejder.
    Derfor er status vigtig: du er socialt sikret i arbejdslandet, har ret til lægehjælp i begge lande, og bliver du helt ledig, betaler bopælslandet.
    Flytter du til arbejdslandet, er du ikke længere grænsegænger; så gælder det lands regler for det hele.
    .title = Hvad er en grænsegænger?
    .contact = Regionskontor & Infocenter i Padborg: tlf. +45 74 67 05 01, infocenter@region.dk.
