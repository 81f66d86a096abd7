# `fidele loyalty-cards` และ `fidele calibration-page` (crates/cli/src/loyalty.rs)
cli-calibration-written = { $path }: หน้าปรับตั้งเครื่องพิมพ์ วัดระยะแล้วตั้งค่าระยะเลื่อนด้วย fidele settings --printer-offset-x และ --printer-offset-y
# $cards, $pages: จำนวน ("บัตร 10 ใบ", "1 หน้า") $layout: c32011, 5371 หรือ single
cli-loyalty-written = { $path }: { $cards } บน { $pages } ({ $layout })
cli-loyalty-nobody = ไม่มีลูกค้าที่ต้องพิมพ์บัตร: ไม่ได้เขียนไฟล์ { $path }
cli-loyalty-not-an-id = --{ $field }: "{ $value }" ไม่ใช่หมายเลขลูกค้า
