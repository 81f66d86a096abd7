# วันที่ตามที่พิมพ์บนการ์ดและใบรายชื่อ (crates/printing) ปีถูกนับตามปฏิทินของร้านแล้ว (พ.ศ. 2569 = ค.ศ. 2026)

## $month: 1 to 12.
print-month =
    { $month ->
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
## $day: 1 (Monday) to 7 (Sunday).
print-weekday =
    { $day ->
        [1] วันจันทร์
        [2] วันอังคาร
        [3] วันพุธ
        [4] วันพฤหัสบดี
        [5] วันศุกร์
        [6] วันเสาร์
       *[7] วันอาทิตย์
    }
## $day: the day of the month; $month: its name (print-month); $year: the year.
print-date-day-month = { $day } { $month }
print-date-full = { $day } { $month } { $year }
