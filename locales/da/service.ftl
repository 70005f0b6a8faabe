service-regionskontor =
    Regionskontor & Infocenter i Padborg (Region Sønderjylland-Schleswig) rådgiver gratis om alt, der har med grænsen mellem Danmark og Tyskland at gøre – på dansk og tysk.
    Rådgivningen er for pendlere, tilflyttere, arbejdsgivere og myndigheder. De hyppigste emner er skat, pension og sygesikring.
    På pendlerinfo.org finder du artikler, årets satser ("Satser og tal"), videoer og nyhedsbreve.
    .title = Regionskontor & Infocenter
    .contact = Regionskontor & Infocenter, Lyren 1, 6330 Padborg: tlf. +45 74 67 05 01, infocenter@region.dk.
service-contact-hours =
    Regionskontor & Infocenter, Lyren 1, 6330 Padborg
    Tlf. +45 74 67 05 01 · infocenter@region.dk (sikker post: sikkerpost.region@region.dk)
    Åbnings- og telefontiderne blev skåret ned i 2025 på grund af personalenedskæringer – se de aktuelle tider på pendlerinfo.org. Ofte bliver du ringet op.
    Det meste klares pr. telefon eller mail. Møde i Padborg kun efter aftale, når sagen ikke kan klares skriftligt eller telefonisk. Lukket mellem jul og nytår.
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
    Skriv på dansk eller tysk, gerne kort. Fortæl mig, hvor du bor og arbejder – i din besked eller med /profil – så får du svaret for din side.
    Du kan spørge videre om en del af svaret, fx "hvor meget?", "hvilken frist?" eller "hvem kontakter jeg?".
    Jeg kan ikke se din sag og træffer ingen afgørelser – ved tvivl henviser jeg til Regionskontoret (/kontakt).
    .title = Hvad kan botten?
service-privacy =
    Jeg gemmer kun, hvad jeg skal bruge for at svare: dit sprog, din profil (hvor du bor og arbejder), seneste emne og viste valg – ikke dine beskeder. En chat, der ikke er brugt i 30 dage, slettes automatisk.
    Spørgsmål, jeg ikke kunne svare sikkert på, gemmes uden chat og navn og uden CPR-numre, telefonnumre, e-mails og kontonumre i højst 90 dage, så rådgiverne kan forbedre mig. 👍/👎 tælles kun.
    Siger du ja til en rådgiver her i chatten, sender jeg dit spørgsmål (uden personnumre) til Regionskontorets Telegram-gruppe – dit navn kun, hvis du vælger det. Sagen gemmes uden beskedtekst i højst 30 dage.
    /glem sletter alt om chatten med det samme og lukker en åben sag. Skriv aldrig CPR-nummer her.
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
service-first-steps-dk-de =
    Bor du i Danmark og starter på job i Tyskland, så få skatte-ID og sygekasse i orden før første arbejdsdag.
    1. Skatte-ID hos arbejdsgiverens Betriebsstättenfinanzamt (arbejdsgiveren kan søge med fuldmagt); lønskatten trækkes normalt i skatteklasse I.
    2. En tysk offentlig sygekasse (Krankenkasse) og S1, så du og familien kan gå til læge i Danmark.
    3. Bliver du helt ledig, betaler Danmark, hvis du søger optagelse i en dansk a-kasse senest 8 uger efter jobbet.
    4. Lønnen kan gå til din danske konto. Uden bolig i Tyskland skal du ikke melde dig dér.
    Det første år: tysk selvangivelse og den tyske løn i TastSelv senest 1. juli.
    Bor du i Tyskland og arbejder i Danmark: se "Tjekliste: nyt job i Danmark".
    .title = Tjekliste: nyt job i Tyskland
    .apply = Skatte-ID: arbejdsgiverens Betriebsstättenfinanzamt. Sygeforsikring: en tysk Krankenkasse, som du selv vælger; S1-attesten registrerer du hos Udbetaling Danmark.
    .form = Til § 1, stk. 3 EStG: "Anlage Grenzpendler EU/EWR", som Skattestyrelsen bekræfter. I Danmark: modulet "Udenlandsk lønindkomst" i TastSelv.
    .deadline = Den tyske løn skal oplyses i TastSelv senest 1. juli året efter. Efter et job i Tyskland: søg optagelse i en dansk a-kasse senest 8 uger efter.
    .contact = Regionskontor & Infocenter i Padborg: tlf. +45 74 67 05 01, infocenter@region.dk.
service-own-language-authorities =
    Ja, i sager om social sikring skal myndighederne i begge lande tage imod ansøgninger og dokumenter på dansk eller tysk – uden oversættelse (EU-forordning 883/2004, art. 76, stk. 7).
    Det gælder fx sygesikring, dagpenge og Arbeitslosengeld, pension, børneydelse og Kindergeld hos Familienkasse.
    Skat er en undtagelse: Hos det tyske Finanzamt er sproget tysk (§ 87 AO). Finanzamt kan bede om en oversættelse og ellers selv lade den lave for din regning; afgørelser kommer på tysk.
    Skattestyrelsen har blanketter og vejledning på tysk, fx blanket 04.063.
    Forstår du ikke et brev, kan Regionskontoret hjælpe.
    .title = Skrive til myndigheder på eget sprog
    .deadline = Sender du noget på dansk til Finanzamt inden en frist, gælder fristen som overholdt, hvis du sender oversættelsen inden for den frist, Finanzamt sætter (§ 87, stk. 4 AO).
    .contact = Regionskontor & Infocenter i Padborg: tlf. +45 74 67 05 01, infocenter@region.dk.
