# Tekster i brugerfladen (dansk). Svarene på spørgsmål ligger i en fil pr. område.

welcome =
    Hej! Jeg er pendlerbotten fra Regionskontor & Infocenter i Padborg.
    Jeg svarer på spørgsmål om at bo i Tyskland og arbejde i Danmark – eller omvendt: skat, sygesikring, a-kasse, pension, børnepenge og meget mere.
    Skriv dit spørgsmål med dine egne ord, eller vælg et emne:
help =
    Skriv dit spørgsmål på dansk eller tysk, gerne kort, fx "Hvornår får jeg det gule sundhedskort?".
    Kommandoer:
    /sprog – skift sprog (dansk/tysk)
    /profil – fortæl, hvor du bor og arbejder, så svarene passer til dig
    /kontakt – Regionskontorets telefon og åbningstider
    /privacy – hvad jeg gemmer om dig
    /glem – slet alt, hvad jeg har gemt om denne chat
fallback =
    Det kan jeg desværre ikke svare sikkert på. Spørg gerne med andre ord – eller kontakt Regionskontor & Infocenter, som rådgiver gratis om grænsependling:
    Tlf. +45 74 67 05 01, infocenter@region.dk (pendlerinfo.org).
choices-intro = Jeg er ikke helt sikker på, hvad du mener. Drejer det sig om et af disse emner?
missed = Undskyld, så har jeg misforstået dig. Skriv gerne spørgsmålet med andre ord – eller vælg et af emnerne her eller en rådgiver:
complaint = Det er jeg ked af. Jeg er en bot og svarer kun på almindelige spørgsmål om grænsependling. Skriv gerne dit spørgsmål med andre ord – eller tal med en rådgiver hos Regionskontor & Infocenter: tlf. +45 74 67 05 01, infocenter@region.dk.
non-text = Jeg kan kun læse tekst. Skriv dit spørgsmål som en almindelig besked.
language-set = Jeg svarer nu på dansk.
language-ask = Vælg sprog:
profile-ask = Hvor bor og arbejder du? Så kan jeg give dig svar, der passer til din situation.
profile-set = Tak, jeg har noteret: { $profile }. Du kan altid ændre det med /profil.
profile-de-dk = Jeg bor i Tyskland og arbejder i Danmark
profile-dk-de = Jeg bor i Danmark og arbejder i Tyskland
profile-other = Noget andet
profile-cleared = Din profil er slettet.
forgotten = Alt, hvad jeg havde gemt om denne chat (sprog, profil, seneste emne), er slettet nu.
button-other-language = På dansk
button-advisor = Tal med en rådgiver
button-related = Se også: { $title }
source = Kilde: { $sources }
checked = Senest kontrolleret: { $date }
unknown-command = Den kommando kender jeg ikke. Skriv /help for at se, hvad jeg kan.
apology = Beklager, der gik noget galt hos mig. Prøv igen om lidt – eller kontakt Regionskontoret på +45 74 67 05 01.
too-long = Din besked er meget lang. Skriv venligst dit spørgsmål kort, med de vigtigste ord – så kan jeg bedre hjælpe.
too-fast = Du sender mange beskeder på kort tid. Jeg svarer igen om et minut – skriv gerne dit spørgsmål samlet i én besked.
console-intro = Pendlerbot i terminalen. Skriv et spørgsmål på dansk eller tysk; tal vælger en knap. Afslut med Ctrl-D.

area-tax = Skat
area-socsec = Social sikring og A1
area-health = Sygesikring og sygdom
area-unemployment = Ledighed og a-kasse
area-pension = Pension
area-family = Familie og børnepenge
area-registration = CPR, NemKonto og flytning
area-car = Bil
area-transport = Tog og bus
area-work = Arbejdsvilkår
area-education = Uddannelse
area-homeoffice = Hjemmearbejde
area-service = Om rådgivningen

# Rådgivernes løkke: 👍/👎 under svarene, og kommandoerne /inbox og /why (kun for administratorer).
feedback-thanks = Tak for din vurdering! Den hjælper rådgiverne med at gøre svarene bedre.
inbox-title = Spørgsmål, jeg ikke kunne svare sikkert på (uden navne og personnumre)
inbox-fell-back = ikke besvaret { $count }
inbox-offered = valgmuligheder { $count }
inbox-settled = afgjort af anden vurdering { $count }
inbox-empty = Der er ingen ubesvarede spørgsmål i perioden.
why-nothing = Skriv /why efter et spørgsmål – eller /why efterfulgt af spørgsmålet.

# Samtalen: opfølgende spørgsmål, situation, sprog og emner uden for området.
no-such-button = Der er ingen knap nummer { $number } her. Skriv dit spørgsmål, eller tryk på en af knapperne under det sidste svar.
followup-no-context = Hvad drejer dit spørgsmål sig om? Skriv emnet (fx "skattekort" eller "børnepenge"), eller vælg et område:
out-of-scope =
    Det ligger uden for det, jeg kan svare på. Jeg svarer på spørgsmål om at bo i Tyskland og arbejde i Danmark – eller omvendt: skat, sygesikring, a-kasse, pension, børnepenge, bil, flytning og meget mere.
    Til alt andet: Regionskontor & Infocenter, tlf. +45 74 67 05 01, infocenter@region.dk (pendlerinfo.org).
english =
    Sorry, I only answer in Danish and German. Choose a language below, or ask the advice office in English: Regionskontor & Infocenter, +45 74 67 05 01, infocenter@region.dk.
choices-area = Her er de emner, der oftest spørges om på det område. Hvilket passer?
choices-also = Du spurgte også om et andet område. Hvilket af disse emner passer?
situation-topics = Det spørger andre i din situation ofte om:
situation-noted = Noteret: { $situation }. Med /profil kan du ændre det.
situation-changed = Jeg har ændret det: { $situation }. Med /profil kan du ændre det.
situation-lives-dk = du bor i Danmark
situation-lives-de = du bor i Tyskland
situation-works-dk = arbejder i Danmark
situation-works-de = arbejder i Tyskland
situation-partner-dk = din partner arbejder i Danmark
situation-partner-de = din partner arbejder i Tyskland
situation-and = og
situation-you = du
button-whole-answer = Hele svaret
value-outdated = Beløbet er fra { $year }. Se det aktuelle beløb på { $source }
value-unconfirmed = Beløbet for { $year } har vi endnu ikke kunnet bekræfte hos en officiel kilde. Tjek det på { $source }

## The handover to the advice office in Telegram (issue 18). The card and the
## lines for the advisors' group (relay-card ... relay-unknown) are sent in Danish.
relay-consent = Jeg kan sende dit spørgsmål til rådgiverne hos Regionskontor & Infocenter – svaret kommer her i chatten. De får dit spørgsmål (CPR-, telefon- og andre personnumre fjernes), dit sprog, din situation (hvor du bor og arbejder, hvis du har fortalt det) og de emner, du har spurgt om her. Dit navn kun, hvis du vælger det. Botten gemmer sagen uden beskedtekst i højst { $days } dage; /glem sletter den med det samme. Skal jeg sende den?
relay-consent-name = Ja, med mit navn
relay-consent-anon = Ja, anonymt
relay-consent-no = Nej tak
relay-ask-question = Godt. Skriv nu dit spørgsmål med dine egne ord i én besked. Send ikke CPR-nummer eller andre personnumre.
relay-declined = Fint, der er ikke sendt noget. Spørg mig gerne om noget andet.
relay-sent = Tak! Dit spørgsmål er sendt til rådgiverne som sag #{ $case }. Svaret kommer her i chatten. Det, du skriver nu, går til den samme sag. Med /afslut lukker du sagen.
relay-office-closed = Rådgivningen er lukket lige nu. Den svarer tidligst { $weekday } den { $date } kl. { $time }.
relay-weekday = { $day ->
    [1] mandag
    [2] tirsdag
    [3] onsdag
    [4] torsdag
    [5] fredag
    [6] lørdag
   *[7] søndag
}
relay-from-office = Regionskontor & Infocenter (sag #{ $case }):
relay-closed = Sag #{ $case } er lukket. Nu svarer jeg (botten) igen.
relay-closed-by-office = Rådgivningen har lukket sag #{ $case }. Nu svarer jeg (botten) igen.
relay-failed = Beklager, jeg kunne ikke sende dit spørgsmål lige nu. Prøv igen om lidt, eller ring til Regionskontoret på +45 74 67 05 01.
relay-card =
    Sag #{ $case } · { $lang }
    Situation: { $situation }
    Emner i samtalen: { $topics }
    Fra: { $name }
    Spørgsmål: { $question }
    — Svar på denne besked (Besvar) for at skrive til borgeren; /close som svar lukker sagen.
relay-follow = Sag #{ $case } – borgeren skriver:
relay-closed-by-commuter = Sag #{ $case } er lukket af borgeren.
relay-closed-ack = Sag #{ $case } er lukket; borgeren har fået besked.
relay-forgotten = Sag #{ $case } er lukket: borgeren har bedt om at få sine data slettet.
relay-case-closed = Sag #{ $case } er lukket; dit svar er ikke sendt.
relay-anonymous = anonym
relay-unknown = ikke oplyst
