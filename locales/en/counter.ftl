# At the counter, in the fidele command: member numbers, finding a customer, sales and points.
cli-show-member-number = card no.

## Refusals at the counter (error codes).
error-member-number-check = { $value } is not a card number: a digit is wrong or two are swapped. Scan or type it again.
error-no-such-member-number = No customer has card no. { $value }.
error-member-number-stopped = Card no. { $value } was stopped (lost card); it belonged to { $name }.
error-not-enough-points = Not enough points: the balance is { $balance }, { $cost } asked.
error-no-such-offer = No card printed the offer code { $code }.
error-offer-expired = The offer { $code } expired on { $until }.
error-offer-already-used = The offer { $code } was already used on { $at }.
error-offer-other-customer = The offer { $code } is { $name }'s.
error-loyalty-off = The shop does not run a loyalty scheme: turn it on in Settings.

## The counter's commands.
cli-counter-offer-good = good until { $until }
cli-counter-offer-expired = refused: expired
cli-counter-offer-already-used = refused: already used
cli-counter-offer-other-customer = refused: another customer's
cli-counter-stopped = Card no. { $number } is stopped (lost card). It belonged to { $name } (#{ $id }), whose card is now no. { $current }.
cli-counter-nothing-member-number-check = { $value } is not a card number: a digit is wrong or two are swapped.
cli-counter-nothing-no-such-member-number = No customer has card no. { $value }.
cli-counter-nothing-nothing = Nobody found for “{ $value }”.
cli-counter-sale-done = { $earned ->
    [one] 1 point earned
   *[other] { $earned } points earned
}; balance { $balance }.
cli-counter-refund-done = { $taken ->
    [one] 1 point taken back
   *[other] { $taken } points taken back
}; balance { $balance }.
cli-counter-balance = { $unit ->
    [stamps] Stamps: { $balance }
   *[points] Points: { $balance }
}
cli-timeline-points = points
