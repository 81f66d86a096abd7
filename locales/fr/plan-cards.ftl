# The words a card run and the weekly follow-up sheet write (crates/usecases): dates, the
# personal line, households, the "card sent" note, why someone is on the sheet.

plan-month-year = { $month } { $year }
plan-weekday-date = { $weekday } { $date }
plan-period = { $from } – { $to }

plan-offer-details = Offre personnelle : { $percent } % (code { $code })
plan-card-sent = Carte « { $greeting } » ({ $when })

plan-family-two = { $a } et { $b }
plan-household-address = Famille { $family }

plan-why-birthday = anniversaire { $date }
plan-why-birthday-turns = anniversaire { $date } ({ $turns } ans)
plan-why-purchase = achat de { $amount } le { $date } : tout va bien ?
plan-why-complaint = réclamation ouverte depuis { $days ->
    [one] { $days } jour
   *[other] { $days } jours
} : « { $summary } »
plan-why-reminder = { $title } ({ $date })
plan-why-reminder-overdue = { $title } (en retard, prévu le { $date })
plan-nobody = —
