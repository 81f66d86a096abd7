# Dates and numbers in the interface: the date field's parts and what it says when a date is half chosen.
date-day = Day
date-month = Month
date-year = Year
date-year-optional = Year (optional)
date-time = Time
date-time-hint = hh:mm
date-incomplete = Choose the day, the month and the year, or leave the date empty.
date-bad-year = Write the year with four digits.
date-bad-time = Write the time as hours and minutes, 14:30 for example.
settings-calendar = Years counted in
calendar-gregorian = the Common Era (2026)
calendar-buddhist = the Buddhist Era (2569)
cards-skipped-count = { $reason }: { $n }
cards-offer-line = { $percent } · { $code }
analysis-stage-count = { $stage }: { $n }
progress-done-of = { $done } of { $total }
cards-offer-percent = { $stage } (%)
