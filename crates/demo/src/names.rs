//! The people of the demo shop: French, Dutch/Flemish and English names as a shop in Lyon,
//! Brussels or Lille meets them, accents and ligatures included.

use fidele_domain::Language;

pub(crate) struct Culture {
    pub language: Language,
    pub female: &'static [&'static str],
    pub male: &'static [&'static str],
    pub last: &'static [&'static str],
    pub email_domains: &'static [&'static str],
}

pub(crate) const FRENCH: Culture = Culture {
    language: Language::Fr,
    female: &[
        "Hélène", "Zoë", "Éloïse", "Maëlle", "Anaïs", "Clémence", "Chloé", "Léa", "Noémie", "Agnès", "Françoise",
        "Céline", "Inès", "Béatrice", "Renée", "Camille", "Mathilde", "Géraldine", "Aurélie", "Solène", "Élodie",
        "Margaux", "Odile", "Juliette",
    ],
    male: &[
        "Loïc", "Jérôme", "François", "Benoît", "Gaël", "Hervé", "Noël", "Stéphane", "Thibault", "Mathéo", "Raphaël",
        "Aurélien", "Cédric", "Joël", "André", "Étienne", "Grégoire", "Lucas", "Antoine", "Rémi", "Frédéric", "Théo",
    ],
    last: &[
        "Dubœuf", "Lefèvre", "Gérard", "Mercier", "Rousseau", "Faure", "Girard", "Lemaître", "Pâris", "Després",
        "Thériault", "Bélanger", "Caron", "Fontaine", "Chevalier", "Leclerc", "Moreau", "Dupont", "Durand", "Roussel",
        "Hébert", "Ménard", "Brûlé", "Lœillet", "Noël", "Besnard", "Garnier", "Perrin", "Marchand", "Clément",
        "Guérin", "Lacroix", "Bouvier", "Rivière", "Aubry", "Benoît", "Lévêque", "Château",
    ],
    email_domains: &["orange.fr", "free.fr", "gmail.com", "laposte.net", "sfr.fr", "wanadoo.fr"],
};

pub(crate) const DUTCH: Culture = Culture {
    language: Language::Nl,
    female: &["Sanne", "Femke", "Lotte", "Anouk", "Maaike", "Eline", "Ilse", "Fleur", "Marieke", "Noor", "Liesbeth", "Joke"],
    male: &["Pieter", "Daan", "Bram", "Joost", "Sem", "Thijs", "Jeroen", "Wouter", "Koen", "Ruud", "Sjoerd", "Geert"],
    last: &[
        "de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Jong", "Mulder", "Peeters",
        "Janssens", "Maes", "Willems", "Claes", "van Dijk", "Hendriks", "Vermeulen", "De Smet", "Goossens", "van 't Hof",
    ],
    email_domains: &["telenet.be", "ziggo.nl", "gmail.com", "kpnmail.nl", "skynet.be"],
};

pub(crate) const ENGLISH: Culture = Culture {
    language: Language::En,
    female: &["Amelia", "Isla", "Olivia", "Emily", "Sophie", "Charlotte", "Grace", "Ruby", "Poppy", "Freya", "Siobhán"],
    male: &["Oliver", "George", "Harry", "Jack", "Thomas", "William", "Noah", "Arthur", "Callum", "Rhys", "Seán"],
    last: &[
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas", "Johnson", "Roberts", "O'Brien",
        "Walker", "Hughes", "Clarke", "Wright",
    ],
    email_domains: &["gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk"],
};

pub(crate) const STREETS: &[&str] = &[
    "rue des Lilas", "avenue Jean-Jaurès", "rue de la République", "quai Saint-Antoine", "rue Mercière",
    "cours Lafayette", "rue Victor-Hugo", "montée de la Grande-Côte", "rue du Bât-d'Argent", "place Bellecour",
    "rue Édouard-Herriot", "chemin des Pécheurs", "allée des Érables", "rue Sœur-Bouvier", "boulevard des Brotteaux",
];

/// (postal code, city, no second line) around the demo shop in Lyon.
pub(crate) const PLACES: &[(&str, &str, &str)] = &[
    ("69001", "Lyon", ""), ("69002", "Lyon", ""), ("69003", "Lyon", ""), ("69004", "Lyon", ""), ("69005", "Lyon", ""),
    ("69006", "Lyon", ""), ("69007", "Lyon", ""), ("69100", "Villeurbanne", ""), ("69300", "Caluire-et-Cuire", ""),
    ("69130", "Écully", ""), ("69600", "Oullins", ""), ("69160", "Tassin-la-Demi-Lune", ""), ("69500", "Bron", ""),
    ("69800", "Saint-Priest", ""),
];

pub(crate) const CATEGORIES: &[(&str, u32)] = &[
    // (category, weight)
    ("Romans", 30), ("Policiers", 16), ("Jeunesse", 14), ("BD", 12), ("Beaux livres", 6), ("Essais", 8),
    ("Papeterie", 9), ("Cartes cadeaux", 3), ("Voyage", 5),
];

pub(crate) const PREFERENCES: &[&str] = &[
    "Aime les polars nordiques",
    "Lit en anglais, surtout de la SF",
    "Collectionne les éditions de la Pléiade",
    "Achète pour ses petits-enfants (6 et 9 ans)",
    "Fan de BD franco-belge, attend chaque nouvel Astérix",
    "Préfère les romans courts",
    "Poésie contemporaine, Prévert, Char",
    "Guides de randonnée des Alpes",
    "Carnets Moleskine, stylos plume",
];

pub(crate) const NOTES: &[&str] = &[
    "Préfère être appelée le matin.",
    "Vient toujours le samedi avec son chien.",
    "Commande souvent par téléphone.",
    "Malvoyant : imprimer en gros caractères.",
    "A organisé un club de lecture à la boutique.",
    "Ne pas appeler entre 12h et 14h.",
];

pub(crate) const COMPLAINTS: &[&str] = &[
    "Livre reçu avec la couverture abîmée",
    "Commande arrivée avec deux semaines de retard",
    "Carte cadeau refusée en caisse",
    "Mauvais tome de la série livré",
    "Erreur de prix sur le ticket",
];

pub(crate) const RESOLUTIONS: &[&str] = &[
    "Exemplaire échangé, bon de 5 € offert",
    "Excuses et remboursement de la différence",
    "Commande livrée à domicile gratuitement",
];

/// A craft shop in Chiang Mai meets Thai customers (and some English-speaking visitors).
pub(crate) const THAI: Culture = Culture {
    language: Language::Th,
    female: &[
        "สมศรี", "มาลี", "สุภาพร", "วันเพ็ญ", "กัลยา", "พรทิพย์", "นภา", "จันทร์เพ็ญ", "ศิริพร", "อรุณี", "ปราณี", "ดวงใจ",
        "รัตนา", "สายสุนีย์", "ณัฐธิดา", "พิมพ์ชนก",
    ],
    male: &[
        "สมชาย", "วิชัย", "ประเสริฐ", "สมศักดิ์", "ธนากร", "อนุชา", "ณัฐพล", "ชัยวัฒน์", "กิตติพงษ์", "สุรเชษฐ์", "ภานุวัฒน์",
        "ธีรศักดิ์", "พงศกร", "เกียรติศักดิ์",
    ],
    last: &[
        "ใจดี", "มีสุข", "ศรีสุข", "รักไทย", "แก้วมณี", "บุญมา", "ทองดี", "สุขสวัสดิ์", "วงศ์สวัสดิ์", "จันทร์แก้ว", "ศรีวงศ์",
        "พรหมมา", "อินทร์แก้ว", "ชัยมงคล", "เรืองศรี", "สายทอง", "ปัญญาดี", "คำแสน",
    ],
    email_domains: &["gmail.com", "hotmail.com", "yahoo.co.th", "outlook.co.th"],
};

/// Streets of Chiang Mai.
pub(crate) const THAI_STREETS: &[&str] = &[
    "ถนนนิมมานเหมินท์", "ถนนห้วยแก้ว", "ถนนสุเทพ", "ถนนช้างคลาน", "ถนนท่าแพ", "ถนนเจริญราษฎร์", "ถนนโชตนา",
    "ถนนเชียงใหม่-ลำพูน", "ซอยวัดอุโมงค์", "ถนนรัตนโกสินทร์",
];

/// (postcode, province, subdistrict and district) around the demo shop in Chiang Mai, and a
/// few customers from Bangkok (แขวง and เขต there).
pub(crate) const THAI_PLACES: &[(&str, &str, &str)] = &[
    ("50200", "เชียงใหม่", "ตำบลสุเทพ อำเภอเมืองเชียงใหม่"),
    ("50200", "เชียงใหม่", "ตำบลช้างเผือก อำเภอเมืองเชียงใหม่"),
    ("50100", "เชียงใหม่", "ตำบลช้างคลาน อำเภอเมืองเชียงใหม่"),
    ("50000", "เชียงใหม่", "ตำบลวัดเกต อำเภอเมืองเชียงใหม่"),
    ("50230", "เชียงใหม่", "ตำบลหนองควาย อำเภอหางดง"),
    ("50210", "เชียงใหม่", "ตำบลต้นเปา อำเภอสันกำแพง"),
    ("50180", "เชียงใหม่", "ตำบลริมใต้ อำเภอแม่ริม"),
    ("51000", "ลำพูน", "ตำบลในเมือง อำเภอเมืองลำพูน"),
    ("10110", "กรุงเทพมหานคร", "แขวงคลองเตยเหนือ เขตวัฒนา"),
    ("10330", "กรุงเทพมหานคร", "แขวงลุมพินี เขตปทุมวัน"),
];

pub(crate) const THAI_CATEGORIES: &[(&str, u32)] = &[
    ("ผ้าไหม", 26), ("ผ้าฝ้ายทอมือ", 20), ("เครื่องเงิน", 12), ("เครื่องปั้นดินเผา", 10), ("ร่มบ่อสร้าง", 8),
    ("งานไม้แกะสลัก", 7), ("ของขวัญ", 12), ("บัตรของขวัญ", 3),
];

pub(crate) const THAI_PREFERENCES: &[&str] = &[
    "ชอบผ้าไหมสีคราม",
    "ซื้อของขวัญให้ลูกค้าบริษัททุกปีใหม่",
    "สะสมเครื่องเงินวัวลาย",
    "ชอบผ้าซิ่นตีนจก",
    "ซื้อร่มไปฝากญาติที่ต่างประเทศ",
    "ชอบลายช้างและลายดอกไม้",
];

pub(crate) const THAI_NOTES: &[&str] = &[
    "สะดวกให้โทรช่วงเช้า",
    "มาร้านทุกวันเสาร์กับครอบครัว",
    "สั่งของทางไลน์บ่อย",
    "ขอใบกำกับภาษีทุกครั้ง",
    "ไม่สะดวกรับสายช่วงเที่ยง",
];

pub(crate) const THAI_COMPLAINTS: &[&str] = &[
    "ผ้าไหมสีตกหลังซักครั้งแรก",
    "ของส่งถึงช้ากว่ากำหนดหนึ่งสัปดาห์",
    "บัตรของขวัญใช้ที่เคาน์เตอร์ไม่ได้",
    "ได้รับสินค้าผิดขนาด",
    "ราคาในใบเสร็จไม่ตรงกับป้าย",
];

pub(crate) const THAI_RESOLUTIONS: &[&str] = &[
    "เปลี่ยนสินค้าใหม่ให้ และมอบส่วนลด 100 บาท",
    "ขออภัยและคืนเงินส่วนต่าง",
    "จัดส่งถึงบ้านฟรี",
];
