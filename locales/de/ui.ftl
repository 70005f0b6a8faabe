# Texte der Benutzeroberfläche (Deutsch). Die Antworten stehen in einer Datei je Themenbereich.

welcome =
    Moin! Ich bin der Pendlerbot des Regionskontors & Infocenters in Padborg.
    Ich beantworte Fragen rund ums Wohnen in Deutschland und Arbeiten in Dänemark – oder umgekehrt: Steuern, Krankenversicherung, A-Kasse, Rente, Kindergeld und vieles mehr.
    Schreiben Sie Ihre Frage in eigenen Worten, oder wählen Sie ein Thema:
help =
    Schreiben Sie Ihre Frage auf Deutsch oder Dänisch, gern kurz, z. B. „Wann bekomme ich die gelbe Gesundheitskarte?“.
    Befehle:
    /sprache – Sprache wechseln (Deutsch/Dänisch)
    /profil – sagen Sie mir, wo Sie wohnen und arbeiten, damit die Antworten passen
    /kontakt – Telefon und Öffnungszeiten des Regionskontors
    /privacy – was ich über Sie speichere
    /vergessen – alles löschen, was ich zu diesem Chat gespeichert habe
fallback =
    Darauf kann ich leider keine sichere Antwort geben. Fragen Sie gern mit anderen Worten – oder wenden Sie sich an das Regionskontor & Infocenter, das Grenzpendler kostenlos berät:
    Tel. +45 74 67 05 01, infocenter@region.dk (pendlerinfo.org).
choices-intro = Ich bin nicht ganz sicher, was Sie meinen. Geht es um eines dieser Themen?
missed = Entschuldigung, dann habe ich Sie falsch verstanden. Schreiben Sie die Frage gern mit anderen Worten – oder wählen Sie eines dieser Themen oder eine Beraterin / einen Berater:
complaint = Das tut mir leid. Ich bin ein Bot und beantworte nur häufige Fragen zum Grenzpendeln. Schreiben Sie Ihre Frage gern mit anderen Worten – oder sprechen Sie mit einer Beraterin / einem Berater im Regionskontor & Infocenter: Tel. +45 74 67 05 01, infocenter@region.dk.
non-text = Ich kann nur Text lesen. Bitte schreiben Sie Ihre Frage als normale Nachricht.
language-set = Ich antworte jetzt auf Deutsch.
language-ask = Sprache wählen:
profile-ask = Wo wohnen und arbeiten Sie? Dann passe ich die Antworten an Ihre Lage an.
profile-set = Danke, ich habe notiert: { $profile }. Sie können das jederzeit mit /profil ändern.
profile-de-dk = Ich wohne in Deutschland und arbeite in Dänemark
profile-dk-de = Ich wohne in Dänemark und arbeite in Deutschland
profile-other = Etwas anderes
profile-cleared = Ihr Profil ist gelöscht.
forgotten = Alles, was ich zu diesem Chat gespeichert hatte (Sprache, Profil, letztes Thema), ist jetzt gelöscht.
button-other-language = Auf Deutsch
button-advisor = Mit einer Beraterin / einem Berater sprechen
button-related = Siehe auch: { $title }
source = Quelle: { $sources }
checked = Zuletzt geprüft: { $date }
unknown-command = Diesen Befehl kenne ich nicht. Mit /help sehen Sie, was ich kann.
apology = Entschuldigung, bei mir ist etwas schiefgegangen. Bitte versuchen Sie es gleich noch einmal – oder rufen Sie das Regionskontor an: +45 74 67 05 01.
too-long = Ihre Nachricht ist sehr lang. Bitte stellen Sie Ihre Frage kurz, mit den wichtigsten Stichworten – dann kann ich besser helfen.
too-fast = Sie senden viele Nachrichten in kurzer Zeit. Ich antworte in einer Minute wieder – schreiben Sie Ihre Frage gern in einer Nachricht.
console-intro = Pendlerbot im Terminal. Schreiben Sie eine Frage auf Deutsch oder Dänisch; eine Zahl wählt einen Knopf. Beenden mit Strg-D.

area-tax = Steuern
area-socsec = Sozialversicherung und A1
area-health = Krankenversicherung und Krankheit
area-unemployment = Arbeitslosigkeit und A-Kasse
area-pension = Rente
area-family = Familie und Kindergeld
area-registration = CPR, NemKonto und Umzug
area-car = Auto
area-transport = Bahn und Bus
area-work = Arbeitsbedingungen
area-education = Ausbildung
area-homeoffice = Homeoffice
area-service = Über die Beratung

# Der Kreislauf der Berater: 👍/👎 unter den Antworten und die Befehle /inbox und /why (nur für Administratoren).
feedback-thanks = Vielen Dank für Ihre Bewertung! Sie hilft den Beratern, die Antworten zu verbessern.
inbox-title = Fragen, die ich nicht sicher beantworten konnte (ohne Namen und Personennummern)
inbox-fell-back = nicht beantwortet { $count }
inbox-offered = Auswahl angeboten { $count }
inbox-settled = von der zweiten Meinung entschieden { $count }
inbox-empty = Im Zeitraum gibt es keine unbeantworteten Fragen.
why-nothing = Schreiben Sie /why nach einer Frage – oder /why gefolgt von der Frage.

# Das Gespräch: Nachfragen, Lebenslage, Sprache und Themen außerhalb des Bereichs.
no-such-button = Einen Knopf Nummer { $number } gibt es hier nicht. Schreiben Sie Ihre Frage, oder tippen Sie auf einen Knopf unter der letzten Antwort.
followup-no-context = Worum geht es bei Ihrer Frage? Nennen Sie das Thema (z. B. „Steuerkarte“ oder „Kindergeld“), oder wählen Sie einen Bereich:
out-of-scope =
    Das liegt außerhalb dessen, was ich beantworten kann. Ich beantworte Fragen zum Wohnen in Deutschland und Arbeiten in Dänemark – oder umgekehrt: Steuern, Krankenversicherung, A-Kasse, Rente, Kindergeld, Auto, Umzug und vieles mehr.
    Für alles andere: Regionskontor & Infocenter, Tel. +45 74 67 05 01, infocenter@region.dk (pendlerinfo.org).
english =
    Sorry, I only answer in Danish and German. Choose a language below, or ask the advice office in English: Regionskontor & Infocenter, +45 74 67 05 01, infocenter@region.dk.
choices-area = Das sind die häufigsten Fragen in diesem Bereich. Welche passt?
choices-also = Sie haben auch nach einem weiteren Bereich gefragt. Welches dieser Themen passt?
situation-topics = Danach fragen andere in Ihrer Lage oft:
situation-noted = Notiert: { $situation }. Mit /profil können Sie das ändern.
situation-changed = Ich habe es geändert: { $situation }. Mit /profil können Sie das ändern.
situation-lives-dk = Sie wohnen in Dänemark
situation-lives-de = Sie wohnen in Deutschland
situation-works-dk = arbeiten in Dänemark
situation-works-de = arbeiten in Deutschland
situation-partner-dk = Ihr Partner / Ihre Partnerin arbeitet in Dänemark
situation-partner-de = Ihr Partner / Ihre Partnerin arbeitet in Deutschland
situation-and = und
situation-you = Sie
button-whole-answer = Ganze Antwort
value-outdated = Der Betrag ist von { $year }. Den aktuellen Betrag finden Sie unter { $source }
value-unconfirmed = Den Betrag für { $year } konnten wir noch nicht bei einer amtlichen Stelle bestätigen. Prüfen Sie ihn unter { $source }

## Die Übergabe an die Beratung in Telegram (Issue 18). Die Fallkarte und die
## Zeilen für die Beratergruppe (relay-card ... relay-unknown) werden auf Dänisch gesendet.
relay-consent = Ich kann Ihre Frage an die Beraterinnen und Berater des Regionskontors & Infocenters weitergeben – die Antwort kommt hier im Chat. Sie erhalten Ihre Frage (CPR-, Telefon- und andere persönliche Nummern werden entfernt), Ihre Sprache, Ihre Situation (wo Sie wohnen und arbeiten, falls Sie es gesagt haben) und die Themen, nach denen Sie hier gefragt haben. Ihren Namen nur, wenn Sie es wählen. Der Bot speichert den Fall ohne Nachrichtentext höchstens { $days } Tage; /vergessen löscht ihn sofort. Soll ich Ihre Frage weitergeben?
relay-consent-name = Ja, mit meinem Namen
relay-consent-anon = Ja, anonym
relay-consent-no = Nein, danke
relay-ask-question = Gut. Schreiben Sie jetzt Ihre Frage in eigenen Worten in einer Nachricht. Bitte keine CPR-Nummer, Steuer-ID oder andere persönliche Nummern.
relay-declined = In Ordnung, es wurde nichts weitergegeben. Fragen Sie mich gern etwas anderes.
relay-sent = Danke! Ihre Frage ist als Fall #{ $case } bei der Beratung. Die Antwort kommt hier im Chat. Was Sie jetzt schreiben, geht an denselben Fall. Mit /beenden schließen Sie den Fall.
relay-office-closed = Die Beratung ist gerade geschlossen. Sie antwortet frühestens am { $weekday }, { $date }, ab { $time } Uhr.
relay-weekday = { $day ->
    [1] Montag
    [2] Dienstag
    [3] Mittwoch
    [4] Donnerstag
    [5] Freitag
    [6] Samstag
   *[7] Sonntag
}
relay-from-office = Regionskontor & Infocenter (Fall #{ $case }):
relay-closed = Fall #{ $case } ist geschlossen. Jetzt antworte wieder ich (der Bot).
relay-closed-by-office = Die Beratung hat Fall #{ $case } geschlossen. Jetzt antworte wieder ich (der Bot).
relay-failed = Entschuldigung, ich konnte Ihre Frage gerade nicht weitergeben. Versuchen Sie es gleich noch einmal oder rufen Sie das Regionskontor an: +45 74 67 05 01.
relay-card =
    Fall #{ $case } · { $lang }
    Situation: { $situation }
    Themen im Gespräch: { $topics }
    Von: { $name }
    Frage: { $question }
    — Auf diese Nachricht antworten (Antworten), um der anfragenden Person zu schreiben; /close als Antwort schließt den Fall.
relay-follow = Fall #{ $case } – die anfragende Person schreibt:
relay-closed-by-commuter = Fall #{ $case } wurde von der anfragenden Person geschlossen.
relay-closed-ack = Fall #{ $case } ist geschlossen; die anfragende Person wurde informiert.
relay-forgotten = Fall #{ $case } ist geschlossen: Die anfragende Person hat verlangt, ihre Daten zu löschen.
relay-case-closed = Fall #{ $case } ist geschlossen; Ihre Antwort wurde nicht gesendet.
relay-anonymous = anonym
relay-unknown = nicht angegeben
