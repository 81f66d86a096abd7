# Mailing labels (crates/printing).
# The title of the PDF of labels, as a viewer shows it.
print-labels-title = Mailing labels
