# La vue Campagnes, le groupe témoin d'un envoi, « toujours envoyer », le coût d'une carte.
nav-campaigns = Campagnes
ui-campaigns-title = Les cartes rapportent-elles ?
ui-campaigns-intro = Les cartes de chaque mois, mesurées contre les clients mis de côté, qui n'en ont pas reçu.
ui-campaigns-holdout = Groupe témoin (%)
ui-campaigns-recorded-held-out = { $n ->
    [one] { $n } client mis de côté.
   *[other] { $n } clients mis de côté.
}
ui-campaigns-runs = Envois
ui-campaigns-run-month = Cartes
ui-campaigns-share = { $returned } sur { $customers }
ui-campaigns-points = { $estimate } points ({ $low } à { $high })
ui-campaigns-curve = Revenus depuis l'envoi : destinataires et groupe témoin
ui-campaigns-curve-label = { $month } : { $recipients } des destinataires et { $heldout } du groupe témoin sont revenus en { $days } jours
ui-campaigns-uplift = Effet de chaque envoi, avec son intervalle à 95 % (points)
ui-campaigns-uplift-label = Effet de chaque envoi en points, de { $first } à { $last }
ui-campaigns-recipients = Destinataires
ui-campaigns-held-out = Groupe témoin
ui-campaigns-day = Jour { $n }
ui-campaigns-always-send = Toujours envoyer les cartes (jamais dans un groupe témoin)
ui-campaigns-card-cost = Coût d'une carte (carte, impression, affranchissement)
ui-campaigns-card-cost-saved = Enregistré.
ui-campaigns-card-cost-save = Enregistrer le coût
