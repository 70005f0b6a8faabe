# Antworten zur Rente (knowledge/pension.toml).

pension-folkepension-earning =
    Als Grenzpendler erwerben Sie Ansprüche auf die dänische Volksrente (folkepension) durch Arbeit in Dänemark – als Arbeitnehmer oder Selbstständiger –, auch wenn Sie in Deutschland wohnen.
    Die volle Volksrente setzt 40 Jahre ab dem 15. Lebensjahr voraus (ab 1. Juli 2025: 9/10 des Erwerbszeitraums). Bei weniger Jahren gibt es eine anteilige Teilrente (brøkpension).
    Wichtig: Heben Sie selbst Nachweise über Beginn und Ende jeder Beschäftigung in Dänemark auf (Verträge, Lohnabrechnungen, Kündigung) – kein öffentliches Register zeigt diese Daten.
    Für Ihre Jahre in Deutschland zahlt die Deutsche Rentenversicherung.
    Kontakt: Udbetaling Danmark, International Pension, Tel. +45 70 12 80 55 | Deutsche Rentenversicherung.
    .title = Dänische Volksrente erwerben
pension-pension-age =
    Das dänische Rentenalter (folkepensionsalder) hängt vom Geburtsdatum ab:
    67 Jahre: geboren 1.7.1955 bis 1962 · 68 Jahre: 1963–1966 · 69 Jahre: 1967–1970 · 70 Jahre: geboren nach dem 31.12.1970 (Gesetz vom 22. Mai 2025, ab 2040).
    Eine vorgezogene Volksrente oder ATP gibt es nicht.
    Deutschland: Regelaltersgrenze 67 für alle ab Jahrgang 1964, mindestens 5 Jahre Versicherungszeit. Eine vorgezogene Altersrente ist mit 35 bzw. 45 Versicherungsjahren möglich.
    Jedes Land zahlt seinen Teil ab seiner eigenen Altersgrenze.
    Kontakt: Udbetaling Danmark (Volksrente) | Deutsche Rentenversicherung (deutsche Rente).
    .title = Rentenalter in DK und DE
pension-apply-cross-border =
    Sie stellen den Rentenantrag in Ihrem Wohnland (oder im Land der letzten Versicherung). Das Antragsdatum gilt in beiden Ländern; die Deutsche Rentenversicherung und Udbetaling Danmark, International Pension, stimmen sich ab.
    Jedes Land zahlt seinen eigenen Teil; für den Anspruch werden die Versicherungszeiten beider Länder zusammengerechnet.
    Die Volksrente kommt nicht automatisch: beantragen Sie sie frühestens 6 Monate vor Ihrem dänischen Rentenalter.
    Wer im Ausland lebt, muss Udbetaling Danmark jedes Jahr eine Lebensbescheinigung (leveattest) schicken.
    Kontakt: Udbetaling Danmark, International Pension, Tel. +45 70 12 80 55 | Deutsche Rentenversicherung.
    .title = Rente in beiden Ländern beantragen
pension-atp-occupational =
    Die dänische Altersversorgung hat mehrere Teile: Volksrente, ATP, Betriebsrente (arbejdsmarkedspension) und ggf. private Vorsorge.
    ATP: Alle Arbeitnehmer mit mindestens 9 Stunden pro Woche zahlen ein – auch Grenzpendler. Der Beitrag steht auf der Lohnabrechnung. ATP wird frühestens ab dem dänischen Rentenalter gezahlt; eine kleine ATP kann als Einmalbetrag ausgezahlt werden.
    Betriebsrente: meist frühestens 3–5 Jahre vor dem dänischen Rentenalter. Das hängt vom Vertrag ab – fragen Sie Ihre Pensionskasse.
    Beiträge sind steuerlich absetzbar, Auszahlungen werden besteuert (wo: siehe „Besteuerung von Renten“).
    Kontakt: ATP, Tel. +45 70 11 12 13 | Ihre Pensionskasse.
    .title = ATP und Betriebsrente
pension-taxation =
    Nach dem Doppelbesteuerungsabkommen (DBA Art. 18) werden Renten grundsätzlich im Wohnland besteuert.
    Ausnahme: Renten aus der Sozialversicherung besteuert nur der Staat, der sie zahlt (Kassenstaat). Volksrente, ATP, Førtidspension, Seniorpension, Tidlig pension, dänische Beamtenpension (tjenestemandspension) und Renten der AES (dänische Arbeitsunfallversicherung) versteuern Sie in Dänemark – rund 38 %, ohne AM-bidrag. Der dänische Grundfreibetrag (personfradrag) gilt auch für beschränkt Steuerpflichtige, eine kleine Teilrente kostet daher wenig Steuer.
    Renten der DRV und Beamtenpensionen werden in Deutschland besteuert. Wohnen Sie in Dänemark, ist meist das Finanzamt Neubrandenburg zuständig, und Sie müssen eine Steuererklärung abgeben.
    Dänische Betriebsrenten und private Renten versteuern Sie im Wohnland.
    Kontakt: Skattestyrelsen | Finanzamt Neubrandenburg oder Ihr Wohnsitzfinanzamt.
    .title = Besteuerung von Renten
pension-disability =
    Den Antrag stellen Sie im Wohnland oder im Land der letzten Versicherung; die Träger stimmen sich mit dem anderen Land ab. Jedes Land prüft aber nach eigenen, sehr unterschiedlichen Kriterien – Sie können also aus einem Land Rente und aus dem anderen eine Ablehnung bekommen.
    Deutschland (Erwerbsminderungsrente, EM-Rente): volle EM-Rente, wenn Sie weniger als 3 Stunden täglich arbeiten können. Voraussetzung: 5 Jahre versichert und 3 Jahre Pflichtbeiträge in den letzten 5 Jahren.
    Dänemark (førtidspension): meist erst ab 40 Jahren und nur, wenn Sie dauerhaft auch in einem Fleksjob (geförderte Stelle mit reduzierter Arbeitszeit) nicht mehr arbeiten können.
    Die Regeln sind kompliziert und können sich geändert haben – lassen Sie sich beim Regionskontor beraten (+45 74 67 05 01, infocenter@region.dk).
    Kontakt: Deutsche Rentenversicherung | Udbetaling Danmark, Tel. +45 70 12 80 53 (Førtidspension).
    .title = Erwerbsminderungsrente und Førtidspension
pension-early-retirement =
    Die dänische Efterløn (eine Art Vorruhestand) setzt voraus: Mitglied einer A-Kasse, 30 Jahre Efterløn-Beiträge (spätestens mit 30 begonnen), Anspruch auf Dagpenge beim Übergang, keine Sozialrente und kein Fleksjob.
    Efterløn wird in der ganzen EU/EWR gezahlt, Sie können also in Deutschland wohnen. Mindestens die Hälfte der Beschäftigungs-/Einkommensanforderung muss aber durch Arbeit in Dänemark erfüllt sein – wer jetzt in Deutschland arbeitet, kann den Anspruch verlieren. Sprechen Sie früh mit Ihrer A-Kasse.
    Dänemark hat außerdem Seniorpension und Tidlig pension mit eigenen Voraussetzungen. In Deutschland gibt es keine Efterløn, aber die Altersrente für (besonders) langjährig Versicherte und Altersteilzeit (Deutsche Rentenversicherung).
    Die Regeln sind kompliziert und können sich geändert haben: fragen Sie Ihre A-Kasse (efterlønsbevis) oder das Regionskontor (+45 74 67 05 01).
    .title = Efterløn und Vorruhestand
