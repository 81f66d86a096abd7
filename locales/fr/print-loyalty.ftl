# La carte de fidélité imprimée et la page de calibrage de l'imprimante (crates/printing).
# Le titre du PDF, tel qu'une visionneuse l'affiche (suivi du nom de la boutique).
print-loyalty-title = Cartes de fidélité
# Sous le nom de la boutique, sur la carte.
print-loyalty-card = Carte de fidélité
# Sous le nom du client. $number : le numéro de membre, en chiffres.
print-loyalty-number = N° de membre { $number }

# La page de calibrage : le décalage de l'imprimante, mesuré à la règle.
print-calibration-title = Calibrage de l'imprimante
print-calibration-actual-size = Imprimez cette page en taille réelle (100 %, « ajuster à la page » désactivé), sur l'imprimante et le papier de vos cartes et étiquettes.
# $length : en millimètres.
print-calibration-scale = Le trait ci-dessous doit mesurer { $length } mm. Sinon, l'imprimante met la page à l'échelle : désactivez « ajuster à la page » et imprimez à nouveau.
# $inset : en millimètres.
print-calibration-left = Mesurez du bord gauche de la feuille au trait vertical de la croix A. Il doit y avoir { $inset } mm.
print-calibration-top = Mesurez du bord haut de la feuille au trait horizontal de la croix A. Il doit y avoir { $inset } mm.
# $example : une mesure, $offset : ce qu'il faut saisir pour elle.
print-calibration-enter = Dans Réglages, Décalage de l'imprimante, saisissez { $inset } moins chaque mesure : horizontal pour le bord gauche, vertical pour le bord haut. Par exemple, { $example } mm mesurés : saisissez { $offset }.
print-calibration-check = La croix B doit être à { $inset } mm des bords droit et bas. Si ce n'est pas le cas alors que la croix A l'est, la feuille est passée de travers : réglez le guide-papier et imprimez à nouveau.
# $x, $y : en millimètres.
print-calibration-current = Cette page est imprimée sans décalage. Décalage réglé actuellement : { $x } mm horizontal, { $y } mm vertical.
