# De opvolglijst van de week (crates/printing).
print-sheet-title = Wie deze week bellen of zien
print-sheet-week = week van { $from } tot { $to }
print-sheet-continued = { $group } (vervolg)
print-sheet-page = pagina { $page } / { $pages }
print-sheet-nobody = Deze week niemand om te contacteren.
print-sheet-reason-birthday = Komende verjaardagen
print-sheet-reason-purchase = Opvolging na een aankoop
print-sheet-reason-complaint = Openstaande klachten
print-sheet-reason-drifting = Goede klanten die wegblijven
print-sheet-reason-reminder = Herinneringen
