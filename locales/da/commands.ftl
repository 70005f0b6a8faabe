## The command menu Telegram shows people whose app is set to Danish, in this order.
## Each `command-<job>` is one command: its value the command as typed (a-z, 0-9, _),
## `.description` the line beside it. The job names are the same in every language.
## `command-close` (closing a case with the advice office) is shown only while the
## handover is on, after the others. `.also`: more words typed for the same command
## (not in the menu); the job's own name (`/help`, `/language`) always works.
## `command-profile.other`: words for "something else" after /profil ("/profil andet").

command-start = start
    .description = Start og emner
command-help = help
    .description = Hjælp og kommandoer
    .also = hjælp hjaelp
command-language = sprog
    .description = Skift sprog (dansk/tysk)
    .also = lang
command-profile = profil
    .description = Hvor du bor og arbejder
    .other = andet
command-contact = kontakt
    .description = Regionskontorets kontakt og åbningstider
command-privacy = privacy
    .description = Hvad jeg gemmer om dig
    .also = privatliv
command-forget = glem
    .description = Slet alt, hvad jeg har gemt om denne chat
command-close = afslut
    .description = Luk din sag hos rådgivningen

## The admins' commands (PENDLERBOT_ADMINS): added to their own menus only, after the
## commuters'. `admin-<job>` with the jobs check, reload, inbox and why; `.also` as above.
admin-check = check
    .description = Tjek vidensbasen · Wissensbasis prüfen (admin)
    .also = tjek
admin-reload = reload
    .description = Genindlæs vidensbasen · Wissensbasis neu laden (admin)
admin-inbox = inbox
    .description = Ubesvarede spørgsmål · Unbeantwortete Fragen (admin)
admin-why = why
    .description = Hvorfor dette svar? · Warum diese Antwort? (admin)
