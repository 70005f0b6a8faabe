education-recognition =
    Læger, sygeplejersker, tandlæger, dyrlæger, jordemødre, farmaceuter og arkitekter har automatisk anerkendelse i EU – men du skal stadig søge om anerkendelse/autorisation hos den ansvarlige myndighed.
    Andre lovregulerede erhverv: søg hos den myndighed, der har ansvaret for faget i det land, hvor du vil arbejde.
    Ikke-lovregulerede erhverv: du kan arbejde uden anerkendelse. En vurdering er kun nødvendig, hvis arbejdsgiveren ønsker det.
    I Danmark vurderer Uddannelses- og Forskningsstyrelsen (ufm.dk) udenlandske uddannelser.
    I Tyskland: IHK FOSA (erhvervsuddannelser inden for industri og handel), Handwerkskammer (håndværk), delstaterne (sundhedsfag). Se anerkennung-in-deutschland.de.
    .title = Anerkendelse af uddannelse
education-apprenticeship =
    Dansk erhvervsuddannelse (EUD): ca. 25 ugers skole, derefter 2–3 år med en uddannelsesaftale (praktikplads) og ca. 10 ugers skole om året. Praktikdelen kan ligge i en virksomhed i Tyskland.
    Tyske lærlinge (Azubis) kan tage op til en fjerdedel af uddannelsen i udlandet, fx i Danmark (BBiG).
    Ved praktik i det andet land: afklar forsikring, skat og evt. RUT-registrering på forhånd.
    Reglerne kan være ændret – spørg erhvervsskolen i Danmark eller Handwerkskammer, IHK eller Agentur für Arbeit i Tyskland.
    .title = Læreplads og praktik over grænsen
education-su-students =
    Som EU-borger (fx tysk) kan du få SU på lige fod med danske studerende, hvis du har status som arbejdstager: et reelt arbejde ved siden af studiet, i praksis ca. 10–12 timer om ugen (EU-Domstolen, sag C-46/12).
    Er du familiemedlem til en EU-borger, der arbejder i Danmark, kan du også have ret til SU.
    Stopper du med at arbejde, kan du miste retten og skulle betale SU tilbage – giv besked med det samme.
    Læs mere og søg på su.dk. Tysk BAföG: BAföG-Amt.
    .title = SU for EU-borgere
