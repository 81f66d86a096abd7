# The words a card run and the weekly follow-up sheet write (crates/usecases): dates, the
# personal line, households, the "card sent" note, why someone is on the sheet.

plan-month-year = { $month } { $year }
plan-weekday-date = { $weekday }ที่ { $date }
plan-period = { $from } – { $to }

plan-offer-details = ข้อเสนอเฉพาะคุณ: { $percent }% (รหัส { $code })
plan-card-sent = การ์ด “{ $greeting }” ({ $when })

plan-family-two = { $a } และ { $b }
plan-household-address = ครอบครัว{ $family }

plan-why-birthday = วันเกิด { $date }
plan-why-birthday-turns = วันเกิด { $date } (อายุครบ { $turns } ปี)
plan-why-purchase = ซื้อ { $amount } เมื่อ { $date }: ทุกอย่างเรียบร้อยดีไหม
plan-why-complaint = ข้อร้องเรียนค้างอยู่ { $days } วัน: “{ $summary }”
plan-why-reminder = { $title } ({ $date })
plan-why-reminder-overdue = { $title } (เลยกำหนด ตั้งแต่ { $date })
plan-nobody = —
