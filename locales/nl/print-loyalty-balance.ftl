# The points or stamps a customer holds, where they show outside the counter: the weekly
# follow-up's customers close to a reward (crates/usecases follow_up.rs, the sheet, the app).
print-sheet-reason-near-reward = Bijna een beloning
cards-reason-near_reward = Bijna een beloning
# $unit: points or stamps; $kind: voucher (a $reward amount) or gift (its $reward name).
plan-why-near-reward = { $unit ->
    [stamps] { $balance ->
        [one] { $balance } stempel
       *[other] { $balance } stempels
    }: nog maar { $missing } voor { $kind ->
        [voucher] een bon van { $reward }
       *[gift] „{ $reward }”
    }
   *[points] { $balance ->
        [one] { $balance } punt
       *[other] { $balance } punten
    }: nog maar { $missing } voor { $kind ->
        [voucher] een bon van { $reward }
       *[gift] „{ $reward }”
    }
}
