# The counter screen, member cards on the customer's page, the loyalty rules in Settings.
member-number = Card no. { $number }
member-reissue = Lost card: new number
member-reissue-title = Give { $name } a new card number?
member-reissue-what = Card no. { $number } will be stopped: a scan of it will say so and name this customer. Points stay with the customer.
member-reissue-confirm = Stop it and give a new number
member-reissue-cancel = Keep this number
member-reissued = New card no. { $number }; the old one is stopped.

## The counter screen.
nav-counter = Counter
counter-title = At the counter
counter-scan-label = Scan a card, or type a card number, an offer code, a phone or a name
counter-scan-help = Enter ends a scan. Esc in the sale brings you back here.
counter-enrol = New customer
counter-stopped = Card no. { $number } is stopped (lost card). It belonged to { $name }.
counter-stopped-current = Their card is now no. { $number }.
counter-open = Open { $name }
counter-choose = Several customers match: which one?
counter-nothing-member-number-check = { $value } is not a card number: a digit is wrong or two are swapped. Scan it again.
counter-nothing-no-such-member-number = No customer has card no. { $value }.
counter-nothing-nothing = Nobody found for “{ $value }”.
counter-points = { $n ->
    [one] { $n } point
   *[other] { $n } points
}
counter-stamps = { $n ->
    [one] { $n } stamp
   *[other] { $n } stamps
}
counter-sale-done = Sale recorded: +{ $earned } { $unit ->
    [stamps] { $earned ->
        [one] stamp
       *[other] stamps
    }
   *[points] { $earned ->
        [one] point
       *[other] points
    }
}, balance { $balance }.
counter-accept-anyway = Accept it anyway (recorded)
counter-missing = { $missing } more { $unit ->
    [stamps] { $missing ->
        [one] stamp
       *[other] stamps
    }
   *[points] { $missing ->
        [one] point
       *[other] points
    }
} for { $reward }
counter-spend = Use: { $reward } ({ $cost } { $unit ->
    [stamps] stamps
   *[points] points
})
counter-loyalty-off = No loyalty scheme: turn it on in Settings.
counter-birthday = Birthday this week: { $date }
counter-complaint = Open complaint: { $summary }
counter-offer-valid = Offer { $code }: { $percent }% off, until { $until }
counter-offer-scanned = Offer { $code } scanned: { $percent }% off with this sale.
counter-offer-expired = Offer { $code } has expired.
counter-offer-already-used = Offer { $code } was already used.
counter-offer-other-customer = Offer { $code } is { $name }'s.
counter-refund-amount = Amount refunded
counter-refund = Refund
counter-say = To say:
counter-sale-title = Sale
counter-amount = Amount
counter-more = Category, offer code
counter-category = Category
counter-offer-code = Offer code
counter-record = Record the sale
counter-last-purchases = Last purchases
counter-entry-earned = earned
counter-entry-spent = spent
counter-entry-expired = expired
counter-entry-refunded = refund
counter-entry-adjusted = adjusted
counter-enrol-ask = May we…
counter-enrol-post = send you a card by post now and then?
counter-enrol-email = write to you by e-mail?
counter-enrol-sms = send you a text message?
counter-enrol-contact = A phone number or an e-mail address, please.
counter-enrolled = Welcome, { $name }: card no. { $number }.
counter-enrol-first = First name
counter-enrol-last = Last name
counter-enrol-phone = Phone
counter-enrol-email-address = E-mail
counter-enrol-save = Enrol
counter-enrol-cancel = Cancel

## Settings: the loyalty rules.
loyalty-title = Loyalty points
loyalty-enabled = Sales earn points or stamps
loyalty-unit = Sales earn
loyalty-unit-points = points for each euro (or baht) spent
loyalty-unit-stamps = a stamp for each visit over a minimum
loyalty-per-unit = Points per whole unit of currency
loyalty-stamp-min = Minimum sale for a stamp
loyalty-rewards = Rewards (cheapest first)
loyalty-reward-cost = Costs (points or stamps)
loyalty-reward-value = Money off
loyalty-reward-label = Or a gift, named
loyalty-expiry = Points expire after (months)
loyalty-expiry-help = 0: they never expire. The oldest are used first.
loyalty-birthday = Double points in the customer's birthday month
loyalty-bonus = Extra percent by loyalty stage
