# Cartes de fidélité imprimées et décalage de l'imprimante (ui/src/views/loyalty-cards.ts).
loyalty-print-card = Imprimer la carte de fidélité
# $file : le nom du PDF ; $cards, $pages : des nombres.
loyalty-saved = { $file } enregistré : { $cards ->
    [one] une carte
   *[other] { $cards } cartes
} sur { $pages ->
    [one] une page
   *[other] { $pages } pages
}.
loyalty-not-saved = Rien n'a été enregistré.
cards-tab-loyalty = Cartes de fidélité
loyalty-sheet-title = Cartes de fidélité des nouveaux clients
loyalty-sheet-intro = Imprime la carte de chaque client ajouté depuis le jour choisi : son nom, son numéro de membre, son code-barres et son QR code.
loyalty-new-since = Clients ajoutés depuis le
loyalty-layout = Planche
loyalty-layout-c32011 = Avery C32011 (A4, 10 cartes)
loyalty-layout-5371 = Avery 5371 ou 8371 (Letter, 10 cartes)
loyalty-layout-single = Une carte par page (imprimante à cartes)
loyalty-stage-colour = Montrer l'étape du client et sa couleur
loyalty-print-sheet = Imprimer les cartes
loyalty-nobody = Aucun client n'a été ajouté depuis ce jour : pas de carte à imprimer.

printer-title = Imprimante
printer-intro = Si les cartes ou les étiquettes sortent décalées sur leur planche, imprimez la page de calibrage, mesurez-la comme elle l'indique et saisissez ici le décalage. Il déplace les cartes de fidélité et les étiquettes d'adresse de la même façon.
printer-offset-x = Décalage horizontal (mm)
printer-offset-x-help = Négatif : vers la gauche.
printer-offset-y = Décalage vertical (mm)
printer-offset-y-help = Négatif : vers le haut.
printer-calibration = Imprimer la page de calibrage
printer-calibration-saved = { $file } enregistré : imprimez-le en taille réelle, puis mesurez.

# Les fenêtres d'enregistrement (src-tauri/src/commands/loyalty_cards.rs).
dialog-save-calibration-title = Enregistrer la page de calibrage
dialog-file-calibration = calibrage-imprimante.pdf
dialog-save-loyalty-cards-title = Enregistrer les cartes de fidélité
# $n : le nombre de cartes.
dialog-file-loyalty-cards = cartes-fidelite-{ $n }.pdf

# What a draft left on the printer form holds (ui/src/closing.ts names it).
draft-what-printer = Le décalage de l'imprimante
