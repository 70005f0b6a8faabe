car-foreign-plates-dk =
    Bor du i Tyskland og pendler til Danmark, må du køre i din tysk-indregistrerede bil uden dansk registreringsafgift, så længe du ikke har bopæl i Danmark.
    Har du bopæl i Danmark (fx CPR-registreret med dansk adresse og stærkest tilknytning hertil), må du som hovedregel ikke køre i en udenlandsk bil. Flytter du hertil med bilen, skal den registreres senest 30 dage efter flytningen.
    Er du i tvivl, fx ved bopæl i begge lande, kan du søge Motorstyrelsen om tilladelse: blanket 21.059 med kopi af registreringsattest og ansættelseskontrakt, gebyr 400 kr. Send via TastSelv (Kontakt → Skriv til os → Bil og motor) eller med posten.
    Firmabil fra arbejdsgiveren: se emnet om firmabil.
    .title = Tysk bil i Danmark
    .form = Blanket 21.059 (tilladelse til kørsel i Danmark med udenlandsk registreret køretøj) med kopi af registreringsattest og ansættelseskontrakt.
    .amount = En ansøgning til Motorstyrelsen på blanket 21.059 koster 400 kr. i gebyr.
    .apply = Send blanket 21.059 til Motorstyrelsen via TastSelv eller med posten til Motorstyrelsen, Nykøbingvej 76, Bygning 45, 4990 Sakskøbing.
    .deadline = Flytter du til Danmark med en bil på udenlandske plader, skal den registreres senest 30 dage efter flytningen.
    .contact = Motorstyrelsen (motorst.dk) | Zulassungsstelle i Tyskland. Rådgivning: Regionskontoret, +45 74 67 05 01.
car-company-car =
    Bor du i Danmark og kører i en firmabil fra en udenlandsk (fx tysk) arbejdsgiver, kan Motorstyrelsen fritage bilen for dansk registreringsafgift (blanket 21.022) – hvis den bruges mest erhvervsmæssigt i udlandet.
    Betingelsen: over 50 % af de kørte kilometer på 12 måneder er erhvervskørsel i udlandet (mod al kørsel i Danmark), eller bilen bruges mere end 183 dage erhvervsmæssigt i udlandet.
    Bor du i Tyskland og får en dansk firmabil: en bil med udenlandske plader må kun bruges midlertidigt i Tyskland og ikke have fast standplads dér (§ 46 FZV). Det afgøres fra sag til sag.
    Skat af privat brug: se "Firmabil: skat af privat brug".
    Spørg først: Motorstyrelsen, Zulassungsstelle og Finanzamt – eller Regionskontoret, +45 74 67 05 01.
    .title = Firmabil over grænsen
    .form = Fritagelse for registreringsafgift for en udenlandsk firmabil søges på blanket 21.022 hos Motorstyrelsen med arbejdsgiverens erklæring (kilometer- eller dagskriteriet).
    .contact = Motorstyrelsen (motorst.dk) | Zulassungsstelle og Finanzamt i Tyskland. Rådgivning: Regionskontoret, +45 74 67 05 01, infocenter@region.dk.
car-danish-car-in-de =
    Bor du i Tyskland, må du kun køre i en dansk indregistreret bil midlertidigt, og kun hvis bilen ikke har sit faste hjemsted (regelmäßiger Standort) i Tyskland (§ 46 FZV).
    Holder bilen fast hos dig i Tyskland – fx dine forældres bil, som du bruger i længere tid – har den hjemsted dér; så skal den indregistreres i Tyskland.
    Tysk bilskat (Kfz-Steuer): fritagelsen for biler fra et andet EU-land gælder kun for personer, der normalt bor i et andet EU-land – ikke for dig.
    Afklar din sag på forhånd med den tyske Zulassungsstelle og Hauptzollamt.
    Dansk firmabil: se "Firmabil over grænsen". Bor du i Danmark og har tysk bil: se "Tysk bil i Danmark".
    .title = Dansk bil, bopæl i Tyskland
    .apply = Skal bilen indregistreres i Tyskland, gør du det hos Zulassungsstelle, hvor du bor; bagefter opkræver den tyske told (Zoll) bilskatten.
    .contact = Zulassungsstelle i din Kreis | Hauptzollamt (Kfz-Steuer, zoll.de). Rådgivning: Regionskontoret, +45 74 67 05 01, infocenter@region.dk.
