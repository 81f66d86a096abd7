# Do the cards pay? Runs measured against their hold-out (fidele campaigns, the Campaigns
# view, the card run's summary, the timeline). $monthnum (1-12) lets a language elide
# (French: d'avril); English needs no selector on it.

campaigns-timeline-held-out = No card this month: comparison group
campaigns-held-out-summary = { $n ->
    [one] { $n } customer held out ({ $percent } %): no card this time, the comparison group
   *[other] { $n } customers held out ({ $percent } %): no card this time, the comparison group
}
campaigns-none = No card run with a hold-out yet. Record a month's cards with a hold-out, then come back 30 days later.
campaigns-verdict-effect = { $direction ->
    [fewer] The { $monthnum ->
       *[other] { $month }
    } cards brought about { $per100 } fewer customers back per 100 (between { $low } and { $high }): { $margin } of margin, for { $cost } of cards
   *[more] The { $monthnum ->
       *[other] { $month }
    } cards brought about { $per100 } more customers back per 100 (between { $low } and { $high }): { $margin } of margin, for { $cost } of cards
}
campaigns-verdict-too-early = Too early to conclude on the { $monthnum ->
       *[other] { $month }
    } cards
campaigns-verdict-no-effect = The { $monthnum ->
       *[other] { $month }
    } cards made no measurable difference: customers who got none came back as often
campaigns-pool-effect = { $direction ->
    [fewer] about { $per100 } fewer per 100 (between { $low } and { $high })
   *[more] about { $per100 } more per 100 (between { $low } and { $high })
}
campaigns-pool-too-early = too early to conclude
campaigns-pool-no-effect = no measurable effect
campaigns-method-welch = Welch's interval: each group had at least { $min } customers who came back and { $min } who did not
campaigns-method-bootstrap = Bootstrap interval: a group had only { $smallest } of what Welch's approximation needs at least { $min } of
campaigns-days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
campaigns-months = { $n ->
    [one] { $n } month
   *[other] { $n } months
}
campaigns-window-open = (not over yet)
campaigns-col-run = Run
campaigns-col-window = After
campaigns-col-recipients = Recipients
campaigns-col-held-out = Hold-out
campaigns-col-came-back = Came back
campaigns-col-revenue = Revenue per customer
campaigns-col-margin = Margin per customer
campaigns-col-redeemed = Codes redeemed
campaigns-col-difference = Difference (95 %)
campaigns-by-design = By design
campaigns-by-stage = By ladder stage
campaigns-by-offer = By offer size
campaigns-offer-none = no offer
campaigns-offer-percent = { $percent } % off
campaigns-long-view = The long view
campaigns-long-view-line = After { $months ->
    [one] { $months } month
   *[other] { $months } months
}: { $every } of customers who got every card still buy, against { $once } of those held out at least once
campaigns-long-view-early = After { $months ->
    [one] { $months } month
   *[other] { $months } months
}: too early (no customer has been followed that long)
campaigns-card-cost = Cost per card: { $cost }
