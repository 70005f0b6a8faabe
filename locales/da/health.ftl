health-special-health-card =
    Bor du i Tyskland og arbejder i Danmark, kan du få det gule "særlige sundhedskort". Med det bruger du det danske offentlige sundhedsvæsen (læge, sygehus) som en, der bor i Danmark.
    Krav: mindst 9 timer om ugen (eller 18 timer på 14 dage / 39 timer om måneden) i Danmark, der betales ATP-bidrag for dig, og du arbejder ikke i Tyskland. Selvstændige med CVR-nummer kan også få kortet. Du skal have et (skatte-)CPR-nummer.
    Søg hos Udbetaling Danmark på borger.dk (arbejdsgiveren kan søge via virk.dk). Det tager 2–3 uger. Skal du til læge inden da, kan du få en midlertidig bekræftelse på tlf. +45 70 12 80 81.
    Kortet er gratis; et nyt kort koster { $special-card-fee } ({ $special-card-fee-year }). Det gælder kun dig, ikke din familie.
    Vil du også kunne gå til læge i Tyskland, så bestil blanket S1 samtidig.
    .title = Det gule sundhedskort
health-s1-registration-de =
    Bor du i Tyskland og er sikret i Danmark, fordi du arbejder der, kan du også bruge tyske læger:
    1. Bestil blanket S1 (tidligere E106) hos Udbetaling Danmark – det gør du sammen med ansøgningen om det særlige sundhedskort på borger.dk.
    2. Aflever S1 hos en offentlig tysk sygekasse (gesetzliche Krankenkasse) efter eget valg. Du får et tysk sygesikringskort, og Danmark betaler udgifterne. Du er ikke betalende medlem af sygekassen.
    Familie i Tyskland, der ikke selv arbejder, er normalt dækket på samme måde – men det afhænger af den enkelte sag. Spørg sygekassen eller Regionskontoret (+45 74 67 05 01, infocenter@region.dk).
    .title = Tyske læger med S1
health-ehic-holiday =
    Det gule sundhedskort er ikke et EU-kort. På ferie i andre EU/EØS-lande skal du have det blå EU-sygesikringskort (EHIC).
    Bor du i Tyskland og arbejder i Danmark: Bestil det blå kort hos Udbetaling Danmark på borger.dk – også til familiemedlemmer, der er sikret gennem dig. Det gælder 1–2 år, så bestil det i god tid før rejsen.
    Bor du i Danmark og arbejder i Tyskland: Det blå kort står på bagsiden af kortet fra din tyske sygekasse (Krankenkasse).
    .title = Det blå EU-sygesikringskort
health-dk-resident-working-de =
    Bor du i Danmark og arbejder i Tyskland, er du sygeforsikret i Tyskland gennem jobbet. Du vælger selv en offentlig tysk sygekasse (gesetzliche Krankenkasse). Forsikringen er obligatorisk, når din løn er under { $health-de-jaeg } om året ({ $health-de-jaeg-year }).
    Bidrag i { $health-de-kv-rate-year }: { $health-de-kv-rate } plus sygekassens tillægsbidrag (Zusatzbeitrag, i gennemsnit { $health-de-kv-zusatz }) og plejeforsikring { $health-de-pv-rate }. Du og arbejdsgiveren betaler hver omtrent halvdelen, og bidraget beregnes højst af { $health-de-bbg-kv } om måneden.
    Familiemedlemmer uden egen forsikring kan blive medforsikret (Familienversicherung). Du har frit lægevalg.
    Spørg sygekassen om detaljer.
    .title = Tysk sygekasse (bor i DK)
health-sick-pay-dk =
    Gælder, når du er sikret i Danmark – typisk når du bor i Tyskland og arbejder i Danmark.
    Meld dig syg til arbejdsgiveren med det samme.
    De første 30 dage betaler arbejdsgiveren løn eller sygedagpenge, hvis du har arbejdet mindst 74 timer i de seneste 8 uger. Derefter betaler kommunens jobcenter sygedagpenge – bagudbetalt og med et loft (i { $health-sygedagpenge-max-week-year }: { $health-sygedagpenge-max-week } om ugen).
    Arbejde i Tyskland tæller med i kravet. Du beholder din danske sikring og status som arbejdstager, også hvis jobbet slutter under sygdommen.
    Er du i tvivl om, hvilken kommune der skal betale, så spørg arbejdsgiveren eller Regionskontoret (+45 74 67 05 01).
    Arbejder du i Tyskland, gælder de tyske regler i stedet.
    .title = Sygedagpenge i Danmark
health-sick-pay-de =
    Gælder, når du er sikret i Tyskland – typisk når du bor i Danmark og arbejder i Tyskland.
    Arbejdsgiveren betaler løn under sygdom i op til 6 uger (Entgeltfortzahlung). Aflever lægens sygemelding (AU-Bescheinigung).
    Derefter betaler din tyske sygekasse Krankengeld: 70 % af bruttolønnen, højst { $health-krankengeld-max-day } om dagen ({ $health-krankengeld-max-day-year }), i op til 78 uger inden for 3 år for samme sygdom.
    Er du stadig syg, når Krankengeld ophører (Aussteuerung), kan du muligvis få tysk arbejdsløshedsunderstøttelse (ALG, § 145 SGB III) – spørg Agentur für Arbeit.
    Kontakt: din sygekasse (Krankenkasse) og arbejdsgiveren.
    .title = Krankengeld i Tyskland
health-pensioner-cover =
    Som pensionist er du sygesikret i det land, din pension kommer fra.
    Får du pension fra flere lande – også fra det land, du bor i – er du sikret i bopælslandet. Ellers i det land, hvor du har været forsikret længst.
    Kun dansk pension og bopæl i Tyskland: Udbetaling Danmark udsteder en S1 (E121), som du afleverer hos en tysk sygekasse. Planlagt sygehusbehandling i Danmark kræver sygekassens godkendelse på forhånd.
    Tysk og dansk pension og bopæl i Tyskland: Du er med i den tyske sygeforsikring for pensionister (KVdR). Der kan også blive opkrævet bidrag af den danske pension.
    Spørg Udbetaling Danmark eller din sygekasse, og få gerne din sag tjekket hos Regionskontoret (+45 74 67 05 01).
    .title = Sygesikring som pensionist
