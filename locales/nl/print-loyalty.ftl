# De gedrukte klantenkaart en de kalibratiepagina van de printer (crates/printing).
# De titel van de pdf, zoals een viewer hem toont (gevolgd door de naam van de winkel).
print-loyalty-title = Klantenkaarten
# Onder de naam van de winkel, op de kaart.
print-loyalty-card = Klantenkaart
# Onder de naam van de klant. $number: het lidnummer, in cijfers.
print-loyalty-number = Lidnummer { $number }

# De kalibratiepagina: de verschuiving van de printer, gemeten met een liniaal.
print-calibration-title = Printer kalibreren
print-calibration-actual-size = Druk deze pagina af op ware grootte (100 %, „aanpassen aan pagina" uit), met de printer en het papier van uw kaarten en etiketten.
# $length: in millimeter.
print-calibration-scale = De lijn hieronder moet { $length } mm lang zijn. Is ze dat niet, dan schaalt de printer de pagina: zet „aanpassen aan pagina" uit en druk opnieuw af.
# $inset: in millimeter.
print-calibration-left = Meet van de linkerrand van het papier tot de staande lijn van kruis A. Dat moet { $inset } mm zijn.
print-calibration-top = Meet van de bovenrand van het papier tot de liggende lijn van kruis A. Dat moet { $inset } mm zijn.
# $example: een meting, $offset: wat u daarvoor invult.
print-calibration-enter = Vul bij Instellingen, Verschuiving van de printer, { $inset } min elke meting in: horizontaal voor de linkerrand, verticaal voor de bovenrand. Bijvoorbeeld { $example } mm gemeten: vul { $offset } in.
print-calibration-check = Kruis B moet { $inset } mm van de rechter- en onderrand staan. Klopt dat niet terwijl kruis A wel klopt, dan liep het papier scheef door de printer: zet de papiergeleider recht en druk opnieuw af.
# $x, $y: in millimeter.
print-calibration-current = Deze pagina wordt zonder verschuiving afgedrukt. Ingestelde verschuiving: { $x } mm horizontaal, { $y } mm verticaal.
