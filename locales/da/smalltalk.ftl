smalltalk-greeting = Hej! Hvad kan jeg hjælpe dig med? Skriv dit spørgsmål om at bo og arbejde på hver sin side af grænsen.
    .title = Hilsen
smalltalk-thanks = Det var så lidt! Har du flere spørgsmål, så skriv bare.
    .title = Tak
smalltalk-goodbye = Farvel, og held og lykke! Du er altid velkommen tilbage.
    .title = Farvel
