service-regionskontor =
    Regionskontor & Infocenter i Padborg (Region Sønderjylland-Schleswig) rådgiver gratis om alt, der har med grænsen mellem Danmark og Tyskland at gøre – på dansk og tysk.
    Rådgivningen er for pendlere, tilflyttere, arbejdsgivere og myndigheder. De hyppigste emner er skat, pension og sygesikring.
    På pendlerinfo.org finder du artikler, årets satser ("Satser og tal"), videoer og nyhedsbreve.
    .title = Regionskontor & Infocenter
    .contact = Regionskontor & Infocenter, Lyren 1, 6330 Padborg: tlf. +45 74 67 05 01, infocenter@region.dk.
service-contact-hours =
    Regionskontor & Infocenter, Lyren 1, 6330 Padborg
    Tlf. +45 74 67 05 01 · infocenter@region.dk (sikker post: sikkerpost.region@region.dk)
    Telefontid har været man.–tors. 8–16.30 og fre. 8–15, men tiderne er skåret ned i 2025 og kan være ændret – se pendlerinfo.org. Ofte bliver du ringet op.
    Det meste klares pr. telefon eller mail. Møder i Padborg kun efter aftale og ved komplicerede sager. Lukket mellem jul og nytår.
    .title = Kontakt og åbningstider
    .contact = Regionskontor & Infocenter, Lyren 1, 6330 Padborg: tlf. +45 74 67 05 01, infocenter@region.dk; sikker post: sikkerpost.region@region.dk.
service-scope-limits =
    Regionskontoret informerer og viser dig vej til den rigtige myndighed – men træffer ikke afgørelser og kan ikke føre din sag eller repræsentere dig.
    Selvangivelse/årsopgørelse: Skattestyrelsen, Finanzamt eller en skatterådgiver.
    Tvist med arbejdsgiveren: din fagforening eller en advokat i det land, hvor du arbejder.
    Kom gerne med konkrete spørgsmål og dine papirer, så er rådgivningen mest nyttig.
    .title = Hvad rådgivningen ikke gør
    .contact = Skat: Skattestyrelsen, tlf. +45 72 22 28 92, eller Finanzamt. Tvist med arbejdsgiveren: din fagforening. Vejledning: Regionskontoret, +45 74 67 05 01.
service-human-advisor =
    Du kan tale med en rådgiver hos Regionskontor & Infocenter: tlf. +45 74 67 05 01 eller infocenter@region.dk. Rådgivningen er gratis, på dansk og tysk.
    Hav gerne klar: hvor du bor og arbejder (og siden hvornår), dit skatte-CPR/Steuer-ID, arbejdskontrakt, lønsedler eller årsopgørelse og de breve, det drejer sig om.
    Send aldrig CPR-nummer eller andre personoplysninger i denne chat.
    .title = Tal med en rådgiver
    .contact = Regionskontor & Infocenter: tlf. +45 74 67 05 01, infocenter@region.dk (gratis rådgivning på dansk og tysk).
service-bot-capabilities =
    Jeg er en bot, ikke et menneske. Jeg svarer kort på almindelige spørgsmål om at bo i Tyskland og arbejde i Danmark (eller omvendt): skat, social sikring og A1, sygesikring, a-kasse, pension, børnepenge, CPR og NemKonto, bil, hjemmearbejde m.m.
    Skriv gerne på dansk eller tysk, kort og med de vigtigste ord. Fortæl mig med /profil, hvor du bor og arbejder.
    Jeg kan ikke se din sag og træffer ingen afgørelser – ved tvivl henviser jeg til Regionskontoret.
    .title = Hvad kan botten?
service-privacy =
    Jeg gemmer kun det, jeg skal bruge for at svare dig: dit valgte sprog, din profil (hvor du bor og arbejder) og det seneste emne – ikke dine beskeder.
    Spørgsmål, jeg ikke kunne svare på, gemmes uden navn og chat, med CPR-numre, telefonnumre og lignende fjernet, i højst 90 dage, så rådgiverne kan forbedre mig.
    Med /glem sletter du alt om denne chat med det samme. Skriv aldrig CPR-nummer eller andre personoplysninger her.
    .title = Dine data
service-first-steps-de-dk =
    Bor du i Tyskland og starter på job i Danmark, så få skattenummer og skattekort i orden før første arbejdsdag – resten kan følge i de første uger.
    1. Skattenummer (skatte-CPR) og skattekort: blanket 04.063 til Skattestyrelsen med din ansættelseskontrakt.
    2. Det gule sundhedskort hos Udbetaling Danmark (lifeindenmark.borger.dk) og S1-attesten til en tysk Krankenkasse, så du kan gå til læge i begge lande.
    3. NemKonto til lønnen (dansk konto eller din tyske) og MitID til Digital Post.
    4. Overvej en dansk a-kasse fra første dag.
    Det første år: tjek den danske årsopgørelse og lav den tyske selvangivelse.
    Som EU-borger skal du ikke have opholds- eller arbejdstilladelse. Bor du i Danmark og arbejder i Tyskland, gælder andre trin: spørg Regionskontoret.
    .title = Tjekliste: nyt job i Danmark
    .form = Skattenummer og skattekort: blanket 04.063 til Skattestyrelsen. Sundhedskort: ansøgning hos Udbetaling Danmark på lifeindenmark.borger.dk.
    .contact = Regionskontor & Infocenter i Padborg: tlf. +45 74 67 05 01, infocenter@region.dk.
