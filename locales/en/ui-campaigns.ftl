# The Campaigns view, the hold-out in the card run, "always send", the card's cost.
nav-campaigns = Campaigns
ui-campaigns-title = Do the cards pay?
ui-campaigns-intro = Each month's cards measured against the customers held out of them, who got none.
ui-campaigns-holdout = Hold-out (%)
ui-campaigns-recorded-held-out = { $n ->
    [one] { $n } customer held out.
   *[other] { $n } customers held out.
}
ui-campaigns-runs = Runs
ui-campaigns-run-month = Cards
ui-campaigns-share = { $returned } of { $customers }
ui-campaigns-points = { $estimate } points ({ $low } to { $high })
ui-campaigns-curve = Back since the cards: recipients against hold-out
ui-campaigns-curve-label = { $month }: { $recipients } of recipients and { $heldout } of the hold-out came back within { $days } days
ui-campaigns-uplift = Uplift per run, with its 95 % interval (points)
ui-campaigns-uplift-label = Uplift per run in points, from { $first } to { $last }
ui-campaigns-recipients = Recipients
ui-campaigns-held-out = Hold-out
ui-campaigns-day = Day { $n }
ui-campaigns-always-send = Always send the cards (never in a hold-out)
ui-campaigns-card-cost = Cost of one card (card, printing, postage)
ui-campaigns-card-cost-saved = Saved.
ui-campaigns-card-cost-save = Save the cost
