# Les étiquettes d'adresse (crates/printing).
print-labels-title = Étiquettes d'adresse
