# Datums en getallen in de interface: de delen van het datumveld, en wat het zegt bij een half gekozen datum.
date-day = Dag
date-month = Maand
date-year = Jaar
date-year-optional = Jaar (niet verplicht)
date-time = Tijd
date-time-hint = uu:mm
date-incomplete = Kies de dag, de maand en het jaar, of laat de datum leeg.
date-bad-year = Schrijf het jaar met vier cijfers.
date-bad-time = Schrijf de tijd in uren en minuten, bijvoorbeeld 14:30.
settings-calendar = Jaren geteld volgens
calendar-gregorian = de gangbare jaartelling (2026)
calendar-buddhist = de boeddhistische jaartelling (2569)
cards-skipped-count = { $reason }: { $n }
cards-offer-line = { $percent } · { $code }
analysis-stage-count = { $stage }: { $n }
progress-done-of = { $done } van { $total }
cards-offer-percent = { $stage } (%)
