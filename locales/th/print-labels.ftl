# ฉลากจ่าหน้า (crates/printing)
print-labels-title = ฉลากจ่าหน้าซอง
