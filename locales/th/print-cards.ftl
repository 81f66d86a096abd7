# ถ้อยคำที่พิมพ์บนการ์ดอวยพร (crates/printing) ตัวเลือกที่โค้ดส่งมา:
#   $salutation: mr, mrs, ms, none (ไม่ทราบคำนำหน้า), family (การ์ดถึงครอบครัว)
#   $register: formal หรือ informal ตามความสนิทสนมกับลูกค้า ทั้งการ์ดใช้ระดับภาษาเดียวกัน
# ภาษาไทยเรียกลูกค้าว่า "คุณ" ตามด้วยชื่อจริง

## คำขึ้นต้นการ์ด $first: ชื่อจริง (หรือนามสกุลถ้าไม่มีชื่อ)
print-card-opening =
    { $register ->
        [informal] ถึง คุณ{ $first }
       *[formal] เรียน คุณ{ $first }
    }
print-card-opening-anonymous = เรียน ลูกค้าผู้มีอุปการคุณ
print-card-opening-family = เรียน ครอบครัว{ $family }
# ภาษาไทยไม่ใส่จุลภาคหลังคำขึ้นต้น
print-card-opening-line = { $opening }

## คำอวยพรด้านหน้าการ์ด ตามโอกาสของลวดลาย
print-card-greeting-new-year = สวัสดีปีใหม่
print-card-greeting-valentine = สุขสันต์วันวาเลนไทน์
print-card-greeting-spring = สุขสันต์ฤดูใบไม้ผลิ
print-card-greeting-easter = สุขสันต์วันอีสเตอร์
print-card-greeting-may = เดือนพฤษภาคมแสนสดใส
print-card-greeting-summer = สวัสดีหน้าร้อน
print-card-greeting-holidays = ขอให้สนุกกับวันหยุด
print-card-greeting-late-summer = ขอให้มีความสุขกับฤดูร้อน
print-card-greeting-back-to-school = สุขสันต์เดือนกันยายน
print-card-greeting-halloween = สุขสันต์วันฮาโลวีน
print-card-greeting-autumn = สุขสันต์ฤดูใบไม้ร่วง
print-card-greeting-christmas = สุขสันต์วันคริสต์มาส
print-card-greeting-year-end = สุขสันต์เทศกาลแห่งความสุข
print-card-greeting-songkran = สุขสันต์วันสงกรานต์
print-card-greeting-loy-krathong = สุขสันต์วันลอยกระทง
print-card-greeting-birthday = สุขสันต์วันเกิด
print-card-greeting-anniversary = ครบหนึ่งปีแห่งมิตรภาพ

## ข้อความสำเร็จรูปของแต่ละโอกาส ซึ่งเจ้าของร้านจะใช้หรือเขียนใหม่ก็ได้
print-card-message-new-year =
    { $register ->
        [informal] ขอให้ปีใหม่นี้เต็มไปด้วยความสุขเล็ก ๆ ทุกวัน ขอบคุณที่แวะมาหากันเสมอนะ
       *[formal] ทางร้านขออวยพรให้คุณมีความสุขตลอดปีใหม่นี้ ขอบคุณที่อุดหนุนเราเสมอมา
    }
print-card-message-christmas =
    { $salutation ->
        [family] ขอให้ทุกคนในครอบครัวมีความสุขในเทศกาลคริสต์มาส ท่ามกลางคนที่รัก
       *[other] ขอให้คุณมีความสุขในเทศกาลคริสต์มาส ท่ามกลางคนที่คุณรัก
    }
print-card-message-year-end =
    { $register ->
        [informal] ขอให้มีความสุขมาก ๆ ช่วงส่งท้ายปีเก่าต้อนรับปีใหม่ ขอบคุณที่อยู่กับเรามาตลอดปีนะ
       *[formal] ขอให้คุณมีความสุขในเทศกาลส่งท้ายปีเก่าต้อนรับปีใหม่ ขอบคุณที่อุดหนุนเราตลอดปีที่ผ่านมา
    }
print-card-message-songkran =
    { $register ->
        [informal] สุขสันต์วันปีใหม่ไทย ขอให้ชุ่มฉ่ำ สดชื่น และโชคดีตลอดปีนะ
       *[formal] สุขสันต์วันปีใหม่ไทย ขอให้คุณและครอบครัวชุ่มฉ่ำ มีความสุข และโชคดีตลอดปี
    }
print-card-message-loy-krathong =
    { $register ->
        [informal] ขอให้แสงเทียนวันลอยกระทงพาเรื่องทุกข์ใจลอยไปกับสายน้ำ ขอบคุณที่แวะมาหากันเสมอนะ
       *[formal] ขอให้แสงเทียนแห่งวันลอยกระทงพาความทุกข์ลอยไปกับสายน้ำ ขอบคุณที่อุดหนุนเราเสมอมา
    }
print-card-message-season =
    { $register ->
        [informal] คิดถึงนะ แล้วแวะมาที่ร้านอีกเร็ว ๆ นี้นะ
       *[formal] เราคิดถึงคุณ และหวังว่าจะได้พบคุณที่ร้านอีกเร็ว ๆ นี้
    }
print-card-message-birthday =
    { $register ->
        [informal] สุขสันต์วันเกิดนะ ขอให้ปีนี้เต็มไปด้วยเรื่องดี ๆ และเซอร์ไพรส์น่ารัก ๆ
       *[formal] ทางร้านขออวยพรวันเกิดให้คุณมีความสุขมาก ๆ และพบแต่สิ่งดี ๆ ตลอดปี
    }
print-card-message-anniversary =
    { $register ->
        [informal] เมื่อหนึ่งปีก่อนคุณแวะมาที่ร้านเราเป็นครั้งแรก ขอบคุณสำหรับหนึ่งปีดี ๆ ด้วยกันนะ
       *[formal] เมื่อหนึ่งปีก่อน คุณได้แวะมาที่ร้านของเราเป็นครั้งแรก ขอบคุณสำหรับหนึ่งปีที่แสนดีด้วยกัน
    }

## บรรทัดส่วนตัวใต้ข้อความ $date: วันและเดือน ("3 มีนาคม")
print-card-thanks =
    { $register ->
        [informal] ขอบคุณที่แวะมาเมื่อ { $date } แล้วเจอกันใหม่นะ
       *[formal] ขอบคุณที่แวะมาเมื่อวันที่ { $date } แล้วพบกันใหม่เร็ว ๆ นี้
    }
print-card-offer =
    { $purchase ->
        [first] ส่วนลด { $percent }% สำหรับการซื้อครั้งแรก ถึงวันที่ { $date }
       *[next] ส่วนลด { $percent }% สำหรับการซื้อครั้งถัดไป ถึงวันที่ { $date }
    }
print-card-offer-code = รหัสส่วนลด: { $code }

## ด้านที่จ่าหน้า
print-card-stamp = ติดแสตมป์
print-card-signature = ทีมงาน { $shop }
