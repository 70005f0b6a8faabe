## The messages of `pendlerbot check` and /check in German, one per kind of
## problem (see src/check_text.rs: each id belongs to one English message
## format; the { $names } are the parts taken from it). Keep every { $name }
## of a message; the wording is free. check reads this file from the locales
## folder it checks; a message missing here is shown in English.

## Around the problems (the summary, `/check`'s reply) and the words for
## error and warning

check-error = Fehler
check-warning = Warnung
check-summary = geprüft: { $entries } Einträge, { $examples } Beispielfragen, { $values } Werte in { $ms } ms: { $errors } Fehler, { $warnings } Warnung(en) (Version { $version })
check-summary-failed = { $errors } Fehler, { $warnings } Warnung(en)
check-chat-title = Prüfung von { $knowledge } und { $locales }:
check-chat-more = … und { $rest } weitere: pendlerbot check zeigt alle.
check-chat-kept = Nichts wurde neu geladen: der Bot antwortet weiter mit der laufenden Version. /reload übernimmt die Änderung (das geschieht auch von selbst, wenn die Dateien gespeichert sind).
check-chat-kept-errors = Nichts wurde neu geladen: der Bot antwortet weiter mit der laufenden Version, bis die Fehler behoben sind.

## Syntax errors: the parser's own words ({ $problem }, English) and a hint
## for the usual causes ({ $hint } names which)

check-toml-syntax = TOML-Syntaxfehler: { $problem } (Tipp: { $hint ->
        [date] Daten als JJJJ-MM-TT ohne Anführungszeichen schreiben, z. B. checked = 2026-12-04
        [duplicate-key] ein Schlüssel steht zweimal im selben Block: jeder Eintrag braucht seine eigene [[entry]]-Zeile
        [unknown-field] dieser Feldname ist unbekannt: Schreibweise in knowledge/README.md prüfen
        [header] eine Überschrift lautet [[entry]], [entry.da] oder [entry.de], mit geschlossenen Klammern
        [string] jeder Text steht in geraden doppelten Anführungszeichen "..."; ein Anführungszeichen im Text wird \" geschrieben
        [list] Listen werden ["a", "b"] mit Komma zwischen den Texten geschrieben; ein Schlüssel = Wert pro Zeile
       *[other] die Zeile mit einem funktionierenden Eintrag derselben Datei vergleichen
    })
check-fluent-syntax = Fluent-Syntaxfehler: { $problem } (Tipp: { $hint ->
        [placeable] ein Wert wird {"{"} $name {"}"} mit beiden geschweiften Klammern geschrieben
        [value] jede Nachricht braucht einen Text nach `=`; Folgezeilen und .title beginnen mit Leerzeichen
       *[other] Folgezeilen beginnen mit Leerzeichen; eine neue Nachricht beginnt am Zeilenanfang: id = Text
    })

## Files and folders

check-cannot-read = { $what ->
        [folder] der Ordner
       *[file] die Datei
    } kann nicht gelesen werden: { $error }
check-outside-folder = die Datei zeigt aus ihrem Ordner heraus (ein symbolischer Link?) und wird nicht gelesen; bitte die Datei selbst in den Ordner legen
check-no-knowledge-files = im Ordner gibt es keine Wissensdateien (*.toml); bitte prüfen, ob es der richtige Ordner ist
check-no-languages-file = languages.toml fehlt: sie nennt die Sprachen, die der Bot spricht (siehe knowledge/README.md)
check-no-sources-file = es gibt keine Liste amtlicher Quellen (sources.toml), daher werden Einträge und Werte nicht gegen eine geprüft
check-vocabulary-no-letters = Wortschatz `{ $word }`: beide Seiten brauchen Buchstaben
check-vocabulary-itself = Wortschatz `{ $word }` bedeutet sich selbst; die Zeile löschen oder ihr eine andere Bedeutung geben
check-place-words-missing = [words] `{ $list }` fehlt oder ist leer: das Lesen der Orte braucht sie (siehe knowledge/README.md)
check-duplicate-id = die ID `{ $id }` gibt es zweimal: auch in { $place }; bitte einem der Einträge eine neue ID geben
check-not-a-domain = `{ $domain }` ist keine Domain; bitte wie skat.dk schreiben (ohne https:// und ohne Pfad)

## Values

check-value-name = der Wertname `{ $name }` darf nur a-z, 0-9 und - enthalten und muss mit einem Buchstaben beginnen
check-value-amount = Wert `{ $name }`: amount muss eine Zahl sein (ohne Anführungszeichen)
check-value-unit = Wert `{ $name }`: die Einheit `{ $unit }` ist unbekannt; bitte DKK, EUR, percent oder number verwenden
check-value-year = Wert `{ $name }`: year { $year } ist keine Jahreszahl; z. B. year = 2026 schreiben
check-value-date = Wert `{ $name }`: { $field } muss ein Datum sein; bitte JJJJ-MM-TT ohne Anführungszeichen schreiben
check-value-from-year = Wert `{ $name }`: from { $date } liegt nicht im Jahr { $year } des Werts
check-value-checked-future = Wert `{ $name }`: das Prüfdatum { $date } liegt in der Zukunft; bitte den Tag eintragen, an dem der Betrag geprüft wurde
check-value-review-by = Wert `{ $name }`: review_by { $date } liegt mehr als { $days } Tage in der Zukunft; es verschiebt die Jahreswarnung höchstens bis { $cap }
check-value-source-link = Wert `{ $name }`: die Quelle `{ $source }` ist kein Weblink; bitte die ganze Adresse mit https:// schreiben
check-value-no-source = Wert `{ $name }` { $kind ->
        [from] ab
       *[for] für
    } { $when } hat keine Quelle; bitte source = "https://..." ergänzen, seine amtliche Seite
check-value-no-checked = Wert `{ $name }` { $kind ->
        [from] ab
       *[for] für
    } { $when } hat kein Prüfdatum; bitte checked = { $today } ergänzen, den Tag, an dem er an der Quelle geprüft wurde
check-value-unit-differs = Wert `{ $name }`: die Einheit { $unit } weicht von { $first } in { $place } ab; alle Blöcke eines Werts brauchen dieselbe Einheit
check-value-twice = Wert `{ $name }` gilt zweimal ab { $date } (auch in { $place }); bitte einem Block ein anderes `from` geben
check-value-unofficial-source = Wert `{ $name }` { $kind ->
        [from] ab
       *[for] für
    } { $when }: die Quelle { $source } liegt auf keiner Domain aus sources.toml; bitte eine amtliche Seite angeben
check-value-old-year = Wert `{ $name }` gilt für { $year }; bitte den Betrag für { $current } prüfen

## Entries

check-entry-unofficial = Eintrag `{ $id }` nennt keine amtliche Quelle: keine seiner Quellen liegt auf einer Domain aus sources.toml
check-entry-id = die Eintrags-ID `{ $id }` muss wie `bereich.thema-name` aussehen (a-z, 0-9, -)
check-entry-no-review-date = Eintrag `{ $id }` hat kein Prüfdatum; bitte z. B. checked = 2026-01-31 ergänzen
check-entry-review-future = Eintrag `{ $id }`: das Prüfdatum { $date } liegt in der Zukunft; bitte den Tag eintragen, an dem der Eintrag geprüft wurde
check-entry-review-old = Eintrag `{ $id }` wurde zuletzt am { $date } geprüft, vor mehr als 12 Monaten; bitte die Antwort prüfen und checked aktualisieren
check-entry-not-a-date = Eintrag `{ $id }`: `{ $text }` ist kein Datum; bitte JJJJ-MM-TT ohne Anführungszeichen schreiben
check-entry-no-source = Eintrag `{ $id }` hat keinen Quellenlink; bitte sources = ["https://..."] ergänzen
check-entry-source-link = Eintrag `{ $id }`: die Quelle `{ $source }` ist kein Weblink; bitte die ganze Adresse mit https:// schreiben
check-entry-direction = Eintrag `{ $id }`: die Richtung `{ $direction }` muss "de-dk" oder "dk-de" sein
check-entry-country = Eintrag `{ $id }`: das Land `{ $country }` muss "dk" oder "de" sein
check-entry-country-rules = Eintrag `{ $id }`: country_rules = true braucht ein Land (country = "dk" oder "de")
check-entry-section-language = Eintrag `{ $id }`: [entry.{ $code }] ist keine der Sprachen aus languages.toml
check-entry-no-section = Eintrag `{ $id }` hat keinen [entry.{ $lang }]-Block mit Schlüsselwörtern und Beispielen; bitte ergänzen
check-entry-no-keywords = Eintrag `{ $id }` hat keine { $lang ->
        [da] dänischen
        [de] deutschen
        [en] englischen
       *[other] { $lang }-
    } Schlüsselwörter; bitte keywords = ["..."] ergänzen
check-entry-no-examples = Eintrag `{ $id }` hat keine { $lang ->
        [da] dänischen
        [de] deutschen
        [en] englischen
       *[other] { $lang }-
    } Beispielfragen; bitte examples = ["..."] ergänzen
check-entry-few-examples = Eintrag `{ $id }` hat { $count } { $language ->
        [Danish] dänische
        [German] deutsche
        [English] englische
       *[other] { $language }-
    } Beispielfrage(n); bitte mindestens { $min } schreiben, verschieden gefragt, damit `check` zeigt, dass die Schlüsselwörter treffen, wie Pendler fragen
check-entry-keyword-empty = Eintrag `{ $id }`: das Schlüsselwort `{ $keyword }` hat keine Buchstaben oder Ziffern
check-entry-related-itself = Eintrag `{ $id }` nennt sich selbst unter related; bitte aus der Liste löschen
check-entry-related-missing = Eintrag `{ $id }`: der verwandte Eintrag `{ $other }` existiert nicht; bitte die Schreibweise der ID prüfen
check-entry-other-side-missing = Eintrag `{ $id }`: other_side `{ $other }` existiert nicht; bitte die Schreibweise der ID prüfen
check-entry-other-side-no-direction = Eintrag `{ $id }` hat other_side, aber keine direction; bitte direction = "de-dk" oder "dk-de" ergänzen
check-entry-other-side-direction = Eintrag `{ $id }`: other_side `{ $other }` muss die entgegengesetzte Richtung haben ("{ $direction }") oder, ohne Richtung, country_rules des Landes, in dem man auf dieser Seite arbeitet (country = "{ $country }")
check-unknown-id = unbekannte ID `{ $id }`: sie steht nicht im Katalog { $file }; bitte dort ergänzen oder die ID korrigieren
check-topic-no-entry = das Thema `{ $id }` aus dem Katalog hat noch keinen Eintrag

## Patterns

check-pattern-too-large = Eintrag `{ $id }`: das Muster `{ $pattern }` ist zu groß: übersetzt braucht es mehr als { $mb } MB (eine Wiederholung in einer Wiederholung?); bitte kürzer schreiben oder Schlüsselwörter verwenden
check-pattern-compile = Eintrag `{ $id }`: das Muster `{ $pattern }` lässt sich nicht übersetzen: { $why }

## Languages

check-language-code = der Sprachcode `{ $code }` muss aus zwei oder drei Buchstaben a-z bestehen
check-language-twice = die Sprache `{ $lang }` ist zweimal aufgeführt; bitte einen Block löschen
check-language-stemmer = Sprache `{ $lang }`: `{ $stemmer }` ist kein Snowball-Stemmer ({ $list })
check-language-filler = Sprache `{ $lang }`: das Füllwort `{ $filler }` muss ein einzelnes Wort sein
check-language-grammar-word = Sprache `{ $lang }`: das Wort `{ $word }` in grammar.{ $list } muss ein einzelnes Wort sein
check-language-currency = Sprache `{ $lang }`: das Währungswort `{ $word }` muss ein einzelnes Wort sein
check-language-months = Sprache `{ $lang }`: months nennt { $count } Namen, nicht 12
check-language-letter = Sprache `{ $lang }`: den Buchstaben `{ $letter }` schreiben auch andere Sprachen; bitte nur die eigenen Buchstaben der Sprache nennen
check-no-language = es gibt kein [[language]]: der Bot braucht mindestens eine Sprache
check-undecided = undecided `{ $code }` ist keine der Sprachen
check-locale-folder-unused = locales/{ $name } ist keine Sprache aus knowledge/languages.toml, seine Texte werden nicht verwendet
check-text-missing = die check-Meldung `{ $id }` fehlt in { $lang }; check zeigt sie auf Englisch
check-text-unknown = `{ $id }` ist keine Meldung von check (ein Tippfehler oder ein Überbleibsel?)

## Texts

check-message-twice = die Nachricht `{ $id }` gibt es zweimal (auch in { $place }); bitte eine löschen oder umbenennen
check-message-cycle = { $what ->
        [term] der Term
       *[message] die Nachricht
    } `{ $id }` verweist auf sich selbst: { $path }; Fluent würde statt eines Textes die ID zeigen
check-message-one-language = die Nachricht `{ $id }` gibt es in { $lang }, aber nicht in { $other }; bitte dort ergänzen
check-message-too-long = die Nachricht `{ $id }` hat { $count } Zeichen; höchstens { $max } (Telegram teilt eine Nachricht bei { $cut } Zeichen): bitte kürzen
check-ui-area-missing = die Nachricht `area-{ $area }` (die Menübeschriftung des Bereichs { $area }) fehlt in { $lang }
check-ui-missing = die Nachricht `{ $id }` fehlt in { $lang }
check-entry-no-answer = Eintrag `{ $id }` hat keine { $language ->
        [Danish] dänische
        [German] deutsche
        [English] englische
       *[other] { $language }-
    } Antwort: bitte `{ $mid } = ...` in { $file } ergänzen
check-answer-no-title = die Antwort `{ $id }` hat kein `.title` (die Beschriftung ihres Knopfs); bitte ergänzen
check-answer-words = die Antwort `{ $id }` hat { $words } Wörter vor den Quellen; bitte unter { $max } bleiben, die Antwort in einem Satz zuerst
check-answer-too-long = die Antwort `{ $id }` hat mit den Quellen { $count } Zeichen; höchstens { $max } (Telegram teilt eine Nachricht bei { $cut }): bitte kürzen oder auf die Quelle verweisen
check-answer-long = die Antwort `{ $id }` hat { $count } Zeichen; Antworten bitte unter { $max } halten, damit sie sich auf dem Handy lesen lassen
check-answer-unknown-part = die Antwort `{ $id }` hat `.{ $attr }`, das ist kein Antwortteil (Teile: { $parts })
check-answer-part-one-language = die Antwort `{ $id }` hat den Teil `.{ $attr }` nur in { $lang }: bitte in { $other } ergänzen
check-answer-part-error = Antwort `{ $id }`.{ $attr }: { $error }
check-answer-error = Antwort `{ $id }`: { $error }

## Commands and the dialogue

check-command-twice = der Befehl `{ $name }` von `{ $id }` ist auch der Befehl von `{ $other }`; bitte einem einen anderen Namen geben
check-command-name = Befehl `{ $id }` = `{ $name }`: ein Befehl besteht aus 1-32 Zeichen a-z, Ziffern oder _
check-command-description = der Befehl `{ $id }` hat keine `.description` für das Menü; bitte ergänzen
check-popular-missing = Bereich `{ $area }`: der beliebte Eintrag `{ $id }` existiert nicht
check-popular-other-area = Bereich `{ $area }`: der beliebte Eintrag `{ $id }` gehört zum Bereich `{ $other }`
check-dialogue-language = [{ $table }]: `{ $code }` ist keine Sprache ({ $codes }): fehlt darüber eine Überschrift?
check-situation = situation_topics: `{ $situation }` ist keine Situation (de-dk, dk-de, other)
check-situation-entry = situation_topics.{ $situation }: der Eintrag `{ $id }` existiert nicht
check-by-country-entry = by_country.{ $general }: der Eintrag `{ $id }` existiert nicht
check-job-moved-entry = job_moved.{ $from }: der Eintrag `{ $id }` existiert nicht
check-status-entry = status.{ $status }.entries.{ $from }: der Eintrag `{ $id }` existiert nicht
check-by-country-decides = by_country.{ $general }: decides = `{ $decides }` muss lives (Wohnort), works (Arbeitsort) oder family (arbeitet der Partner im Wohnland, dieses; sonst der Arbeitsort) sein

## Example questions

check-example-language = ein Beispiel von `{ $id }` wird als { $read } gelesen, nicht als { $lang }: "{ $example }"
check-example-taken = ein Beispiel von `{ $id }` wird vom Eintrag `{ $other }` beantwortet: "{ $example }"
check-example-takes = { $kind ->
        [pattern] das Muster
       *[keyword] das Schlüsselwort
    } `{ $phrase }` von `{ $winner }` nimmt ein Beispiel von `{ $id }` ({ $place }): bitte enger fassen oder ein `not`-Wort ergänzen
check-example-competes = { $kind ->
        [pattern] das Muster
       *[keyword] das Schlüsselwort
    } `{ $phrase }` von `{ $rival }` konkurriert um ein Beispiel von `{ $id }` ({ $place }): bitte enger fassen oder ein `not`-Wort ergänzen
check-example-nothing = das Beispiel passt nicht zu seinem eigenen Eintrag `{ $id }` (nichts passte): "{ $example }"; bitte ein Schlüsselwort ergänzen, das die Frage verwendet
check-example-unmatched = das Beispiel passt nicht zu seinem eigenen Eintrag `{ $id }` (am besten: { $best }): "{ $example }"

## The advice office (office.toml)

check-office-weekday = Öffnungszeiten: `{ $key }` ist kein Wochentag (mon, tue, ..., sun)
check-office-string = Öffnungszeiten: `{ $key }` muss ein Text wie "09:00-12:00" sein
check-office-span = Öffnungszeiten: `{ $span }` in `{ $key }` ist keine Zeitspanne wie 09:00-12:00
check-office-closed = Öffnungszeiten: der Schließtag `{ $day }` ist kein Datum wie 12-24 (Monat-Tag)
check-office-no-hours = Öffnungszeiten: an keinem Tag gibt es Öffnungszeiten
check-office-error = Öffnungszeiten: { $error }

## Details quoted in a message

check-unknown-variable = die unbekannte Variable ${ $name }: bitte die Schreibweise mit den Werten in knowledge/values.toml vergleichen
