## Das Befehlsmenü, das Telegram bei deutsch eingestellter App zeigt, in dieser Reihenfolge
## (Aufbau: siehe locales/da/commands.ftl).

command-start = start
    .description = Start und Themen
command-help = hilfe
    .description = Hilfe und Befehle
command-language = sprache
    .description = Sprache wechseln (Dänisch/Deutsch)
command-profile = profil
    .description = Wo Sie wohnen und arbeiten
    .other = anders andere
command-contact = kontakt
    .description = Kontakt und Öffnungszeiten des Regionskontors
command-privacy = datenschutz
    .description = Was ich über Sie speichere
command-forget = vergessen
    .description = Alles löschen, was ich zu diesem Chat gespeichert habe
command-close = beenden
    .description = Ihren Fall bei der Beratung schließen

## The admins' commands (PENDLERBOT_ADMINS): added to their own menus only, after the
## commuters'. `admin-<job>` with the jobs check, reload, inbox and why; `.also` as above.
admin-check = check
    .description = Tjek vidensbasen · Wissensbasis prüfen (admin)
    .also = pruefen prüfen
admin-reload = reload
    .description = Genindlæs vidensbasen · Wissensbasis neu laden (admin)
admin-inbox = inbox
    .description = Ubesvarede spørgsmål · Unbeantwortete Fragen (admin)
admin-why = why
    .description = Hvorfor dette svar? · Warum diese Antwort? (admin)
