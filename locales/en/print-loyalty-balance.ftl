# The points or stamps a customer holds, where they show outside the counter: the weekly
# follow-up's customers close to a reward (crates/usecases follow_up.rs, the sheet, the app).
print-sheet-reason-near-reward = Close to a reward
cards-reason-near_reward = Close to a reward
# $unit: points or stamps; $kind: voucher (a $reward amount) or gift (its $reward name).
plan-why-near-reward = { $unit ->
    [stamps] { $balance ->
        [one] { $balance } stamp
       *[other] { $balance } stamps
    }: only { $missing } more for { $kind ->
        [voucher] a { $reward } voucher
       *[gift] “{ $reward }”
    }
   *[points] { $balance ->
        [one] { $balance } point
       *[other] { $balance } points
    }: only { $missing } more for { $kind ->
        [voucher] a { $reward } voucher
       *[gift] “{ $reward }”
    }
}
