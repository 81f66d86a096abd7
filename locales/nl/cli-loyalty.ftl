# `fidele loyalty-cards` en `fidele calibration-page` (crates/cli/src/loyalty.rs).
cli-calibration-written = { $path }: de kalibratiepagina. Meet ze op en stel de verschuiving in met fidele settings --printer-offset-x en --printer-offset-y
