## The messages of `pendlerbot check` and /check in Danish, one per kind of
## problem (see src/check_text.rs: each id belongs to one English message
## format; the { $names } are the parts taken from it). Keep every { $name }
## of a message; the wording is free. check reads this file from the locales
## folder it checks; a message missing here is shown in English.

## Around the problems (the summary, `/check`'s reply) and the words for
## error and warning

check-error = fejl
check-warning = advarsel
check-summary = kontrolleret { $entries } emner, { $examples } eksempelspørgsmål, { $values } værdier på { $ms } ms: { $errors } fejl, { $warnings } advarsel/advarsler (version { $version })
check-summary-failed = { $errors } fejl, { $warnings } advarsel/advarsler
check-chat-title = Tjek af { $knowledge } og { $locales }:
check-chat-more = … og { $rest } mere: pendlerbot check viser dem alle.
check-chat-kept = Intet er genindlæst: botten svarer stadig med den version, den kører. /reload tager ændringen i brug (det sker også af sig selv, når filerne er gemt).
check-chat-kept-errors = Intet er genindlæst: botten svarer videre med den version, den kører, til fejlene er rettet.

## Syntax errors: the parser's own words ({ $problem }, English) and a hint
## for the usual causes ({ $hint } names which)

check-toml-syntax = TOML-syntaksfejl: { $problem } (tip: { $hint ->
        [date] skriv datoer som ÅÅÅÅ-MM-DD uden anførselstegn, fx checked = 2026-12-04
        [duplicate-key] en nøgle står to gange i samme blok: hvert emne skal have sin egen [[entry]]-linje
        [unknown-field] feltnavnet kendes ikke: tjek stavningen i knowledge/README.md
        [header] en overskrift skrives [[entry]], [entry.da] eller [entry.de], med lukkede klammer
        [string] hver tekst står i lige dobbelte anførselstegn "..."; et anførselstegn i teksten skrives \"
        [list] lister skrives ["a", "b"] med komma mellem teksterne; én nøgle = værdi pr. linje
       *[other] sammenlign linjen med et emne i samme fil, der virker
    })
check-fluent-syntax = Fluent-syntaksfejl: { $problem } (tip: { $hint ->
        [placeable] en værdi skrives {"{"} $navn {"}"} med begge tuborgklammer
        [value] hver besked skal have en tekst efter `=`; fortsættelseslinjer og .title indrykkes med mellemrum
       *[other] fortsættelseslinjer starter med mellemrum; en ny besked starter forrest på linjen: id = tekst
    })

## Files and folders

check-cannot-read = { $what ->
        [folder] mappen
       *[file] filen
    } kan ikke læses: { $error }
check-outside-folder = filen peger uden for sin mappe (et symbolsk link?) og bliver ikke læst; læg selve filen i mappen
check-no-knowledge-files = der er ingen vidensfiler (*.toml) i mappen; tjek at det er den rigtige mappe
check-no-languages-file = languages.toml mangler: den nævner de sprog, botten taler (se knowledge/README.md)
check-no-sources-file = der er ingen liste over officielle kilder (sources.toml), så emner og værdier bliver ikke tjekket mod en
check-vocabulary-no-letters = ordforrådet `{ $word }`: begge sider skal indeholde bogstaver
check-vocabulary-itself = ordforrådet `{ $word }` betyder sig selv; slet linjen eller giv den en anden betydning
check-place-words-missing = [words] `{ $list }` mangler eller er tom: stedlæsningen har brug for den (se knowledge/README.md)
check-duplicate-id = id `{ $id }` findes to gange: også i { $place }; giv det ene emne et nyt id
check-not-a-domain = `{ $domain }` er ikke et domæne; skriv det som skat.dk (uden https:// og uden sti)

## Values

check-value-name = værdinavnet `{ $name }` må kun bruge a-z, 0-9 og - og skal begynde med et bogstav
check-value-amount = værdien `{ $name }`: amount skal være et tal (uden anførselstegn)
check-value-unit = værdien `{ $name }`: enheden `{ $unit }` kendes ikke; brug DKK, EUR, percent eller number
check-value-year = værdien `{ $name }`: year { $year } er ikke et årstal; skriv fx year = 2026
check-value-date = værdien `{ $name }`: { $field } skal være en dato; skriv ÅÅÅÅ-MM-DD uden anførselstegn
check-value-from-year = værdien `{ $name }`: from { $date } ligger ikke i værdiens år { $year }
check-value-checked-future = værdien `{ $name }`: kontroldatoen { $date } ligger i fremtiden; skriv den dag, du tjekkede beløbet
check-value-review-by = værdien `{ $name }`: review_by { $date } ligger mere end { $days } dage ude i fremtiden; den udskyder årsadvarslen højst til { $cap }
check-value-source-link = værdien `{ $name }`: kilden `{ $source }` er ikke et weblink; skriv hele adressen med https://
check-value-no-source = værdien `{ $name }` { $kind ->
        [from] fra
       *[for] for
    } { $when } har ingen kilde; tilføj source = "https://...", dens officielle side
check-value-no-checked = værdien `{ $name }` { $kind ->
        [from] fra
       *[for] for
    } { $when } har ingen kontroldato; tilføj checked = { $today }, den dag beløbet blev tjekket ved kilden
check-value-unit-differs = værdien `{ $name }`: enheden { $unit } er en anden end { $first } i { $place }; alle blokke af en værdi skal have samme enhed
check-value-twice = værdien `{ $name }` træder i kraft { $date } to gange (også i { $place }); giv den ene blok en anden `from`
check-value-unofficial-source = værdien `{ $name }` { $kind ->
        [from] fra
       *[for] for
    } { $when }: kilden { $source } ligger ikke på et domæne i sources.toml; brug en officiel side
check-value-old-year = værdien `{ $name }` gælder for { $year }; tjek beløbet for { $current }

## Entries

check-entry-unofficial = emnet `{ $id }` nævner ingen officiel kilde: ingen af kilderne ligger på et domæne i sources.toml
check-entry-id = emne-id `{ $id }` skal se ud som `område.emne-navn` (a-z, 0-9, -)
check-entry-no-review-date = emnet `{ $id }` har ingen kontroldato; tilføj fx checked = 2026-01-31
check-entry-review-future = emnet `{ $id }`: kontroldatoen { $date } ligger i fremtiden; skriv den dag, du tjekkede emnet
check-entry-review-old = emnet `{ $id }` blev sidst tjekket { $date }, for mere end 12 måneder siden; tjek svaret og opdater checked
check-entry-not-a-date = emnet `{ $id }`: `{ $text }` er ikke en dato; skriv ÅÅÅÅ-MM-DD uden anførselstegn
check-entry-no-source = emnet `{ $id }` har intet kildelink; tilføj sources = ["https://..."]
check-entry-source-link = emnet `{ $id }`: kilden `{ $source }` er ikke et weblink; skriv hele adressen med https://
check-entry-direction = emnet `{ $id }`: retningen `{ $direction }` skal være "de-dk" eller "dk-de"
check-entry-country = emnet `{ $id }`: landet `{ $country }` skal være "dk" eller "de"
check-entry-country-rules = emnet `{ $id }`: country_rules = true kræver et land (country = "dk" eller "de")
check-entry-section-language = emnet `{ $id }`: [entry.{ $code }] er ikke et af sprogene i languages.toml
check-entry-no-section = emnet `{ $id }` har ingen [entry.{ $lang }]-blok med nøgleord og eksempler; tilføj den
check-entry-no-keywords = emnet `{ $id }` har ingen nøgleord på { $lang ->
        [da] dansk
        [de] tysk
        [en] engelsk
       *[other] { $lang }
    }; tilføj keywords = ["..."]
check-entry-no-examples = emnet `{ $id }` har ingen eksempelspørgsmål på { $lang ->
        [da] dansk
        [de] tysk
        [en] engelsk
       *[other] { $lang }
    }; tilføj examples = ["..."]
check-entry-few-examples = emnet `{ $id }` har { $count } { $language ->
        [Danish] danske
        [German] tyske
        [English] engelske
       *[other] { $language }
    } eksempelspørgsmål; skriv mindst { $min }, stillet på forskellige måder, så `check` viser, at nøgleordene fanger, hvordan pendlerne spørger
check-entry-keyword-empty = emnet `{ $id }`: nøgleordet `{ $keyword }` har ingen bogstaver eller tal
check-entry-related-itself = emnet `{ $id }` nævner sig selv under related; slet det fra listen
check-entry-related-missing = emnet `{ $id }`: det relaterede emne `{ $other }` findes ikke; tjek stavningen af id'et
check-entry-other-side-missing = emnet `{ $id }`: other_side `{ $other }` findes ikke; tjek stavningen af id'et
check-entry-other-side-no-direction = emnet `{ $id }` har other_side men ingen direction; tilføj direction = "de-dk" eller "dk-de"
check-entry-other-side-direction = emnet `{ $id }`: other_side `{ $other }` skal have den modsatte retning ("{ $direction }") eller, uden retning, country_rules for landet, man arbejder i på den side (country = "{ $country }")
check-unknown-id = ukendt id `{ $id }`: det står ikke i kataloget { $file }; tilføj det der, eller ret id'et
check-topic-no-entry = emnet `{ $id }` fra kataloget har endnu ikke et emne i vidensbasen

## Patterns

check-pattern-too-large = emnet `{ $id }`: mønsteret `{ $pattern }` er for stort: oversat fylder det mere end { $mb } MB (en gentagelse inde i en gentagelse?); skriv det kortere eller brug nøgleord
check-pattern-compile = emnet `{ $id }`: mønsteret `{ $pattern }` kan ikke oversættes: { $why }

## Languages

check-language-code = sprogkoden `{ $code }` skal være to eller tre bogstaver a-z
check-language-twice = sproget `{ $lang }` står to gange; slet den ene blok
check-language-stemmer = sproget `{ $lang }`: `{ $stemmer }` er ikke en Snowball-stemmer ({ $list })
check-language-filler = sproget `{ $lang }`: fyldordet `{ $filler }` skal være ét ord
check-language-grammar-word = sproget `{ $lang }`: ordet `{ $word }` i grammar.{ $list } skal være ét ord
check-language-currency = sproget `{ $lang }`: valutaordet `{ $word }` skal være ét ord
check-language-months = sproget `{ $lang }`: months har { $count } navne, ikke 12
check-language-letter = sproget `{ $lang }`: bogstavet `{ $letter }` bruges også af andre sprog; nævn kun sprogets egne bogstaver
check-no-language = der er ingen [[language]]: botten skal have mindst ét sprog
check-undecided = undecided `{ $code }` er ikke et af sprogene
check-locale-folder-unused = locales/{ $name } er ikke et sprog i knowledge/languages.toml, så teksterne bruges ikke
check-text-missing = check-beskeden `{ $id }` mangler på { $lang }; check viser den på engelsk
check-text-unknown = `{ $id }` er ikke en af checks beskeder (en stavefejl eller en rest?)

## Texts

check-message-twice = beskeden `{ $id }` står to gange (også i { $place }); slet eller omdøb den ene
check-message-cycle = { $what ->
        [term] termen
       *[message] beskeden
    } `{ $id }` henviser til sig selv: { $path }; Fluent ville vise id'et i stedet for en tekst
check-message-one-language = beskeden `{ $id }` findes på { $lang } men ikke på { $other }; tilføj den dér
check-message-too-long = beskeden `{ $id }` er { $count } tegn; højst { $max } (Telegram deler en besked ved { $cut } tegn): forkort den
check-ui-area-missing = beskeden `area-{ $area }` (menuteksten for området { $area }) mangler på { $lang }
check-ui-missing = beskeden `{ $id }` mangler på { $lang }
check-entry-no-answer = emnet `{ $id }` har intet { $language ->
        [Danish] dansk
        [German] tysk
        [English] engelsk
       *[other] { $language }
    } svar: tilføj `{ $mid } = ...` i { $file }
check-answer-no-title = svaret `{ $id }` har ingen `.title` (teksten på dets knap); tilføj den
check-answer-words = svaret `{ $id }` har { $words } ord før kilderne; hold det under { $max }, med svaret i én sætning først
check-answer-too-long = svaret `{ $id }` er { $count } tegn med kilderne; højst { $max } (Telegram deler en besked ved { $cut }): forkort det eller henvis til kilden
check-answer-long = svaret `{ $id }` er { $count } tegn; hold svar under { $max }, så de kan læses på en telefon
check-answer-unknown-part = svaret `{ $id }` har `.{ $attr }`, som ikke er en svardel (dele: { $parts })
check-answer-part-one-language = svaret `{ $id }` har delen `.{ $attr }` kun på { $lang }: tilføj den på { $other }
check-answer-part-error = svaret `{ $id }`.{ $attr }: { $error }
check-answer-error = svaret `{ $id }`: { $error }

## Commands and the dialogue

check-command-twice = kommandoen `{ $name }` for `{ $id }` er også kommandoen for `{ $other }`; giv den ene et andet navn
check-command-name = kommandoen `{ $id }` = `{ $name }`: en kommando er 1-32 tegn a-z, tal eller _
check-command-description = kommandoen `{ $id }` har ingen `.description` til menuen; tilføj den
check-popular-missing = området `{ $area }`: det populære emne `{ $id }` findes ikke
check-popular-other-area = området `{ $area }`: det populære emne `{ $id }` hører til området `{ $other }`
check-dialogue-language = [{ $table }]: `{ $code }` er ikke et sprog ({ $codes }): mangler der en overskrift over den?
check-situation = situation_topics: `{ $situation }` er ikke en situation (de-dk, dk-de, other)
check-situation-entry = situation_topics.{ $situation }: emnet `{ $id }` findes ikke
check-by-country-entry = by_country.{ $general }: emnet `{ $id }` findes ikke
check-job-moved-entry = job_moved.{ $from }: emnet `{ $id }` findes ikke
check-status-entry = status.{ $status }.entries.{ $from }: emnet `{ $id }` findes ikke
check-by-country-decides = by_country.{ $general }: decides = `{ $decides }` skal være lives (hvor man bor), works (hvor man arbejder) eller family (arbejder partneren i bopælslandet, det land; ellers hvor man arbejder)

## Example questions

check-example-language = et eksempel på `{ $id }` bliver læst som { $read }, ikke { $lang }: "{ $example }"
check-example-taken = et eksempel på `{ $id }` bliver taget af emnet `{ $other }`: "{ $example }"
check-example-takes = { $kind ->
        [pattern] mønsteret
       *[keyword] nøgleordet
    } `{ $phrase }` i `{ $winner }` tager et eksempel fra `{ $id }` ({ $place }): gør det snævrere eller tilføj et `not`-ord
check-example-competes = { $kind ->
        [pattern] mønsteret
       *[keyword] nøgleordet
    } `{ $phrase }` i `{ $rival }` konkurrerer om et eksempel fra `{ $id }` ({ $place }): gør det snævrere eller tilføj et `not`-ord
check-example-nothing = eksemplet passer ikke til sit eget emne `{ $id }` (intet passede): "{ $example }"; tilføj et nøgleord, som spørgsmålet bruger
check-example-unmatched = eksemplet passer ikke til sit eget emne `{ $id }` (bedst: { $best }): "{ $example }"

## The advice office (office.toml)

check-office-weekday = åbningstider: `{ $key }` er ikke en ugedag (mon, tue, ..., sun)
check-office-string = åbningstider: `{ $key }` skal være en tekst som "09:00-12:00"
check-office-span = åbningstider: `{ $span }` i `{ $key }` er ikke et tidsrum som 09:00-12:00
check-office-closed = åbningstider: lukkedagen `{ $day }` er ikke en dato som 12-24 (måned-dag)
check-office-no-hours = åbningstider: der er ingen åbningstid på nogen dag
check-office-error = åbningstider: { $error }

## Details quoted in a message

check-unknown-variable = den ukendte variabel ${ $name }: tjek stavningen mod værdierne i knowledge/values.toml
