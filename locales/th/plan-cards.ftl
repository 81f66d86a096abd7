# The words a card run and the weekly follow-up sheet write (crates/usecases): dates, the
# personal line, households, the "card sent" note, why someone is on the sheet.

plan-month-name = { $month ->
    [1] มกราคม
    [2] กุมภาพันธ์
    [3] มีนาคม
    [4] เมษายน
    [5] พฤษภาคม
    [6] มิถุนายน
    [7] กรกฎาคม
    [8] สิงหาคม
    [9] กันยายน
    [10] ตุลาคม
    [11] พฤศจิกายน
   *[12] ธันวาคม
}
plan-weekday-name = { $day ->
    [1] วันจันทร์
    [2] วันอังคาร
    [3] วันพุธ
    [4] วันพฤหัสบดี
    [5] วันศุกร์
    [6] วันเสาร์
   *[7] วันอาทิตย์
}
# $month is the month's name (plan-month-name).
plan-day-month = { $day } { $month }
plan-day-month-year = { $date } { $year }
plan-month-year = { $month } { $year }
plan-weekday-date = { $weekday }ที่ { $date }
plan-week = สัปดาห์ระหว่างวันที่ { $from } ถึง { $to }
plan-period = { $from } – { $to }

# $formality: formal or first_name (the customer's register; Thai keeps คุณ either way).
plan-thanks = ขอบคุณที่แวะมาเมื่อวันที่ { $date } แล้วพบกันใหม่เร็ว ๆ นี้
# $kind: first (a prospect's first purchase) or next.
plan-offer = ลด { $percent }% สำหรับการซื้อ{ $kind ->
    [first] ครั้งแรก
   *[next] ครั้งถัดไป
} ถึงวันที่ { $date }
plan-offer-details = ข้อเสนอเฉพาะคุณ: { $percent }% (รหัส { $code })
plan-card-sent = การ์ด “{ $greeting }” ({ $when })

plan-family-two = { $a } และ { $b }
plan-household-address = ครอบครัว{ $family }
plan-household-salutation = เรียน ครอบครัว{ $family }

plan-why-birthday = วันเกิด { $date }
plan-why-birthday-turns = วันเกิด { $date } (อายุครบ { $turns } ปี)
plan-why-purchase = ซื้อ { $amount } เมื่อ { $date }: ทุกอย่างเรียบร้อยดีไหม
plan-why-complaint = ข้อร้องเรียนค้างอยู่ { $days } วัน: “{ $summary }”
plan-why-reminder = { $title } ({ $date })
plan-why-reminder-overdue = { $title } (เลยกำหนด ตั้งแต่ { $date })
plan-nobody = —
