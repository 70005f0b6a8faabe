transport-public-transport =
    Ja, Sie können mit Zug und Bus über die Grenze pendeln – es gibt aber wenige Verbindungen, prüfen Sie den Fahrplan.
    Zug: Die DSB fährt derzeit von Jütland über Pattburg nach Flensburg. Ab etwa Dezember 2027 fahren die neuen DSB-Züge nicht mehr nach Deutschland; dafür wird der Regionalexpress RE7 Hamburg–Flensburg alle zwei Stunden bis Tingleff (Tinglev) verlängert, dort steigen Sie um.
    Fahrkarte: Die Rejsekort als Plastikkarte wurde 2026 abgeschafft – in Dänemark nutzen Sie die Rejsekort-App oder die neue Basiskort. Für den Zug nach Flensburg kaufen Sie ein Ticket in der DSB-App oder bei der DB.
    Bus: Die Sydtrafik-Linie 110 fährt Sonderburg–Flensburg; dort gilt auch die Rejsekort-App.
    Nehmen Sie immer Pass oder Personalausweis mit: An der Grenze wird kontrolliert.
    .title = Zug und Bus über die Grenze
    .apply = Laden Sie die Rejsekort-App (mit MobilePay) herunter oder bestellen Sie eine Basiskort bei Rejsekort & Rejseplan; Tickets über die Grenze gibt es in der DSB-App oder auf bahn.de.
    .contact = Rejseplanen, DSB und Sydtrafik in Dänemark; DB, NAH.SH und Aktiv Bus in Deutschland.
