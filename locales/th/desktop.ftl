# The desktop entry of the installed app (the menu's name, tooltip and search words), written
# into the packages by scripts/desktop-entry.py. Keywords end with ";", as the desktop entry
# specification wants.
desktop-generic-name = แฟ้มลูกค้า
desktop-comment = รู้จัก จัดลำดับ และรักษาลูกค้าของร้าน
desktop-keywords = ลูกค้า;สมาชิก;บัตรสมาชิก;ร้านค้า;วันเกิด;
