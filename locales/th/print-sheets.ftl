# ใบติดตามลูกค้าประจำสัปดาห์ (crates/printing)
print-sheet-title = ลูกค้าที่ควรโทรหาหรือพบในสัปดาห์นี้
print-sheet-week = สัปดาห์ระหว่างวันที่ { $from } ถึง { $to }
print-sheet-continued = { $group } (ต่อ)
print-sheet-page = หน้า { $page } / { $pages }
print-sheet-nobody = สัปดาห์นี้ไม่มีลูกค้าที่ต้องติดต่อ
print-sheet-reason-birthday = วันเกิดที่กำลังจะมาถึง
print-sheet-reason-purchase = ติดตามหลังการซื้อ
print-sheet-reason-complaint = ข้อร้องเรียนที่ยังค้างอยู่
print-sheet-reason-drifting = ลูกค้าคนสำคัญที่ห่างหายไป
print-sheet-reason-reminder = รายการเตือนความจำ
