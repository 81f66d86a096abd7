# `fidele loyalty-cards` และ `fidele calibration-page` (crates/cli/src/loyalty.rs)
cli-calibration-written = { $path }: หน้าปรับตั้งเครื่องพิมพ์ วัดระยะแล้วตั้งค่าระยะเลื่อนด้วย fidele settings --printer-offset-x และ --printer-offset-y
