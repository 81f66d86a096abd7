# The points or stamps a customer holds, where they show outside the counter: the weekly
# follow-up's customers close to a reward (crates/usecases follow_up.rs, the sheet, the app).
print-sheet-reason-near-reward = ใกล้ได้รับรางวัล
cards-reason-near_reward = ใกล้ได้รับรางวัล
# $unit: points or stamps; $kind: voucher (a $reward amount) or gift (its $reward name).
# Thai counts without a plural: the classifier follows the number (แต้ม, ดวง).
plan-why-near-reward = { $unit ->
    [stamps] มี { $balance } ดวง อีกเพียง { $missing } ดวงจะได้ { $kind ->
        [voucher] บัตรกำนัลมูลค่า { $reward }
       *[gift] “{ $reward }”
    }
   *[points] มี { $balance } แต้ม อีกเพียง { $missing } แต้มจะได้ { $kind ->
        [voucher] บัตรกำนัลมูลค่า { $reward }
       *[gift] “{ $reward }”
    }
}
