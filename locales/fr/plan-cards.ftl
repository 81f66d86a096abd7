# The words a card run and the weekly follow-up sheet write (crates/usecases): dates, the
# personal line, households, the "card sent" note, why someone is on the sheet.

plan-month-name = { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
}
plan-weekday-name = { $day ->
    [1] lundi
    [2] mardi
    [3] mercredi
    [4] jeudi
    [5] vendredi
    [6] samedi
   *[7] dimanche
}
# $month is the month's name (plan-month-name).
plan-day-month = { $day ->
    [1] 1er { $month }
   *[other] { $day } { $month }
}
plan-day-month-year = { $date } { $year }
plan-month-year = { $month } { $year }
plan-weekday-date = { $weekday } { $date }
plan-week = semaine du { $from } au { $to }
plan-period = { $from } – { $to }

# $formality: formal or first_name (the customer's register).
plan-thanks = Merci pour votre visite du { $date }, à très bientôt !
# $kind: first (a prospect's first purchase) or next.
plan-offer = −{ $percent } % sur votre { $kind ->
    [first] premier
   *[next] prochain
} achat, jusqu'au { $date }.
plan-offer-details = Offre personnelle : { $percent } % (code { $code })
plan-card-sent = Carte « { $greeting } » ({ $when })

plan-family-two = { $a } et { $b }
plan-household-address = Famille { $family }
plan-household-salutation = Chère famille { $family }

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
