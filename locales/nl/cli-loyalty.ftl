# `fidele loyalty-cards` en `fidele calibration-page` (crates/cli/src/loyalty.rs).
cli-calibration-written = { $path }: de kalibratiepagina. Meet ze op en stel de verschuiving in met fidele settings --printer-offset-x en --printer-offset-y
# $cards, $pages: geteld ("10 kaarten", "1 pagina"); $layout: c32011, 5371 of single.
cli-loyalty-written = { $path }: { $cards } op { $pages } ({ $layout })
cli-loyalty-nobody = niemand om een kaart voor te drukken: { $path } is niet geschreven
cli-loyalty-not-an-id = --{ $field }: "{ $value }" is geen klantnummer
