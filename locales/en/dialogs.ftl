# The native open and save dialogs the app opens (src-tauri/src/dialogs.rs): their titles and
# the file names they propose, in the interface's language. A file name keeps to letters,
# digits and dashes around its variables (dates, weeks, numbers).

dialog-logo-title = Shop logo
dialog-import-customers-title = Import customers
dialog-import-purchases-title = Import purchases
dialog-export-title = Export
dialog-export-record-title = Export their data
dialog-save-cards-title = Save the cards
dialog-save-follow-up-title = Save the follow-up sheet
dialog-backup-title = Back up the customer file
dialog-backup-folder-title = Backup folder
dialog-restore-title = Restore a backup

# $kind: monthly, birthday or anniversary; $period: 2026-03; $from: the first day, 2026-03-01.
dialog-file-cards = { $kind ->
    [birthday] birthdays-{ $from }.pdf
    [anniversary] one-year-together-{ $from }.pdf
   *[monthly] cards-{ $period }.pdf
}
# $week: 2026-W11.
dialog-file-follow-up = follow-up-{ $week }.pdf
# $format: the export's format code.
dialog-file-export = { $format ->
    [csv-excel] customers-excel.csv
    [vcard] customers.vcf
    [newsletter-mailchimp] newsletter-mailchimp.csv
    [newsletter-brevo] newsletter-brevo.csv
    [labels-l7160] labels-L7160.pdf
    [labels-5160] labels-5160.pdf
   *[csv] customers.csv
}
# $id: the customer's number.
dialog-file-record = customer-{ $id }.json
# $date: 2026-12-03.
dialog-file-backup = fidele-{ $date }.db
