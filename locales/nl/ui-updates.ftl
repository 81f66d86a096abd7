# Instellingen → Updates: Fidèle zoekt alleen naar een nieuwe versie als de winkelier het toestaat of vraagt.
updates-title = Updates
updates-check-at-start = Naar een nieuwe versie zoeken als Fidèle start
updates-offline-note = Uitgeschakeld maakt Fidèle nooit uit zichzelf verbinding met internet: de winkel werkt offline.
updates-check-now = Nu controleren
updates-checking = Bezig met zoeken naar een nieuwe versie…
updates-up-to-date = Fidèle { $version } is de nieuwste versie.
updates-available = Fidèle { $version } is beschikbaar (u hebt { $current }).
updates-notes = Wat is er nieuw
updates-install = Installeren
updates-ask-title = Fidèle { $version } installeren?
updates-ask-backup = Eerst wordt een back-up van het klantenbestand gemaakt, in de back-upmap; lukt die kopie niet, dan wordt er niets geïnstalleerd.
updates-ask-restart = Uw computer kan om zijn wachtwoord vragen; daarna start Fidèle opnieuw in de nieuwe versie.
updates-ask-cancel = Niet nu
updates-installing = Fidèle { $version } wordt gecontroleerd en geïnstalleerd…
updates-installed = Geïnstalleerd. Er is een back-up van het klantenbestand gemaakt als { $backup }.
