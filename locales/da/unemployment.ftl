unemployment-full-unemployment =
    Bliver du helt ledig som grænsearbejder, betaler det land, du bor i – ikke det land, du har arbejdet i.
    Bor du i Tyskland og har arbejdet i Danmark: Du får tysk Arbeitslosengeld fra Agentur für Arbeit, som medregner din danske beskæftigelse og dine a-kasseperioder. Meld dig som arbejdssøgende hos Agentur für Arbeit, så snart du er opsagt (som regel 3 måneder før jobbet slutter, ved kortere varsel inden for 3 dage – tjek fristen hos Agenturet). Tlf. 0800 4 5555 00 (gratis).
    Dokumentation: blanket PD U1 fra din a-kasse – eller fra STAR, hvis du ikke er medlem (blanket EØS 4.0).
    Har du fået sygedagpenge lige før ledigheden, er det omstridt, om perioden tæller med. Få rådgivning hos Regionskontoret (+45 74 67 05 01).
    Bor du i Danmark og har arbejdet i Tyskland, er det Danmark, der betaler (a-kasse og dagpenge).
    .title = Helt ledig: hvem betaler?
unemployment-akasse-membership =
    I Danmark er forsikring mod ledighed frivillig: Som grænsependler skal du selv melde dig ind i en a-kasse (fx 3F eller HK) og betale kontingentet, som kan trækkes fra i skat.
    Det kan betale sig: Kun gennem en a-kasse kan du få supplerende dagpenge ved delvis ledighed eller arbejdsfordeling i Danmark, og medlemskabet styrker dit tyske krav, hvis du bliver helt ledig.
    Har du ret til tysk Arbeitslosengeld, og vil du tage den med, så meld dig ind senest 8 uger efter jobstart.
    Du kan kun være medlem af én a-kasse ad gangen – meld dig ikke ud, før du er forsikret et andet sted.
    .title = Meld dig ind i en a-kasse
unemployment-partial-short-time =
    Ved delvis eller midlertidig ledighed, hvor jobbet fortsætter (færre timer, arbejdsfordeling, hjemsendelse fx pga. vejret), betaler det land, du arbejder i.
    Bor du i Tyskland og arbejder i Danmark, kan du kun få supplerende dagpenge gennem en dansk a-kasse. Tysk Kurzarbeitergeld gælder ikke for dit danske job. Er du ikke medlem af en a-kasse, får du ingen ydelse.
    Kontakt din a-kasse (og jobcentret) med det samme, når timerne bliver sat ned.
    Arbejder du i Tyskland, gælder de tyske regler – spørg Agentur für Arbeit.
    .title = Delvis ledighed og hjemsendelse
unemployment-dk-dagpenge =
    Danske dagpenge kræver: medlemskab af en a-kasse i mindst 1 år (perioder i andre EU-lande kan tælle med), et indkomstkrav ({ $unemployment-dagpenge-income-req } i { $unemployment-dagpenge-income-req-year }), tilmelding på jobcentret fra første ledighedsdag, og at du står til rådighed og søger job (jobnet.dk).
    Dagpenge er op til 90 % af din tidligere løn, højst { $unemployment-dagpenge-max-month } om måneden for fuldtidsforsikrede ({ $unemployment-dagpenge-max-month-year }). Du kan få dagpenge i 2 år inden for 3 år. Satserne ændres hvert år – spørg din a-kasse.
    Bor du i Tyskland og bliver helt ledig, betaler Tyskland (Arbeitslosengeld), ikke Danmark.
    Bor du i Danmark og slutter et job i Tyskland: Meld dig ind i en dansk a-kasse inden for 8 uger, og medbring PD U1.
    .title = Danske dagpenge
unemployment-de-alg =
    Tysk arbejdsløshedsforsikring er obligatorisk for ansatte i Tyskland. Bidraget er { $unemployment-de-av-rate } af lønnen ({ $unemployment-de-av-rate-year }), halvt betalt af dig og halvt af arbejdsgiveren.
    Arbeitslosengeld I (ALG 1) er 60 % af din tidligere nettoløn, 67 % hvis du har børn.
    Du skal have været forsikret i mindst 12 måneder inden for en bestemt periode (Rahmenfrist) og melde dig ledig personligt hos Agentur für Arbeit. Hvor lang perioden er (2 år eller 30 måneder), kan have ændret sig – tjek det hos Agenturet eller Regionskontoret (+45 74 67 05 01).
    Hvor længe du får ALG, afhænger af din alder og af, hvor længe du har været forsikret.
    Agentur für Arbeit: tlf. 0800 4 5555 00 (gratis).
    .title = Tysk Arbeitslosengeld (ALG)
