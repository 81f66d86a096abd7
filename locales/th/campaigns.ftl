# การ์ดคุ้มค่าหรือไม่ แต่ละรอบการส่งวัดเทียบกับกลุ่มควบคุม (fidele campaigns, หน้าแคมเปญ,
# สรุปรอบการส่ง, ไทม์ไลน์)

campaigns-timeline-held-out = เดือนนี้ไม่มีการ์ด: กลุ่มเปรียบเทียบ
campaigns-held-out-summary = กันลูกค้าไว้ { $n } คน ({ $percent } %): รอบนี้ไม่ได้รับการ์ด เป็นกลุ่มเปรียบเทียบ
campaigns-none = ยังไม่มีรอบการส่งที่มีกลุ่มเปรียบเทียบ บันทึกการ์ดของเดือนพร้อมกลุ่มเปรียบเทียบ แล้วกลับมาดูอีก 30 วันต่อมา
campaigns-verdict-effect = { $direction ->
    [fewer] การ์ดเดือน{ $month }ทำให้ลูกค้ากลับมาน้อยลงประมาณ { $per100 } คนต่อ 100 คน (ระหว่าง { $low } ถึง { $high }): กำไรขั้นต้น { $margin } จากค่าการ์ด { $cost }
   *[more] การ์ดเดือน{ $month }ทำให้ลูกค้ากลับมามากขึ้นประมาณ { $per100 } คนต่อ 100 คน (ระหว่าง { $low } ถึง { $high }): กำไรขั้นต้น { $margin } จากค่าการ์ด { $cost }
}
campaigns-verdict-too-early = ยังเร็วเกินไปที่จะสรุปผลการ์ดเดือน{ $month }
campaigns-verdict-no-effect = การ์ดเดือน{ $month }ไม่ได้สร้างความแตกต่างที่วัดได้: ลูกค้าที่ไม่ได้รับการ์ดกลับมาบ่อยพอกัน
campaigns-pool-effect = { $direction ->
    [fewer] น้อยลงประมาณ { $per100 } คนต่อ 100 คน (ระหว่าง { $low } ถึง { $high })
   *[more] มากขึ้นประมาณ { $per100 } คนต่อ 100 คน (ระหว่าง { $low } ถึง { $high })
}
campaigns-pool-too-early = ยังเร็วเกินไปที่จะสรุป
campaigns-pool-no-effect = ไม่มีผลที่วัดได้
campaigns-method-welch = ช่วงของ Welch: แต่ละกลุ่มมีลูกค้าที่กลับมาอย่างน้อย { $min } คน และที่ไม่กลับมาอย่างน้อย { $min } คน
campaigns-method-bootstrap = ช่วงแบบบูตสแตรป: มีกลุ่มหนึ่งที่มีเพียง { $smallest } กรณี จากอย่างน้อย { $min } กรณีที่การประมาณของ Welch ต้องการ
campaigns-days = { $n } วัน
campaigns-months = { $n } เดือน
campaigns-window-open = (ยังไม่ครบกำหนด)
campaigns-col-run = รอบการส่ง
campaigns-col-window = หลังจาก
campaigns-col-recipients = ผู้รับ
campaigns-col-held-out = กลุ่มเปรียบเทียบ
campaigns-col-came-back = กลับมา
campaigns-col-revenue = ยอดขายต่อลูกค้า
campaigns-col-margin = กำไรขั้นต้นต่อลูกค้า
campaigns-col-redeemed = รหัสที่ใช้แล้ว
campaigns-col-difference = ส่วนต่าง (95 %)
campaigns-by-design = ตามแบบการ์ด
campaigns-by-stage = ตามขั้นความภักดี
campaigns-by-offer = ตามขนาดส่วนลด
campaigns-offer-none = ไม่มีข้อเสนอ
campaigns-offer-percent = ลด { $percent } %
campaigns-long-view = ในระยะยาว
campaigns-long-view-line = หลังจาก { $months } เดือน: ลูกค้าที่ได้รับการ์ดทุกครั้งยังซื้ออยู่ { $every } เทียบกับ { $once } ของลูกค้าที่ถูกกันไว้อย่างน้อยหนึ่งครั้ง
campaigns-long-view-early = หลังจาก { $months } เดือน: ยังเร็วเกินไป (ยังไม่มีลูกค้าที่ติดตามได้นานขนาดนั้น)
campaigns-card-cost = ค่าการ์ดต่อใบ: { $cost }
