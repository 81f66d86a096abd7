# The native open and save dialogs the app opens (src-tauri/src/dialogs.rs): their titles and
# the file names they propose, in the interface's language. A file name keeps to letters,
# digits and dashes around its variables (dates, weeks, numbers).

dialog-logo-title = Logo van de winkel
dialog-import-customers-title = Klanten importeren
dialog-import-purchases-title = Aankopen importeren
dialog-export-title = Exporteren
dialog-export-record-title = Gegevens van de klant exporteren
dialog-save-cards-title = Kaarten opslaan
dialog-save-follow-up-title = Opvolgingsblad opslaan
dialog-backup-title = Klantenbestand back-uppen
dialog-backup-folder-title = Map voor back-ups
dialog-restore-title = Back-up terugzetten

# $kind: monthly, birthday or anniversary; $period: 2026-03; $from: the first day, 2026-03-01.
dialog-file-cards = { $kind ->
    [birthday] verjaardagen-{ $from }.pdf
    [anniversary] een-jaar-samen-{ $from }.pdf
   *[monthly] kaarten-{ $period }.pdf
}
# $week: 2026-W11.
dialog-file-follow-up = opvolging-{ $week }.pdf
# $format: the export's format code.
dialog-file-export = { $format ->
    [csv-excel] klanten-excel.csv
    [vcard] klanten.vcf
    [newsletter-mailchimp] nieuwsbrief-mailchimp.csv
    [newsletter-brevo] nieuwsbrief-brevo.csv
    [labels-l7160] etiketten-L7160.pdf
    [labels-5160] etiketten-5160.pdf
   *[csv] klanten.csv
}
# $id: the customer's number.
dialog-file-record = klant-{ $id }.json
# $date: 2026-12-03.
dialog-file-backup = fidele-{ $date }.db
