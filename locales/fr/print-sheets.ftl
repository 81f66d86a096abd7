# La feuille de suivi de la semaine (crates/printing).
print-sheet-title = Qui appeler ou voir cette semaine
print-sheet-week = semaine du { $from } au { $to }
print-sheet-continued = { $group } (suite)
print-sheet-page = page { $page } / { $pages }
print-sheet-nobody = Personne à contacter cette semaine.
print-sheet-reason-birthday = Anniversaires à venir
print-sheet-reason-purchase = Suivi après un achat
print-sheet-reason-complaint = Réclamations en attente
print-sheet-reason-drifting = Bons clients qui s'éloignent
print-sheet-reason-reminder = Rappels
