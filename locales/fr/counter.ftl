# Au comptoir, dans la commande fidele : numéros de carte, trouver un client, ventes et points.
cli-show-member-number = carte n°
