# Svar om pension (knowledge/pension.toml).

pension-folkepension-earning =
    Som grænsependler optjener du dansk folkepension ved at arbejde i Danmark (som lønmodtager eller selvstændig) – også selv om du bor i Tyskland.
    Fuld folkepension kræver 40 års optjening fra du er 15 år (fra 1. juli 2025: 9/10 af optjeningsperioden). Med færre år får du brøkpension, dvs. en forholdsmæssig del.
    Vigtigt: Gem selv bevis for start og slut på hvert job i Danmark (kontrakter, lønsedler, opsigelse) – intet offentligt register viser datoerne.
    Årene i Tyskland giver tysk rente fra Deutsche Rentenversicherung.
    Kontakt: Udbetaling Danmark, International Pension, tlf. 70 12 80 55 | Deutsche Rentenversicherung.
    .title = Optjening af folkepension
pension-pension-age =
    Folkepensionsalderen afhænger af, hvornår du er født:
    67 år: født 1. juli 1955 til og med 1962 · 68 år: født 1963–1966 · 69 år: født 1967–1970 · 70 år: født efter 31. december 1970 (lov af 22. maj 2025, gælder fra 2040).
    Folkepension og ATP kan ikke udbetales før folkepensionsalderen.
    Tyskland: Regelaltersgrenze er 67 år for dem, der er født i 1964 eller senere, og det kræver mindst 5 års forsikring. Tidligere tysk alderspension er mulig efter 35 eller 45 forsikringsår.
    Hvert land udbetaler sin del fra sin egen pensionsalder.
    Kontakt: Udbetaling Danmark (folkepension) | Deutsche Rentenversicherung (tysk rente).
    .title = Pensionsalder i DK og DE
pension-apply-cross-border =
    Du søger i det land, hvor du bor (eller hvor du sidst var forsikret). Ansøgningsdatoen gælder i begge lande, og Deutsche Rentenversicherung og Udbetaling Danmark, International Pension, koordinerer sagen.
    Hvert land udbetaler sin egen del; forsikringsperioder i begge lande lægges sammen, når retten til pension vurderes.
    Folkepension kommer ikke automatisk: søg tidligst 6 måneder før din folkepensionsalder.
    Bor du uden for Danmark, skal du hvert år sende en leveattest til Udbetaling Danmark.
    Kontakt: Udbetaling Danmark, International Pension, tlf. 70 12 80 55 | Deutsche Rentenversicherung.
    .title = Søg pension fra begge lande
pension-atp-occupational =
    Dansk pension har flere dele: folkepension, ATP, arbejdsmarkedspension fra jobbet og evt. privat pension.
    ATP: Alle lønmodtagere, der arbejder mindst 9 timer om ugen, betaler til ATP – også grænsependlere. Bidraget står på lønsedlen. ATP udbetales tidligst fra folkepensionsalderen; en lille ATP kan blive udbetalt som et engangsbeløb.
    Arbejdsmarkedspension: kan som regel tidligst udbetales 3–5 år før folkepensionsalderen. Det afhænger af ordningen, så spørg din pensionskasse.
    Indbetalingerne kan trækkes fra i skat, udbetalingerne beskattes (hvor: se "Beskatning af pension").
    Kontakt: ATP, tlf. 70 11 12 13 | din pensionskasse.
    .title = ATP og arbejdsmarkedspension
pension-taxation =
    Efter dobbeltbeskatningsaftalen (DBA art. 18) beskattes pension som hovedregel i det land, du bor i.
    Undtagelse: Sociale pensioner beskattes kun i det land, der betaler dem. Folkepension, ATP, førtidspension, seniorpension, tidlig pension, tjenestemandspension og pension fra AES beskattes i Danmark – ca. 38 %, uden AM-bidrag. Du får personfradrag, også som begrænset skattepligtig, så en lille brøkpension giver kun lidt skat.
    Tysk rente fra DRV og tysk tjenestemandspension (Beamtenpension) beskattes i Tyskland. Bor du i Danmark, er det som regel Finanzamt Neubrandenburg, og du skal lave en tysk selvangivelse.
    Dansk arbejdsmarkedspension og privat pension beskattes i det land, du bor i.
    Kontakt: Skattestyrelsen | Finanzamt Neubrandenburg eller dit lokale Finanzamt.
    .title = Beskatning af pension
pension-disability =
    Du søger i det land, hvor du bor, eller hvor du sidst var forsikret; myndighederne koordinerer med det andet land. Men hvert land vurderer din sag for sig efter meget forskellige krav – du kan altså få pension fra det ene land og afslag fra det andet.
    Danmark (førtidspension): som regel tidligst fra 40 år, og kun hvis din arbejdsevne varigt er så nedsat, at du heller ikke kan klare et fleksjob.
    Tyskland (Erwerbsminderungsrente, EM-Rente): fuld EM-Rente, hvis du kan arbejde under 3 timer om dagen. Det kræver 5 års forsikring og 3 års bidrag inden for de sidste 5 år.
    Reglerne er komplicerede og kan have ændret sig – få rådgivning hos Regionskontoret (+45 74 67 05 01, infocenter@region.dk).
    Kontakt: Udbetaling Danmark, tlf. 70 12 80 53 (førtidspension) | Deutsche Rentenversicherung.
    .title = Førtidspension og EM-Rente
pension-early-retirement =
    Efterløn kræver medlemskab af en a-kasse og efterlønsbidrag i 30 år (påbegyndt senest som 30-årig). Når du går på efterløn, skal du have ret til dagpenge, og du må ikke få social pension eller være i fleksjob.
    Efterløn kan udbetales i hele EU/EØS, så du kan godt bo i Tyskland. Men mindst halvdelen af kravet til beskæftigelse/indkomst skal være opfyldt ved arbejde i Danmark – arbejder du nu i Tyskland, kan det koste din ret. Tal med a-kassen i god tid.
    Danmark har desuden seniorpension og tidlig pension med egne krav. Tyskland har ingen efterløn, men tidligere alderspension for langvarigt forsikrede og Altersteilzeit (spørg Deutsche Rentenversicherung).
    Reglerne er indviklede og kan have ændret sig: spørg din a-kasse om dit efterlønsbevis, eller kontakt Regionskontoret (+45 74 67 05 01).
    .title = Efterløn og tidlig tilbagetrækning
