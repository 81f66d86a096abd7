# Gedrukte klantenkaarten en de verschuiving van de printer (ui/src/views/loyalty-cards.ts).
loyalty-print-card = Klantenkaart afdrukken
# $file: de naam van de pdf; $cards, $pages: aantallen.
loyalty-saved = { $file } bewaard: { $cards ->
    [one] één kaart
   *[other] { $cards } kaarten
} op { $pages ->
    [one] één pagina
   *[other] { $pages } pagina's
}.
loyalty-not-saved = Niets bewaard.
cards-tab-loyalty = Klantenkaarten
loyalty-sheet-title = Klantenkaarten van nieuwe klanten
loyalty-sheet-intro = Drukt de kaart af van elke klant die sinds de gekozen dag is toegevoegd: naam, lidnummer, streepjescode en QR-code.
loyalty-new-since = Klanten toegevoegd sinds
loyalty-layout = Vel
loyalty-layout-c32011 = Avery C32011 (A4, 10 kaarten)
loyalty-layout-5371 = Avery 5371 of 8371 (Letter, 10 kaarten)
loyalty-layout-single = Eén kaart per pagina (kaartprinter)
loyalty-stage-colour = De trede van de klant en haar kleur tonen
loyalty-print-sheet = Kaarten afdrukken
loyalty-nobody = Sinds die dag is geen klant toegevoegd: er is geen kaart af te drukken.

printer-title = Printer
printer-intro = Komen kaarten of etiketten verschoven op hun vel, druk dan de kalibratiepagina af, meet ze zoals ze aangeeft en vul hier de verschuiving in. Ze verschuift klantenkaarten en adresetiketten op dezelfde manier.
printer-offset-x = Verschuiving horizontaal (mm)
printer-offset-x-help = Negatief: naar links.
printer-offset-y = Verschuiving verticaal (mm)
printer-offset-y-help = Negatief: naar boven.
printer-calibration = Kalibratiepagina afdrukken
printer-calibration-saved = { $file } bewaard: druk het af op ware grootte en meet het dan op.

# De bewaarvensters (src-tauri/src/commands/loyalty_cards.rs).
dialog-save-calibration-title = Kalibratiepagina bewaren
dialog-file-calibration = printer-kalibratie.pdf
dialog-save-loyalty-cards-title = Klantenkaarten bewaren
# $n: het aantal kaarten.
dialog-file-loyalty-cards = klantenkaarten-{ $n }.pdf

# What a draft left on the printer form holds (ui/src/closing.ts names it).
draft-what-printer = De verschuiving van de printer
