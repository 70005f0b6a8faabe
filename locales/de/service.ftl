service-regionskontor =
    Das Regionskontor & Infocenter in Padborg/Pattburg (Region Sønderjylland-Schleswig) berät kostenlos zu allen Fragen rund um die deutsch-dänische Grenze – auf Deutsch und Dänisch.
    Die Beratung richtet sich an Pendler, Zuzügler, Arbeitgeber und Behörden. Die häufigsten Themen sind Steuern, Rente und Krankenversicherung.
    Auf pendlerinfo.org finden Sie Artikel, die jährlichen Werte („Sätze und Zahlen“), Videos und Newsletter.
    .title = Regionskontor & Infocenter
    .contact = Regionskontor & Infocenter, Lyren 1, DK-6330 Padborg: Tel. +45 74 67 05 01, infocenter@region.dk.
service-contact-hours =
    Regionskontor & Infocenter, Lyren 1, DK-6330 Padborg
    Tel. +45 74 67 05 01 · infocenter@region.dk (sichere Post: sikkerpost.region@region.dk)
    Die Telefonzeiten waren Mo.–Do. 8–16.30 Uhr und Fr. 8–15 Uhr, wurden 2025 aber gekürzt und können sich geändert haben – siehe pendlerinfo.org. Oft gibt es einen Rückruf.
    Die meisten Fragen werden telefonisch oder per E-Mail geklärt. Termine in Pattburg nur nach Vereinbarung und bei komplizierten Fällen. Zwischen Weihnachten und Neujahr geschlossen.
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
    Schreiben Sie gern auf Deutsch oder Dänisch, kurz und mit den wichtigsten Stichworten. Mit /profil sagen Sie mir, wo Sie wohnen und arbeiten.
    Ich sehe Ihren Fall nicht und entscheide nichts – im Zweifel verweise ich an das Regionskontor.
    .title = Was kann der Bot?
service-privacy =
    Ich speichere nur, was ich zum Antworten brauche: Ihre gewählte Sprache, Ihr Profil (wo Sie wohnen und arbeiten) und das letzte Thema – nicht Ihre Nachrichten.
    Fragen, die ich nicht beantworten konnte, werden ohne Namen und Chat gespeichert, CPR-Nummern, Telefonnummern u. Ä. entfernt, höchstens 90 Tage lang, damit die Berater mich verbessern können.
    Mit /vergessen löschen Sie sofort alles zu diesem Chat. Schreiben Sie nie eine CPR-Nummer oder andere persönliche Daten hierher.
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
