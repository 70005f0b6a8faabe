health-special-health-card =
    Wer in Deutschland wohnt und in Dänemark arbeitet, bekommt kostenlos die gelbe Karte („særligt sundhedskort“) für Arzt und Krankenhaus in Dänemark.
    Voraussetzungen: mindestens 9 Stunden pro Woche (18 Std. in 14 Tagen / 39 Std. im Monat) Arbeit in Dänemark, ATP-Beiträge und keine Arbeit in Deutschland – auch für Selbstständige mit dänischer CVR-Nummer.
    Antrag bei Udbetaling Danmark über borger.dk (oder durch den Arbeitgeber über virk.dk) mit (Steuer-)CPR-Nummer; Dauer 2–3 Wochen. Vorläufige Bestätigung: +45 70 12 80 81.
    Die Karte gilt nur für Sie. Bestellen Sie gleich das S1 mit, dann können Sie auch zu deutschen Ärzten gehen.
    Wohnen Sie in Dänemark und arbeiten in Deutschland, sind Sie in Deutschland versichert – siehe „Deutsche Krankenkasse (Wohnsitz DK)“.
    .title = Gelbe Gesundheitskarte
    .amount = Die gelbe Karte ist kostenlos; eine Ersatzkarte bei Verlust oder Beschädigung kostet { $special-card-fee } ({ $special-card-fee-year }).
    .apply = Antrag auf die gelbe Karte bei Udbetaling Danmark über borger.dk; Ihr dänischer Arbeitgeber kann über virk.dk für Sie beantragen. Sie brauchen eine (Steuer-)CPR-Nummer.
    .duration = Die gelbe Karte kommt nach 2–3 Wochen per Post; bis dahin gibt es eine vorläufige Bestätigung unter +45 70 12 80 81.
    .contact = Udbetaling Danmark (gelbe Karte): Tel. +45 70 12 80 81.
health-s1-registration-de =
    Ja – wer in Deutschland wohnt und über die Arbeit in Dänemark versichert ist, kann auch zu deutschen Ärzten gehen, sobald das Formular S1 bei einer deutschen Krankenkasse eingereicht ist.
    1. Formular S1 (früher E106) bei Udbetaling Danmark bestellen – zusammen mit dem Antrag auf die gelbe Karte über borger.dk.
    2. Das S1 bei einer gesetzlichen Krankenkasse Ihrer Wahl einreichen. Sie bekommen eine deutsche Gesundheitskarte, die Kosten trägt Dänemark; Beiträge zahlen Sie dort nicht.
    Nicht berufstätige Familienangehörige in Deutschland sind in der Regel ebenso abgesichert – das hängt aber vom Einzelfall ab; fragen Sie die Krankenkasse.
    Umgekehrt (Wohnsitz Dänemark, Arbeit in Deutschland) bekommen Sie das S1 von Ihrer deutschen Krankenkasse und nutzen es für dänische Ärzte.
    .title = Deutsche Ärzte mit S1
    .form = Formular S1 (früher E106) von Udbetaling Danmark; Sie reichen es bei einer gesetzlichen Krankenkasse Ihrer Wahl ein.
    .apply = S1 bei Udbetaling Danmark über borger.dk zusammen mit der gelben Karte bestellen und bei einer gesetzlichen Krankenkasse einreichen.
    .contact = Udbetaling Danmark: Tel. +45 70 12 80 81. Beratung: Regionskontor, +45 74 67 05 01, infocenter@region.dk.
health-ehic-holiday =
    Im Urlaub in anderen EU/EWR-Staaten und der Schweiz brauchen Sie die blaue Europäische Krankenversicherungskarte (EHIC) – die gelbe dänische Karte gilt dort nicht.
    Wohnsitz Deutschland, Arbeit in Dänemark: Bestellen Sie die blaue Karte bei Udbetaling Danmark über borger.dk – auch für Familienangehörige, die über Sie versichert sind. Das dauert 2–3 Wochen, und die Karte ist befristet; prüfen Sie das Ablaufdatum vor der Reise.
    Wohnsitz Dänemark, Arbeit in Deutschland: Die EHIC steht auf der Rückseite der Karte Ihrer deutschen Krankenkasse.
    Die EHIC deckt öffentliche Behandlung zu den Bedingungen des Urlaubslandes – z. B. keinen Rücktransport. Eine Reisekrankenversicherung kann sich lohnen.
    .title = Blaue EU-Karte (EHIC)
    .apply = Die blaue Karte (EHIC) bestellen Sie bei Udbetaling Danmark über borger.dk; sind Sie in Deutschland versichert, bekommen Sie sie von Ihrer Krankenkasse.
    .duration = Die blaue Karte von Udbetaling Danmark kommt nach 2–3 Wochen und ist befristet; bestellen Sie rechtzeitig eine neue.
    .contact = Udbetaling Danmark: Tel. +45 70 12 80 81 | Ihre deutsche Krankenkasse.
health-dk-resident-working-de =
    Wer in Dänemark wohnt und in Deutschland arbeitet, ist über den Job in der deutschen gesetzlichen Krankenversicherung (GKV) versichert; die Krankenkasse wählen Sie selbst.
    Pflicht besteht unterhalb der Versicherungspflichtgrenze von { $health-de-jaeg } im Jahr ({ $health-de-jaeg-year }).
    Beiträge { $health-de-kv-rate-year }: { $health-de-kv-rate } plus Zusatzbeitrag der Kasse (amtlicher Durchschnitt { $health-de-kv-zusatz }, viele Kassen verlangen mehr), Pflegeversicherung { $health-de-pv-rate }; Kinderlose ab 23 zahlen { $health-de-pv-childless } Zuschlag allein. Arbeitgeber und Sie teilen sich das etwa hälftig, höchstens bis zur Beitragsbemessungsgrenze von { $health-de-bbg-kv } im Monat.
    Nicht versicherte Angehörige können über die Familienversicherung mitversichert werden. Mit dem Formular S1 der Kasse können Sie auch dänische Ärzte nutzen.
    Wohnen Sie in Deutschland und arbeiten in Dänemark, sind Sie in Dänemark versichert – siehe „Gelbe Gesundheitskarte“.
    .title = Deutsche Krankenkasse (Wohnsitz DK)
    .amount = GKV-Beiträge { $health-de-kv-rate-year }: { $health-de-kv-rate } + Zusatzbeitrag (amtlicher Durchschnitt { $health-de-kv-zusatz }; viele Kassen verlangen mehr), Pflege { $health-de-pv-rate } (Kinderlose ab 23: { $health-de-pv-childless } Zuschlag), höchstens aus { $health-de-bbg-kv } im Monat; der Arbeitgeber trägt etwa die Hälfte.
    .apply = Wählen Sie eine gesetzliche Krankenkasse und nennen Sie sie Ihrem Arbeitgeber; er meldet Sie an.
    .contact = Ihre Krankenkasse; Beratung: Regionskontor, +45 74 67 05 01.
health-sick-pay-dk =
    Sind Sie in Dänemark versichert (typisch: Wohnsitz Deutschland, Arbeit in Dänemark), zahlt der Arbeitgeber die ersten 30 Tage Lohn oder sygedagpenge, danach zahlt die Kommune sygedagpenge (dänisches Krankengeld).
    Melden Sie sich sofort beim Arbeitgeber krank.
    Der Arbeitgeber zahlt, wenn Sie seit 8 Wochen bei ihm beschäftigt sind und mindestens 74 Stunden gearbeitet haben. Danach zahlt das Jobcenter der Kommune – nachträglich und höchstens { $health-sygedagpenge-max-week } pro Woche ({ $health-sygedagpenge-max-week-year }). Arbeitszeiten in Deutschland zählen mit.
    Ihr dänischer Versicherungsschutz und Ihr Status als Arbeitnehmer bleiben, auch wenn der Job während der Krankheit endet.
    Arbeiten Sie in Deutschland, gelten die deutschen Regeln – siehe „Krankengeld in Deutschland“.
    .title = Krankengeld in Dänemark
    .amount = Dänische sygedagpenge betragen höchstens { $health-sygedagpenge-max-week } pro Woche ({ $health-sygedagpenge-max-week-year }) und werden nachträglich gezahlt.
    .duration = Die ersten 30 Tage zahlt der Arbeitgeber; danach zahlt die Kommune sygedagpenge – in der Regel höchstens 22 Wochen innerhalb von 9 Monaten, eine Verlängerung ist möglich.
    .deadline = Melden Sie sich am ersten Krankheitstag so früh wie möglich beim Arbeitgeber krank.
    .contact = Ihr Arbeitgeber und das Jobcenter der Kommune; im Zweifel das Regionskontor: +45 74 67 05 01.
health-sick-pay-de =
    Sind Sie in Deutschland versichert (typisch: Wohnsitz Dänemark, Arbeit in Deutschland), zahlt der Arbeitgeber bis zu 6 Wochen den vollen Lohn, danach zahlt Ihre Krankenkasse Krankengeld.
    Melden Sie sich beim Arbeitgeber krank und lassen Sie sich vom Arzt eine Arbeitsunfähigkeitsbescheinigung (AU) ausstellen.
    Krankengeld beträgt 70 % des Bruttolohns, höchstens 90 % des Nettolohns und höchstens { $health-krankengeld-max-day } pro Tag ({ $health-krankengeld-max-day-year }), bis zu 78 Wochen innerhalb von 3 Jahren wegen derselben Krankheit.
    Nach der Aussteuerung kommt unter Umständen Arbeitslosengeld in Frage (§ 145 SGB III) – fragen Sie die Agentur für Arbeit.
    Arbeiten Sie in Dänemark, gelten die dänischen Regeln – siehe „Krankengeld in Dänemark“.
    .title = Krankengeld in Deutschland
    .amount = Krankengeld: 70 % des Bruttolohns, höchstens 90 % des Nettolohns und höchstens { $health-krankengeld-max-day } pro Tag ({ $health-krankengeld-max-day-year }); davon gehen Beiträge zur Renten-, Arbeitslosen- und Pflegeversicherung ab.
    .duration = Bis zu 6 Wochen Entgeltfortzahlung, danach Krankengeld bis zu 78 Wochen innerhalb von 3 Jahren wegen derselben Krankheit (die 6 Wochen zählen mit).
    .contact = Ihre Krankenkasse und Ihr Arbeitgeber; nach der Aussteuerung die Agentur für Arbeit.
health-pensioner-cover =
    Als Rentnerin oder Rentner sind Sie dort krankenversichert, woher Ihre Rente kommt – bekommen Sie auch eine Rente aus Ihrem Wohnstaat, sind Sie dort versichert.
    Renten aus mehreren Staaten, aber keine aus dem Wohnstaat: Sie sind in dem Staat versichert, in dem Sie am längsten versichert waren.
    Nur dänische Rente, Wohnsitz Deutschland: Udbetaling Danmark stellt ein S1 (früher E121) aus, das Sie bei einer deutschen Krankenkasse einreichen. Geplante Krankenhausbehandlung in Dänemark braucht vorher die Genehmigung der Kasse.
    Deutsche und dänische Rente, Wohnsitz Deutschland: Krankenversicherung der Rentner (KVdR). Beiträge können auch auf die dänische Rente anfallen.
    Lassen Sie Ihren Fall im Zweifel beim Regionskontor prüfen (+45 74 67 05 01).
    .title = Krankenversicherung als Rentner
    .apply = Rentner mit nur dänischer Rente und Wohnsitz in Deutschland: S1 bei Udbetaling Danmark anfordern und bei einer deutschen Krankenkasse einreichen. Geplante Krankenhausbehandlung in Dänemark braucht vorher die Genehmigung der Kasse.
    .form = Formular S1 (früher E121) von Udbetaling Danmark, wenn Sie nur eine dänische Rente beziehen und in Deutschland wohnen; Sie reichen es bei einer deutschen Krankenkasse ein.
    .contact = Udbetaling Danmark oder Ihre Krankenkasse; Beratung: Regionskontor, +45 74 67 05 01, infocenter@region.dk.
