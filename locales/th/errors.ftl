# สิ่งที่ผิด ในภาษาของเจ้าของร้าน: หนึ่งข้อความต่อรหัสของ fidele_domain::ErrorCode
# (error-<code>) และต่อชนิดข้อผิดพลาดของแอป (error-kind-*)

## ช่องใดก็ได้
error-empty = กรุณากรอกช่องนี้
error-too-long = ยาวเกิน { $max } ตัวอักษร
error-more-than = มากกว่า { $max }
error-more-than-percent = มากกว่า { $max } %
error-negative = ติดลบไม่ได้
error-not-in-range = “{ $value }” ไม่ใช่ตัวเลขระหว่าง { $min } ถึง { $max }
error-not-one-of = “{ $value }” ไม่ใช่หนึ่งใน: { $choices }
error-not-whole-number = “{ $value }” ไม่ใช่จำนวนเต็ม
error-not-yes-no = “{ $value }” ไม่ใช่ ใช่ หรือ ไม่ใช่
error-not-text = อ่านข้อความไม่ได้ (ไฟล์เปลี่ยนการเข้ารหัสหรือไม่?)

## ลูกค้า
error-no-name = กรุณาใส่ชื่อ: ชื่อ นามสกุล หรือชื่อบริษัท
error-not-an-email = “{ $value }” ไม่ใช่ที่อยู่อีเมล
error-not-a-phone = “{ $value }” ไม่ใช่หมายเลขโทรศัพท์
error-phone-not-in-use = “{ $value }” ไม่ใช่หมายเลขโทรศัพท์: จำนวนหลักหรือรหัสนำหน้านี้ไม่มีอยู่ใน { $country }
error-not-a-country = “{ $value }” ไม่ใช่ประเทศ: กรุณาเขียนรหัสสองตัวอักษร (TH, FR, BE, NL, GB…)
error-not-a-language = “{ $value }” ไม่ใช่ภาษาฝรั่งเศส ดัตช์ อังกฤษ หรือไทย
error-in-the-future = { $value } เป็นวันในอนาคต
error-refer-self = ลูกค้าแนะนำตัวเองไม่ได้
error-no-such-customer = ไม่มีลูกค้าหมายเลข { $id }
error-no-such-household = ไม่มีครัวเรือนหมายเลข { $id }
error-household-no-name = กรุณาตั้งชื่อครัวเรือน
error-household-self = กรุณาเลือกลูกค้าคนอื่นที่อยู่ด้วยกัน
error-customer-erased = ข้อมูลของลูกค้าหมายเลข { $id } ถูกลบแล้ว: แก้ไขประวัติไม่ได้อีก
error-same-customer = ลูกค้าเป็นคนเดียวกับตัวเองเสมอ

## วันที่
error-no-such-month = ไม่มีเดือนที่ { $month }
error-not-a-day = { $value } ไม่ใช่วันที่มีอยู่ในปฏิทิน
error-too-far-back = ปี { $year } เก่าเกินไป
error-not-iso-birthday = “{ $value }” ไม่ใช่วันที่: กรุณาเขียน ปปปป-ดด-วว หรือ --ดด-วว ถ้าไม่ระบุปี
error-not-a-birthday = “{ $value }” ไม่ใช่วันเกิด (เขียนแบบ 14/07/1985 หรือ 14/07 ถ้าไม่ระบุปี)
error-no-year = “{ $value }” ไม่มีปี
error-not-a-time = “{ $value }” ไม่ใช่เวลา (เขียนแบบ 14:30)
error-not-a-date = “{ $value }” ไม่ใช่วันที่ (เขียนแบบ 14/07/2024)
error-not-a-date-time = “{ $value }” ไม่ใช่วันที่และเวลา
error-not-a-month = “{ $value }” ไม่ใช่เดือน (ปปปป-ดด)
error-not-a-week = “{ $value }” ไม่ใช่สัปดาห์ (ปปปป-Wสส เช่น 2026-W11)
error-end-before-start = วันสุดท้ายอยู่ก่อนวันแรก
error-period-too-long = ช่วงเวลายาวได้ไม่เกินหนึ่งปี
error-due-before-interaction = วันครบกำหนดอยู่ก่อนวันที่ติดต่อ

## เงินและการซื้อ
error-not-an-amount = “{ $value }” ไม่ใช่จำนวนเงิน (เขียนแบบ 12.50 หรือ 12,50)
error-too-precise = “{ $value }” มีทศนิยมมากกว่าที่สกุลเงินนี้ใช้
error-too-large = “{ $value }” มากเกินไป
error-not-a-currency = “{ $value }” ไม่ใช่รหัสสกุลเงิน เช่น THB หรือ EUR
error-amount-zero = จำนวนเงินเป็นศูนย์
error-refund-not-negative = การคืนเงินต้องเป็นจำนวนติดลบ
error-margin-other-currency = กำไรต้องเป็นสกุลเงินเดียวกับการซื้อ
error-refund-stays-linked = การคืนเงินผูกอยู่กับการซื้อที่คืน: กรุณาลบแล้วบันทึกใหม่
error-less-than-refunded = การซื้อนี้คืนเงินไปแล้ว { $refunded }: จำนวนเงินจะน้อยกว่านี้ไม่ได้
error-has-refunds = การซื้อหมายเลข { $id } มีการคืนเงินที่อ้างถึง ({ $refunds }): กรุณาลบรายการเหล่านั้นก่อน
error-no-such-purchase = ไม่มีการซื้อหมายเลข { $id }
error-refund-of-refund = การซื้อหมายเลข { $id } เป็นการคืนเงินอยู่แล้ว
error-refund-other-customer = การซื้อหมายเลข { $id } เป็นของลูกค้าคนอื่น
error-refund-currency = ต้องเป็น { $currency } ซึ่งเป็นสกุลเงินของการซื้อหมายเลข { $id }
error-refund-too-much = มากกว่ายอดที่เหลือให้คืนของการซื้อหมายเลข { $id } ({ $left })

## การติดต่อและการเตือน
error-no-summary = กรุณาเล่าสั้น ๆ ว่าเกิดอะไรขึ้น
error-no-resolution = กรุณาบอกว่าแก้ไขอย่างไร
error-no-title = กรุณาบอกว่าต้องทำอะไร
error-repeat-at-least-one = ทำซ้ำอย่างน้อยทุก 1 วันหรือ 1 เดือน

## ร้านและไฟล์
error-logo-not-png = โลโก้ไม่ใช่ภาพ PNG
error-logo-too-large = โลโก้ใหญ่เกิน { $max } MB
error-file-unreadable = อ่านไฟล์ไม่ได้ ({ $detail })
error-choose-file-again = กรุณาเลือกไฟล์อีกครั้ง
error-passphrase-empty = วลีรหัสผ่านว่างไม่ได้
error-passphrase-nul = วลีรหัสผ่านมีอักขระ NUL ไม่ได้
error-passphrase-missing = กรุณาใส่วลีรหัสผ่านปัจจุบัน
error-passphrase-wrong = นี่ไม่ใช่วลีรหัสผ่านปัจจุบัน
error-undo-expired = ยกเลิกการกระทำนี้ไม่ได้แล้ว (ยกเลิกได้ภายใน { $minutes } นาที)
error-undo-changed-since = ลูกค้าที่รวมแล้วถูกแก้ไขหลังการรวม: ยกเลิกการรวมไม่ได้แล้ว
error-undo-customer-number-taken = หมายเลขลูกค้า { $id } ถูกใช้กับคนอื่นไปแล้ว: ยกเลิกการรวมไม่ได้แล้ว
error-undo-purchase-number-taken = หมายเลขการซื้อ { $id } ถูกใช้กับการขายอื่นไปแล้ว: นำกลับมาไม่ได้
error-generate-again = กรุณาสร้างการ์ดใหม่อีกครั้ง แล้วจึงบันทึก
error-newsletter-email-only = การส่งออกสำหรับจดหมายข่าวมีเฉพาะลูกค้าที่ยินยอมรับอีเมล

## ไฟล์ที่นำเข้า
error-file-empty = ไฟล์ว่างเปล่า
error-no-header = ไฟล์ไม่มีแถวหัวตาราง
error-no-name-column = ไม่มีคอลัมน์ใดเก็บชื่อ อีเมล โทรศัพท์ หรือรหัสอ้างอิง (คอลัมน์: { $headers }) กรุณาระบุว่าคอลัมน์ไหน
error-missing-column = ไฟล์ต้องมีคอลัมน์ “{ $column }” (คอลัมน์: { $headers })
error-no-cards = ไม่มี vCard ในไฟล์
error-no-column-named = ไม่มีคอลัมน์ชื่อ “{ $column }”
error-no-column-number = ไม่มีคอลัมน์ที่ { $n } (ไฟล์มี { $count } คอลัมน์)
error-names-no-column = “{ $value }” ไม่ได้ระบุคอลัมน์
error-not-a-mapping = “{ $value }” ไม่ใช่รูปแบบ คอลัมน์=ช่องข้อมูล
error-field-count = มี { $found } ช่อง แต่ควรมี { $expected } ช่อง (ตัวคั่นขาดหรือเกิน หรือเครื่องหมายคำพูดไม่ได้ปิด?)
error-no-identity = ไม่มีข้อมูลที่ระบุตัวบุคคล: ไม่มีชื่อ บริษัท อีเมล โทรศัพท์ หรือรหัสอ้างอิง
error-not-a-sale = “{ $value }” ไม่ใช่การขาย
error-unknown-email = ไม่มีลูกค้าที่ใช้อีเมล { $value }
error-unknown-phone = ไม่มีลูกค้าที่ใช้หมายเลขโทรศัพท์ { $value }
error-unknown-number = ไม่มีลูกค้าหมายเลข “{ $value }”
error-card-not-closed = vCard ไม่ได้ปิดด้วย END:VCARD
error-card-unreadable = อ่าน vCard ไม่ได้
error-read-error = การอ่านหยุดลง: { $detail }

## ชนิดของข้อผิดพลาด
error-kind-invalid = มีบางช่องที่ต้องแก้ไข
error-kind-not-found = { $what ->
    [customer] ไม่มีลูกค้าหมายเลข { $id } (แล้ว)
    [purchase] ไม่มีการซื้อหมายเลข { $id } (แล้ว)
    [interaction] ไม่มีการติดต่อนี้ (แล้ว)
    [reminder] ไม่มีการเตือนนี้ (แล้ว)
   *[other] ไม่มีสิ่งที่คุณขอ (แล้ว)
}
error-kind-conflict = { $reason ->
    [locked] ไฟล์ลูกค้านี้เปิดอยู่ในหน้าต่างหรือโปรแกรม Fidèle อื่นแล้ว
    [too-new] ไฟล์ลูกค้านี้เขียนโดย Fidèle รุ่นใหม่กว่า: กรุณาอัปเดต Fidèle เพื่อเปิด ไฟล์ไม่ถูกแตะต้อง
    [not-fidele] นี่ไม่ใช่ไฟล์ลูกค้าของ Fidèle ไฟล์ไม่ถูกแตะต้อง
    [corrupt] ไฟล์ลูกค้านี้เสียหาย
    [not-encrypted] ไฟล์ลูกค้านี้ไม่ได้ป้องกันด้วยวลีรหัสผ่าน
    [not-empty] ไฟล์ลูกค้าไม่ว่าง
    [nobody] ไม่มีใครได้รับการ์ดในรอบนี้
   *[other] ทำสิ่งนี้ตอนนี้ไม่ได้
}
error-kind-needs-passphrase = ไฟล์ลูกค้านี้ป้องกันด้วยวลีรหัสผ่าน: กรุณาใส่เพื่อเปิดไฟล์
error-kind-wrong-passphrase = วลีรหัสผ่านไม่ถูกต้อง: ไฟล์ไม่ถูกแตะต้อง
error-kind-read-only = ไม่ได้บันทึกอะไร: ไฟล์ลูกค้านี้อ่านได้อย่างเดียว (ไฟล์ โฟลเดอร์ หรือดิสก์ที่ห้ามเขียน) กรุณาคัดลอกไปยังโฟลเดอร์ที่เขียนได้เพื่อแก้ไข
error-kind-disk-full = ไม่ได้บันทึกอะไร: ดิสก์เต็ม ไฟล์ลูกค้ายังสมบูรณ์ กรุณาเพิ่มพื้นที่แล้วลองอีกครั้ง
error-kind-busy = { $writer ->
    [import] ไฟล์ลูกค้าไม่ว่าง: กำลังมีการนำเข้าข้อมูลอยู่ ไม่ได้บันทึกอะไร กรุณาลองอีกครั้งเมื่อเสร็จแล้ว
   *[other] ไฟล์ลูกค้าไม่ว่าง: มีโปรแกรมอื่นกำลังเขียนอยู่ ไม่ได้บันทึกอะไร กรุณาลองอีกครั้งในอีกสักครู่
}
error-kind-update = { $reason ->
    [unreachable] ติดต่อเซิร์ฟเวอร์อัปเดตไม่ได้ (ไม่มีอินเทอร์เน็ต หรือเซิร์ฟเวอร์ขัดข้อง) Fidèle ยังใช้งานได้ตามปกติ ลองใหม่ภายหลัง
    [unreadable] อ่านคำตอบของเซิร์ฟเวอร์อัปเดตไม่ได้ จึงไม่มีการเสนออัปเดต
    [bad-signature] ปฏิเสธอัปเดตนี้แล้ว: ลายเซ็นไม่ตรงกับของ Fidèle อาจถูกแก้ไขหรือไม่ได้มาจากผู้พัฒนา Fidèle ไม่มีการติดตั้งสิ่งใด และแฟ้มลูกค้ายังเหมือนเดิม
    [backup-failed] ไม่ได้ติดตั้งอัปเดต: สำรองแฟ้มลูกค้าก่อนไม่ได้ ตรวจสอบโฟลเดอร์สำรองข้อมูลในการตั้งค่าแล้วลองใหม่
    [install-failed] ไม่ได้ติดตั้งอัปเดต (การติดตั้งถูกยกเลิกหรือถูกปฏิเสธ) Fidèle และแฟ้มลูกค้ายังเหมือนเดิม
   *[not-offered] ไม่มีอัปเดตให้ติดตั้งแล้ว ลองตรวจสอบอีกครั้ง
}
error-kind-storage = อ่านหรือเขียนไฟล์ลูกค้าไม่ได้ ({ $detail })
error-kind-internal = เกิดปัญหาภายใน Fidèle ({ $detail })
