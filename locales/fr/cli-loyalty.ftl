# `fidele loyalty-cards` et `fidele calibration-page` (crates/cli/src/loyalty.rs).
cli-calibration-written = { $path } : la page de calibrage. Mesurez-la, puis réglez le décalage avec fidele settings --printer-offset-x et --printer-offset-y
# $cards, $pages : comptés (« 10 cartes », « 1 page ») ; $layout : c32011, 5371 ou single.
cli-loyalty-written = { $path } : { $cards } sur { $pages } ({ $layout })
cli-loyalty-nobody = personne à qui imprimer une carte : { $path } n'a pas été écrit
cli-loyalty-not-an-id = --{ $field } : « { $value } » n'est pas un numéro de client
