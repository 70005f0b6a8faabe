car-foreign-plates-dk =
    Wohnen Sie in Deutschland und pendeln nach Dänemark, dürfen Sie Ihr in Deutschland zugelassenes Auto grundsätzlich ohne dänische Zulassungssteuer (registreringsafgift) fahren – wenn Sie nicht mit dänischer Adresse im CPR gemeldet sind und sich weniger als 185 Tage in 12 Monaten in Dänemark aufhalten.
    Sind Sie mit dänischer Adresse im CPR gemeldet, gilt das in der Regel nicht. Wer in Dänemark wohnt und ein ausländisches Auto 30 Tage oder länger nutzt, muss es in Dänemark zulassen – auch nach einem Umzug nach Dänemark.
    In Zweifelsfällen entscheidet die Motorstyrelsen auf Antrag: Formular 21.059 mit Zulassungsbescheinigung und Arbeitsvertrag, Gebühr 400 DKK. Einreichen über TastSelv oder an Motorstyrelsen, Nykøbingvej 76, Bygning 45, DK-4990 Sakskøbing.
    Firmenwagen vom Arbeitgeber: siehe das Thema Firmenwagen.
    .title = Deutsches Auto in Dänemark
    .form = Formular 21.059 (Antrag auf Entscheidung über die Nutzung eines ausländischen Fahrzeugs) mit Zulassungsbescheinigung und Arbeitsvertrag.
    .amount = Eine Entscheidung der Motorstyrelsen auf Formular 21.059 kostet 400 DKK Gebühr.
    .apply = Formular 21.059 an die Motorstyrelsen über TastSelv oder per Post: Motorstyrelsen, Nykøbingvej 76, Bygning 45, DK-4990 Sakskøbing.
    .contact = Motorstyrelsen (motorst.dk) | Zulassungsstelle in Deutschland. Beratung: Regionskontor, +45 74 67 05 01.
car-company-car =
    Ein Firmenwagen ist normalerweise dort zugelassen, wo die Firma ihren Sitz hat.
    Wohnen Sie in Dänemark und fahren einen Firmenwagen eines ausländischen (z. B. deutschen) Arbeitgebers: Sie können bei der Motorstyrelsen die Befreiung von der dänischen Zulassungssteuer beantragen (Formular 21.022), wenn Sie dienstlich mehr im Ausland als in Dänemark fahren (EuGH, C-464/02).
    Wohnen Sie in Deutschland und bekommen einen dänischen Firmenwagen: Nach deutschem Recht darf ein Auto mit ausländischem Kennzeichen nur vorübergehend genutzt werden, wenn es keinen regelmäßigen Standort in Deutschland hat. Das ist unklar und wird im Einzelfall entschieden.
    Fragen Sie deshalb vorher nach: Zulassungsstelle und Finanzamt in Deutschland, Motorstyrelsen in Dänemark – oder das Regionskontor, +45 74 67 05 01, infocenter@region.dk.
    .title = Firmenwagen über die Grenze
    .form = Die Befreiung eines ausländischen Firmenwagens von der dänischen Zulassungssteuer beantragen Sie mit Formular 21.022 bei der Motorstyrelsen.
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
