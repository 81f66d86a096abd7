# การปิดหน้าต่างขณะที่แบบฟอร์มยังมีการแก้ไขที่ไม่ได้บันทึก (ui/src/closing.ts)
# และชื่อของฉบับร่างแต่ละฉบับที่เก็บไว้
close-ask-title = ปิด Fidèle หรือไม่?
close-ask-body = { $n ->
    [one] แบบฟอร์มนี้มีการแก้ไขที่ยังไม่ได้บันทึก หากปิด Fidèle การแก้ไขนี้จะหายไป:
   *[other] แบบฟอร์ม { $n } รายการนี้มีการแก้ไขที่ยังไม่ได้บันทึก หากปิด Fidèle การแก้ไขเหล่านี้จะหายไป:
}
close-ask-keep = แก้ไขต่อ
close-ask-close = ปิดและทิ้งการแก้ไข
draft-what-customer-new = ลูกค้าใหม่
draft-what-customer-edit = การแก้ไขข้อมูลของ { $name }
draft-what-purchase = การซื้อของ { $name }
draft-what-interaction = การติดต่อกับ { $name }
draft-what-reminder = การแจ้งเตือน
draft-what-shop = ข้อมูลของร้าน
draft-what-ladder = การตั้งค่าบันไดความภักดี
