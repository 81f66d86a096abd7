# Au comptoir, dans la commande fidele : numéros de carte, trouver un client, ventes et points.
cli-show-member-number = carte n°

## Refus au comptoir (codes d'erreur).
error-member-number-check = { $value } n'est pas un numéro de carte : un chiffre est faux ou deux sont inversés. Scannez-le ou tapez-le de nouveau.
error-no-such-member-number = Aucun client n'a la carte n° { $value }.
error-member-number-stopped = La carte n° { $value } a été arrêtée (carte perdue) ; elle était à { $name }.
error-not-enough-points = Pas assez de points : le solde est de { $balance }, { $cost } demandés.
error-no-such-offer = Aucune carte n'a porté le code d'offre { $code }.
error-offer-expired = L'offre { $code } a expiré le { $until }.
error-offer-already-used = L'offre { $code } a déjà servi le { $at }.
error-offer-other-customer = L'offre { $code } est celle de { $name }.
error-loyalty-off = La boutique n'a pas de programme de fidélité : activez-le dans les Réglages.

## Les commandes du comptoir.
cli-counter-offer-good = valable jusqu'au { $until }
cli-counter-offer-expired = refusée : expirée
cli-counter-offer-already-used = refusée : déjà utilisée
cli-counter-offer-other-customer = refusée : celle d'un autre client
cli-counter-stopped = La carte n° { $number } est arrêtée (carte perdue). Elle était à { $name } (n° { $id }), dont la carte est maintenant la n° { $current }.
cli-counter-nothing-member-number-check = { $value } n'est pas un numéro de carte : un chiffre est faux ou deux sont inversés.
cli-counter-nothing-no-such-member-number = Aucun client n'a la carte n° { $value }.
cli-counter-nothing-nothing = Personne ne correspond à « { $value } ».
cli-counter-sale-done = { $earned ->
    [one] { $earned } point gagné
   *[other] { $earned } points gagnés
} ; solde { $balance }.
cli-counter-refund-done = { $taken ->
    [one] { $taken } point repris
   *[other] { $taken } points repris
} ; solde { $balance }.
cli-counter-balance = { $unit ->
    [stamps] Tampons : { $balance }
   *[points] Points : { $balance }
}
cli-timeline-points = points
