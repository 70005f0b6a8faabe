health-special-health-card =
    Bor du i Tyskland og arbejder i Danmark, får du gratis det gule særlige sundhedskort til dansk læge og sygehus.
    Krav: mindst 9 timer om ugen (18 timer på 14 dage / 39 timer om måneden) i Danmark, ATP-bidrag og intet arbejde i Tyskland – også for selvstændige med dansk CVR-nummer.
    Søg hos Udbetaling Danmark på borger.dk (eller via arbejdsgiveren på virk.dk) – du skal bruge et (skatte-)CPR-nummer; det tager 2–3 uger. Midlertidigt bevis: tlf. +45 70 12 80 81.
    Kortet gælder kun dig. Bestil S1 samtidig, så kan du også gå til tysk læge.
    Bor du i Danmark og arbejder i Tyskland, er du sikret i Tyskland – se "Tysk sygekasse (bor i DK)".
    .title = Det gule sundhedskort
    .amount = Det særlige sundhedskort er gratis; et nyt kort, hvis du har mistet eller ødelagt det, koster { $special-card-fee } ({ $special-card-fee-year }).
    .apply = Søg det særlige sundhedskort hos Udbetaling Danmark på borger.dk; din danske arbejdsgiver kan søge for dig via virk.dk. Du skal have et (skatte-)CPR-nummer.
    .duration = Det særlige sundhedskort kommer med posten efter 2–3 uger; indtil da kan du få et midlertidigt bevis på tlf. +45 70 12 80 81.
    .contact = Udbetaling Danmark (særligt sundhedskort): tlf. +45 70 12 80 81.
health-s1-registration-de =
    Ja – bor du i Tyskland og er sikret i Danmark gennem dit job, kan du også bruge tyske læger, når du har afleveret blanket S1 hos en tysk sygekasse.
    1. Bestil S1 (tidligere E106) hos Udbetaling Danmark – sammen med ansøgningen om det særlige sundhedskort på borger.dk.
    2. Aflever S1 hos en offentlig tysk sygekasse (gesetzliche Krankenkasse) efter eget valg. Du får et tysk sygesikringskort, og Danmark betaler udgifterne; du betaler ikke bidrag til sygekassen.
    Familie i Tyskland, der ikke selv arbejder, er normalt dækket på samme måde – men det afhænger af sagen, så spørg sygekassen.
    Omvendt (bor i Danmark, arbejder i Tyskland) får du S1 fra din tyske sygekasse og bruger den til dansk læge.
    .title = Tyske læger med S1
    .form = Blanket S1 (tidligere E106) fra Udbetaling Danmark; du afleverer den hos en tysk Krankenkasse, du selv vælger.
    .apply = Bestil S1 hos Udbetaling Danmark på borger.dk sammen med det særlige sundhedskort, og aflever den hos en offentlig tysk sygekasse.
    .contact = Udbetaling Danmark: tlf. +45 70 12 80 81. Rådgivning: Regionskontoret, +45 74 67 05 01, infocenter@region.dk.
health-ehic-holiday =
    På ferie i andre EU/EØS-lande og Schweiz skal du bruge det blå EU-sygesikringskort (EHIC) – det gule sundhedskort gælder ikke dér.
    Bor du i Tyskland og arbejder i Danmark: bestil det blå kort hos Udbetaling Danmark på borger.dk – også til familiemedlemmer, der er sikret gennem dig. Det tager 2–3 uger, og kortet er tidsbegrænset, så tjek udløbsdatoen før rejsen.
    Bor du i Danmark og arbejder i Tyskland: det blå kort står på bagsiden af kortet fra din tyske sygekasse (Krankenkasse).
    Det blå kort dækker offentlig behandling på samme vilkår som landets egne borgere – ikke fx hjemtransport. Overvej derfor også en rejseforsikring.
    .title = Det blå EU-sygesikringskort
    .apply = Det blå EU-sygesikringskort bestilles hos Udbetaling Danmark på borger.dk; er du sikret i Tyskland, får du det af din tyske Krankenkasse.
    .duration = Det blå kort fra Udbetaling Danmark kommer efter 2–3 uger og er tidsbegrænset; bestil et nyt, før det udløber.
    .contact = Udbetaling Danmark: tlf. +45 70 12 80 81 | din tyske Krankenkasse.
health-dk-resident-working-de =
    Bor du i Danmark og arbejder i Tyskland, er du sygeforsikret i Tyskland gennem jobbet i en offentlig sygekasse (gesetzliche Krankenkasse), som du selv vælger.
    Forsikringen er obligatorisk, når din løn er under { $health-de-jaeg } om året ({ $health-de-jaeg-year }).
    Bidrag i { $health-de-kv-rate-year }: { $health-de-kv-rate } plus kassens tillægsbidrag (Zusatzbeitrag; officielt gennemsnit { $health-de-kv-zusatz }, mange kasser tager mere) og plejeforsikring { $health-de-pv-rate }; er du over 23 år og uden børn, betaler du selv { $health-de-pv-childless } ekstra. Arbejdsgiveren betaler omtrent halvdelen, og bidraget beregnes højst af { $health-de-bbg-kv } om måneden.
    Familie uden egen forsikring kan blive medforsikret (Familienversicherung). Med blanket S1 fra sygekassen kan du også bruge dansk læge.
    Bor du i Tyskland og arbejder i Danmark, er du sikret i Danmark – se "Det gule sundhedskort".
    .title = Tysk sygekasse (bor i DK)
    .amount = Tysk sygeforsikring { $health-de-kv-rate-year }: { $health-de-kv-rate } + tillægsbidrag (officielt gennemsnit { $health-de-kv-zusatz }; mange kasser tager mere), plejeforsikring { $health-de-pv-rate } (barnløse over 23: { $health-de-pv-childless } ekstra), højst af { $health-de-bbg-kv } om måneden; arbejdsgiveren betaler ca. halvdelen.
    .apply = Vælg selv en offentlig tysk sygekasse (gesetzliche Krankenkasse) og giv din arbejdsgiver besked; arbejdsgiveren melder dig til.
    .contact = Din tyske sygekasse (Krankenkasse); rådgivning: Regionskontoret, +45 74 67 05 01.
health-sick-pay-dk =
    Er du sikret i Danmark (typisk: bor i Tyskland, arbejder i Danmark), betaler arbejdsgiveren løn eller sygedagpenge de første 30 dage, og derefter betaler kommunen sygedagpenge.
    Meld dig syg til arbejdsgiveren med det samme.
    Arbejdsgiveren betaler, hvis du har været ansat de seneste 8 uger og arbejdet mindst 74 timer. Derefter betaler kommunens jobcenter – bagud og højst { $health-sygedagpenge-max-week } om ugen ({ $health-sygedagpenge-max-week-year }). Arbejde i Tyskland tæller med i kravet om beskæftigelse.
    Du beholder din danske sikring og status som arbejdstager, også hvis jobbet slutter under sygdommen.
    Arbejder du i Tyskland, gælder de tyske regler – se "Krankengeld i Tyskland".
    .title = Sygedagpenge i Danmark
    .amount = Danske sygedagpenge er højst { $health-sygedagpenge-max-week } om ugen ({ $health-sygedagpenge-max-week-year }) og udbetales bagud.
    .duration = Arbejdsgiveren betaler de første 30 dage; derefter betaler kommunen sygedagpenge – som hovedregel i højst 22 uger inden for 9 måneder, men forlængelse er mulig.
    .deadline = Meld dig syg til arbejdsgiveren på første sygedag, så tidligt som muligt.
    .contact = Din arbejdsgiver og jobcentret i kommunen; er du i tvivl, så ring til Regionskontoret: +45 74 67 05 01.
health-sick-pay-de =
    Er du sikret i Tyskland (typisk: bor i Danmark, arbejder i Tyskland), betaler arbejdsgiveren fuld løn i op til 6 uger, og derefter betaler din tyske sygekasse Krankengeld.
    Meld dig syg til arbejdsgiveren, og få en sygemelding (AU-Bescheinigung) fra lægen.
    Krankengeld er 70 % af bruttolønnen, men højst 90 % af nettolønnen og højst { $health-krankengeld-max-day } om dagen ({ $health-krankengeld-max-day-year }). Det betales i op til 78 uger inden for 3 år for samme sygdom.
    Er du stadig syg, når Krankengeld ophører (Aussteuerung), kan du muligvis få tysk arbejdsløshedsunderstøttelse (ALG, § 145 SGB III) – spørg Agentur für Arbeit.
    Arbejder du i Danmark, gælder de danske regler – se "Sygedagpenge i Danmark".
    .title = Krankengeld i Tyskland
    .amount = Krankengeld er 70 % af bruttolønnen, højst 90 % af nettolønnen og højst { $health-krankengeld-max-day } om dagen ({ $health-krankengeld-max-day-year }); der trækkes bidrag til pension, arbejdsløsheds- og plejeforsikring.
    .duration = Arbejdsgiveren betaler løn i op til 6 uger; derefter betaler sygekassen Krankengeld i op til 78 uger inden for 3 år for samme sygdom (de 6 uger tæller med).
    .contact = Din tyske sygekasse (Krankenkasse) og din arbejdsgiver; efter Aussteuerung Agentur für Arbeit.
health-pensioner-cover =
    Som pensionist er du sygesikret i det land, din pension kommer fra – får du også pension fra dit bopælsland, er du sikret dér.
    Pension fra flere lande, men ikke fra bopælslandet: du er sikret i det land, hvor du har været forsikret længst.
    Kun dansk pension og bopæl i Tyskland: Udbetaling Danmark udsteder en S1 (tidligere E121), som du afleverer hos en tysk sygekasse. Planlagt sygehusbehandling i Danmark kræver sygekassens godkendelse på forhånd.
    Tysk og dansk pension og bopæl i Tyskland: du er med i den tyske sygeforsikring for pensionister (KVdR). Der kan også blive opkrævet bidrag af den danske pension.
    Få gerne din sag tjekket hos Regionskontoret (+45 74 67 05 01).
    .title = Sygesikring som pensionist
    .apply = Pensionist med kun dansk pension og bopæl i Tyskland: bed Udbetaling Danmark om en S1 og aflever den hos en tysk sygekasse. Planlagt sygehusbehandling i Danmark kræver sygekassens godkendelse på forhånd.
    .form = Blanket S1 (tidligere E121) fra Udbetaling Danmark, når du kun får dansk pension og bor i Tyskland; du afleverer den hos en tysk sygekasse.
    .contact = Udbetaling Danmark eller din tyske sygekasse; rådgivning: Regionskontoret, +45 74 67 05 01, infocenter@region.dk.
