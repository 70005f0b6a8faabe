transport-public-transport =
    Zug: Die DSB fährt zwischen Kolding und Flensburg (2019 alle zwei Stunden). Fahrpläne ändern sich – prüfen Sie Rejseplanen oder die DB.
    Die dänische Rejsekort gilt nicht im Zug nach Flensburg, nur im Bus.
    Ab etwa 2028 fahren die neuen IC5-Züge der DSB nicht mehr nach Deutschland; rechnen Sie dann mit Umsteigen an der Grenze.
    Bus: Aktiv Bus Linie 1 Flensburg–Krusau und die dänische Linie 110 Flensburg–Sonderburg.
    Nehmen Sie immer Pass oder Personalausweis mit: Dänemark kontrolliert seit 2016 an der Grenze.
    Kontakt: DSB, Sydtrafik und Rejseplanen in Dänemark; DB, Aktiv Bus und NAH.SH in Deutschland.
    .title = Zug und Bus über die Grenze
