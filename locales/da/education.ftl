education-recognition =
    I et lovreguleret erhverv skal din uddannelse godkendes i det land, hvor du vil arbejde; i ikke-lovregulerede erhverv kan du arbejde uden anerkendelse.
    Læger, sygeplejersker, tandlæger, dyrlæger, jordemødre, farmaceuter og arkitekter anerkendes automatisk i EU – men du skal stadig søge autorisation, i Danmark fx hos Styrelsen for Patientsikkerhed.
    Andre lovregulerede erhverv: søg hos den myndighed, der har ansvaret for faget.
    Ikke-lovregulerede erhverv: Uddannelses- og Forskningsstyrelsen (ufm.dk) kan vurdere, hvad din uddannelse svarer til i Danmark – nyttigt over for arbejdsgiveren.
    I Tyskland: IHK FOSA (industri og handel), Handwerkskammer (håndværk), delstaterne (fx sundhedsfag). Den rette myndighed finder du på anerkennung-in-deutschland.de.
    .title = Anerkendelse af uddannelse
    .apply = I Danmark søger du vurdering af en udenlandsk uddannelse hos Uddannelses- og Forskningsstyrelsen (ufm.dk); lovregulerede fag søger autorisation hos den ansvarlige myndighed (sundhedsfag: Styrelsen for Patientsikkerhed). I Tyskland finder du den rette myndighed på anerkennung-in-deutschland.de.
    .contact = Uddannelses- og Forskningsstyrelsen (ufm.dk) | IHK FOSA, Handwerkskammer eller delstaten i Tyskland. Rådgivning: Regionskontoret, +45 74 67 05 01.
education-apprenticeship =
    Ja, du kan tage hele eller en del af en erhvervsuddannelse i det andet land – både som dansk elev og som tysk lærling (Azubi).
    Dansk EUD: grundforløb på skolen, derefter uddannelsesaftale med skiftevis oplæring i en virksomhed og skole (typisk 3–4 år). Oplæring i Tyskland er mulig via PIU; tyske Azubis må tage op til en fjerdedel af uddannelsen i udlandet (§ 2 BBiG).
    Udsendes du kort af din virksomhed, gælder kontrakt og social sikring hjemmefra (A1-attest); skatten kan blive hjemme (183-dages-reglen). Med uddannelsesaftale i det andet land gælder dets arbejdsret, sygesikring og skat.
    Sender en tysk virksomhed en Azubi på arbejde i Danmark, skal den anmelde det i RUT. Tjek ansvars- og ulykkesforsikring. Som EU-borger skal du ikke have arbejdstilladelse.
    .title = Læreplads og praktik over grænsen
    .apply = Oplæring i udlandet skal godkendes på forhånd af din danske erhvervsskole (PIU-koordinatoren). Tyske Azubis aftaler opholdet med virksomheden og Handwerkskammer eller IHK. RUT-anmeldelse sker på virk.dk.
    .amount = Gennem PIU-ordningen kan eleven eller den danske arbejdsgiver få tilskud til oplæringsopholdet i udlandet.
    .duration = Et oplæringsophold i udlandet skal vare mindst 1 måned; tyske Azubis må højst tage en fjerdedel af uddannelsestiden i udlandet.
    .deadline = RUT-anmeldelsen skal ske senest, når arbejdet i Danmark begynder.
    .form = A1-attesten viser, at den udsendte elev fortsat er socialt sikret i hjemlandet (Tyskland: fra sygekassen; Danmark: fra Udbetaling Danmark).
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
