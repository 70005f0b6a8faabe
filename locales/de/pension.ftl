# Antworten zur Rente (knowledge/pension.toml).

pension-folkepension-earning =
    Ansprüche auf die dänische Volksrente (folkepension) erwerben Sie für jedes Jahr, in dem Sie ab 15 in Dänemark wohnen – und wenn Sie in Deutschland wohnen, für jedes Jahr Arbeit in Dänemark.
    Die volle Volksrente setzt 40 Jahre voraus (wer das Rentenalter nach dem 1.7.2025 erreicht: 9/10 der Zeit ab 15); sonst gibt es eine anteilige Teilrente (brøkpension).
    Die volle Volksrente beträgt { $folkepension-grundbeloeb } im Monat Grundbetrag ({ $folkepension-grundbeloeb-year }) plus einen einkommensabhängigen Zuschlag.
    Wer in Dänemark wohnt, aber in Deutschland arbeitet und dort versichert ist, erwirbt dafür keine Volksrente, sondern deutsche Rente.
    Heben Sie Nachweise über Beginn und Ende jeder Beschäftigung in Dänemark auf – kein öffentliches Register zeigt diese Daten.
    Kontakt: Udbetaling Danmark, International Pension, +45 70 12 80 55 | Deutsche Rentenversicherung.
    .title = Dänische Volksrente erwerben
    .amount = Volle Volksrente ({ $folkepension-grundbeloeb-year }): Grundbetrag { $folkepension-grundbeloeb } im Monat plus Zuschlag (pensionstillæg) von höchstens { $folkepension-tillaeg-enlig } (Alleinstehende) oder { $folkepension-tillaeg-par } je Person (Paare) – vor Steuern; bei weniger Jahren anteilig.
    .contact = Udbetaling Danmark, International Pension: +45 70 12 80 55. Deutsche Rente: Deutsche Rentenversicherung.
pension-pension-age =
    Das dänische Rentenalter (folkepensionsalder) hängt vom Geburtsdatum ab: 67 bis 70 Jahre.
    67 Jahre: geboren 1.7.1955 bis 1962 · 68 Jahre: 1963–1966 · 69 Jahre: 1967–1970 · 70 Jahre: geboren nach dem 31.12.1970 (beschlossen im Mai 2025, ab 2040).
    Eine vorgezogene Volksrente oder ATP gibt es nicht.
    Deutschland: Regelaltersgrenze 67 für alle ab Jahrgang 1964, mindestens 5 Jahre Versicherungszeit. Eine vorgezogene Altersrente ist mit 35 bzw. 45 Versicherungsjahren möglich.
    Jedes Land zahlt seinen Teil ab seiner eigenen Altersgrenze.
    Kontakt: Udbetaling Danmark, +45 70 12 80 55 (Volksrente) | Deutsche Rentenversicherung (deutsche Rente).
    .title = Rentenalter: ab wann in DK und DE
    .contact = Udbetaling Danmark, International Pension: +45 70 12 80 55. Deutsche Rente: Deutsche Rentenversicherung.
pension-apply-cross-border =
    Sie stellen den Rentenantrag in Ihrem Wohnland (haben Sie dort nie gearbeitet: im Land der letzten Beschäftigung); der Antrag gilt auch für das andere Land.
    Die Deutsche Rentenversicherung und Udbetaling Danmark, International Pension, stimmen sich ab. Jedes Land zahlt seinen eigenen Teil; für den Anspruch werden die Versicherungszeiten beider Länder zusammengerechnet.
    Die Volksrente kommt nicht automatisch: beantragen Sie sie frühestens 6 Monate vor Ihrem dänischen Rentenalter.
    Wer im Ausland lebt, muss Udbetaling Danmark jedes Jahr eine Lebensbescheinigung (leveattest) schicken.
    Kontakt: Udbetaling Danmark, International Pension, +45 70 12 80 55 | Deutsche Rentenversicherung.
    .title = Rente in beiden Ländern beantragen
    .apply = Antrag im Wohnland: wer in Deutschland wohnt, bei der Deutschen Rentenversicherung; wer in Dänemark wohnt, auf borger.dk (Udbetaling Danmark). Der Träger leitet den Antrag an das andere Land weiter.
    .deadline = Beantragen Sie die Volksrente frühestens 6 Monate vor dem dänischen Rentenalter – und spätestens in dem Monat, in dem Sie es erreichen, damit sie von Anfang an gezahlt wird.
    .form = Wer außerhalb Dänemarks lebt, bekommt jedes Jahr eine Lebensbescheinigung (leveattest) von Udbetaling Danmark, die unterschrieben zurückgeschickt werden muss.
    .contact = Udbetaling Danmark, International Pension: +45 70 12 80 55. In Deutschland: Deutsche Rentenversicherung.
pension-atp-occupational =
    Alle Arbeitnehmer, die mindestens 9 Stunden pro Woche in Dänemark arbeiten, zahlen in die ATP (gesetzliche Zusatzrente) ein – auch Grenzpendler. Wer in Deutschland arbeitet, zahlt stattdessen in die Deutsche Rentenversicherung.
    Die dänische Altersversorgung hat mehrere Teile: Volksrente, ATP, Betriebsrente (arbejdsmarkedspension) und ggf. private Vorsorge. Der ATP-Beitrag steht auf der Lohnabrechnung. ATP wird frühestens ab dem dänischen Rentenalter gezahlt; eine kleine ATP kann als Einmalbetrag ausgezahlt werden.
    Betriebsrente: meist frühestens 3–5 Jahre vor dem dänischen Rentenalter. Das hängt vom Vertrag ab – fragen Sie Ihre Pensionskasse.
    Beiträge sind steuerlich absetzbar, Auszahlungen werden besteuert (wo: siehe „Besteuerung von Renten“).
    Kontakt: ATP, +45 70 11 12 13 | Ihre Pensionskasse.
    .title = ATP und Betriebsrente
    .duration = Die ATP wird ab dem dänischen Rentenalter lebenslang monatlich gezahlt; eine sehr kleine ATP als Einmalbetrag. Die Betriebsrente frühestens 3–5 Jahre vor dem dänischen Rentenalter – fragen Sie Ihre Pensionskasse.
    .contact = ATP: +45 70 11 12 13. Betriebsrente: Ihre Pensionskasse.
pension-taxation =
    Nach dem Doppelbesteuerungsabkommen (DBA Art. 18) werden Renten grundsätzlich im Wohnland besteuert.
    Ausnahme: Renten aus der Sozialversicherung besteuert nur der Staat, der sie zahlt (Kassenstaat). Volksrente, ATP, Førtidspension, Seniorpension, Tidlig pension, dänische Beamtenpension und Renten der AES (dänische Arbeitsunfallversicherung) versteuern Sie in Dänemark – als beschränkt Steuerpflichtige mit einem durchschnittlichen Kommunalsteuersatz, ohne AM-bidrag. Der personfradrag gilt auch für beschränkt Steuerpflichtige, eine kleine Teilrente kostet daher wenig Steuer.
    Renten der DRV und Beamtenpensionen werden in Deutschland besteuert. Wohnen Sie in Dänemark, ist meist das Finanzamt Neubrandenburg zuständig, und Sie müssen eine Steuererklärung abgeben.
    Dänische Betriebsrenten und private Renten versteuern Sie im Wohnland.
    Kontakt: Skattestyrelsen, +45 72 22 28 92 | Finanzamt Neubrandenburg oder Ihr Wohnsitzfinanzamt.
    .title = Besteuerung von Renten
    .apply = Deutsche Rente und Wohnsitz in Dänemark: Sie müssen eine deutsche Steuererklärung abgeben, meist beim Finanzamt Neubrandenburg. Dänische Renten werden Skattestyrelsen automatisch gemeldet.
    .contact = Skattestyrelsen: +45 72 22 28 92. In Deutschland: Finanzamt Neubrandenburg (wenn Sie in Dänemark wohnen) oder Ihr Wohnsitzfinanzamt.
pension-disability =
    Den Antrag stellen Sie im Wohnland oder im Land der letzten Versicherung – jedes Land prüft aber nach eigenen, sehr unterschiedlichen Kriterien, sodass Sie aus einem Land Rente und aus dem anderen eine Ablehnung bekommen können.
    Deutschland (Erwerbsminderungsrente, EM-Rente): volle EM-Rente, wenn Sie weniger als 3 Stunden täglich arbeiten können. Voraussetzung: 5 Jahre versichert und 3 Jahre Pflichtbeiträge in den letzten 5 Jahren.
    Dänemark (førtidspension): meist erst ab 40 Jahren und nur, wenn Sie dauerhaft auch in einem Fleksjob (geförderte Stelle mit reduzierter Arbeitszeit) nicht mehr arbeiten können.
    Die Regeln sind kompliziert – lassen Sie sich beim Regionskontor beraten (+45 74 67 05 01, infocenter@region.dk).
    Kontakt: Deutsche Rentenversicherung | Udbetaling Danmark, +45 70 12 80 53 (Førtidspension).
    .title = Erwerbsminderungsrente und Førtidspension
    .apply = Erwerbsminderungsrente und Førtidspension beantragen Sie im Wohnland oder im Land der letzten Versicherung. Das Antragsdatum gilt in beiden Ländern; Deutsche Rentenversicherung und Udbetaling Danmark (International Pension) stimmen sich ab.
    .contact = Deutsche Rentenversicherung | Udbetaling Danmark (Førtidspension): +45 70 12 80 53. Beratung: Regionskontor, +45 74 67 05 01.
pension-early-retirement =
    Die dänische Efterløn (eine Art Vorruhestand) setzt voraus: Mitglied einer A-Kasse, 30 Jahre Efterløn-Beiträge (spätestens mit 30 begonnen), Anspruch auf Dagpenge beim Übergang, keine Sozialrente und kein Fleksjob.
    Efterløn wird in der ganzen EU/EWR gezahlt, Sie können also in Deutschland wohnen. Mindestens die Hälfte der Beschäftigungsanforderung muss aber durch Arbeit in Dänemark erfüllt sein – wer jetzt in Deutschland arbeitet, kann den Anspruch verlieren.
    Dänemark hat außerdem Seniorpension und Tidlig pension mit eigenen Voraussetzungen. In Deutschland gibt es keine Efterløn, aber die Altersrente für (besonders) langjährig Versicherte und Altersteilzeit.
    Die Regeln sind kompliziert: fragen Sie Ihre A-Kasse (efterlønsbevis) oder das Regionskontor (+45 74 67 05 01).
    .title = Efterløn und Vorruhestand
    .apply = Die Efterløn-Bescheinigung (efterlønsbevis) stellt Ihre dänische A-Kasse aus, wenn Sie die Voraussetzungen erfüllen.
    .contact = Ihre A-Kasse (efterlønsbevis). Beratung: Regionskontor & Infocenter, +45 74 67 05 01, infocenter@region.dk.
