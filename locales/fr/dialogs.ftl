# The native open and save dialogs the app opens (src-tauri/src/dialogs.rs): their titles and
# the file names they propose, in the interface's language. A file name keeps to letters,
# digits and dashes around its variables (dates, weeks, numbers).

dialog-logo-title = Logo de la boutique
dialog-import-customers-title = Importer des clients
dialog-import-purchases-title = Importer des achats
dialog-export-title = Exporter
dialog-export-record-title = Exporter ses données
dialog-save-cards-title = Enregistrer les cartes
dialog-save-follow-up-title = Enregistrer la feuille de suivi
dialog-backup-title = Sauvegarder le fichier clients
dialog-backup-folder-title = Dossier des sauvegardes
dialog-restore-title = Restaurer une sauvegarde

# $kind: monthly, birthday or anniversary; $period: 2026-03; $from: the first day, 2026-03-01.
dialog-file-cards = { $kind ->
    [birthday] anniversaires-{ $from }.pdf
    [anniversary] un-an-ensemble-{ $from }.pdf
   *[monthly] cartes-{ $period }.pdf
}
# $week: 2026-W11.
dialog-file-follow-up = suivi-{ $week }.pdf
# $format: the export's format code.
dialog-file-export = { $format ->
    [csv-excel] clients-excel.csv
    [vcard] clients.vcf
    [newsletter-mailchimp] newsletter-mailchimp.csv
    [newsletter-brevo] newsletter-brevo.csv
    [labels-l7160] etiquettes-L7160.pdf
    [labels-5160] etiquettes-5160.pdf
   *[csv] clients.csv
}
# $id: the customer's number.
dialog-file-record = client-{ $id }.json
# $date: 2026-12-03.
dialog-file-backup = fidele-{ $date }.db
