transport-public-transport =
    Tog: DSB kører mellem Kolding og Flensborg (i 2019 hver anden time). Køreplaner ændrer sig – tjek Rejseplanen eller DB.
    Rejsekort gælder ikke i toget til Flensborg, kun i bussen.
    Fra ca. 2028 kører DSB's nye IC5-tog ikke ind i Tyskland, så du skal regne med at skifte ved grænsen.
    Bus: Aktiv Bus linje 1 Flensborg–Kruså og den danske linje 110 Flensborg–Sønderborg.
    Hav altid pas eller ID-kort med: Danmark har haft grænsekontrol siden 2016.
    Kontakt: DSB, Sydtrafik og Rejseplanen i Danmark; DB, Aktiv Bus og NAH.SH i Tyskland.
    .title = Tog og bus over grænsen
