# Les cartes rapportent-elles ? Chaque envoi mesuré contre son groupe témoin (fidele
# campaigns, la vue Campagnes, le résumé d'un envoi, la chronologie). $monthnum (1-12) sert à
# l'élision (d'avril, d'août, d'octobre).

campaigns-timeline-held-out = Pas de carte ce mois-ci : groupe témoin
campaigns-held-out-summary = { $n ->
    [one] { $n } client mis de côté ({ $percent } %) : pas de carte cette fois, c'est le groupe témoin
   *[other] { $n } clients mis de côté ({ $percent } %) : pas de carte cette fois, c'est le groupe témoin
}
campaigns-none = Aucun envoi avec groupe témoin pour l'instant. Enregistrez les cartes d'un mois avec un groupe témoin, puis revenez 30 jours plus tard.
campaigns-verdict-effect = { $direction ->
    [fewer] Les cartes { $monthnum ->
        [4] d’{ $month }
        [8] d’{ $month }
        [10] d’{ $month }
       *[other] de { $month }
    } ont fait revenir environ { $per100 } clients de moins sur 100 (entre { $low } et { $high }) : { $margin } de marge, pour { $cost } de cartes
   *[more] Les cartes { $monthnum ->
        [4] d’{ $month }
        [8] d’{ $month }
        [10] d’{ $month }
       *[other] de { $month }
    } ont fait revenir environ { $per100 } clients de plus sur 100 (entre { $low } et { $high }) : { $margin } de marge, pour { $cost } de cartes
}
campaigns-verdict-too-early = Trop tôt pour conclure sur les cartes { $monthnum ->
    [4] d’{ $month }
    [8] d’{ $month }
    [10] d’{ $month }
   *[other] de { $month }
}
campaigns-verdict-no-effect = Les cartes { $monthnum ->
    [4] d’{ $month }
    [8] d’{ $month }
    [10] d’{ $month }
   *[other] de { $month }
} n'ont pas fait de différence mesurable : les clients qui n'en ont pas reçu sont revenus aussi souvent
campaigns-pool-effect = { $direction ->
    [fewer] environ { $per100 } de moins sur 100 (entre { $low } et { $high })
   *[more] environ { $per100 } de plus sur 100 (entre { $low } et { $high })
}
campaigns-pool-too-early = trop tôt pour conclure
campaigns-pool-no-effect = pas d'effet mesurable
campaigns-method-welch = Intervalle de Welch : chaque groupe comptait au moins { $min } clients revenus et { $min } non revenus
campaigns-method-bootstrap = Intervalle par bootstrap : un groupe n'avait que { $smallest } des { $min } cas au moins dont l'approximation de Welch a besoin
campaigns-days = { $n ->
    [one] { $n } jour
   *[other] { $n } jours
}
campaigns-months = { $n ->
    [one] { $n } mois
   *[other] { $n } mois
}
campaigns-window-open = (pas encore écoulé)
campaigns-col-run = Envoi
campaigns-col-window = Après
campaigns-col-recipients = Destinataires
campaigns-col-held-out = Groupe témoin
campaigns-col-came-back = Revenus
campaigns-col-revenue = Chiffre d'affaires par client
campaigns-col-margin = Marge par client
campaigns-col-redeemed = Codes utilisés
campaigns-col-difference = Écart (95 %)
campaigns-by-design = Par carte
campaigns-by-stage = Par étape de fidélité
campaigns-by-offer = Par taille d'offre
campaigns-offer-none = sans offre
campaigns-offer-percent = { $percent } % de remise
campaigns-long-view = Sur la durée
campaigns-long-view-line = Après { $months } mois : { $every } des clients qui ont reçu toutes les cartes achètent encore, contre { $once } de ceux mis de côté au moins une fois
campaigns-long-view-early = Après { $months } mois : trop tôt (aucun client n'est suivi depuis si longtemps)
campaigns-card-cost = Coût par carte : { $cost }
