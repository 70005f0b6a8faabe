transport-public-transport =
    Ja, du kan pendle med tog og bus over grænsen – men der er få afgange, så tjek køreplanen på Rejseplanen.
    Tog: DSB kører i dag mellem Jylland og Flensborg via Padborg. Fra ca. december 2027 kører DSB's nye tog ikke længere til Tyskland; i stedet forlænges det tyske regionaltog RE7 Hamburg–Flensborg til Tinglev hver anden time, og du skifter dér.
    Billet: Det fysiske Rejsekort er udfaset i 2026 – i Danmark bruger du Rejsekort-appen eller det nye Basiskort. Til toget til Flensborg køber du billet i DSB-appen eller hos DB.
    Bus: Sydtrafiks linje 110 kører Sønderborg–Flensborg; her gælder Rejsekort-appen også.
    Hav altid pas eller ID-kort med: der er grænsekontrol.
    .title = Tog og bus over grænsen
    .apply = Hent Rejsekort-appen (kræver MobilePay) eller bestil et Basiskort hos Rejsekort & Rejseplan; togbilletter over grænsen køber du i DSB-appen eller på bahn.de.
    .contact = Rejseplanen, DSB og Sydtrafik i Danmark; DB, NAH.SH og Aktiv Bus i Tyskland.
