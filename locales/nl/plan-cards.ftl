# The words a card run and the weekly follow-up sheet write (crates/usecases): dates, the
# personal line, households, the "card sent" note, why someone is on the sheet.

plan-month-year = { $month } { $year }
plan-weekday-date = { $weekday } { $date }
plan-period = { $from } – { $to }

plan-offer-details = Persoonlijk aanbod: { $percent }% (code { $code })
plan-card-sent = Kaart „{ $greeting }” ({ $when })

plan-family-two = { $a } en { $b }
plan-household-address = Familie { $family }

plan-why-birthday = verjaardag op { $date }
plan-why-birthday-turns = verjaardag op { $date } (wordt { $turns })
plan-why-purchase = aankoop van { $amount } op { $date }: alles naar wens?
plan-why-complaint = klacht al { $days ->
    [one] { $days } dag
   *[other] { $days } dagen
} open: „{ $summary }”
plan-why-reminder = { $title } ({ $date })
plan-why-reminder-overdue = { $title } (te laat, gepland op { $date })
plan-nobody = —
