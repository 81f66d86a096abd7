# Adresetiketten (crates/printing).
print-labels-title = Adresetiketten
