## `check`'s own texts in English: the fallback of every language without a
## `locales/<code>/check.ftl` (and of a message missing there). Compiled in,
## so `check` speaks when the locales are the thing that is broken. The
## problems' own messages are written in English by the code (their formats
## are the patterns of src/check_text.rs); only the texts around them and the
## syntax errors' hints are here. The same ids stand in locales/<code>/check.ftl.

## Around the problems

check-error = error
check-warning = warning
check-summary = checked { $entries } entries, { $examples } example questions, { $values } values in { $ms } ms: { $errors } error(s), { $warnings } warning(s) (version { $version })
check-summary-failed = { $errors } error(s), { $warnings } warning(s)
check-chat-title = Check of { $knowledge } and { $locales }:
check-chat-more = … and { $rest } more: pendlerbot check shows them all.
check-chat-kept = Nothing was reloaded: the bot still answers with the version it runs. /reload takes the change into use (it also happens by itself when the files are saved).
check-chat-kept-errors = Nothing was reloaded: the bot answers with the version it runs until the errors are fixed.

## Syntax errors, with a hint for the usual causes

check-toml-syntax = TOML: { $problem } (hint: { $hint ->
        [date] write dates as YYYY-MM-DD without quotes, e.g. checked = 2026-12-04
        [duplicate-key] a key is written twice in the same block: each [[entry]] needs its own header
        [unknown-field] this field name is not known: check its spelling against knowledge/README.md
        [header] a header is written [[entry]], [entry.da] or [entry.de], with its brackets closed
        [string] every text stands in straight double quotes "..."; a quote inside a text is written \"
        [list] lists are written ["a", "b"] with a comma between the texts; one key = value per line
       *[other] compare the line with a working entry in the same file
    })
check-fluent-syntax = Fluent: { $problem } (hint: { $hint ->
        [placeable] a value is written {"{"} $name {"}"} with both braces; a literal brace is {"{"}"{"{"}"{"}"}
        [value] every message needs a text after `=`; continuation lines and .title start with spaces
       *[other] continuation lines start with spaces; a new message starts at the line's beginning: id = text
    })
