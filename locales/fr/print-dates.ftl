# Les dates telles que cartes et feuilles les impriment (crates/printing). L'année arrive déjà
# comptée dans le calendrier de la boutique.

## $month: 1 to 12.
print-month =
    { $month ->
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
## $day: 1 (Monday) to 7 (Sunday).
print-weekday =
    { $day ->
        [1] lundi
        [2] mardi
        [3] mercredi
        [4] jeudi
        [5] vendredi
        [6] samedi
       *[7] dimanche
    }
## $day: the day of the month; $month: its name (print-month); $year: the year.
# Le premier du mois s'écrit « 1er ».
print-date-day-month =
    { $day ->
        [1] 1er { $month }
       *[other] { $day } { $month }
    }
print-date-full =
    { $day ->
        [1] 1er { $month } { $year }
       *[other] { $day } { $month } { $year }
    }
