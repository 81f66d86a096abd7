# Dates as cards and sheets print them (crates/printing). The year comes already counted in the
# shop's calendar (2569 for 2026 in the Buddhist Era).

## $month: 1 to 12.
print-month =
    { $month ->
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
## $day: 1 (Monday) to 7 (Sunday).
print-weekday =
    { $day ->
        [1] Monday
        [2] Tuesday
        [3] Wednesday
        [4] Thursday
        [5] Friday
        [6] Saturday
       *[7] Sunday
    }
## $day: the day of the month; $month: its name (print-month); $year: the year.
print-date-day-month = { $day } { $month }
print-date-full = { $day } { $month } { $year }
