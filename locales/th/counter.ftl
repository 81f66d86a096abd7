# ที่เคาน์เตอร์ ในคำสั่ง fidele: หมายเลขบัตรสมาชิก การค้นหาลูกค้า การขายและแต้ม
cli-show-member-number = เลขบัตร

## การปฏิเสธที่เคาน์เตอร์ (รหัสข้อผิดพลาด)
error-member-number-check = { $value } ไม่ใช่เลขบัตร มีตัวเลขผิดหรือสลับกันสองหลัก กรุณาสแกนหรือพิมพ์ใหม่
error-no-such-member-number = ไม่มีลูกค้าที่ถือบัตรเลขที่ { $value }
error-member-number-stopped = บัตรเลขที่ { $value } ถูกยกเลิกแล้ว (บัตรหาย) เป็นบัตรของ { $name }
error-not-enough-points = แต้มไม่พอ มีอยู่ { $balance } แต้ม ต้องใช้ { $cost } แต้ม
error-no-such-offer = ไม่มีการ์ดใบใดที่พิมพ์รหัสส่วนลด { $code }
error-offer-expired = ข้อเสนอ { $code } หมดอายุเมื่อ { $until }
error-offer-already-used = ข้อเสนอ { $code } ถูกใช้ไปแล้วเมื่อ { $at }
error-offer-other-customer = ข้อเสนอ { $code } เป็นของ { $name }
error-loyalty-off = ร้านยังไม่ได้เปิดใช้ระบบสะสมแต้ม เปิดได้ในการตั้งค่า

## คำสั่งของเคาน์เตอร์
cli-counter-offer-good = ใช้ได้ถึง { $until }
cli-counter-offer-expired = ปฏิเสธ: หมดอายุแล้ว
cli-counter-offer-already-used = ปฏิเสธ: ใช้ไปแล้ว
cli-counter-offer-other-customer = ปฏิเสธ: เป็นของลูกค้าคนอื่น
cli-counter-stopped = บัตรเลขที่ { $number } ถูกยกเลิกแล้ว (บัตรหาย) เป็นของ { $name } (เลขที่ { $id }) ซึ่งตอนนี้ใช้บัตรเลขที่ { $current }
cli-counter-nothing-member-number-check = { $value } ไม่ใช่เลขบัตร มีตัวเลขผิดหรือสลับกันสองหลัก
cli-counter-nothing-no-such-member-number = ไม่มีลูกค้าที่ถือบัตรเลขที่ { $value }
cli-counter-nothing-nothing = ไม่พบใครที่ตรงกับ “{ $value }”
cli-counter-sale-done = ได้รับ { $earned } แต้ม ยอดคงเหลือ { $balance }
cli-counter-refund-done = หักคืน { $taken } แต้ม ยอดคงเหลือ { $balance }
cli-counter-balance = { $unit ->
    [stamps] แสตมป์: { $balance }
   *[points] แต้ม: { $balance }
}
cli-timeline-points = แต้ม
