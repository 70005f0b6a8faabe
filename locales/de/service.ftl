service-regionskontor =
    Das Regionskontor & Infocenter in Padborg/Pattburg (Region Sønderjylland-Schleswig) berät kostenlos zu allen Fragen rund um die deutsch-dänische Grenze – auf Deutsch und Dänisch.
    Die Beratung richtet sich an Pendler, Zuzügler, Arbeitgeber und Behörden. Die häufigsten Themen sind Steuern, Rente und Krankenversicherung.
    Auf pendlerinfo.org finden Sie Artikel, die jährlichen Werte („Sätze und Zahlen“), Videos und Newsletter.
    .title = Regionskontor & Infocenter
    .contact = Regionskontor & Infocenter, Lyren 1, DK-6330 Padborg: Tel. +45 74 67 05 01, infocenter@region.dk.
service-contact-hours =
    Regionskontor & Infocenter, Lyren 1, DK-6330 Padborg
    Tel. +45 74 67 05 01 · infocenter@region.dk (sichere Post: sikkerpost.region@region.dk)
    Öffnungs- und Telefonzeiten wurden 2025 wegen Personalkürzungen reduziert – die aktuellen Zeiten stehen auf pendlerinfo.org. Oft gibt es einen Rückruf.
    Die meisten Fragen werden telefonisch oder per E-Mail geklärt. Termine in Pattburg nur nach Vereinbarung, wenn es schriftlich oder telefonisch nicht geht. Zwischen Weihnachten und Neujahr geschlossen.
    .title = Kontakt und Öffnungszeiten
    .contact = Regionskontor & Infocenter, Lyren 1, DK-6330 Padborg: Tel. +45 74 67 05 01, infocenter@region.dk; sichere Post: sikkerpost.region@region.dk.
service-scope-limits =
    Das Regionskontor informiert und zeigt Ihnen die zuständige Behörde – es entscheidet aber keine Fälle und kann Sie nicht vertreten.
    Steuererklärung: Skattestyrelsen, Finanzamt oder eine Steuerberatung.
    Streit mit dem Arbeitgeber: Ihre Gewerkschaft oder ein Anwalt im Arbeitsland.
    Kommen Sie am besten mit konkreten Fragen und Ihren Unterlagen.
    .title = Was die Beratung nicht macht
    .contact = Steuern: Skattestyrelsen, Tel. +45 72 22 28 92, oder Finanzamt. Streit mit dem Arbeitgeber: Ihre Gewerkschaft. Orientierung: Regionskontor, +45 74 67 05 01.
service-human-advisor =
    Sie erreichen eine Beraterin oder einen Berater beim Regionskontor & Infocenter: Tel. +45 74 67 05 01 oder infocenter@region.dk. Die Beratung ist kostenlos, auf Deutsch und Dänisch.
    Halten Sie bereit: wo Sie wohnen und arbeiten (und seit wann), Ihre Steuer-ID bzw. Ihr dänisches Steuer-CPR, Arbeitsvertrag, Lohnabrechnungen oder Steuerbescheid und die Schreiben, um die es geht.
    Schicken Sie nie eine CPR-Nummer oder andere persönliche Daten in diesen Chat.
    .title = Mit einer Beraterin / einem Berater sprechen
    .contact = Regionskontor & Infocenter: Tel. +45 74 67 05 01, infocenter@region.dk (kostenlose Beratung auf Deutsch und Dänisch).
service-bot-capabilities =
    Ich bin ein Bot, kein Mensch. Ich beantworte kurz häufige Fragen zum Wohnen in Deutschland und Arbeiten in Dänemark (oder umgekehrt): Steuern, Sozialversicherung und A1, Krankenversicherung, A-Kasse, Rente, Kindergeld, CPR und NemKonto, Auto, Homeoffice u. a.
    Schreiben Sie auf Deutsch oder Dänisch, gern kurz. Sagen Sie mir, wo Sie wohnen und arbeiten – in Ihrer Nachricht oder mit /profil –, dann bekommen Sie die Antwort für Ihre Seite.
    Sie können zu einem Teil der Antwort nachfragen, z. B. „wie viel?“, „bis wann?“ oder „wen rufe ich an?“.
    Ich sehe Ihren Fall nicht und entscheide nichts – im Zweifel verweise ich an das Regionskontor (/kontakt).
    .title = Was kann der Bot?
service-privacy =
    Ich speichere nur, was ich zum Antworten brauche: Sprache, Profil (wo Sie wohnen und arbeiten), letztes Thema und gezeigte Auswahl – keine Nachrichten. Ein Chat, der 30 Tage nicht genutzt wurde, wird automatisch gelöscht.
    Fragen, die ich nicht sicher beantworten konnte, werden ohne Chat und Namen und ohne CPR-, Telefon-, Kontonummern und E-Mail-Adressen höchstens 90 Tage gespeichert, damit die Berater mich verbessern können. 👍/👎 werden nur gezählt.
    Stimmen Sie hier im Chat einer Beratung zu, gebe ich Ihre Frage (ohne persönliche Nummern) an die Telegram-Gruppe des Regionskontors weiter – Ihren Namen nur, wenn Sie es wählen. Der Fall wird ohne Nachrichtentext höchstens 30 Tage gespeichert.
    /vergessen löscht sofort alles zu diesem Chat und schließt einen offenen Fall. Schreiben Sie nie eine CPR-Nummer hierher.
    .title = Ihre Daten
service-first-steps-de-dk =
    Wer in Deutschland wohnt und in Dänemark anfängt, sollte vor dem ersten Arbeitstag Steuernummer und Steuerkarte haben – der Rest kann in den ersten Wochen folgen.
    1. Dänische Steuernummer (Steuer-CPR) und Steuerkarte: Formular 04.063 mit dem Arbeitsvertrag an Skattestyrelsen.
    2. Gelbe Gesundheitskarte bei Udbetaling Danmark (lifeindenmark.borger.dk) und die S1 an eine deutsche Krankenkasse, damit Sie in beiden Ländern zum Arzt können.
    3. NemKonto für den Lohn (dänisches oder Ihr deutsches Konto) und MitID für die Digital Post.
    4. Eine dänische A-Kasse ab dem ersten Tag überlegen.
    Im ersten Jahr: dänische årsopgørelse prüfen und die deutsche Steuererklärung abgeben.
    Als EU-Bürger brauchen Sie keine Aufenthalts- oder Arbeitserlaubnis. Wer in Dänemark wohnt und in Deutschland arbeitet: andere Schritte, fragen Sie das Regionskontor.
    .title = Checkliste: neuer Job in Dänemark
    .form = Steuernummer und Steuerkarte: Formular 04.063 an Skattestyrelsen. Gesundheitskarte: Antrag bei Udbetaling Danmark auf lifeindenmark.borger.dk.
    .contact = Regionskontor & Infocenter in Pattburg/Padborg: Tel. +45 74 67 05 01, infocenter@region.dk.
service-first-steps-dk-de =
    Wer in Dänemark wohnt und in Deutschland anfängt, sollte vor dem ersten Arbeitstag Steuer-ID und Krankenkasse klären.
    1. Steuer-ID beim Betriebsstättenfinanzamt des Arbeitgebers (der Arbeitgeber kann sie mit Vollmacht beantragen); Lohnsteuer meist nach Steuerklasse I.
    2. Eine gesetzliche Krankenkasse und die S1, damit Sie und Ihre Familie in Dänemark zum Arzt können.
    3. Bei voller Arbeitslosigkeit zahlt Dänemark, wenn Sie spätestens 8 Wochen nach dem Job einer dänischen A-Kasse beitreten.
    4. Der Lohn kann auf Ihr dänisches Konto gehen. Ohne Wohnung in Deutschland ist keine Anmeldung nötig.
    Im ersten Jahr: deutsche Steuererklärung und den deutschen Lohn bis 1. Juli in TastSelv angeben.
    Wer in Deutschland wohnt und in Dänemark arbeitet: siehe „Checkliste: neuer Job in Dänemark“.
    .title = Checkliste: neuer Job in Deutschland
    .apply = Steuer-ID: Betriebsstättenfinanzamt des Arbeitgebers. Krankenversicherung: eine gesetzliche Krankenkasse Ihrer Wahl; die S1 registrieren Sie bei Udbetaling Danmark.
    .form = Für § 1 Abs. 3 EStG: „Anlage Grenzpendler EU/EWR“, von Skattestyrelsen bestätigt. In Dänemark: Modul „Udenlandsk lønindkomst“ in TastSelv.
    .deadline = Den deutschen Lohn bis 1. Juli des Folgejahres in TastSelv angeben. Nach einem Job in Deutschland: spätestens 8 Wochen danach einer dänischen A-Kasse beitreten.
    .contact = Regionskontor & Infocenter in Pattburg/Padborg: Tel. +45 74 67 05 01, infocenter@region.dk.
service-own-language-authorities =
    Ja, in Sachen der sozialen Sicherheit müssen die Behörden beider Länder Anträge und Unterlagen auf Deutsch oder Dänisch annehmen – ohne Übersetzung (EU-Verordnung 883/2004, Art. 76 Abs. 7).
    Das gilt z. B. für Krankenversicherung, Arbeitslosengeld und dagpenge, Rente, børneydelse und Kindergeld bei der Familienkasse.
    Steuern sind die Ausnahme: Beim Finanzamt ist die Amtssprache Deutsch (§ 87 AO). Es kann eine Übersetzung verlangen und sonst selbst eine auf Ihre Kosten beschaffen; Bescheide kommen auf Deutsch.
    Skattestyrelsen bietet Formulare und Hinweise auf Deutsch an, z. B. das Formular 04.063.
    Verstehen Sie einen Brief nicht, hilft das Regionskontor.
    .title = An Behörden in der eigenen Sprache schreiben
    .deadline = Reichen Sie beim Finanzamt fristgebunden etwas auf Dänisch ein, gilt die Frist als gewahrt, wenn Sie die Übersetzung innerhalb der vom Finanzamt gesetzten Frist nachreichen (§ 87 Abs. 4 AO).
    .contact = Regionskontor & Infocenter in Pattburg/Padborg: Tel. +45 74 67 05 01, infocenter@region.dk.
