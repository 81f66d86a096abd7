# หน้าจอเคาน์เตอร์ บัตรสมาชิกในหน้าลูกค้า และกติกาสะสมแต้มในการตั้งค่า
member-number = บัตรเลขที่ { $number }
member-reissue = บัตรหาย: ออกเลขใหม่
member-reissue-title = ออกเลขบัตรใหม่ให้ { $name } ไหม
member-reissue-what = บัตรเลขที่ { $number } จะถูกยกเลิก เมื่อสแกนจะแจ้งว่ายกเลิกแล้วและบอกชื่อลูกค้าคนนี้ แต้มยังอยู่กับลูกค้าเหมือนเดิม
member-reissue-confirm = ยกเลิกและออกเลขใหม่
member-reissue-cancel = ใช้เลขนี้ต่อ
member-reissued = บัตรใหม่เลขที่ { $number } บัตรเดิมถูกยกเลิกแล้ว
