education-recognition =
    Ärzte, Pflegefachkräfte, Zahnärzte, Tierärzte, Hebammen, Apotheker und Architekten werden in der EU automatisch anerkannt – einen Antrag bei der zuständigen Behörde brauchen Sie trotzdem.
    Andere reglementierte Berufe: Antrag bei der Behörde, die im Arbeitsland für den Beruf zuständig ist.
    Nicht reglementierte Berufe: Sie dürfen ohne Anerkennung arbeiten. Eine Bewertung ist nur nötig, wenn der Arbeitgeber sie wünscht.
    In Dänemark bewertet die Uddannelses- og Forskningsstyrelsen (ufm.dk) ausländische Abschlüsse.
    In Deutschland: IHK FOSA (Industrie- und Handelsberufe), Handwerkskammer (Handwerk), die Bundesländer (Gesundheitsberufe). Mehr auf anerkennung-in-deutschland.de.
    .title = Anerkennung von Abschlüssen
education-apprenticeship =
    Dänische Berufsausbildung (EUD): ca. 25 Wochen Schule, danach 2–3 Jahre mit Ausbildungsvertrag (praktikplads) im Betrieb und ca. 10 Wochen Schule pro Jahr. Der betriebliche Teil kann in Deutschland liegen.
    Deutsche Azubis dürfen bis zu einem Viertel der Ausbildung im Ausland absolvieren, z. B. in Dänemark (BBiG).
    Bei einem Praktikum im anderen Land vorher klären: Versicherung, Steuer und ggf. Registrierung im dänischen RUT-Register.
    Die Regeln können sich geändert haben – fragen Sie die Berufsschule (erhvervsskole) in Dänemark oder Handwerkskammer, IHK bzw. Agentur für Arbeit in Deutschland.
    .title = Ausbildung und Praktikum über die Grenze
education-su-students =
    Als EU-Bürger (z. B. Deutsche) können Sie die dänische Studienförderung SU wie dänische Studierende bekommen, wenn Sie als Arbeitnehmer gelten: eine echte Arbeit neben dem Studium, in der Praxis ca. 10–12 Stunden pro Woche (EuGH, C-46/12).
    Auch Familienangehörige von EU-Bürgern, die in Dänemark arbeiten, können Anspruch haben.
    Hören Sie auf zu arbeiten, können Sie den Anspruch verlieren und müssen SU zurückzahlen – melden Sie das sofort.
    Infos und Antrag: su.dk. Deutsches BAföG: BAföG-Amt.
    .title = SU für EU-Bürger
