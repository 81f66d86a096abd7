# วันที่และตัวเลขในหน้าจอ: ส่วนต่าง ๆ ของช่องวันที่ และข้อความเมื่อเลือกวันที่ไม่ครบ
date-day = วัน
date-month = เดือน
date-year = ปี
date-year-optional = ปี (ไม่บังคับ)
date-time = เวลา
date-time-hint = ชม.:นาที
date-incomplete = เลือกวัน เดือน และปีให้ครบ หรือเว้นวันที่ไว้ว่าง ๆ
date-bad-year = ใส่ปีเป็นตัวเลขสี่หลัก
date-bad-time = ใส่เวลาเป็นชั่วโมงและนาที เช่น 14:30
settings-calendar = นับปีแบบ
calendar-gregorian = คริสต์ศักราช (2026)
calendar-buddhist = พุทธศักราช (2569)
cards-skipped-count = { $reason }: { $n }
cards-offer-line = { $percent } · { $code }
analysis-stage-count = { $stage }: { $n }
progress-done-of = { $done } จาก { $total }
cards-offer-percent = { $stage } (%)
