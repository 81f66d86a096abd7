# The words a card run and the weekly follow-up sheet write (crates/usecases): dates, the
# personal line, households, the "card sent" note, why someone is on the sheet.

plan-month-name = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
plan-weekday-name = { $day ->
    [1] Monday
    [2] Tuesday
    [3] Wednesday
    [4] Thursday
    [5] Friday
    [6] Saturday
   *[7] Sunday
}
# $month is the month's name (plan-month-name).
plan-day-month = { $day } { $month }
plan-day-month-year = { $date } { $year }
plan-month-year = { $month } { $year }
plan-weekday-date = { $weekday } { $date }
plan-week = week of { $from } to { $to }
plan-period = { $from } – { $to }

# $formality: formal or first_name (the customer's register).
plan-thanks = { $formality ->
   *[formal] Thank you for your visit on { $date }, see you soon!
    [first_name] Thanks for your visit on { $date }, see you soon!
}
# $kind: first (a prospect's first purchase) or next.
# $formality as in plan-thanks (Dutch words the offer per register).
plan-offer = { $formality ->
   *[formal] { $percent }% off your { $kind ->
        [first] first
       *[next] next
    } purchase, valid until { $date }.
    [first_name] { $percent }% off your { $kind ->
        [first] first
       *[next] next
    } purchase, until { $date }.
}
plan-offer-details = Personal offer: { $percent }% (code { $code })
plan-card-sent = Card “{ $greeting }” ({ $when })

plan-family-two = { $a } and { $b }
plan-household-address = The { $family } family
plan-household-salutation = Dear { $family } family

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
