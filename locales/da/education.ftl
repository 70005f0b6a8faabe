education-recognition =
    Læger, sygeplejersker, tandlæger, dyrlæger, jordemødre, farmaceuter og arkitekter har automatisk anerkendelse i EU – men du skal stadig søge om anerkendelse/autorisation hos den ansvarlige myndighed.
    Andre lovregulerede erhverv: søg hos den myndighed, der har ansvaret for faget i det land, hvor du vil arbejde.
    Ikke-lovregulerede erhverv: du kan arbejde uden anerkendelse. En vurdering er kun nødvendig, hvis arbejdsgiveren ønsker det.
    I Danmark vurderer Uddannelses- og Forskningsstyrelsen (ufm.dk) udenlandske uddannelser.
    I Tyskland: IHK FOSA (erhvervsuddannelser inden for industri og handel), Handwerkskammer (håndværk), delstaterne (sundhedsfag). Se anerkennung-in-deutschland.de.
    .title = Anerkendelse af uddannelse
    .apply = I Danmark søger du vurdering af en udenlandsk uddannelse hos Uddannelses- og Forskningsstyrelsen (ufm.dk); lovregulerede fag søger autorisation hos den ansvarlige myndighed. I Tyskland finder du den rette myndighed på anerkennung-in-deutschland.de.
    .contact = Uddannelses- og Forskningsstyrelsen (ufm.dk) | IHK FOSA, Handwerkskammer eller delstaten i Tyskland. Rådgivning: Regionskontoret, +45 74 67 05 01.
education-apprenticeship =
    Ja, en del af en erhvervsuddannelse kan ligge i det andet land – både for danske elever og for tyske lærlinge (Azubis).
    Dansk erhvervsuddannelse (EUD): grundforløb på skolen, derefter hovedforløb med uddannelsesaftale, hvor oplæring i en virksomhed skifter med skoleperioder (typisk 3–4 år i alt).
    Efter grundforløbet kan oplæringsperioder ligge i en virksomhed i Tyskland (PIU-ordningen); skoleperioder og den afsluttende prøve tager du i Danmark.
    Tyske Azubis kan tage op til en fjerdedel af uddannelsen i udlandet, fx i Danmark (§ 2 BBiG).
    Afklar forsikring, skat og evt. RUT-registrering før opholdet.
    .title = Læreplads og praktik over grænsen
    .apply = Oplæring i udlandet skal godkendes på forhånd af din danske erhvervsskole (PIU-koordinatoren). Tyske Azubis aftaler opholdet med virksomheden og Handwerkskammer eller IHK.
    .amount = Gennem PIU-ordningen kan eleven eller den danske arbejdsgiver få tilskud til oplæringsopholdet i udlandet.
    .duration = Et oplæringsophold i udlandet skal vare mindst 1 måned; tyske Azubis må højst tage en fjerdedel af uddannelsestiden i udlandet.
    .contact = Erhvervsskolens PIU-koordinator i Danmark | Handwerkskammer, IHK eller Agentur für Arbeit i Tyskland.
education-su-students =
    Som EU-borger (fx tysk) kan du få SU som danske studerende, hvis du samtidig arbejder i Danmark og derfor er arbejdstager efter EU-retten.
    Arbejdet skal være reelt og ikke marginalt. SU-styrelsen forventer som udgangspunkt mindst 10–12 timer om ugen i en sammenhængende periode på 10 uger – det er dansk praksis; EU-Domstolen har ikke fastsat et timetal.
    Familiemedlemmer til en EU-borger, der arbejder i Danmark, kan også have ret til SU.
    Stopper du med at arbejde, kan du miste SU'en og skulle betale tilbage – giv besked med det samme.
    Er du dansk statsborger og vil tage en hel uddannelse i Tyskland (fx i Flensborg), kan du søge SU med til udlandet, hvis uddannelsen er godkendt til SU. Tysk BAföG: BAföG-Amt.
    .title = SU for EU-borgere
    .apply = Søg SU og ligestilling som arbejdstager på minSU via su.dk; vedhæft ansættelseskontrakt og lønsedler.
    .form = Ansøgning om ligestilling for udenlandske statsborgere (på su.dk) med din danske ansættelseskontrakt; ved flere job alle kontrakter.
    .duration = SU som arbejdstager får du, så længe du studerer og arbejder mindst 10–12 timer om ugen; SU-styrelsen kontrollerer løbende dine timer via Skattestyrelsen.
    .contact = SU-styrelsen via su.dk (kontaktformular).
