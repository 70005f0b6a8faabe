work-contract-dk =
    Danmark har ingen lovbestemt mindsteløn: lønnen følger overenskomsten eller din kontrakt.
    Normal arbejdsuge er 37 timer, højst 48 timer. Der er 11 helligdage.
    Arbejder du mere end 8 timer om ugen, skal du have dine vilkår skriftligt (ansættelsesbevis) senest 1 måned efter start. Prøvetiden er højst 3 måneder.
    Er du funktionær, giver funktionærloven dig bl.a. faste opsigelsesvarsler.
    Fagforening og a-kasse er to forskellige ting: fagforeningen hjælper bl.a. ved uenighed med arbejdsgiveren.
    Kontakt: din fagforening.
    .title = Ansættelsesvilkår i Danmark
work-minimum-wage-de =
    Tysk mindsteløn (Mindestlohn): { $mindestlohn } i timen i { $mindestlohn-year }, { $work-mindestlohn-next } fra { $work-mindestlohn-next-year }.
    Minijob: løn op til { $minijob-limit } om måneden ({ $minijob-limit-year }).
    Midijob (Übergangsbereich): løn over minijobgrænsen og op til { $work-midijob-limit } om måneden.
    Har du et job i Danmark ved siden af, så læs også om bijob og minijob: det kan påvirke din skat og sociale sikring.
    Kontakt i Tyskland: Zoll (mindsteløn), Minijob-Zentrale.
    .title = Tysk mindsteløn og minijob
work-holiday-dk =
    Danmark har samtidighedsferie (siden 1.9.2020): du optjener 2,08 feriedage om måneden (25 om året) og kan holde dem fra måneden efter.
    Ferieåret går fra 1.9. til 31.8.; ferien kan holdes frem til 31.12. efter ferieårets udløb.
    Timelønnede: 12,5 % feriegodtgørelse indbetales til FerieKonto og udbetales, når du holder ferie. Fastlønnede: ferie med løn + 1 % ferietillæg.
    Forlader du det danske arbejdsmarked og bor i udlandet, kan du få feriepengene udbetalt uden at holde ferie, hvis du søger inden 6 måneder.
    Kontakt: FerieKonto (borger.dk) eller din arbejdsgiver.
    .title = Ferie og feriepenge i Danmark
work-holiday-de =
    Arbejder du i Tyskland, gælder tysk ferielov (Bundesurlaubsgesetz): mindst 24 hverdage om året regnet med 6-dages uge, dvs. 20 dage ved 5-dages uge. Mange kontrakter og overenskomster giver flere dage.
    Oplysningen er ikke kontrolleret i vores kilder og kan afhænge af din kontrakt – tjek kontrakten, spørg arbejdsgiveren eller Regionskontoret (+45 74 67 05 01, infocenter@region.dk).
    Danske regler (feriepenge, FerieKonto) gælder kun for arbejde i Danmark.
    .title = Ferie ved job i Tyskland
work-side-job-minijob =
    Et bijob i det andet land kan flytte hele din sociale sikring (25 %-reglen) – og det kan blive dyrt for din hovedarbejdsgiver.
    Bor du i Danmark og har et tysk minijob: Tyskland beskatter det ikke, så det beskattes i Danmark ({ $am-bidrag } AM-bidrag + indkomstskat). Du kan miste din danske sikring uden at få tysk dækning.
    Et minijob er løn op til { $minijob-limit } om måneden ({ $minijob-limit-year }).
    Tal med en rådgiver, før du siger ja til et bijob: Regionskontoret, +45 74 67 05 01, infocenter@region.dk. I Tyskland: Minijob-Zentrale.
    .title = Bijob og tysk minijob
