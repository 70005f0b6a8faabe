car-foreign-plates-dk =
    Wohnen Sie in Deutschland und pendeln nach Dänemark, dürfen Sie Ihr in Deutschland zugelassenes Auto ohne dänische Zulassungssteuer (registreringsafgift) fahren, solange Sie keinen Wohnsitz in Dänemark haben.
    Haben Sie Ihren Wohnsitz in Dänemark (z. B. mit dänischer Adresse im CPR gemeldet und dort am stärksten verwurzelt), dürfen Sie grundsätzlich kein ausländisch zugelassenes Auto fahren. Ziehen Sie mit dem Auto nach Dänemark, muss es spätestens 30 Tage nach dem Umzug dort zugelassen werden.
    In Zweifelsfällen, z. B. bei Wohnsitz in beiden Ländern, erteilt die Motorstyrelsen auf Antrag eine Erlaubnis: Formular 21.059 mit Kopie von Zulassungsbescheinigung und Arbeitsvertrag, Gebühr 400 DKK. Einreichen über TastSelv oder per Post.
    Firmenwagen vom Arbeitgeber: siehe das Thema Firmenwagen.
    .title = Deutsches Auto in Dänemark
    .form = Formular 21.059 (Erlaubnis zum Fahren eines ausländisch zugelassenen Fahrzeugs in Dänemark) mit Kopie von Zulassungsbescheinigung und Arbeitsvertrag.
    .amount = Ein Antrag bei der Motorstyrelsen auf Formular 21.059 kostet 400 DKK Gebühr.
    .apply = Formular 21.059 an die Motorstyrelsen über TastSelv oder per Post: Motorstyrelsen, Nykøbingvej 76, Bygning 45, DK-4990 Sakskøbing.
    .deadline = Ziehen Sie mit einem ausländisch zugelassenen Auto nach Dänemark, muss es spätestens 30 Tage nach dem Umzug in Dänemark zugelassen werden.
    .contact = Motorstyrelsen (motorst.dk) | Zulassungsstelle in Deutschland. Beratung: Regionskontor, +45 74 67 05 01.
car-company-car =
    Wohnen Sie in Dänemark und fahren einen Firmenwagen eines ausländischen (z. B. deutschen) Arbeitgebers, kann die Motorstyrelsen das Auto von der dänischen Zulassungssteuer befreien (Formular 21.022) – wenn es überwiegend dienstlich im Ausland genutzt wird.
    Bedingung: mehr als 50 % der Kilometer in 12 Monaten sind Dienstfahrten im Ausland (gegenüber allen Fahrten in Dänemark), oder das Auto wird an mehr als 183 Tagen dienstlich im Ausland genutzt.
    Wohnen Sie in Deutschland und bekommen einen dänischen Firmenwagen: Ein Auto mit ausländischem Kennzeichen darf hier nur vorübergehend genutzt werden und keinen regelmäßigen Standort haben (§ 46 FZV). Das wird im Einzelfall entschieden.
    Steuer: siehe „Dienstwagen: Steuer auf die Privatnutzung“.
    Vorher fragen: Motorstyrelsen, Zulassungsstelle und Finanzamt – oder das Regionskontor, +45 74 67 05 01.
    .title = Firmenwagen über die Grenze
    .form = Die Befreiung eines ausländischen Firmenwagens von der dänischen Zulassungssteuer beantragen Sie mit Formular 21.022 bei der Motorstyrelsen, mit der Erklärung des Arbeitgebers (Kilometer- oder Tageskriterium).
    .contact = Motorstyrelsen (motorst.dk) | Zulassungsstelle und Finanzamt in Deutschland. Beratung: Regionskontor, +45 74 67 05 01, infocenter@region.dk.
car-danish-car-in-de =
    Wohnen Sie in Deutschland, dürfen Sie ein in Dänemark zugelassenes Auto nur vorübergehend fahren und nur, wenn es in Deutschland keinen regelmäßigen Standort hat (§ 46 FZV).
    Steht das Auto regelmäßig bei Ihnen in Deutschland – z. B. das Auto der Eltern, das Sie länger nutzen –, hat es hier seinen Standort; dann muss es in Deutschland zugelassen werden.
    Kfz-Steuer: Die Befreiung für Autos aus einem anderen EU-Land gilt nur für Personen, die gewöhnlich in einem anderen EU-Staat wohnen – nicht für Sie.
    Klären Sie Ihren Fall vorher mit der Zulassungsstelle und dem Hauptzollamt.
    Dänischer Firmenwagen: siehe „Firmenwagen über die Grenze“. Wohnsitz Dänemark mit deutschem Auto: siehe „Deutsches Auto in Dänemark“.
    .title = Dänisches Auto, Wohnsitz Deutschland
    .apply = Muss das Auto in Deutschland zugelassen werden, melden Sie es bei der Zulassungsstelle Ihres Wohnorts an; die Kfz-Steuer erhebt danach der Zoll.
    .contact = Zulassungsstelle Ihres Kreises | Hauptzollamt (Kfz-Steuer, zoll.de). Beratung: Regionskontor, +45 74 67 05 01, infocenter@region.dk.
