# The words a card run and the weekly follow-up sheet write (crates/usecases): dates, the
# personal line, households, the "card sent" note, why someone is on the sheet.

plan-month-name = { $month ->
    [1] januari
    [2] februari
    [3] maart
    [4] april
    [5] mei
    [6] juni
    [7] juli
    [8] augustus
    [9] september
    [10] oktober
    [11] november
   *[12] december
}
plan-weekday-name = { $day ->
    [1] maandag
    [2] dinsdag
    [3] woensdag
    [4] donderdag
    [5] vrijdag
    [6] zaterdag
   *[7] zondag
}
# $month is the month's name (plan-month-name).
plan-day-month = { $day } { $month }
plan-day-month-year = { $date } { $year }
plan-month-year = { $month } { $year }
plan-weekday-date = { $weekday } { $date }
plan-week = week van { $from } tot { $to }
plan-period = { $from } – { $to }

# $formality: formal (u) or first_name (je): the whole card keeps the customer's register.
plan-thanks = { $formality ->
   *[formal] Bedankt voor uw bezoek op { $date }, tot binnenkort!
    [first_name] Bedankt voor je bezoek op { $date }, tot binnenkort!
}
# $kind: first (a prospect's first purchase) or next.
plan-offer = { $percent }% korting op { $formality ->
   *[formal] uw
    [first_name] je
} { $kind ->
    [first] eerste
   *[next] volgende
} aankoop, tot { $date }.
plan-offer-details = Persoonlijk aanbod: { $percent }% (code { $code })
plan-card-sent = Kaart „{ $greeting }” ({ $when })

plan-family-two = { $a } en { $b }
plan-household-address = Familie { $family }
plan-household-salutation = Beste familie { $family }

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
