# The desktop entry of the installed app (the menu's name, tooltip and search words), written
# into the packages by scripts/desktop-entry.py. Keywords end with ";", as the desktop entry
# specification wants.
desktop-generic-name = Klantenbestand
desktop-comment = Ken, rangschik en behoud de klanten van uw winkel
desktop-keywords = klanten;loyaliteit;klantenkaart;winkel;verjaardagen;
