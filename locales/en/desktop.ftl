# The desktop entry of the installed app (the menu's name, tooltip and search words), written
# into the packages by scripts/desktop-entry.py. Keywords end with ";", as the desktop entry
# specification wants.
desktop-generic-name = Customer file
desktop-comment = Know, rank and keep your shop's customers
desktop-keywords = customers;loyalty;loyalty card;shop;birthdays;
