# The desktop entry of the installed app (the menu's name, tooltip and search words), written
# into the packages by scripts/desktop-entry.py. Keywords end with ";", as the desktop entry
# specification wants.
desktop-generic-name = Fichier clients
desktop-comment = Connaître, classer et garder les clients de la boutique
desktop-keywords = clients;fidélité;carte de fidélité;boutique;anniversaires;
