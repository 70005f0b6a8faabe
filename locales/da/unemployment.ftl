unemployment-full-unemployment =
    Bliver du helt ledig som grænsependler, betaler det land, du bor i – ikke det land, du har arbejdet i.
    Bor du i Tyskland og har arbejdet i Danmark: Du får tysk Arbeitslosengeld fra Agentur für Arbeit, som medregner din danske beskæftigelse. Meld dig arbejdssøgende senest 3 måneder før jobbet slutter, ved kortere varsel inden for 3 dage. Dine danske perioder dokumenteres med PD U1.
    Bor du i Danmark og har arbejdet i Tyskland: Danmark betaler dagpenge, hvis du søger optagelse i en dansk a-kasse senest 8 uger efter jobbet.
    Delvis ledighed (færre timer) betaler det land, du arbejder i.
    Har du fået sygedagpenge lige før ledigheden, er det omstridt, om perioden tæller – få rådgivning hos Regionskontoret.
    .title = Helt ledig: hvem betaler?
    .apply = Bor du i Tyskland: meld dig arbejdssøgende og arbejdsløs hos Agentur für Arbeit (online eller i dit lokale Agentur). Bor du i Danmark: søg optagelse i en dansk a-kasse og tilmeld dig på jobnet.dk fra første ledighedsdag.
    .deadline = Meld dig hos Agentur für Arbeit senest 3 måneder før jobbet slutter – får du besked senere, inden for 3 dage. Bor du i Danmark: søg optagelse i en dansk a-kasse senest 8 uger efter, at den tyske forsikring sluttede.
    .form = PD U1 dokumenterer dine forsikrings- og arbejdsperioder: fra din danske a-kasse eller, uden a-kasse, fra STAR (ansøgningsskema EØS 4.0); efter job i Tyskland fra Agentur für Arbeit.
    .contact = Agentur für Arbeit: tlf. +49 800 4 5555 00. STAR (PD U1 uden a-kasse): star@star.dk. Rådgivning: Regionskontoret, +45 74 67 05 01, infocenter@region.dk.
unemployment-akasse-membership =
    Ja, en dansk a-kasse kan betale sig: forsikringen er frivillig, og uden den får du ingen ydelse, hvis dit danske job bliver sat ned i tid.
    Du melder dig selv ind (fx 3F eller HK); kontingentet kan trækkes fra i dansk skat. Kun a-kassen giver supplerende dagpenge ved delvis ledighed eller arbejdsfordeling.
    Bliver du helt ledig, betaler Tyskland Arbeitslosengeld – også uden a-kasse (PD U1 fra STAR).
    Var du arbejdsløshedsforsikret i Tyskland lige før jobbet i Danmark, kan de tyske perioder tælle med i a-kassen: søg optagelse senest 8 uger efter, at den tyske forsikring sluttede, og medbring PD U1.
    Bor du i Danmark og arbejder i Tyskland, er du forsikret i Tyskland – se "Tysk Arbeitslosengeld".
    .title = Meld dig ind i en a-kasse
    .apply = Meld dig ind direkte hos den a-kasse, du vælger (fx 3F eller HK), på dens hjemmeside; din arbejdsgiver gør det ikke for dig. Du kan kun være medlem af én a-kasse ad gangen.
    .deadline = Vil du have tyske arbejdsløshedsforsikringsperioder med i a-kassen, skal du søge optagelse senest 8 uger efter, at den tyske forsikring sluttede. Har du ikke været i en dansk a-kasse de seneste 5 år, skal du også arbejde mindst 296 timer på 12 uger i Danmark.
    .form = PD U1 fra Agentur für Arbeit dokumenterer dine tyske forsikringsperioder over for den danske a-kasse.
    .contact = Din a-kasse. Rådgivning: Regionskontoret, +45 74 67 05 01, infocenter@region.dk.
unemployment-partial-short-time =
    Ved delvis eller midlertidig ledighed, hvor jobbet fortsætter, betaler det land, du arbejder i.
    Det gælder færre timer, arbejdsfordeling og hjemsendelse, fx på grund af frost eller ordremangel.
    Bor du i Tyskland og arbejder i Danmark, kan du kun få supplerende dagpenge gennem en dansk a-kasse. Tysk Kurzarbeitergeld gælder ikke for dit danske job, og uden a-kasse får du ingen ydelse.
    Kontakt din a-kasse og tilmeld dig på jobnet.dk med det samme, når timerne bliver sat ned.
    Bor du i Danmark og arbejder i Tyskland, gælder de tyske regler (Kurzarbeitergeld via arbejdsgiveren) – spørg Agentur für Arbeit.
    .title = Delvis ledighed og hjemsendelse
    .deadline = Delvis ledighed: kontakt din a-kasse og tilmeld dig på jobnet.dk med det samme, når timerne bliver sat ned.
    .apply = Supplerende dagpenge søger du hos din danske a-kasse; tilmeld dig samtidig som jobsøgende på jobnet.dk. Tysk Kurzarbeitergeld søger arbejdsgiveren hos Agentur für Arbeit.
    .contact = Din a-kasse | Agentur für Arbeit: tlf. +49 800 4 5555 00. Rådgivning: Regionskontoret, +45 74 67 05 01.
unemployment-dk-dagpenge =
    Danske dagpenge er op til 90 % af din tidligere løn, højst { $unemployment-dagpenge-max-month } om måneden for fuldtidsforsikrede ({ $unemployment-dagpenge-max-month-year }).
    De første ca. 3 måneder kan det være op til { $unemployment-dagpenge-max-month-supplement } (beskæftigelsestillæg efter 4 års uafbrudt medlemskab).
    Krav: mindst 1 år i en a-kasse (EU-perioder kan tælle), en indkomst på mindst { $unemployment-dagpenge-income-req } inden for 3 år ({ $unemployment-dagpenge-income-req-year }), tilmelding på jobnet.dk fra første ledighedsdag, rådighed og jobsøgning.
    Bor du i Tyskland og bliver helt ledig, betaler Tyskland (Arbeitslosengeld), ikke Danmark.
    Bor du i Danmark efter et job i Tyskland, betaler Danmark: søg optagelse i en dansk a-kasse senest 8 uger efter jobbet og medbring PD U1.
    .title = Danske dagpenge
    .amount = Dagpenge er højst { $unemployment-dagpenge-max-month } om måneden for fuldtidsforsikrede ({ $unemployment-dagpenge-max-month-year }); med beskæftigelsestillæg op til { $unemployment-dagpenge-max-month-supplement } i de første ca. 3 måneder (kræver 4 års uafbrudt a-kasse-medlemskab og nok arbejde de seneste 3 år). Satserne reguleres hvert år 1. januar.
    .duration = Dagpenge kan du få i op til 2 år (3.848 timer for fuldtidsforsikrede) inden for 3 år.
    .apply = Tilmeld dig som ledig på jobnet.dk fra første ledighedsdag, og søg dagpenge hos din a-kasse.
    .deadline = Tilmeld dig på jobnet.dk senest første ledighedsdag. Efter et job i Tyskland: søg optagelse i en dansk a-kasse senest 8 uger efter, at den tyske forsikring sluttede.
    .form = Efter arbejde i Tyskland dokumenterer PD U1 fra Agentur für Arbeit dine tyske perioder.
    .contact = Din a-kasse. Rådgivning: Regionskontoret, +45 74 67 05 01, infocenter@region.dk.
unemployment-de-alg =
    Tysk Arbeitslosengeld (ALG I) er 60 % af din tidligere nettoløn, 67 % hvis du har børn.
    Du skal have været forsikret i mindst 12 måneder inden for de seneste 30 måneder (Rahmenfrist) og melde dig arbejdsløs hos Agentur für Arbeit. Hvor længe du får ALG, afhænger af din alder og forsikringstid (6 til 24 måneder).
    Forsikringen er obligatorisk for ansatte i Tyskland: bidraget er { $unemployment-de-av-rate } af lønnen ({ $unemployment-de-av-rate-year }), halvt betalt af dig og halvt af arbejdsgiveren.
    Bor du i Danmark og bliver helt ledig fra et job i Tyskland, betaler Danmark dagpenge – søg optagelse i en dansk a-kasse senest 8 uger efter jobbet (PD U1 fra Agentur für Arbeit). Ved delvis ledighed betaler Tyskland.
    .title = Tysk Arbeitslosengeld (ALG)
    .amount = Arbeitslosengeld I er 60 % af den tidligere nettoløn, 67 % med børn. Bidraget til tysk arbejdsløshedsforsikring er { $unemployment-de-av-rate } af lønnen ({ $unemployment-de-av-rate-year }), halvt fra dig og halvt fra arbejdsgiveren.
    .duration = Arbeitslosengeld udbetales i 6 til 24 måneder afhængigt af alder og forsikringstid; under 50 år højst 12 måneder.
    .apply = Meld dig arbejdssøgende og arbejdsløs hos Agentur für Arbeit – online eller personligt i det Agentur, hvor du bor.
    .deadline = Meld dig arbejdssøgende hos Agentur für Arbeit senest 3 måneder før jobbet slutter, ved kortere varsel inden for 3 dage; meld dig arbejdsløs senest første dag uden arbejde.
    .contact = Agentur für Arbeit: tlf. +49 800 4 5555 00. Rådgivning: Regionskontoret, +45 74 67 05 01, infocenter@region.dk.
unemployment-jobseeking-abroad =
    Ja: Er du helt ledig, kan du tage dagpenge eller Arbeitslosengeld med til et andet EU-land i op til 3 måneder for at søge job dér – men kun med PD U2, som du skal have før afrejsen.
    Betingelse: du har ret til ydelsen og har som regel været tilmeldt som ledig i mindst 4 uger.
    PD U2 søges hos din a-kasse (dagpenge) eller Agentur für Arbeit (Arbeitslosengeld). Tilmeld dig som jobsøgende i det andet land senest 7 dage efter startdatoen i PD U2.
    Kommer du ikke hjem i tide uden forlængelse (højst 6 måneder), kan du miste resten af din ret.
    Bor du fortsat hjemme og søger kun job over grænsen, skal du ikke bruge PD U2.
    .title = Søge job i udlandet med dagpenge
    .form = PD U2 – tilladelsen til at tage dagpenge eller Arbeitslosengeld med, når du søger job i et andet EU-land.
    .apply = PD U2 søges før afrejsen: hos din a-kasse for danske dagpenge, hos Agentur für Arbeit for tysk Arbeitslosengeld.
    .deadline = PD U2 skal være på plads før afrejsen; i det andet land skal du tilmelde dig som jobsøgende senest 7 dage efter startdatoen i PD U2.
    .duration = Med PD U2 kan du få dagpenge eller Arbeitslosengeld med i op til 3 måneder; nogle lande forlænger til højst 6 måneder.
