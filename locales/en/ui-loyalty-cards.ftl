# Printed loyalty cards and the printer offset (ui/src/views/loyalty-cards.ts).
loyalty-print-card = Print loyalty card
# $file: the PDF's name; $cards, $pages: counts.
loyalty-saved = { $file } saved: { $cards ->
    [one] one card
   *[other] { $cards } cards
} on { $pages ->
    [one] one page
   *[other] { $pages } pages
}.
loyalty-not-saved = Nothing saved.
cards-tab-loyalty = Loyalty cards
loyalty-sheet-title = Loyalty cards of new customers
loyalty-sheet-intro = Prints the card of each customer added since the day you choose, with their name, their member number, its barcode and its QR code.
loyalty-new-since = Customers added since
loyalty-layout = Sheet
loyalty-layout-c32011 = Avery C32011 (A4, 10 cards)
loyalty-layout-5371 = Avery 5371 or 8371 (Letter, 10 cards)
loyalty-layout-single = One card a page (card printer)
loyalty-stage-colour = Show the customer's stage and its colour
loyalty-print-sheet = Print the cards
loyalty-nobody = No customer was added since that day: no card to print.

printer-title = Printer
printer-intro = When cards or labels come out shifted on their sheet, print the calibration page, measure it as it says, and enter the offset here. It moves loyalty cards and address labels alike.
printer-offset-x = Offset across (mm)
printer-offset-x-help = Negative moves left.
printer-offset-y = Offset down (mm)
printer-offset-y-help = Negative moves up.
printer-calibration = Print the calibration page
printer-calibration-saved = { $file } saved: print it at actual size, then measure it.

# The native save dialogs (src-tauri/src/commands/loyalty_cards.rs).
dialog-save-calibration-title = Save the calibration page
dialog-file-calibration = printer-calibration.pdf
dialog-save-loyalty-cards-title = Save the loyalty cards
# $n: how many cards.
dialog-file-loyalty-cards = loyalty-cards-{ $n }.pdf

# What a draft left on the printer form holds (ui/src/closing.ts names it).
draft-what-printer = The printer offset
