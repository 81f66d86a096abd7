# The points or stamps a customer holds, where they show outside the counter: the weekly
# follow-up's customers close to a reward (crates/usecases follow_up.rs, the sheet, the app).
print-sheet-reason-near-reward = Tout près d'une récompense
cards-reason-near_reward = Tout près d'une récompense
# $unit: points or stamps; $kind: voucher (a $reward amount) or gift (its $reward name).
plan-why-near-reward = { $unit ->
    [stamps] { $balance ->
        [one] { $balance } tampon
       *[other] { $balance } tampons
    } : plus que { $missing } pour { $kind ->
        [voucher] un bon de { $reward }
       *[gift] « { $reward } »
    }
   *[points] { $balance ->
        [one] { $balance } point
       *[other] { $balance } points
    } : plus que { $missing } pour { $kind ->
        [voucher] un bon de { $reward }
       *[gift] « { $reward } »
    }
}
