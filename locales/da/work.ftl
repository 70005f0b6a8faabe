work-contract-dk =
    Danmark har ingen lovbestemt mindsteløn: din løn følger overenskomsten eller din kontrakt.
    Arbejder du i gennemsnit mere end 3 timer om ugen, skal du have dine vilkår skriftligt (ansættelsesbevis): de vigtigste senest 7 dage efter start, resten senest efter 1 måned.
    Prøvetiden er højst 6 måneder, for funktionærer højst 3 måneder. Funktionærloven giver faste opsigelsesvarsler.
    Normal arbejdsuge er 37 timer efter de fleste overenskomster; i gennemsnit højst 48 timer inkl. overarbejde.
    Der er 10 helligdage, efter at store bededag blev afskaffet i 2024; fri og tillæg på helligdage følger overenskomst eller kontrakt.
    Fagforening og a-kasse er to forskellige ting: fagforeningen hjælper ved uenighed med arbejdsgiveren.
    Arbejder du i Tyskland, gælder tysk arbejdsret og den tyske mindsteløn.
    .title = Ansættelsesvilkår i Danmark
    .deadline = Ansættelsesbevis: de vigtigste vilkår (bl.a. løn, arbejdstid og prøvetid) senest 7 kalenderdage efter start, resten senest 1 måned efter. Gælder ved mere end 3 timer om ugen i gennemsnit.
    .duration = Prøvetid højst 6 måneder (funktionærer 3). Funktionærens opsigelsesvarsel fra arbejdsgiveren: 1 måned de første 6 måneder, derefter 3 måneder, stigende med ancienniteten op til 6 måneder.
    .contact = Din fagforening. Rådgivning: Regionskontoret, +45 74 67 05 01, infocenter@region.dk.
work-minimum-wage-de =
    Den tyske mindsteløn er { $mindestlohn } i timen ({ $mindestlohn-year }); allerede besluttet: { $work-mindestlohn-next } fra 1. januar { $work-mindestlohn-next-year }.
    Minijob: løn op til { $minijob-limit } om måneden ({ $minijob-limit-year }), { $work-minijob-limit-next } fra 1. januar { $work-minijob-limit-next-year }. Grænsen følger mindstelønnen (10 timer om ugen).
    Midijob (Übergangsbereich): løn over minijobgrænsen og op til { $work-midijob-limit } om måneden.
    Det gælder arbejde i Tyskland; Danmark har ingen lovbestemt mindsteløn.
    Har du også et job i Danmark, så læs om bijob og minijob: det kan påvirke din skat og sociale sikring.
    .title = Tysk mindsteløn og minijob
    .amount = Tysk mindsteløn: { $mindestlohn } i timen ({ $mindestlohn-year }), { $work-mindestlohn-next } fra 1.1.{ $work-mindestlohn-next-year }. Minijob: op til { $minijob-limit } om måneden ({ $minijob-limit-year }), { $work-minijob-limit-next } fra 1.1.{ $work-minijob-limit-next-year }. Midijob: op til { $work-midijob-limit } om måneden.
    .contact = Mindsteløn: Zoll (Finanzkontrolle Schwarzarbeit). Minijob: Minijob-Zentrale (minijob-zentrale.de).
work-holiday-dk =
    Danmark har samtidighedsferie: du optjener 2,08 feriedage om måneden (25 om året) og kan holde dem fra måneden efter.
    Ferieåret går fra 1.9. til 31.8.; ferien kan holdes frem til 31.12. efter ferieårets udløb.
    Timelønnede: 12,5 % feriegodtgørelse indbetales til FerieKonto og udbetales, når du holder ferie. Fastlønnede: ferie med løn + 1 % ferietillæg.
    Forlader du det danske arbejdsmarked og bor i udlandet, kan du få feriepengene udbetalt uden at holde ferie, hvis du søger senest 6 måneder efter.
    Kontakt: FerieKonto (borger.dk) eller din arbejdsgiver.
    Arbejder du i Tyskland, gælder tysk ferielov – se "Ferie ved job i Tyskland".
    .title = Ferie og feriepenge i Danmark
    .amount = Feriegodtgørelse er 12,5 % af lønnen (timelønnede); fastlønnede får ferie med løn plus 1 % ferietillæg.
    .apply = Feriepenge fra FerieKonto bestiller du på borger.dk med MitID, når du holder ferie – eller når du forlader det danske arbejdsmarked.
    .deadline = Forlader du det danske arbejdsmarked, skal du søge om feriepengene uden at holde ferie senest 6 måneder efter; ellers skal du holde ferie for at få dem.
    .contact = FerieKonto (Udbetaling Danmark) via borger.dk, eller din arbejdsgiver.
work-holiday-de =
    Arbejder du i Tyskland, har du mindst 24 hverdage ferie om året efter den tyske ferielov (Bundesurlaubsgesetz) – det svarer til 20 dage ved 5-dages uge.
    Mange kontrakter og overenskomster giver flere dage; fuld ret til ferie har du efter 6 måneders ansættelse.
    Ferien skal som regel holdes i kalenderåret; kun af særlige grunde kan den overføres til de første 3 måneder af næste år.
    Danske regler (feriepenge, FerieKonto) gælder kun for arbejde i Danmark.
    .title = Ferie ved job i Tyskland
    .duration = Mindst 24 hverdage (20 arbejdsdage ved 5-dages uge) om året; fuld ret efter 6 måneders ansættelse. Overført ferie skal holdes senest 31. marts året efter.
    .contact = Din arbejdsgiver eller fagforening i Tyskland. Rådgivning: Regionskontoret, +45 74 67 05 01, infocenter@region.dk.
work-side-job-minijob =
    Et bijob i det andet land kan flytte hele din sociale sikring (25 %-reglen) og blive dyrt for din hovedarbejdsgiver – tal med en rådgiver, før du siger ja.
    Bor du i Danmark og har et tysk minijob: Tyskland beskatter det ikke, så det beskattes i Danmark ({ $am-bidrag } AM-bidrag + indkomstskat). Du kan miste din danske sikring uden at få tysk dækning.
    Bor du i Tyskland og har et tysk minijob ved siden af dit danske job: minijobben beskattes i Tyskland, som regel med 2 % pauschal skat, som arbejdsgiveren betaler.
    Et minijob er løn op til { $minijob-limit } om måneden ({ $minijob-limit-year }).
    .title = Bijob og tysk minijob
    .amount = Et minijob er løn op til { $minijob-limit } om måneden ({ $minijob-limit-year }); fra 1.1.{ $work-minijob-limit-next-year }: { $work-minijob-limit-next }.
    .contact = Regionskontoret, +45 74 67 05 01, infocenter@region.dk. I Tyskland: Minijob-Zentrale (minijob-zentrale.de).
work-holiday-pay-moved =
    Ferie og feriepenge følger det land, hvor du arbejdede, da du optjente dem: dansk ferie beskattes i Danmark, tysk Urlaub i Tyskland – og ferien flytter ikke med til det nye job.
    Fra Danmark til Tyskland: Feriepenge (feriegodtgørelse) på FerieKonto blev beskattet med A-skat og AM-bidrag, da du optjente dem. Du kan få dem udbetalt uden at holde ferie, hvis du søger på borger.dk senest 6 måneder efter, at du forlod det danske arbejdsmarked. Bor du i Tyskland, er den danske løn skattefri dér, men hæver den tyske skattesats.
    Fra Tyskland til Danmark: Ikke holdt Urlaub udbetaler den tyske arbejdsgiver ved fratræden (Urlaubsabgeltung, § 7, stk. 4 BUrlG); den beskattes i Tyskland. Hos den danske arbejdsgiver optjener du ferie fra første måned.
    .title = Feriepenge ved jobskifte over grænsen
    .apply = Danske feriepenge bestiller du hos FerieKonto på borger.dk med MitID. Tysk Urlaubsabgeltung udbetaler arbejdsgiveren med den sidste løn.
    .deadline = Danske feriepenge uden at holde ferie: søg senest 6 måneder efter, at du forlod det danske arbejdsmarked; ellers skal du holde ferien for at få dem.
    .contact = FerieKonto (Udbetaling Danmark) via borger.dk | Skattestyrelsen, +45 72 22 28 92 | Regionskontoret, +45 74 67 05 01.
