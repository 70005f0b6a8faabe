socsec-applicable-law =
    Efter EU-forordning 883/2004 er du socialt sikret i ét land ad gangen – for alle ordninger samlet (bl.a. sygesikring, pension og arbejdsløshed).
    Hovedreglen er det land, hvor du fysisk arbejder. Du kan ikke selv vælge, og bopæl og statsborgerskab er uden betydning.
    Bor du i Tyskland og arbejder kun i Danmark, er du socialt sikret i Danmark – og omvendt.
    Arbejder du også i dit bopælsland (fx hjemmearbejde eller et bijob), kan hele din sociale sikring flytte dertil (25 %-reglen, A1).
    Kontakt: Udbetaling Danmark (International Social Sikring) | i Tyskland DVKA eller din Krankenkasse.
    .title = Hvor er jeg socialt sikret?
socsec-a1-certificate =
    Arbejder du i flere lande, afgør disse regler, hvor du er socialt sikret:
    - Mindst 25 % af arbejdstiden eller lønnen i bopælslandet: bopælslandet.
    - Ellers: landet, hvor arbejdsgiveren har hjemsted.
    - Arbejdsgivere i forskellige lande (også dansk job + tysk minijob): bopælslandet.
    Det dokumenteres med attesten PD A1, som søges i bopælslandet: bor du i Tyskland, hos DVKA i Bonn (dvka.de); bor du i Danmark, hos Udbetaling Danmark (arbejdsgivere via virk.dk).
    Ved udsendelse (udstationering) kan du blive i hjemlandets sikring i op til 24 måneder med A1.
    .title = A1-attest og arbejde i flere lande
socsec-employer-abroad =
    Er du socialt sikret i et andet land end din arbejdsgivers, skal arbejdsgiveren betale bidrag i dit sikringsland:
    - Tysk arbejdsgiver med en medarbejder, der er sikret i Danmark: registrering i Danmark (businessindenmark.dk, virk.dk) og betaling af ATP, arbejdsskadeforsikring, AES-bidrag m.m. – typisk små beløb.
    - Dansk arbejdsgiver, hvis medarbejder med bopæl i Tyskland bliver tysk sikret (fx ved mindst 25 % hjemmearbejde): registrering i Tyskland, tysk lønadministration og tyske arbejdsgiverbidrag – groft regnet ca. 20 % oven i lønnen.
    Detaljerne afhænger af sagen og kan have ændret sig. Spørg Regionskontoret (+45 74 67 05 01, infocenter@region.dk); i Tyskland den tyske Krankenkasse (Einzugsstelle).
    .title = Arbejdsgiver i et andet land
socsec-self-employed =
    Skat: Har du som ikke-bosiddende et fast driftssted i Danmark, er du begrænset skattepligtig af overskuddet. Registrering (blanket 04.063) skal ske inden 8 dage, og du skal have et CVR-nummer via virk.dk. Danmark vurderer strengt, om du reelt er selvstændig eller lønmodtager.
    Udenlandske virksomheder, der udfører arbejde i Danmark, skal anmeldes i RUT (Registret for Udenlandske Tjenesteydere) – bøder fra 10.000 kr.
    Social sikring: 25 %-reglen gælder også for selvstændige. Er du lønmodtager i ét land og selvstændig i det andet, er du som regel sikret i ansættelseslandet – men få det bekræftet.
    Reglerne er komplicerede: spørg Regionskontoret (+45 74 67 05 01, infocenter@region.dk). Kontakt: Skattestyrelsen, virk.dk | Gewerbeamt, Finanzamt.
    .title = Selvstændig på tværs af grænsen
socsec-work-accident =
    Danmark: Arbejdsgiveren skal have en arbejdsskadeforsikring hos et privat forsikringsselskab. Arbejdsgiveren (ved erhvervssygdom også lægen) anmelder skaden, og AES (Arbejdsmarkedets Erhvervssikring) afgør, om den anerkendes, og hvilken erstatning du får.
    Vigtigt: I Danmark er turen til og fra arbejde ikke dækket – en ulykke på vejen er en privat ulykke.
    Tyskland: Berufsgenossenschaft dækker både arbejdsulykker og ulykker på vej til og fra arbejde (Wegeunfall). Gå til en D-Arzt (Durchgangsarzt).
    Bor du i Tyskland og arbejder i Danmark: sørg for, at din danske arbejdsgiver anmelder skaden til AES (aes.dk).
    .title = Arbejdsskade og erhvervssygdom
