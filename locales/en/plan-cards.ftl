# The words a card run and the weekly follow-up sheet write (crates/usecases): dates, the
# personal line, households, the "card sent" note, why someone is on the sheet.

plan-month-year = { $month } { $year }
plan-weekday-date = { $weekday } { $date }
plan-period = { $from } – { $to }

plan-offer-details = Personal offer: { $percent }% (code { $code })
plan-card-sent = Card “{ $greeting }” ({ $when })

plan-family-two = { $a } and { $b }
plan-household-address = The { $family } family

plan-why-birthday = birthday on { $date }
plan-why-birthday-turns = birthday on { $date } (turns { $turns })
plan-why-purchase = bought for { $amount } on { $date }: is all well?
plan-why-complaint = complaint open for { $days ->
    [one] { $days } day
   *[other] { $days } days
}: “{ $summary }”
plan-why-reminder = { $title } ({ $date })
plan-why-reminder-overdue = { $title } (overdue since { $date })
plan-nobody = —
