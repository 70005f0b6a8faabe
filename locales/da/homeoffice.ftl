homeoffice-social-security =
    Arbejder du mindst 25 % af tiden hjemme i dit bopælsland, flytter hele din sociale sikring dertil.
    Bor du i Tyskland og arbejder for en dansk arbejdsgiver: fra 25 % hjemmearbejde bliver du tysk sikret, og arbejdsgiveren skal registrere sig og betale bidrag i Tyskland. Under 25 % forbliver du dansk sikret. (Bor du i Danmark med tysk arbejdsgiver, gælder det samme omvendt.)
    EU's rammeaftale om telearbejde (fra 1.7.2023, under 50 % efter ansøgning) var ifølge kilder fra 2023-24 ikke underskrevet af Danmark – derfor gælder 25 %-grænsen fortsat. Det kan have ændret sig: spørg Regionskontoret (+45 74 67 05 01, infocenter@region.dk).
    Coronareglerne ophørte 30.6.2022.
    Kontakt: Udbetaling Danmark | DVKA (A1, hvis du bor i Tyskland).
    .title = Hjemmearbejde og social sikring
    .apply = Bliver du sikret i bopælslandet, søger du A1: bor du i Tyskland hos DVKA, bor du i Danmark hos Udbetaling Danmark (arbejdsgivere via virk.dk).
    .contact = Udbetaling Danmark, International Social Sikring | DVKA (dvka.de). Rådgivning: Regionskontoret, +45 74 67 05 01, infocenter@region.dk.
homeoffice-tax =
    Løn for dage, du arbejder hjemme, beskattes i dit bopælsland (DBO art. 15). Lønnen deles derfor efter arbejdsdage – før en logbog over, hvor du arbejder hver dag.
    Bor du i Tyskland: dage på arbejdspladsen i Danmark beskattes i Danmark, hjemmearbejdsdage i Tyskland (Finanzamt). Skattestyrelsen henviser de dage til skattemyndigheden i bopælslandet.
    Der findes ingen særaftale mellem Danmark og Tyskland (Danmark afviste en coronaaftale i 2020). Hjemmearbejdsdage giver heller ikke befordringsfradrag.
    Hjemmearbejde kan skabe et fast driftssted for arbejdsgiveren – derfor begrænser mange arbejdsgivere det.
    Kontakt: Skattestyrelsen (+45 72 22 28 92) | Finanzamt.
    .title = Hjemmearbejde og skat
    .contact = Skattestyrelsen: tlf. +45 72 22 28 92 | dit Finanzamt i Tyskland. Rådgivning: Regionskontoret, +45 74 67 05 01.
