education-recognition =
    Ärzte, Pflegefachkräfte, Zahnärzte, Tierärzte, Hebammen, Apotheker und Architekten werden in der EU automatisch anerkannt – einen Antrag bei der zuständigen Behörde brauchen Sie trotzdem.
    Andere reglementierte Berufe: Antrag bei der Behörde, die im Arbeitsland für den Beruf zuständig ist.
    Nicht reglementierte Berufe: Sie dürfen ohne Anerkennung arbeiten. Eine Bewertung ist nur nötig, wenn der Arbeitgeber sie wünscht.
    In Dänemark bewertet die Uddannelses- og Forskningsstyrelsen (ufm.dk) ausländische Abschlüsse.
    In Deutschland: IHK FOSA (Industrie- und Handelsberufe), Handwerkskammer (Handwerk), die Bundesländer (Gesundheitsberufe). Mehr auf anerkennung-in-deutschland.de.
    .title = Anerkennung von Abschlüssen
    .apply = In Dänemark bewertet die Uddannelses- og Forskningsstyrelsen (ufm.dk) ausländische Abschlüsse; für reglementierte Berufe beantragen Sie die Zulassung bei der zuständigen Behörde. In Deutschland finden Sie die zuständige Stelle auf anerkennung-in-deutschland.de.
    .contact = Uddannelses- og Forskningsstyrelsen (ufm.dk) | IHK FOSA, Handwerkskammer oder das Bundesland in Deutschland. Beratung: Regionskontor, +45 74 67 05 01.
education-apprenticeship =
    Ja, ein Teil einer Berufsausbildung kann im anderen Land stattfinden – für dänische Schüler (elever) wie für deutsche Azubis.
    Dänische Berufsausbildung (EUD): Grundkurs (grundforløb) an der Schule, danach Hauptkurs mit Ausbildungsvertrag, in dem betriebliche Ausbildung und Schulphasen wechseln (meist 3–4 Jahre).
    Nach dem Grundkurs können betriebliche Phasen in einem Betrieb in Deutschland liegen (PIU-Programm); Schulphasen und Abschlussprüfung finden in Dänemark statt.
    Deutsche Azubis dürfen bis zu einem Viertel der Ausbildung im Ausland absolvieren, z. B. in Dänemark (§ 2 BBiG).
    Klären Sie vorher Versicherung, Steuer und ggf. die Registrierung im dänischen RUT-Register.
    .title = Ausbildung und Praktikum über die Grenze
    .apply = Ausbildung im Ausland muss die dänische Berufsschule (PIU-Koordinator) vorher genehmigen. Deutsche Azubis vereinbaren den Aufenthalt mit dem Betrieb und der Handwerkskammer bzw. IHK.
    .amount = Über das PIU-Programm können Schüler oder der dänische Arbeitgeber Zuschüsse zum Auslandsaufenthalt bekommen.
    .duration = Ein Ausbildungsaufenthalt im Ausland dauert mindestens 1 Monat (PIU); deutsche Azubis höchstens ein Viertel der Ausbildungsdauer im Ausland.
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
