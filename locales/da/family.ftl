# Svar om familieydelser (knowledge/family.toml).

family-child-benefit-priority =
    Børnepenge betales først af det land, hvor du arbejder – medmindre den anden forælder arbejder i det land, hvor børnene bor; så betaler det land først.
    Elterngeld, arbejdsløshedsdagpenge og sygedagpenge/Krankengeld tæller her som arbejde.
    Er ydelsen i det andet land højere, betaler det forskellen (differencebeløb / Differenzkindergeld).
    Danmark betaler kun, til barnet fylder 18. For unge på 18–25 år under uddannelse kan Tyskland derfor betale fuldt Kindergeld.
    Fejl og krav om tilbagebetaling er almindelige – få din sag tjekket hos Regionskontoret (+45 74 67 05 01, infocenter@region.dk).
    Kontakt: Udbetaling Danmark | Familienkasse.
    .title = Hvilket land betaler børnepenge?
family-kindergeld-de =
    Tysk Kindergeld er { $kindergeld } pr. barn om måneden ({ $kindergeld-year }). Det betales, til barnet fylder 18, og op til 25 år, hvis barnet er under uddannelse.
    Du søger hos Familienkasse. Sager med Danmark behandles ifølge Pendlerinfo af Familienkasse Bayern Nord (tidligere Flensburg). Det kan have ændret sig, så spørg Familienkasse eller Regionskontoret (+45 74 67 05 01).
    Hvilket land der betaler først, afhænger af, hvor I begge arbejder – se "Hvilket land betaler børnepenge?".
    .title = Tysk Kindergeld
family-boerne-ungeydelse-dk =
    Børne- og ungeydelse ("børnechecken") udbetales, til barnet fylder 18: kvartalsvis for 0–14 år, månedligt for 15–17 år.
    Beløb pr. år ({ $boerne-ungeydelse-0-2-year }): 0–2 år { $boerne-ungeydelse-0-2 }, 3–6 år { $boerne-ungeydelse-3-6 }, 7–17 år { $boerne-ungeydelse-7-17 } (beløbet nedsættes over en vis indkomst).
    Grænsependlere, der arbejder i Danmark, søger på borger.dk med arbejdskontrakt og fødselsattest. Der gælder et optjeningskrav (6 ud af 10 år); perioder i andre EU-lande tæller med.
    Siden 2022 deles ydelsen 50/50 ved fælles forældremyndighed (det betyder mest for familier, der flytter til Danmark).
    Kontakt: Udbetaling Danmark | Familienkasse (evt. differencebeløb).
    .title = Børne- og ungeydelse
family-parental-leave-dk =
    Barsel følger det land, du arbejder i. Arbejder du i Danmark, gælder de danske regler (for børn født fra 2. august 2022):
    Moren har 4 uger før fødslen, og de første 2 uger efter fødslen er obligatoriske.
    Efter fødslen har hver forælder 24 uger (i alt 48). Heraf er 11 uger øremærket til hver og kan ikke overdrages; 13 uger hver kan overdrages til den anden.
    Under barslen får du barselsdagpenge (med et loft) – eller løn, hvis din overenskomst eller kontrakt giver det; så får arbejdsgiveren dagpengene.
    Kontakt: Udbetaling Danmark (barselsdagpenge) og din arbejdsgiver. Tysk Elterngeld som tillæg: se "Tysk Elterngeld".
    .title = Barsel i Danmark
family-elterngeld-de =
    Tysk Elterngeld: op til 14 måneder (heraf 2 partnermåneder), ca. 65–67 % af nettoindkomsten. ElterngeldPlus giver mindre pr. måned over længere tid. Ansatte i Tyskland kan tage Elternzeit (orlov) i op til 3 år.
    I Slesvig-Holsten søger du hos Elterngeldstelle (Landesamt für soziale Dienste).
    Arbejder du i Danmark, tager du normalt dansk barsel. Elterngeld er en familieydelse, så Tyskland kan muligvis betale et tillæg (forskellen) – få det tjekket hos Elterngeldstelle.
    Der er en indkomstgrænse; den aktuelle grænse oplyser Elterngeldstelle.
    Reglerne for grænsependlere er komplicerede – spørg gerne Regionskontoret (+45 74 67 05 01, infocenter@region.dk).
    .title = Tysk Elterngeld
