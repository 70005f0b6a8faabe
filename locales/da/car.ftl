car-foreign-plates-dk =
    Bor du i Tyskland og pendler til Danmark, må du som udgangspunkt køre i din tysk-indregistrerede bil uden dansk registreringsafgift – når du ikke er CPR-registreret med adresse i Danmark og opholder dig i Danmark under 185 dage inden for 12 måneder.
    Er du CPR-registreret med dansk adresse, må du som regel ikke. Bor du i Danmark og bruger en udenlandsk bil i 30 dage eller mere, skal den registreres i Danmark – også når du flytter hertil med bilen.
    Er du i tvivl, kan du søge Motorstyrelsen om en afgørelse: blanket 21.059 med registreringsattest og ansættelseskontrakt, gebyr 400 kr. Send den via TastSelv eller til Motorstyrelsen, Nykøbingvej 76, Bygning 45, 4990 Sakskøbing.
    Firmabil fra arbejdsgiveren: se emnet om firmabil.
    .title = Tysk bil i Danmark
    .form = Blanket 21.059 (anmodning om afgørelse om brug af udenlandsk bil) med registreringsattest og ansættelseskontrakt.
    .amount = En afgørelse fra Motorstyrelsen på blanket 21.059 koster et gebyr på 400 kr.
    .apply = Send blanket 21.059 til Motorstyrelsen via TastSelv eller med posten til Motorstyrelsen, Nykøbingvej 76, Bygning 45, 4990 Sakskøbing.
    .contact = Motorstyrelsen (motorst.dk) | Zulassungsstelle i Tyskland. Rådgivning: Regionskontoret, +45 74 67 05 01.
car-company-car =
    En firmabil er normalt registreret i det land, hvor firmaet har hjemme.
    Bor du i Danmark og kører i en firmabil fra en udenlandsk (fx tysk) arbejdsgiver: du kan søge Motorstyrelsen om fritagelse for dansk registreringsafgift (blanket 21.022), hvis du kører mere erhvervsmæssigt i udlandet end i Danmark (EU-Domstolen, sag C-464/02).
    Bor du i Tyskland og får en dansk firmabil: efter tyske regler må en bil med udenlandske plader kun bruges midlertidigt, når den ikke har fast standplads i Tyskland. Det er uklart og afgøres fra sag til sag.
    Spørg derfor, før du siger ja: Zulassungsstelle og Finanzamt i Tyskland, Motorstyrelsen i Danmark – eller Regionskontoret, +45 74 67 05 01, infocenter@region.dk.
    .title = Firmabil over grænsen
    .form = Fritagelse for registreringsafgift for en udenlandsk firmabil søges på blanket 21.022 hos Motorstyrelsen.
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
