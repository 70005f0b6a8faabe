smalltalk-greeting = Moin! Womit kann ich helfen? Schreiben Sie Ihre Frage zum Wohnen und Arbeiten auf beiden Seiten der Grenze.
    .title = Begrüßung
smalltalk-thanks = Gern geschehen! Wenn Sie noch Fragen haben, schreiben Sie einfach.
    .title = Danke
smalltalk-goodbye = Tschüss und alles Gute! Sie sind jederzeit wieder willkommen.
    .title = Tschüss
