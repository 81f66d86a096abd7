# The printed loyalty card and the printer's calibration page (crates/printing).
# The PDF's title, as a viewer shows it (followed by the shop's name).
print-loyalty-title = Loyalty cards
# Under the shop's name on the card.
print-loyalty-card = Loyalty card
# Under the customer's name. $number: the member number, in digits.
print-loyalty-number = Member no. { $number }

# The calibration page: the printer's offset, measured with a ruler.
print-calibration-title = Printer calibration
print-calibration-actual-size = Print this page at actual size (100 %, "fit to page" turned off), on the printer and the paper you use for cards and labels.
# $length: in millimetres.
print-calibration-scale = The line below should measure { $length } mm. If it does not, the printer is scaling the page: turn off "fit to page" and print again.
# $inset: in millimetres.
print-calibration-left = Measure from the left edge of the paper to the upright line of cross A. It should be { $inset } mm.
print-calibration-top = Measure from the top edge of the paper to the level line of cross A. It should be { $inset } mm.
# $example: a measurement, $offset: what to enter for it.
print-calibration-enter = In Settings, under Printer offset, enter { $inset } minus each measurement: across for the left edge, down for the top edge. For example, { $example } mm measured: enter { $offset }.
print-calibration-check = Cross B should stand { $inset } mm from the right and bottom edges. If it does not while cross A does, the paper went through askew: straighten the paper guide and print again.
# $x, $y: in millimetres.
print-calibration-current = This page is printed without any offset. The offset set now: { $x } mm across, { $y } mm down.
