# Svar om familieydelser (knowledge/family.toml).

family-child-benefit-priority =
    Børnepenge betales først af det land, hvor du arbejder – men arbejder den anden forælder i det land, hvor børnene bor, betaler det land først.
    Elterngeld, arbejdsløshedsdagpenge og sygedagpenge/Krankengeld tæller her som arbejde.
    Er ydelsen højere i det andet land, betaler det forskellen (differencebeløb / Differenzkindergeld).
    Danmark betaler kun, til barnet fylder 18. For unge på 18–25 år under uddannelse kan Tyskland derfor betale fuldt Kindergeld.
    Fejl og krav om tilbagebetaling er almindelige – få din sag tjekket hos Regionskontoret (+45 74 67 05 01, infocenter@region.dk).
    Kontakt: Udbetaling Danmark | Familienkasse.
    .title = Hvilket land betaler børnepenge?
    .apply = Dansk børne- og ungeydelse søges og betales via Udbetaling Danmark; tysk Kindergeld og Differenzkindergeld via Familienkasse.
    .duration = Danmark betaler børne- og ungeydelse, til barnet fylder 18; for unge på 18–25 år under uddannelse kan Tyskland betale fuldt Kindergeld.
    .contact = Udbetaling Danmark (dansk børne- og ungeydelse) og Familienkasse (Kindergeld); rådgivning: Regionskontoret, +45 74 67 05 01, infocenter@region.dk.
family-kindergeld-de =
    Tysk Kindergeld er { $kindergeld } pr. barn om måneden ({ $kindergeld-year }) og betales, til barnet fylder 18 – eller 25, hvis barnet er under uddannelse.
    Du søger hos Familienkasse. Sager med Danmark behandles ifølge Regionskontoret af Familienkasse Bayern Nord.
    Hvilket land der betaler først, afhænger af, hvor I begge arbejder – se "Hvilket land betaler børnepenge?". Betaler Danmark først, kan Tyskland betale forskellen op til Kindergeld.
    Spørg Regionskontoret, hvis du er i tvivl: +45 74 67 05 01, infocenter@region.dk.
    .title = Tysk Kindergeld
    .amount = Tysk Kindergeld er { $kindergeld } pr. barn om måneden ({ $kindergeld-year }).
    .apply = Kindergeld søges hos Familienkasse; sager med Danmark behandles af Familienkasse Bayern Nord.
    .duration = Kindergeld betales, til barnet fylder 18, og til 25 år, hvis barnet er under uddannelse.
    .contact = Familienkasse Bayern Nord; rådgivning: Regionskontoret, +45 74 67 05 01, infocenter@region.dk.
family-boerne-ungeydelse-dk =
    Dansk børne- og ungeydelse er { $boerne-ungeydelse-0-2 } om året for børn på 0–2 år, { $boerne-ungeydelse-3-6 } for 3–6 år og { $boerne-ungeydelse-7-17 } for 7–17 år ({ $boerne-ungeydelse-0-2-year }) og betales, til barnet fylder 18.
    Den udbetales kvartalsvis for 0–14 år og månedligt for 15–17 år og nedsættes ved høj indkomst.
    Arbejder du i Danmark og bor i Tyskland, skal du selv søge på borger.dk med ansættelseskontrakt og fødselsattest.
    Der gælder et optjeningsprincip: fuld ydelse kræver bopæl eller arbejde i Danmark i 6 af de seneste 10 år; perioder i andre EU-lande kan tælle med.
    Ved fælles forældremyndighed deles ydelsen 50/50 (siden 2022).
    Kontakt: Udbetaling Danmark | Familienkasse (evt. forskelsbeløb).
    .title = Børne- og ungeydelse
    .amount = Børne- og ungeydelse pr. år ({ $boerne-ungeydelse-0-2-year }): 0–2 år { $boerne-ungeydelse-0-2 }, 3–6 år { $boerne-ungeydelse-3-6 }, 7–17 år { $boerne-ungeydelse-7-17 }; nedsættes ved høj indkomst.
    .apply = Grænsependlere søger børne- og ungeydelse hos Udbetaling Danmark på borger.dk (med eller uden MitID).
    .form = Til ansøgningen om børne- og ungeydelse skal du bruge ansættelseskontrakt og barnets fødselsattest; uden MitID også samtykke- og erklæringsblanketten fra borger.dk.
    .duration = Børne- og ungeydelse betales, til barnet fylder 18: kvartalsvis for 0–14 år, månedligt for 15–17 år.
    .contact = Udbetaling Danmark via borger.dk; rådgivning: Regionskontoret, +45 74 67 05 01.
family-parental-leave-dk =
    Arbejder du i Danmark, gælder dansk barsel: moren har 4 uger før fødslen, og efter fødslen har hver forælder 24 ugers orlov (i alt 48) – for børn født fra 2. august 2022.
    De første 2 uger efter fødslen er obligatoriske for moren. Af hver forælders 24 uger er 11 øremærket og kan ikke overdrages; 13 uger kan overdrages til den anden.
    Under barslen får du barselsdagpenge (med et loft) – eller løn, hvis din overenskomst eller kontrakt giver det; så får arbejdsgiveren dagpengene.
    Kontakt: Udbetaling Danmark (barselsdagpenge) og din arbejdsgiver.
    Arbejder du i Tyskland, gælder tysk Elternzeit og Elterngeld – se "Tysk Elterngeld".
    .title = Barsel i Danmark
    .apply = Barselsdagpenge betales af Udbetaling Danmark; får du løn under barslen, får din arbejdsgiver dagpengene.
    .duration = Dansk barsel: 4 uger før fødslen til moren og 24 uger til hver forælder efter fødslen (11 uger øremærket, 13 kan overdrages).
    .contact = Udbetaling Danmark (barselsdagpenge) og din arbejdsgiver.
family-elterngeld-de =
    Tysk Elterngeld erstatter ca. 65–67 % af nettoindkomsten (300–1.800 € om måneden) i op til 14 måneder for begge forældre tilsammen.
    Har I (eller du som enlig) en skattepligtig indkomst på over { $elterngeld-income-limit } i året før fødslen, er der ingen ret til Elterngeld (børn født fra 1.4.2025).
    ElterngeldPlus giver halvt beløb i dobbelt så lang tid. Ansatte i Tyskland kan tage Elternzeit (orlov) i op til 3 år.
    Arbejder du i Danmark, tager du normalt dansk barsel; Elterngeld er en familieydelse, så Tyskland kan betale forskellen som tillæg – få det tjekket hos Elterngeldstelle.
    I Slesvig-Holsten søger du hos Elterngeldstelle (Landesamt für soziale Dienste). Rådgivning: Regionskontoret, +45 74 67 05 01.
    .title = Tysk Elterngeld
    .amount = Elterngeld er ca. 65–67 % af nettoindkomsten, mindst 300 og højst 1.800 € om måneden; ingen ret ved skattepligtig indkomst over { $elterngeld-income-limit } året før fødslen.
    .duration = Basiselterngeld i op til 14 måneder for begge forældre tilsammen (heraf 2 partnermåneder); ElterngeldPlus varer dobbelt så længe med halvt beløb.
    .apply = I Slesvig-Holsten søges Elterngeld hos Elterngeldstelle ved Landesamt für soziale Dienste.
    .contact = Elterngeldstelle (Landesamt für soziale Dienste Schleswig-Holstein); rådgivning: Regionskontoret, +45 74 67 05 01, infocenter@region.dk.
