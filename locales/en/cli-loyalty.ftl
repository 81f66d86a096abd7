# `fidele loyalty-cards` and `fidele calibration-page` (crates/cli/src/loyalty.rs).
cli-calibration-written = { $path }: the calibration page. Measure it, then set the offset with fidele settings --printer-offset-x and --printer-offset-y
# $cards, $pages: counted ("10 cards", "1 page"); $layout: c32011, 5371 or single.
cli-loyalty-written = { $path }: { $cards } on { $pages } ({ $layout })
cli-loyalty-nobody = nobody to print a card for: { $path } was not written
cli-loyalty-not-an-id = --{ $field }: "{ $value }" is not a customer number
