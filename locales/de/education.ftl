education-recognition =
    In einem reglementierten Beruf muss Ihr Abschluss im Arbeitsland anerkannt werden; in nicht reglementierten Berufen dürfen Sie ohne Anerkennung arbeiten.
    Ärzte, Pflegefachkräfte, Zahnärzte, Tierärzte, Hebammen, Apotheker und Architekten werden in der EU automatisch anerkannt – die Zulassung müssen Sie trotzdem beantragen, in Dänemark z. B. bei der Styrelsen for Patientsikkerhed.
    Andere reglementierte Berufe: Antrag bei der Behörde, die für den Beruf zuständig ist.
    Nicht reglementierte Berufe: Die Uddannelses- og Forskningsstyrelsen (ufm.dk) bewertet, was Ihr Abschluss in Dänemark entspricht – hilfreich gegenüber dem Arbeitgeber.
    In Deutschland: IHK FOSA (Industrie und Handel), Handwerkskammer (Handwerk), die Bundesländer (z. B. Gesundheitsberufe). Die zuständige Stelle finden Sie auf anerkennung-in-deutschland.de.
    .title = Anerkennung von Abschlüssen
    .apply = In Dänemark bewertet die Uddannelses- og Forskningsstyrelsen (ufm.dk) ausländische Abschlüsse; für reglementierte Berufe beantragen Sie die Zulassung bei der zuständigen Behörde (Gesundheitsberufe: Styrelsen for Patientsikkerhed). In Deutschland finden Sie die zuständige Stelle auf anerkennung-in-deutschland.de.
    .contact = Uddannelses- og Forskningsstyrelsen (ufm.dk) | IHK FOSA, Handwerkskammer oder das Bundesland in Deutschland. Beratung: Regionskontor, +45 74 67 05 01.
education-apprenticeship =
    Ja, eine Berufsausbildung kann ganz oder teilweise im anderen Land stattfinden – für dänische Schüler (elever) wie für deutsche Azubis.
    Dänische EUD: Grundkurs an der Schule, dann Ausbildungsvertrag mit Wechsel von Betrieb und Schule (meist 3–4 Jahre). Betriebliche Phasen in Deutschland gehen über PIU; deutsche Azubis dürfen bis zu einem Viertel der Ausbildung im Ausland verbringen (§ 2 BBiG).
    Schickt Ihr Betrieb Sie nur kurz ins Ausland, gelten Ihr Vertrag und Ihre Sozialversicherung weiter (A1); die Steuer kann im Heimatland bleiben (183-Tage-Regel). Mit Ausbildungsvertrag im anderen Land gelten dessen Arbeitsrecht, Krankenversicherung und Steuer.
    Schickt ein deutscher Betrieb einen Azubi zur Arbeit nach Dänemark, muss er ihn im RUT melden. Haftpflicht- und Unfallschutz prüfen. EU-Bürger brauchen keine Arbeitserlaubnis.
    .title = Ausbildung und Praktikum über die Grenze
    .apply = Ausbildung im Ausland muss die dänische Berufsschule (PIU-Koordinator) vorher genehmigen. Deutsche Azubis vereinbaren den Aufenthalt mit dem Betrieb und der Handwerkskammer bzw. IHK. Die RUT-Meldung erfolgt auf virk.dk.
    .amount = Über das PIU-Programm können Schüler oder der dänische Arbeitgeber Zuschüsse zum Auslandsaufenthalt bekommen.
    .duration = Ein Ausbildungsaufenthalt im Ausland dauert mindestens 1 Monat (PIU); deutsche Azubis höchstens ein Viertel der Ausbildungsdauer im Ausland.
    .deadline = Die RUT-Meldung muss spätestens mit Beginn der Arbeit in Dänemark erfolgen.
    .form = Die A1-Bescheinigung zeigt, dass der entsandte Azubi im Heimatland sozialversichert bleibt (Deutschland: über die Krankenkasse; Dänemark: Udbetaling Danmark).
    .contact = PIU-Koordinator der Berufsschule in Dänemark | Handwerkskammer, IHK oder Agentur für Arbeit in Deutschland.
education-su-students =
    Als EU-Bürger (z. B. Deutsche) können Sie die dänische Studienförderung SU wie dänische Studierende bekommen, wenn Sie neben dem Studium in Dänemark arbeiten und damit nach EU-Recht Arbeitnehmer sind.
    Die Arbeit muss echt und nicht nur geringfügig sein. Die SU-Behörde erwartet in der Regel mindestens 10–12 Stunden pro Woche über 10 zusammenhängende Wochen – das ist dänische Praxis; der EuGH hat keine Stundenzahl festgelegt.
    Auch Familienangehörige von EU-Bürgern, die in Dänemark arbeiten, können Anspruch haben.
    Hören Sie auf zu arbeiten, können Sie die SU verlieren und müssen zurückzahlen – melden Sie das sofort.
    Sind Sie Däne und studieren komplett in Deutschland (z. B. in Flensburg), können Sie SU ins Ausland mitnehmen, wenn das Studium für SU anerkannt ist. Deutsches BAföG: BAföG-Amt.
    .title = SU für EU-Bürger
    .apply = SU und Gleichstellung als Arbeitnehmer beantragen Sie auf minSU über su.dk; Arbeitsvertrag und Lohnabrechnungen beifügen.
    .form = Antrag auf Gleichstellung für ausländische Staatsbürger (auf su.dk) mit Ihrem dänischen Arbeitsvertrag; bei mehreren Jobs alle Verträge.
    .duration = SU als Arbeitnehmer gibt es, solange Sie studieren und mindestens 10–12 Stunden pro Woche arbeiten; die SU-Behörde prüft Ihre Stunden laufend über die Skattestyrelsen.
    .contact = SU-Behörde über su.dk (Kontaktformular).
