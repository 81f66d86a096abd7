# เหตุที่ลูกค้าสำคัญดูเหมือนกำลังห่างหายไป: เคยมาบ่อยแค่ไหน และมาครั้งล่าสุดเมื่อไร
# ($everyUnit และ $agoUnit: day, week, month, year; $agoUnit เป็น "today" เมื่อมาวันนี้)

drift-reason = เคยมา{ $everyUnit ->
    [day] { $everyN ->
        [1] ทุกวัน
       *[other] ทุก { $everyN } วัน
    }
    [week] { $everyN ->
        [1] ทุกสัปดาห์
       *[other] ทุก { $everyN } สัปดาห์
    }
    [month] { $everyN ->
        [1] ทุกเดือน
       *[other] ทุก { $everyN } เดือน
    }
   *[year] { $everyN ->
        [1] ทุกปี
       *[other] ทุก { $everyN } ปี
    }
} มาครั้งล่าสุด{ $agoUnit ->
    [today] วันนี้
    [day] เมื่อ { $agoN } วันก่อน
    [week] เมื่อ { $agoN } สัปดาห์ก่อน
    [month] เมื่อ { $agoN } เดือนก่อน
   *[year] เมื่อ { $agoN } ปีก่อน
}
