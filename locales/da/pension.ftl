# Svar om pension (knowledge/pension.toml).

pension-folkepension-earning =
    Du optjener dansk folkepension for hvert år, du bor i Danmark fra du fylder 15 – og bor du i Tyskland, for hvert år du arbejder i Danmark.
    Fuld folkepension kræver 40 år (når du når pensionsalderen efter 1.7.2025: 9/10 af tiden fra 15 år); ellers får du en brøkdel (brøkpension).
    Fuld folkepension er { $folkepension-grundbeloeb } om måneden i grundbeløb ({ $folkepension-grundbeloeb-year }) plus et indkomstafhængigt pensionstillæg.
    Bor du i Danmark, men arbejder i Tyskland og er socialt sikret dér, tæller de år ikke med i Danmark – de giver tysk rente.
    Gem selv bevis for start og slut på hvert job i Danmark – intet offentligt register viser datoerne.
    Kontakt: Udbetaling Danmark, International Pension, +45 70 12 80 55 | Deutsche Rentenversicherung.
    .title = Optjening af folkepension
    .amount = Fuld folkepension ({ $folkepension-grundbeloeb-year }): grundbeløb { $folkepension-grundbeloeb } om måneden plus pensionstillæg på højst { $folkepension-tillaeg-enlig } (enlige) eller { $folkepension-tillaeg-par } pr. person (par) – før skat; med færre år en brøkdel.
    .contact = Udbetaling Danmark, International Pension: +45 70 12 80 55. Tysk rente: Deutsche Rentenversicherung.
pension-pension-age =
    Din danske folkepensionsalder afhænger af, hvornår du er født: 67 til 70 år.
    67 år: født 1. juli 1955 til og med 1962 · 68 år: født 1963–1966 · 69 år: født 1967–1970 · 70 år: født efter 31. december 1970 (vedtaget i maj 2025, gælder fra 2040).
    Folkepension og ATP kan ikke udbetales før folkepensionsalderen.
    Tyskland: Regelaltersgrenze er 67 år for dem, der er født i 1964 eller senere, og det kræver mindst 5 års forsikring. Tidligere tysk alderspension er mulig efter 35 eller 45 forsikringsår.
    Hvert land udbetaler sin del fra sin egen pensionsalder.
    Kontakt: Udbetaling Danmark, +45 70 12 80 55 (folkepension) | Deutsche Rentenversicherung (tysk rente).
    .title = Pensionsalder: fra hvornår i DK og DE
    .contact = Udbetaling Danmark, International Pension: +45 70 12 80 55. Tysk rente: Deutsche Rentenversicherung.
pension-apply-cross-border =
    Du søger i det land, hvor du bor (har du aldrig arbejdet dér: i det land, hvor du sidst arbejdede); ansøgningen gælder også for det andet land.
    Deutsche Rentenversicherung og Udbetaling Danmark, International Pension, koordinerer sagen. Hvert land udbetaler sin egen del, og forsikringsperioder i begge lande lægges sammen, når retten til pension vurderes.
    Folkepension kommer ikke automatisk: søg tidligst 6 måneder før din folkepensionsalder.
    Bor du uden for Danmark, skal du hvert år sende en leveattest til Udbetaling Danmark.
    Kontakt: Udbetaling Danmark, International Pension, +45 70 12 80 55 | Deutsche Rentenversicherung.
    .title = Søg pension fra begge lande
    .apply = Søg i dit bopælsland: bor du i Tyskland, hos Deutsche Rentenversicherung; bor du i Danmark, på borger.dk (Udbetaling Danmark). Myndigheden sender ansøgningen videre til det andet land.
    .deadline = Søg tidligst 6 måneder før folkepensionsalderen – og senest i den måned, du når den, hvis pensionen skal komme fra starten.
    .form = Bor du uden for Danmark, sender Udbetaling Danmark hvert år en leveattest, som du skal underskrive og sende tilbage.
    .contact = Udbetaling Danmark, International Pension: +45 70 12 80 55. Deutsche Rentenversicherung i Tyskland.
pension-atp-occupational =
    Alle lønmodtagere, der arbejder mindst 9 timer om ugen i Danmark, betaler til ATP (lovpligtig tillægspension) – også grænsependlere. Arbejder du i Tyskland, betaler du i stedet til Deutsche Rentenversicherung.
    Dansk pension har flere dele: folkepension, ATP, arbejdsmarkedspension fra jobbet og evt. privat pension. ATP-bidraget står på lønsedlen. ATP udbetales tidligst fra folkepensionsalderen; en lille ATP kan blive udbetalt som et engangsbeløb.
    Arbejdsmarkedspension kan som regel tidligst udbetales 3–5 år før folkepensionsalderen. Det afhænger af ordningen, så spørg din pensionskasse.
    Indbetalingerne kan trækkes fra i skat, udbetalingerne beskattes (hvor: se "Beskatning af pension").
    Kontakt: ATP, +45 70 11 12 13 | din pensionskasse.
    .title = ATP og arbejdsmarkedspension
    .duration = ATP udbetales hver måned resten af livet fra folkepensionsalderen; en meget lille ATP udbetales som et engangsbeløb. Arbejdsmarkedspension tidligst 3–5 år før folkepensionsalderen – spørg din pensionskasse.
    .contact = ATP: +45 70 11 12 13. Arbejdsmarkedspension: din pensionskasse.
pension-taxation =
    Efter dobbeltbeskatningsaftalen (DBA art. 18) beskattes pension som hovedregel i det land, du bor i.
    Undtagelse: Sociale pensioner beskattes kun i det land, der betaler dem. Folkepension, ATP, førtidspension, seniorpension, tidlig pension, tjenestemandspension og pension fra AES beskattes i Danmark – som begrænset skattepligtig med en gennemsnitlig kommuneskat, uden AM-bidrag. Du får personfradrag, også som begrænset skattepligtig, så en lille brøkpension giver kun lidt skat.
    Tysk rente fra DRV og tysk tjenestemandspension (Beamtenpension) beskattes i Tyskland. Bor du i Danmark, er det som regel Finanzamt Neubrandenburg, og du skal lave en tysk selvangivelse.
    Dansk arbejdsmarkedspension og privat pension beskattes i det land, du bor i.
    Kontakt: Skattestyrelsen, +45 72 22 28 92 | Finanzamt Neubrandenburg eller dit lokale Finanzamt.
    .title = Beskatning af pension
    .apply = Tysk rente og bopæl i Danmark: du skal indsende en tysk selvangivelse, som regel til Finanzamt Neubrandenburg. Dansk pension indberettes automatisk til Skattestyrelsen.
    .contact = Skattestyrelsen: +45 72 22 28 92. I Tyskland: Finanzamt Neubrandenburg (bor du i Danmark) eller dit lokale Finanzamt.
pension-disability =
    Du søger i det land, hvor du bor, eller hvor du sidst var forsikret – men hvert land vurderer sagen efter sine egne, meget forskellige krav, så du kan få pension fra det ene land og afslag fra det andet.
    Danmark (førtidspension): som regel tidligst fra 40 år, og kun hvis din arbejdsevne varigt er så nedsat, at du heller ikke kan klare et fleksjob.
    Tyskland (Erwerbsminderungsrente, EM-Rente): fuld EM-Rente, hvis du kan arbejde under 3 timer om dagen. Det kræver 5 års forsikring og 3 års bidrag inden for de sidste 5 år.
    Reglerne er komplicerede – få rådgivning hos Regionskontoret (+45 74 67 05 01, infocenter@region.dk).
    Kontakt: Udbetaling Danmark, +45 70 12 80 53 (førtidspension) | Deutsche Rentenversicherung.
    .title = Førtidspension og EM-Rente
    .apply = Førtidspension og EM-Rente søges i bopælslandet eller i det land, hvor du sidst var forsikret. Ansøgningsdatoen gælder i begge lande, og Udbetaling Danmark (International Pension) og Deutsche Rentenversicherung koordinerer sagen.
    .contact = Udbetaling Danmark (førtidspension): +45 70 12 80 53. Deutsche Rentenversicherung i Tyskland. Rådgivning: Regionskontoret, +45 74 67 05 01.
pension-early-retirement =
    Efterløn kræver medlemskab af en a-kasse og efterlønsbidrag i 30 år (påbegyndt senest som 30-årig); når du går på efterløn, skal du have ret til dagpenge og må ikke få social pension eller være i fleksjob.
    Efterløn kan udbetales i hele EU/EØS, så du kan godt bo i Tyskland. Men mindst halvdelen af kravet til beskæftigelse skal være opfyldt ved arbejde i Danmark – arbejder du nu i Tyskland, kan det koste din ret.
    Danmark har desuden seniorpension og tidlig pension med egne krav. Tyskland har ingen efterløn, men tidligere alderspension for langvarigt forsikrede og Altersteilzeit.
    Reglerne er indviklede: spørg din a-kasse om dit efterlønsbevis, eller kontakt Regionskontoret (+45 74 67 05 01).
    .title = Efterløn og tidlig tilbagetrækning
    .apply = Efterlønsbeviset udstedes af din a-kasse, når du opfylder betingelserne for efterløn.
    .contact = Din a-kasse (efterlønsbevis). Rådgivning: Regionskontoret & Infocenter, +45 74 67 05 01, infocenter@region.dk.
