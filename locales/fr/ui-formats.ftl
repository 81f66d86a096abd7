# Dates et nombres de l'interface : les parties du champ de date, et ce qu'il dit d'une date à moitié choisie.
date-day = Jour
date-month = Mois
date-year = Année
date-year-optional = Année (facultative)
date-time = Heure
date-time-hint = hh:mm
date-incomplete = Choisissez le jour, le mois et l'année, ou laissez la date vide.
date-bad-year = Écrivez l'année en quatre chiffres.
date-bad-time = Écrivez l'heure en heures et minutes, par exemple 14:30.
settings-calendar = Années comptées selon
calendar-gregorian = l'ère commune (2026)
calendar-buddhist = l'ère bouddhiste (2569)
cards-skipped-count = { $reason } : { $n }
cards-offer-line = { $percent } · { $code }
analysis-stage-count = { $stage } : { $n }
progress-done-of = { $done } sur { $total }
cards-offer-percent = { $stage } (%)
