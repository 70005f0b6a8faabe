health-special-health-card =
    Wer in Deutschland wohnt und in Dänemark arbeitet, kann die gelbe Karte („særligt sundhedskort“) bekommen. Damit nutzen Sie das öffentliche dänische Gesundheitswesen (Arzt, Krankenhaus) wie Einwohner Dänemarks.
    Voraussetzungen: mindestens 9 Stunden pro Woche (oder 18 Std. in 14 Tagen / 39 Std. im Monat) Arbeit in Dänemark, es wird ATP gezahlt, und Sie arbeiten nicht in Deutschland. Auch Selbstständige mit CVR-Nummer. Sie brauchen eine (Steuer-)CPR-Nummer.
    Antrag bei Udbetaling Danmark über borger.dk (der Arbeitgeber kann über virk.dk beantragen); Dauer 2–3 Wochen. Eine vorläufige Bestätigung gibt es unter +45 70 12 80 81.
    Die Karte ist kostenlos, eine Ersatzkarte kostet { $special-card-fee } ({ $special-card-fee-year }). Sie gilt nur für Sie, nicht für Familienangehörige.
    Für deutsche Ärzte bestellen Sie gleich das Formular S1 mit.
    .title = Gelbe Gesundheitskarte
health-s1-registration-de =
    Sie wohnen in Deutschland und sind über Ihre Arbeit in Dänemark versichert? Dann können Sie auch zu deutschen Ärzten gehen:
    1. Formular S1 (früher E106) bei Udbetaling Danmark bestellen – zusammen mit dem Antrag auf die gelbe Karte über borger.dk.
    2. Das S1 bei einer gesetzlichen Krankenkasse Ihrer Wahl einreichen. Sie bekommen eine deutsche Gesundheitskarte, die Kosten trägt Dänemark. Sie sind dort kein zahlendes Mitglied.
    Nicht berufstätige Familienangehörige in Deutschland sind in der Regel ebenso abgesichert – das hängt aber vom Einzelfall ab. Fragen Sie die Krankenkasse oder das Regionskontor (+45 74 67 05 01, infocenter@region.dk).
    .title = Deutsche Ärzte mit S1
health-ehic-holiday =
    Die gelbe dänische Karte ist keine Europäische Krankenversicherungskarte. Für den Urlaub in anderen EU/EWR-Ländern brauchen Sie die blaue Karte (EHIC).
    Wohnsitz Deutschland, Arbeit in Dänemark: Bestellen Sie die blaue Karte bei Udbetaling Danmark über borger.dk – auch für Familienangehörige, die über Sie versichert sind. Sie gilt 1–2 Jahre; bestellen Sie sie rechtzeitig vor der Reise.
    Wohnsitz Dänemark, Arbeit in Deutschland: Die EHIC steht auf der Rückseite der Karte Ihrer deutschen Krankenkasse.
    .title = Blaue EU-Karte (EHIC)
health-dk-resident-working-de =
    Wer in Dänemark wohnt und in Deutschland arbeitet, ist über den Job in der deutschen gesetzlichen Krankenversicherung (GKV) versichert. Die Krankenkasse wählen Sie selbst. Pflicht besteht unterhalb der Versicherungspflichtgrenze von { $health-de-jaeg } im Jahr ({ $health-de-jaeg-year }).
    Beiträge { $health-de-kv-rate-year }: { $health-de-kv-rate } plus Zusatzbeitrag der Kasse (Durchschnitt { $health-de-kv-zusatz }), Pflegeversicherung { $health-de-pv-rate }. Arbeitgeber und Sie teilen sich das etwa hälftig, höchstens bis zur Beitragsbemessungsgrenze von { $health-de-bbg-kv } im Monat.
    Nicht versicherte Familienangehörige können über die Familienversicherung mitversichert werden. Sie haben freie Arztwahl.
    Einzelheiten klärt Ihre Krankenkasse.
    .title = Deutsche Krankenkasse (Wohnsitz DK)
health-sick-pay-dk =
    Gilt, wenn Sie in Dänemark versichert sind – typisch: Wohnsitz Deutschland, Arbeit in Dänemark.
    Melden Sie sich sofort beim Arbeitgeber krank.
    Die ersten 30 Tage zahlt der Arbeitgeber Lohn oder sygedagpenge (dänisches Krankengeld), wenn Sie in den letzten 8 Wochen mindestens 74 Stunden gearbeitet haben. Danach zahlt das Jobcenter der Kommune sygedagpenge – nachträglich und mit Höchstbetrag ({ $health-sygedagpenge-max-week-year }: { $health-sygedagpenge-max-week } pro Woche).
    Arbeitszeiten in Deutschland zählen mit. Ihr dänischer Versicherungsschutz und Ihr Status als Arbeitnehmer bleiben, auch wenn der Job während der Krankheit endet.
    Welche Kommune zuständig ist, erfahren Sie beim Arbeitgeber oder beim Regionskontor (+45 74 67 05 01).
    Arbeiten Sie in Deutschland, gelten stattdessen die deutschen Regeln.
    .title = Krankengeld in Dänemark
health-sick-pay-de =
    Gilt, wenn Sie in Deutschland versichert sind – typisch: Wohnsitz Dänemark, Arbeit in Deutschland.
    Der Arbeitgeber zahlt bis zu 6 Wochen Entgeltfortzahlung. Reichen Sie die Arbeitsunfähigkeitsbescheinigung (AU) rechtzeitig ein.
    Danach zahlt Ihre Krankenkasse Krankengeld: 70 % des Bruttolohns, höchstens { $health-krankengeld-max-day } pro Tag ({ $health-krankengeld-max-day-year }), bis zu 78 Wochen innerhalb von 3 Jahren wegen derselben Krankheit.
    Nach der Aussteuerung kommt unter Umständen Arbeitslosengeld in Frage (§ 145 SGB III) – fragen Sie die Agentur für Arbeit.
    Ansprechpartner: Ihre Krankenkasse und Ihr Arbeitgeber.
    .title = Krankengeld in Deutschland
health-pensioner-cover =
    Als Rentnerin oder Rentner sind Sie dort krankenversichert, woher Ihre Rente kommt.
    Renten aus mehreren Staaten, darunter aus dem Wohnstaat: Sie sind im Wohnstaat versichert. Sonst in dem Staat, in dem Sie am längsten versichert waren.
    Nur dänische Rente, Wohnsitz Deutschland: Udbetaling Danmark stellt ein S1 (E121) aus, das Sie bei einer deutschen Krankenkasse einreichen. Geplante Krankenhausbehandlung in Dänemark braucht vorher die Genehmigung der Kasse.
    Deutsche und dänische Rente, Wohnsitz Deutschland: Krankenversicherung der Rentner (KVdR). Beiträge können auch auf die dänische Rente anfallen.
    Fragen Sie Udbetaling Danmark oder Ihre Krankenkasse; im Zweifel hilft das Regionskontor (+45 74 67 05 01).
    .title = Krankenversicherung als Rentner
