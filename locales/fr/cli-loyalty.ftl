# `fidele loyalty-cards` et `fidele calibration-page` (crates/cli/src/loyalty.rs).
cli-calibration-written = { $path } : la page de calibrage. Mesurez-la, puis réglez le décalage avec fidele settings --printer-offset-x et --printer-offset-y
