# `fidele loyalty-cards` and `fidele calibration-page` (crates/cli/src/loyalty.rs).
cli-calibration-written = { $path }: the calibration page. Measure it, then set the offset with fidele settings --printer-offset-x and --printer-offset-y
