# Datums zoals kaarten en lijsten ze drukken (crates/printing). Het jaar komt al geteld in de
# kalender van de winkel.

## $month: 1 to 12.
print-month =
    { $month ->
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
## $day: 1 (Monday) to 7 (Sunday).
print-weekday =
    { $day ->
        [1] maandag
        [2] dinsdag
        [3] woensdag
        [4] donderdag
        [5] vrijdag
        [6] zaterdag
       *[7] zondag
    }
## $day: the day of the month; $month: its name (print-month); $year: the year.
print-date-day-month = { $day } { $month }
print-date-full = { $day } { $month } { $year }
