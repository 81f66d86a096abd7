# The native open and save dialogs the app opens (src-tauri/src/dialogs.rs): their titles and
# the file names they propose, in the interface's language. A file name keeps to letters,
# digits and dashes around its variables (dates, weeks, numbers).

dialog-logo-title = โลโก้ร้าน
dialog-import-customers-title = นำเข้าลูกค้า
dialog-import-purchases-title = นำเข้ายอดซื้อ
dialog-export-title = ส่งออก
dialog-export-record-title = ส่งออกข้อมูลของลูกค้า
dialog-save-cards-title = บันทึกการ์ด
dialog-save-follow-up-title = บันทึกใบติดตามลูกค้า
dialog-backup-title = สำรองไฟล์ลูกค้า
dialog-backup-folder-title = โฟลเดอร์สำรองข้อมูล
dialog-restore-title = กู้คืนข้อมูลสำรอง

# $kind: monthly, birthday or anniversary; $period: 2026-03; $from: the first day, 2026-03-01.
dialog-file-cards = { $kind ->
    [birthday] การ์ดวันเกิด-{ $from }.pdf
    [anniversary] ครบหนึ่งปี-{ $from }.pdf
   *[monthly] การ์ด-{ $period }.pdf
}
# $week: 2026-W11.
dialog-file-follow-up = ติดตามลูกค้า-{ $week }.pdf
# $format: the export's format code.
dialog-file-export = { $format ->
    [csv-excel] ลูกค้า-excel.csv
    [vcard] ลูกค้า.vcf
    [newsletter-mailchimp] จดหมายข่าว-mailchimp.csv
    [newsletter-brevo] จดหมายข่าว-brevo.csv
    [labels-l7160] ฉลาก-L7160.pdf
    [labels-5160] ฉลาก-5160.pdf
   *[csv] ลูกค้า.csv
}
# $id: the customer's number.
dialog-file-record = ลูกค้า-{ $id }.json
# $date: 2026-12-03.
dialog-file-backup = fidele-{ $date }.db
