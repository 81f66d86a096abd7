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
