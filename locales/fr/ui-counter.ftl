# L'écran du comptoir, la carte de fidélité sur la fiche du client, les règles de fidélité dans les Réglages.
member-number = Carte n° { $number }
member-reissue = Carte perdue : nouveau numéro
member-reissue-title = Donner un nouveau numéro de carte à { $name } ?
member-reissue-what = La carte n° { $number } sera arrêtée : scannée, elle le dira et nommera ce client. Les points restent au client.
member-reissue-confirm = L'arrêter et donner un nouveau numéro
member-reissue-cancel = Garder ce numéro
member-reissued = Nouvelle carte n° { $number } ; l'ancienne est arrêtée.

## L'écran du comptoir.
nav-counter = Comptoir
counter-title = Au comptoir
counter-scan-label = Scannez une carte, ou tapez un numéro de carte, un code d'offre, un téléphone ou un nom
counter-scan-help = Entrée termine un scan. Échap dans la vente ramène ici.
counter-enrol = Nouveau client
counter-stopped = La carte n° { $number } est arrêtée (carte perdue). Elle était à { $name }.
counter-stopped-current = Sa carte est maintenant la n° { $number }.
counter-open = Ouvrir { $name }
counter-choose = Plusieurs clients correspondent : lequel ?
counter-nothing-member-number-check = { $value } n'est pas un numéro de carte : un chiffre est faux ou deux sont inversés. Scannez-la de nouveau.
counter-nothing-no-such-member-number = Aucun client n'a la carte n° { $value }.
counter-nothing-nothing = Personne ne correspond à « { $value } ».
counter-points = { $n ->
    [one] { $n } point
   *[other] { $n } points
}
counter-stamps = { $n ->
    [one] { $n } tampon
   *[other] { $n } tampons
}
counter-sale-done = Vente enregistrée : +{ $earned } { $unit ->
    [stamps] { $earned ->
        [one] tampon
       *[other] tampons
    }
   *[points] { $earned ->
        [one] point
       *[other] points
    }
}, solde { $balance }.
counter-accept-anyway = L'accepter quand même (ce sera noté)
counter-missing = Plus que { $missing } { $unit ->
    [stamps] { $missing ->
        [one] tampon
       *[other] tampons
    }
   *[points] { $missing ->
        [one] point
       *[other] points
    }
} pour { $reward }
counter-spend = Utiliser : { $reward } ({ $cost } { $unit ->
    [stamps] tampons
   *[points] points
})
counter-loyalty-off = Pas de programme de fidélité : activez-le dans les Réglages.
counter-birthday = Anniversaire cette semaine : { $date }
counter-complaint = Réclamation en cours : { $summary }
counter-offer-valid = Offre { $code } : { $percent } % de remise, jusqu'au { $until }
counter-offer-scanned = Offre { $code } scannée : { $percent } % de remise sur cette vente.
counter-offer-expired = L'offre { $code } a expiré.
counter-offer-already-used = L'offre { $code } a déjà servi.
counter-offer-other-customer = L'offre { $code } est celle de { $name }.
counter-refund-amount = Montant remboursé
counter-refund = Rembourser
counter-say = À dire :
counter-sale-title = Vente
counter-amount = Montant
counter-more = Catégorie, code d'offre
counter-category = Catégorie
counter-offer-code = Code d'offre
counter-record = Enregistrer la vente
counter-last-purchases = Derniers achats
counter-entry-earned = gagnés
counter-entry-spent = utilisés
counter-entry-expired = expirés
counter-entry-refunded = remboursement
counter-entry-adjusted = correction
counter-enrol-ask = Est-ce que nous pouvons…
counter-enrol-post = vous envoyer de temps en temps une carte par la poste ?
counter-enrol-email = vous écrire par e-mail ?
counter-enrol-sms = vous envoyer un SMS ?
counter-enrol-contact = Un téléphone ou une adresse e-mail, s'il vous plaît.
counter-enrolled = Bienvenue, { $name } : carte n° { $number }.
counter-enrol-first = Prénom
counter-enrol-last = Nom
counter-enrol-phone = Téléphone
counter-enrol-email-address = E-mail
counter-enrol-save = Inscrire
counter-enrol-cancel = Annuler

## Réglages : les règles de fidélité.
loyalty-title = Points de fidélité
loyalty-enabled = Les ventes rapportent des points ou des tampons
loyalty-unit = Les ventes rapportent
loyalty-unit-points = des points pour chaque euro (ou baht) dépensé
loyalty-unit-stamps = un tampon par visite au-delà d'un minimum
loyalty-per-unit = Points par unité de monnaie entière
loyalty-stamp-min = Achat minimum pour un tampon
loyalty-rewards = Récompenses (la moins chère d'abord)
loyalty-reward-cost = Coûte (points ou tampons)
loyalty-reward-value = Remise
loyalty-reward-label = Ou un cadeau, nommé
loyalty-expiry = Les points expirent après (mois)
loyalty-expiry-help = 0 : ils n'expirent jamais. Les plus anciens partent en premier.
loyalty-birthday = Points doublés le mois de l'anniversaire du client
loyalty-bonus = Bonus en pourcentage selon l'étape de fidélité
