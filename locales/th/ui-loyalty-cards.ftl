# บัตรสมาชิกที่พิมพ์ และระยะเลื่อนของเครื่องพิมพ์ (ui/src/views/loyalty-cards.ts)
loyalty-print-card = พิมพ์บัตรสมาชิก
# $file: ชื่อไฟล์ PDF; $cards, $pages: จำนวน
loyalty-saved = บันทึก { $file } แล้ว: บัตร { $cards } ใบ { $pages } หน้า
loyalty-not-saved = ไม่ได้บันทึกอะไร
cards-tab-loyalty = บัตรสมาชิก
loyalty-sheet-title = บัตรสมาชิกของลูกค้าใหม่
loyalty-sheet-intro = พิมพ์บัตรของลูกค้าทุกคนที่เพิ่มตั้งแต่วันที่เลือก พร้อมชื่อ เลขสมาชิก บาร์โค้ด และคิวอาร์โค้ด
loyalty-new-since = ลูกค้าที่เพิ่มตั้งแต่
loyalty-layout = แผ่นกระดาษ
loyalty-layout-c32011 = Avery C32011 (A4, 10 ใบ)
loyalty-layout-5371 = Avery 5371 หรือ 8371 (Letter, 10 ใบ)
loyalty-layout-single = หน้าละหนึ่งใบ (เครื่องพิมพ์บัตร)
loyalty-stage-colour = แสดงระดับของลูกค้าและสีของระดับ
loyalty-print-sheet = พิมพ์บัตร
loyalty-nobody = ไม่มีลูกค้าที่เพิ่มตั้งแต่วันนั้น จึงไม่มีบัตรให้พิมพ์

printer-title = เครื่องพิมพ์
printer-intro = ถ้าบัตรหรือฉลากพิมพ์ออกมาเลื่อนจากตำแหน่งบนแผ่น ให้พิมพ์หน้าปรับตั้ง วัดตามที่หน้านั้นบอก แล้วกรอกระยะเลื่อนที่นี่ ระยะเลื่อนนี้ใช้กับทั้งบัตรสมาชิกและฉลากจ่าหน้า
printer-offset-x = ระยะเลื่อนแนวนอน (มม.)
printer-offset-x-help = ค่าติดลบเลื่อนไปทางซ้าย
printer-offset-y = ระยะเลื่อนแนวตั้ง (มม.)
printer-offset-y-help = ค่าติดลบเลื่อนขึ้นด้านบน
printer-calibration = พิมพ์หน้าปรับตั้ง
printer-calibration-saved = บันทึก { $file } แล้ว: พิมพ์ตามขนาดจริง แล้ววัดระยะ

# หน้าต่างบันทึกไฟล์ (src-tauri/src/commands/loyalty_cards.rs)
dialog-save-calibration-title = บันทึกหน้าปรับตั้งเครื่องพิมพ์
dialog-file-calibration = ปรับตั้งเครื่องพิมพ์.pdf
dialog-save-loyalty-cards-title = บันทึกบัตรสมาชิก
# $n: จำนวนบัตร
dialog-file-loyalty-cards = บัตรสมาชิก-{ $n }.pdf

# What a draft left on the printer form holds (ui/src/closing.ts names it).
draft-what-printer = ระยะเลื่อนของเครื่องพิมพ์
