# Réglages → Mises à jour : Fidèle ne cherche une nouvelle version que si le commerçant le permet ou le demande.
updates-title = Mises à jour
updates-check-at-start = Chercher une nouvelle version au démarrage de Fidèle
updates-offline-note = Désactivé, Fidèle ne se connecte jamais à internet de lui-même : la boutique fonctionne hors ligne.
updates-check-now = Vérifier maintenant
updates-checking = Recherche d'une nouvelle version…
updates-up-to-date = Fidèle { $version } est la version la plus récente.
updates-available = Fidèle { $version } est disponible (vous avez la { $current }).
updates-notes = Quoi de neuf
updates-install = Installer
updates-ask-title = Installer Fidèle { $version } ?
updates-ask-backup = Le fichier clients est d'abord sauvegardé, dans le dossier des sauvegardes ; si cette copie échoue, rien n'est installé.
updates-ask-restart = L'ordinateur peut demander son mot de passe ; Fidèle redémarre ensuite dans la nouvelle version.
updates-ask-cancel = Pas maintenant
updates-installing = Vérification et installation de Fidèle { $version }…
updates-installed = Installée. Le fichier clients a été sauvegardé sous { $backup }.
