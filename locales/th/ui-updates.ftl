# การตั้งค่า → อัปเดต: Fidèle จะหาเวอร์ชันใหม่ก็ต่อเมื่อเจ้าของร้านอนุญาตหรือสั่งเท่านั้น
updates-title = อัปเดต
updates-check-at-start = หาเวอร์ชันใหม่เมื่อเปิด Fidèle
updates-offline-note = เมื่อปิดไว้ Fidèle จะไม่เชื่อมต่ออินเทอร์เน็ตเอง ร้านใช้งานแบบออฟไลน์ได้
updates-check-now = ตรวจสอบตอนนี้
updates-checking = กำลังหาเวอร์ชันใหม่…
updates-up-to-date = Fidèle { $version } เป็นเวอร์ชันล่าสุดแล้ว
updates-available = มี Fidèle { $version } แล้ว (เครื่องนี้ใช้ { $current })
updates-notes = มีอะไรใหม่
updates-install = ติดตั้ง
updates-ask-title = ติดตั้ง Fidèle { $version } หรือไม่
updates-ask-backup = จะสำรองแฟ้มลูกค้าไว้ในโฟลเดอร์สำรองข้อมูลก่อน หากสำรองไม่สำเร็จ จะไม่ติดตั้งสิ่งใด
updates-ask-restart = คอมพิวเตอร์อาจขอรหัสผ่าน จากนั้น Fidèle จะเปิดใหม่ในเวอร์ชันใหม่
updates-ask-cancel = ไว้ทีหลัง
updates-installing = กำลังตรวจสอบและติดตั้ง Fidèle { $version }…
updates-installed = ติดตั้งแล้ว สำรองแฟ้มลูกค้าไว้เป็น { $backup }
