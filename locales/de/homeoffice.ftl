homeoffice-social-security =
    Arbeiten Sie mindestens 25 % der Zeit zu Hause im Wohnstaat, wechselt Ihre gesamte Sozialversicherung dorthin.
    Wohnen Sie in Deutschland und arbeiten für einen dänischen Arbeitgeber: Ab 25 % Homeoffice sind Sie in Deutschland versichert, und der Arbeitgeber muss sich in Deutschland anmelden und Beiträge zahlen. Unter 25 % bleiben Sie in Dänemark versichert. (Wohnsitz in Dänemark, deutscher Arbeitgeber: umgekehrt genauso.)
    Das EU-Rahmenübereinkommen zur Telearbeit (ab 1.7.2023, auf Antrag unter 50 %) hatte Dänemark laut Quellen von 2023/24 nicht unterzeichnet – daher gilt weiter die 25-%-Grenze. Das kann sich geändert haben: fragen Sie das Regionskontor (+45 74 67 05 01, infocenter@region.dk).
    Die Corona-Sonderregeln endeten am 30.6.2022.
    Ansprechpartner: Udbetaling Danmark | DVKA (A1 bei Wohnsitz in Deutschland).
    .title = Homeoffice und Sozialversicherung
    .apply = Werden Sie im Wohnstaat versichert, beantragen Sie die A1: mit Wohnsitz in Deutschland bei der DVKA, mit Wohnsitz in Dänemark bei Udbetaling Danmark (Arbeitgeber über virk.dk).
    .contact = Udbetaling Danmark, International Social Sikring | DVKA (dvka.de). Beratung: Regionskontor, +45 74 67 05 01, infocenter@region.dk.
homeoffice-tax =
    Lohn für Homeoffice-Tage wird im Wohnstaat versteuert (DBA Art. 15). Der Lohn wird also nach Arbeitstagen aufgeteilt – führen Sie ein Protokoll, wo Sie an jedem Tag arbeiten.
    Wohnsitz in Deutschland: Tage am Arbeitsplatz in Dänemark versteuern Sie in Dänemark, Homeoffice-Tage in Deutschland (Finanzamt). Skattestyrelsen verweist für diese Tage an das Finanzamt im Wohnstaat.
    Eine deutsch-dänische Sonderregel gibt es nicht (Dänemark lehnte 2020 eine Corona-Vereinbarung ab). Für Homeoffice-Tage gibt es auch keinen Befordringsfradrag (dänische Pendlerpauschale).
    Homeoffice kann eine Betriebsstätte des Arbeitgebers begründen – deshalb begrenzen viele Arbeitgeber es.
    Ansprechpartner: Skattestyrelsen (+45 72 22 28 92) | Finanzamt.
    .title = Homeoffice und Steuern
    .contact = Skattestyrelsen: Tel. +45 72 22 28 92 | Ihr Finanzamt in Deutschland. Beratung: Regionskontor, +45 74 67 05 01.
