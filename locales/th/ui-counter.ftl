# หน้าจอเคาน์เตอร์ บัตรสมาชิกในหน้าลูกค้า และกติกาสะสมแต้มในการตั้งค่า
member-number = บัตรเลขที่ { $number }
member-reissue = บัตรหาย: ออกเลขใหม่
member-reissue-title = ออกเลขบัตรใหม่ให้ { $name } ไหม
member-reissue-what = บัตรเลขที่ { $number } จะถูกยกเลิก เมื่อสแกนจะแจ้งว่ายกเลิกแล้วและบอกชื่อลูกค้าคนนี้ แต้มยังอยู่กับลูกค้าเหมือนเดิม
member-reissue-confirm = ยกเลิกและออกเลขใหม่
member-reissue-cancel = ใช้เลขนี้ต่อ
member-reissued = บัตรใหม่เลขที่ { $number } บัตรเดิมถูกยกเลิกแล้ว

## หน้าจอเคาน์เตอร์
nav-counter = เคาน์เตอร์
counter-title = ที่เคาน์เตอร์
counter-scan-label = สแกนบัตร หรือพิมพ์เลขบัตร รหัสส่วนลด เบอร์โทร หรือชื่อ
counter-scan-help = กด Enter เพื่อจบการสแกน กด Esc ในช่องการขายเพื่อกลับมาที่นี่
counter-enrol = ลูกค้าใหม่
counter-stopped = บัตรเลขที่ { $number } ถูกยกเลิกแล้ว (บัตรหาย) เป็นบัตรของ { $name }
counter-stopped-current = ตอนนี้ใช้บัตรเลขที่ { $number }
counter-open = เปิดข้อมูลของ { $name }
counter-choose = มีลูกค้าหลายคนที่ตรงกัน เลือกคนไหน
counter-nothing-member-number-check = { $value } ไม่ใช่เลขบัตร มีตัวเลขผิดหรือสลับกันสองหลัก กรุณาสแกนใหม่
counter-nothing-no-such-member-number = ไม่มีลูกค้าที่ถือบัตรเลขที่ { $value }
counter-nothing-nothing = ไม่พบใครที่ตรงกับ “{ $value }”
counter-points = { $n } แต้ม
counter-stamps = { $n } แสตมป์
counter-sale-done = บันทึกการขายแล้ว ได้รับ { $earned } { $unit ->
    [stamps] แสตมป์
   *[points] แต้ม
} ยอดคงเหลือ { $balance }
counter-accept-anyway = ยอมรับอยู่ดี (จะมีการบันทึกไว้)
counter-missing = อีก { $missing } { $unit ->
    [stamps] แสตมป์
   *[points] แต้ม
} จะได้ { $reward }
counter-spend = ใช้แลก: { $reward } ({ $cost } { $unit ->
    [stamps] แสตมป์
   *[points] แต้ม
})
counter-loyalty-off = ยังไม่มีระบบสะสมแต้ม เปิดได้ในการตั้งค่า
counter-birthday = วันเกิดสัปดาห์นี้: { $date }
counter-complaint = เรื่องร้องเรียนที่ยังค้างอยู่: { $summary }
counter-offer-valid = ข้อเสนอ { $code }: ลด { $percent }% ถึง { $until }
counter-offer-scanned = สแกนข้อเสนอ { $code } แล้ว: ลด { $percent }% สำหรับการขายครั้งนี้
counter-offer-expired = ข้อเสนอ { $code } หมดอายุแล้ว
counter-offer-already-used = ข้อเสนอ { $code } ถูกใช้ไปแล้ว
counter-offer-other-customer = ข้อเสนอ { $code } เป็นของ { $name }
counter-refund-amount = จำนวนเงินที่คืน
counter-refund = คืนเงิน
counter-say = ควรพูดว่า:
counter-sale-title = การขาย
counter-amount = จำนวนเงิน
counter-more = หมวดหมู่ รหัสส่วนลด
counter-category = หมวดหมู่
counter-offer-code = รหัสส่วนลด
counter-record = บันทึกการขาย
counter-last-purchases = การซื้อครั้งล่าสุด
counter-entry-earned = ได้รับ
counter-entry-spent = ใช้แลก
counter-entry-expired = หมดอายุ
counter-entry-refunded = คืนเงิน
counter-entry-adjusted = ปรับแก้
counter-enrol-ask = เราขออนุญาต…
counter-enrol-post = ส่งการ์ดถึงคุณทางไปรษณีย์เป็นครั้งคราวได้ไหม
counter-enrol-email = ส่งอีเมลถึงคุณได้ไหม
counter-enrol-sms = ส่ง SMS ถึงคุณได้ไหม
counter-enrol-contact = ขอเบอร์โทรหรืออีเมลด้วยค่ะ
counter-enrolled = ยินดีต้อนรับ { $name } บัตรเลขที่ { $number }
counter-enrol-first = ชื่อ
counter-enrol-last = นามสกุล
counter-enrol-phone = โทรศัพท์
counter-enrol-email-address = อีเมล
counter-enrol-save = สมัครสมาชิก
counter-enrol-cancel = ยกเลิก

## การตั้งค่า: กติกาสะสมแต้ม
loyalty-title = แต้มสะสม
loyalty-enabled = การขายได้รับแต้มหรือแสตมป์
loyalty-unit = การขายได้รับ
loyalty-unit-points = แต้มตามจำนวนบาท (หรือยูโร) ที่ใช้จ่าย
loyalty-unit-stamps = แสตมป์หนึ่งดวงต่อการมาซื้อที่เกินยอดขั้นต่ำ
loyalty-per-unit = แต้มต่อหนึ่งหน่วยเงินเต็ม
loyalty-stamp-min = ยอดซื้อขั้นต่ำเพื่อรับแสตมป์
loyalty-rewards = ของรางวัล (ราคาถูกสุดก่อน)
loyalty-reward-cost = ใช้ (แต้มหรือแสตมป์)
loyalty-reward-value = ส่วนลด
loyalty-reward-label = หรือของขวัญ ระบุชื่อ
loyalty-expiry = แต้มหมดอายุหลังจาก (เดือน)
loyalty-expiry-help = 0 คือไม่มีวันหมดอายุ แต้มที่เก่าที่สุดจะถูกใช้ก่อน
loyalty-birthday = แต้มสองเท่าในเดือนเกิดของลูกค้า
loyalty-bonus = โบนัสเป็นเปอร์เซ็นต์ตามขั้นความภักดี
