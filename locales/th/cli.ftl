# ถ้อยคำของคำสั่ง `fidele`: สิ่งที่พิมพ์ให้คนอ่าน (--json เป็นข้อมูล ไม่แปล;
# ความช่วยเหลือของ clap ยังเป็นภาษาอังกฤษ) ภาษาไทยไม่มีรูปพหูพจน์ จึงใช้ลักษณนามแทน

## คำนามที่นับ

cli-count-customer = ลูกค้า { $n } ราย
cli-count-gold-customer = ลูกค้าระดับทอง { $n } ราย
cli-count-household = { $n } ครัวเรือน
cli-count-purchase = การซื้อ { $n } รายการ
cli-count-interaction = การติดต่อ { $n } ครั้ง
cli-count-consent-event = บันทึกความยินยอม { $n } รายการ
cli-count-reminder = การเตือนความจำ { $n } รายการ
cli-count-referral = การแนะนำ { $n } ครั้ง
cli-count-card = การ์ด { $n } ใบ
cli-count-new-card = การ์ดใหม่ { $n } ใบ
cli-count-page = { $n } หน้า
cli-count-receipt = ใบเสร็จ { $n } ใบ
cli-count-second = { $n } วินาที
cli-milliseconds = { $n } มิลลิวินาที

## แฟ้มลูกค้า

cli-init-ready = { $path } พร้อมใช้งานแล้ว (โครงสร้างรุ่น { $version })
cli-init-exists = { $path } มีอยู่แล้ว ไม่มีการเปลี่ยนแปลงใด ๆ
cli-missing-file = ไม่มีแฟ้ม { $path }: สร้างด้วย `fidele init` (หรือระบุแฟ้มอื่นด้วย --db หรือ FIDELE_DB) ไม่มีการสร้างสิ่งใด
cli-no-such-file = ไม่มีแฟ้ม { $path }
cli-demo-not-empty = { $path } มีลูกค้าอยู่แล้ว ร้านตัวอย่างต้องลงในแฟ้มว่าง (หรือเพิ่ม --force)
cli-demo-done = ร้านตัวอย่าง: { $customers }, { $households }, { $purchases }, { $interactions }
cli-lang-unknown = --lang: “{ $value }” ไม่ใช่ภาษาที่ Fidèle ใช้ได้ ใช้ fr, nl, en หรือ th

## แฟ้มลูกค้าที่กำลังถูกใช้

cli-busy-the-file = แฟ้มลูกค้า
cli-busy-cause = { $writer ->
    [import] การนำเข้าอีกรายการกำลังเขียนแฟ้มนี้
    [app] แอป Fidèle กำลังเขียนแฟ้มนี้
   *[other] โปรแกรมอื่นกำลังเขียนแฟ้มนี้
}
cli-busy-advice = { $writer ->
    [import] เรียกคำสั่งอีกครั้งเมื่อการนำเข้าเสร็จแล้ว
    [app] เรียกคำสั่งอีกครั้งในอีกสักครู่ หรือปิดแอป Fidèle ก่อน
   *[other] เรียกคำสั่งอีกครั้งในอีกสักครู่
}
cli-busy-waiting = { $path } ไม่ว่าง: { $cause } กำลังรอ (ไม่เกิน { $limit })...
cli-busy-failed = { $path } ไม่ว่าง: { $cause } รอแล้ว { $limit } และไม่ได้เขียนสิ่งใด: { $advice } (FIDELE_BUSY_WAIT_MS กำหนดเวลารอ)

## รายการ

cli-page-hint = (แสดง { $shown } จาก { $total } รายการ ใช้ --limit และ --offset เพื่อเปิดหน้าถัดไป หรือ --all เพื่อแสดงทั้งหมด)

## การนำเข้า

cli-separator-tab = แท็บ
cli-import-file = { $path }: { $format }, { $encoding }
cli-import-file-separator = { $path }: { $format }, { $encoding }, ตัวคั่น { $separator }
cli-import-till = { $path }: ไฟล์ส่งออกจาก { $till }, { $encoding }, ตัวคั่น { $separator }
cli-import-columns = คอลัมน์: { $columns }
cli-import-columns-remembered = คอลัมน์ (ตามที่จำไว้สำหรับหัวคอลัมน์เหล่านี้): { $columns }
cli-import-customers-summary = ลูกค้าใหม่ { $new } ราย, ปรับปรุง { $updated } ราย, ซ้ำ { $duplicates } ราย, ปฏิเสธ { $rejected } แถว, คำเตือน { $warnings } ข้อ
cli-import-action = { $action ->
    [new] ใหม่
    [update] ปรับปรุง
    [duplicate] ซ้ำ
   *[other] { $action }
}
cli-import-row = บรรทัด { $line }: { $action } { $name }
cli-import-row-why = บรรทัด { $line }: { $action } { $name }: { $why }
cli-import-rejected = บรรทัด { $line }: ปฏิเสธ: { $reason }
cli-import-warning = บรรทัด { $line }: คำเตือน: คอลัมน์ “{ $column }”: { $text } ({ $field ->
    [phone] เก็บไว้ตามที่พิมพ์
   *[other] ไม่ได้นำเข้า
})
cli-import-purchases-summary = การซื้อ { $imported } รายการ{ $dry ->
    [yes] ที่จะนำเข้า
   *[no] นำเข้าแล้ว
} (คืนเงิน { $refunds } รายการ ผูกกับการขายเดิม { $linked } รายการ), มีอยู่แล้ว { $duplicates } รายการ (ข้าม), ลูกค้าใหม่ { $newCustomers } ราย, ข้ามการขายที่ไม่ระบุชื่อ { $anonymous } รายการ, ปฏิเสธ { $rejected } แถว, คำเตือน { $warnings } ข้อ
cli-import-more-rejected = ... และปฏิเสธอีก { $n } แถว
cli-import-purchase-warning = บรรทัด { $line }: คำเตือน: { $text } (ไม่ได้นำเข้า)
cli-import-more-warnings = ... และคำเตือนอีก { $n } ข้อ
cli-dry-run = ทดลองเท่านั้น: ไม่ได้เขียนสิ่งใด
cli-one-transaction = เขียนในธุรกรรมเดียว

## การส่งออก

cli-export-written = เขียน{ $what ->
    [labels] ฉลากที่อยู่ { $n } ดวง
   *[customers] ลูกค้า { $n } ราย
}ลงใน { $path }

## การ์ดและแผ่นติดตามลูกค้า

cli-cards-none-untouched = ไม่มีการ์ดที่ต้องพิมพ์สำหรับ { $period } ไม่ได้แตะต้อง { $path }
cli-cards-written = { $path }: { $cards } ใน { $pages } สำหรับ{ $customers }
cli-cards-none = ไม่มีการ์ดที่ต้องพิมพ์สำหรับ { $period }
cli-cards-skipped = ข้าม { $n } ราย: { $reasons }
cli-cards-skip-reason = { $reason ->
    [no_post_consent] ไม่ได้ยินยอมรับไปรษณีย์
    [no_address] ไม่มีที่อยู่
    [archived] เก็บเข้าคลังแล้ว
    [erased] ลบข้อมูลแล้ว
    [same_design_as_last] ได้รับแบบนี้ไปแล้ว
   *[other] { $reason }
} { $n } ราย
cli-cards-labels = { $path }: ฉลากที่อยู่ที่ตรงกัน
cli-cards-recorded = บันทึกเป็นรอบส่งที่ { $run }: { $cards }, “ส่งการ์ดแล้ว” สำหรับ{ $customers }
cli-cards-nothing-new = ไม่มีสิ่งใหม่ให้บันทึก: ทุกคนถูกบันทึกไว้แล้วสำหรับ { $period }
cli-cards-not-recorded = ยังไม่ได้บันทึก ({ $newCards }): เพิ่ม --record เมื่อส่งทางไปรษณีย์แล้ว
cli-sheet-written = { $path }: แผ่นติดตามลูกค้าของสัปดาห์ { $week } ตั้งแต่ { $monday } ถึง { $sunday } (ต้องติดต่อ{ $customers })
cli-sheet-count = ต้องติดต่อ{ $customers } ในสัปดาห์ { $week } ตั้งแต่ { $monday } ถึง { $sunday }
cli-sheet-drifting-left-out = ไม่ได้รวมลูกค้าสำคัญที่กำลังห่างหายไป: { $why }

## การสำรองและการตรวจสอบ

cli-backed-up = สำรองไว้ที่ { $path }
cli-restored = กู้คืน { $db } จาก { $backup } แล้ว แฟ้มเดิมเก็บไว้เป็น { $kept }
cli-file-whole = แฟ้มลูกค้าสมบูรณ์ดี
cli-problems-found = พบปัญหา { $n } ข้อ

## รหัสผ่าน

cli-passphrase-question = { $path } ป้องกันด้วยรหัสผ่าน: { $what ->
    [backup] ใส่รหัสผ่านของแฟ้มสำรอง
   *[file] ใส่รหัสผ่าน
}
cli-passphrase-new = รหัสผ่านใหม่
cli-passphrase-again = รหัสผ่านใหม่อีกครั้ง
cli-passphrase-current = รหัสผ่านปัจจุบัน
cli-passphrase-no-terminal = { $question }: กำหนด { $var } (ไม่มีเทอร์มินัลให้ถาม)
cli-passphrase-differ = รหัสผ่านทั้งสองไม่ตรงกัน ไม่มีการเปลี่ยนแปลงใด ๆ
cli-passphrase-not-utf8 = { $var } ไม่ใช่ UTF-8 ที่ถูกต้อง
cli-passphrase-unreadable = อ่านรหัสผ่านไม่ได้: { $error }
cli-passphrase-no-file = ไม่มีแฟ้ม { $path } (สร้างด้วย `fidele init`)
cli-passphrase-already = { $path } มีรหัสผ่านอยู่แล้ว: ใช้ `fidele passphrase change`
cli-passphrase-set = { $path } เข้ารหัสแล้ว เก็บรหัสผ่านไว้ให้ดี หากไม่มีรหัสผ่านจะเปิดแฟ้มไม่ได้
cli-passphrase-none-use-set = { $path } ไม่มีรหัสผ่าน: ใช้ `fidele passphrase set`
cli-passphrase-none = { $path } ไม่มีรหัสผ่าน
cli-passphrase-changed = เปลี่ยนรหัสผ่านของ { $path } แล้ว
cli-passphrase-removed = { $path } ไม่ได้เข้ารหัสอีกต่อไป

## ลูกค้า การซื้อ การรวมรายการ

cli-show-company = บริษัท
cli-show-email = อีเมล
cli-show-phone = โทรศัพท์
cli-show-address = ที่อยู่
cli-show-birthday = วันเกิด
cli-show-household = ครัวเรือน
cli-show-referred-by = แนะนำโดย
cli-show-consents = ความยินยอม
cli-show-tags = แท็ก
cli-show-preferences = ความชอบ
cli-show-notes = บันทึก
cli-show-purchases = การซื้อ
cli-show-purchases-total = { $purchases } รวม { $total }
cli-refund-of = คืนเงินของ #{ $id }
cli-undo-hint = ยกเลิกได้ก่อนเวลา { $time }: fidele undo { $ticket }
cli-purchase-deleted = ลบการซื้อ #{ $id } แล้ว { $undo }
cli-merged = รวม #{ $removed } เข้ากับ #{ $kept } แล้ว: ย้าย{ $purchases }, { $interactions }, { $consents }, { $reminders }, { $referrals } { $undo }
cli-merge-undone = ยกเลิกการรวมแล้ว: ลูกค้า #{ $kept } และ #{ $other } กลับเป็นเหมือนเดิม
cli-purchase-back = การซื้อ #{ $id } กลับมาแล้ว
cli-not-duplicates = #{ $a } และ #{ $b } เป็นคนละคน: จะไม่แสดงเป็นรายการที่อาจซ้ำอีก
cli-erase-confirm = การลบข้อมูลลูกค้าเป็นการถาวร (ตามที่กฎหมายกำหนด) และยกเลิกไม่ได้: เพิ่ม --yes
cli-erased = ลบข้อมูลลูกค้า #{ $id } แล้ว: ลบข้อมูลส่วนบุคคลแล้ว เก็บการซื้อ { $n } รายการไว้ในตัวเลขของร้านโดยไม่ระบุชื่อ
cli-timeline-purchase = การซื้อ
cli-timeline-consent = ความยินยอม
cli-timeline-granted = ให้แล้ว
cli-timeline-withdrawn = ถอนแล้ว
cli-timeline-card = การ์ด
cli-timeline-resolved = แก้ไขแล้ว
cli-timeline-ladder = บันได
cli-timeline-ladder-new = (ใหม่)
cli-timeline-by-hand = (ตั้งเอง)

## ใครสำคัญ (fidele analyze)

cli-analyze-as-of = ณ วันที่ { $date }: { $customers } ในจำนวนนี้เป็นผู้ซื้อ { $buyers } ราย
cli-analyze-ladder = บันไดความภักดี:
cli-analyze-pareto = 80/20: { $gold } ({ $share }% ของผู้ซื้อ) สร้าง { $margin }% ของกำไรทั้งหมด
cli-analyze-segments = กลุ่ม RFM:
cli-analyze-bgnbd = BG/NBD (ต่อสัปดาห์): r={ $r } alpha={ $alpha } a={ $a } b={ $b } (log-likelihood { $ll })
cli-analyze-no-model = ไม่มีแบบจำลองมูลค่าตลอดอายุ: { $why } ตัวเลขด้านล่างเป็นข้อมูลในอดีต
cli-analyze-gamma = Gamma-Gamma: p={ $p } q={ $q } gamma={ $gamma }
cli-analyze-drifting = กำลังห่างหายไป:

## ข้อผิดพลาดในการใช้คำสั่งที่คำสั่งตรวจพบเอง (ของโดเมนมีข้อความแสดงข้อผิดพลาดของตัวเอง)

cli-not-a-date = --{ $field }: “{ $value }” ไม่ใช่วันที่ (ปปปป-ดด-วว ตามปีคริสต์ศักราช)
cli-not-a-separator = --delimiter: “{ $value }” ไม่ใช่ตัวคั่น ใช้ auto, “;”, “,” หรือ tab
cli-not-an-encoding = --encoding: “{ $value }” ไม่ใช่การเข้ารหัสอักขระ ใช้ auto, utf-8, utf-8-bom, utf-16le, utf-16be, windows-1252 หรือ windows-874
cli-not-one-of = --{ $field }: “{ $value }” ไม่ใช่ค่าใดค่าหนึ่งใน { $choices }
cli-newsletter-email-only = --consent: ไฟล์ส่งออกสำหรับจดหมายข่าวมีเฉพาะลูกค้าที่ยินยอมรับอีเมล
cli-household-labels-only = --household: เฉพาะฉลากที่อยู่เท่านั้นที่จ่าหน้าถึงครัวเรือน
cli-could-not-write = เขียน { $path } ไม่ได้: { $error }
cli-could-not-write-output = เขียนผลลัพธ์ไม่ได้: { $error }

## $env: the environment variable that holds the passphrase.
cli-passphrase-hint = (ตั้งค่า { $env } หรือเรียกใช้คำสั่งในเทอร์มินัล)
