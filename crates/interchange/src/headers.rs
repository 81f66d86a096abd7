//! Which column holds what: header names in French, Dutch and English (and those of Square,
//! Outlook and Google Contacts exports) mapped to customer fields, and the caller's corrections.

use fidele_domain::text::fold;
use fidele_domain::{ErrorCode, Refusal};

/// What a column of a customer file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CustomerField {
    Salutation,
    FirstName,
    LastName,
    /// "Marie Dupont", "Dupont, Marie" or "Mme Marie Dupont": split on import, and only used
    /// when the row has no first or last name of its own.
    FullName,
    /// A Dutch or Flemish tussenvoegsel ("van den"): joins the family name.
    NameParticle,
    /// Kept only when it holds a particle ("van"), which then joins the family name.
    MiddleName,
    Company,
    /// Odoo's "Is a Company": when yes, the row's name is the company's.
    IsCompany,
    Email,
    Phone,
    Mobile,
    AddressLine1,
    /// Joined to the street in the country's order ("Keizersgracht 100", "12 rue Haute").
    HouseNumber,
    /// Toevoeging, bus, boîte: after the number ("100 A", "12 bte 3").
    HouseNumberAddition,
    AddressLine2,
    PostalCode,
    City,
    /// A state or province: a US or Canadian one gives the country and follows the city.
    Region,
    Country,
    /// A whole address over several lines, used when the row has no street column filled.
    FormattedAddress,
    /// The language their cards are written in: "fr", "Néerlandais", "Nederlands", "English"...
    Language,
    Birthday,
    Notes,
    Tags,
    ExternalRef,
    ConsentPost,
    ConsentEmail,
    ConsentPhone,
    ConsentSms,
    Ignore,
}

impl CustomerField {
    pub const ALL: [CustomerField; 30] = [
        CustomerField::Salutation,
        CustomerField::FirstName,
        CustomerField::NameParticle,
        CustomerField::MiddleName,
        CustomerField::LastName,
        CustomerField::FullName,
        CustomerField::Company,
        CustomerField::IsCompany,
        CustomerField::Email,
        CustomerField::Phone,
        CustomerField::Mobile,
        CustomerField::AddressLine1,
        CustomerField::HouseNumber,
        CustomerField::HouseNumberAddition,
        CustomerField::AddressLine2,
        CustomerField::PostalCode,
        CustomerField::City,
        CustomerField::Region,
        CustomerField::Country,
        CustomerField::FormattedAddress,
        CustomerField::Language,
        CustomerField::Birthday,
        CustomerField::Notes,
        CustomerField::Tags,
        CustomerField::ExternalRef,
        CustomerField::ConsentPost,
        CustomerField::ConsentEmail,
        CustomerField::ConsentPhone,
        CustomerField::ConsentSms,
        CustomerField::Ignore,
    ];

    /// The stable name, as `--map COLUMN=FIELD` takes it and rejection reasons show it.
    pub fn code(self) -> &'static str {
        match self {
            CustomerField::Salutation => "salutation",
            CustomerField::FirstName => "first_name",
            CustomerField::LastName => "last_name",
            CustomerField::FullName => "full_name",
            CustomerField::NameParticle => "name_particle",
            CustomerField::MiddleName => "middle_name",
            CustomerField::HouseNumber => "house_number",
            CustomerField::HouseNumberAddition => "house_number_addition",
            CustomerField::Region => "region",
            CustomerField::FormattedAddress => "formatted_address",
            CustomerField::Company => "company",
            CustomerField::IsCompany => "is_company",
            CustomerField::Email => "email",
            CustomerField::Phone => "phone",
            CustomerField::Mobile => "mobile",
            CustomerField::AddressLine1 => "address_line1",
            CustomerField::AddressLine2 => "address_line2",
            CustomerField::PostalCode => "postal_code",
            CustomerField::City => "city",
            CustomerField::Country => "country",
            CustomerField::Language => "language",
            CustomerField::Birthday => "birthday",
            CustomerField::Notes => "notes",
            CustomerField::Tags => "tags",
            CustomerField::ExternalRef => "external_ref",
            CustomerField::ConsentPost => "consent_post",
            CustomerField::ConsentEmail => "consent_email",
            CustomerField::ConsentPhone => "consent_phone",
            CustomerField::ConsentSms => "consent_sms",
            CustomerField::Ignore => "ignore",
        }
    }

    /// Reads a code, with dashes or underscores (`first-name`, `first_name`); `skip` is `ignore`.
    pub fn parse(code: &str) -> Option<CustomerField> {
        let code = code.trim().to_ascii_lowercase().replace('-', "_");
        if code == "skip" || code.is_empty() {
            return Some(CustomerField::Ignore);
        }
        CustomerField::ALL.into_iter().find(|f| f.code() == code)
    }
}

impl std::fmt::Display for CustomerField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// Header names, folded with `text::fold`, per field. A bare "nom"/"naam"/"name" is decided
/// in `Mapping::guess`: the surname next to a first-name column, the whole name otherwise.
const SYNONYMS: &[(CustomerField, &[&str])] = {
    use CustomerField::*;
    &[
        (
            Salutation,
            &[
                "civilite",
                "civ",
                "titre",
                "title",
                "salutation",
                "aanhef",
                "titel",
                "prefix",
                "name prefix",
                "name title",
            ],
        ),
        (
            FirstName,
            &[
                "billing first name",
                "prenom",
                "first name",
                "firstname",
                "given name",
                "forename",
                "voornaam",
                "roepnaam",
                "voornamen",
                "first",
            ],
        ),
        (
            LastName,
            &[
                "billing last name",
                "nom de famille",
                "last name",
                "lastname",
                "surname",
                "family name",
                "achternaam",
                "familienaam",
                "last",
                "nom de naissance",
                "patronyme",
            ],
        ),
        (
            FullName,
            &[
                "nom complet",
                "nom et prenom",
                "nom prenom",
                "prenom nom",
                "full name",
                "fullname",
                "display name",
                "volledige naam",
                "naam en voornaam",
                "customer name",
                "client",
                "contact",
                "nom du client",
                "klantnaam",
                "klant",
            ],
        ),
        (IsCompany, &["is a company", "is company", "est une societe", "is een bedrijf"]),
        (NameParticle, &["tussenvoegsel", "tussenvoegsels", "voorvoegsel", "voorvoegsels", "particule", "name particle"]),
        (MiddleName, &["middle name", "additional name", "deuxieme prenom", "second prenom", "middelste naam", "tweede voornaam"]),
        (
            HouseNumber,
            &["huisnummer", "huisnr", "huis nr", "numero", "numero de rue", "numero de maison", "no de rue", "house number", "housenumber", "street number", "nr", "nummer"],
        ),
        (
            HouseNumberAddition,
            &["toevoeging", "huisnummertoevoeging", "huisnummer toevoeging", "toev", "bus", "busnummer", "boite", "bte", "numero de boite", "box", "box number", "addition", "house number addition"],
        ),
        (Region, &["state", "province", "region", "province state", "state province", "province code", "etat", "provincie", "staat", "county"]),
        (
            Company,
            &[
                "organization name",
                "default address company",
                "billing company",
                "nom de l entreprise",
                "bedrijfsnaam",
                "company main",
                "societe",
                "entreprise",
                "raison sociale",
                "company",
                "company name",
                "organisation",
                "organization",
                "bedrijf",
                "bedrijfsnaam",
                "firma",
                "business name",
            ],
        ),
        (
            Email,
            &[
                "adresse de messagerie",
                "billing email",
                "user email",
                "e mail adresse",
                "email",
                "e mail",
                "mail",
                "courriel",
                "adresse email",
                "adresse e mail",
                "adresse mail",
                "email address",
                "e mail address",
                "e mail adres",
                "emailadres",
                "e mailadres",
                "mailadres",
                "email value",
                "e mail value",
                "autres e mails",
                "autres emails",
                "other emails",
                "andere e mails",
                "andere e mailadressen",
            ],
        ),
        (
            Phone,
            &[
                "primary phone",
                "company main phone",
                "other phone",
                "telephone domicile",
                "telephone bureau",
                "telephone principal",
                "telefoon thuis",
                "telefoon werk",
                "hoofdtelefoon",
                "billing phone",
                "default address phone",
                "phone home",
                "phone work",
                "telephone",
                "tel",
                "phone",
                "phone number",
                "telefoon",
                "telefoonnummer",
                "tel fixe",
                "telephone fixe",
                "home phone",
                "business phone",
                "work phone",
                "vaste telefoon",
                "telefoon vast",
                "numero de telephone",
                "phone value",
                "telefon",
                "autres telephones",
                "other phones",
                "andere telefoons",
                "andere telefoonnummers",
            ],
        ),
        (
            Mobile,
            &[
                "tel mobile",
                "mobile phone number",
                "telephone mobile",
                "mobiele telefoon",
                "phone mobile",
                "mobile",
                "portable",
                "telephone portable",
                "tel portable",
                "tel mobile",
                "telephone mobile",
                "gsm",
                "mobiel",
                "mobiel nummer",
                "mobiele telefoon",
                "mobile phone",
                "cell",
                "cell phone",
                "mobile number",
                "natel",
                "handy",
            ],
        ),
        (
            AddressLine1,
            &[
                "address1",
                "street 1",
                "street1",
                "rue et numero",
                "adresse",
                "adresse 1",
                "adresse ligne 1",
                "rue",
                "adresse postale",
                "address",
                "address 1",
                "address line 1",
                "street",
                "street address",
                "street address 1",
                "home street",
                "straat",
                "adres",
                "adres 1",
                "straat en huisnummer",
                "straatnaam",
            ],
        ),
        (
            AddressLine2,
            &[
                "street2",
                "street 2",
                "address2",
                "straat 2",
                "adresse 2",
                "adresse ligne 2",
                "complement d adresse",
                "complement adresse",
                "complement",
                "address 2",
                "address line 2",
                "street address 2",
                "home street 2",
                "adres 2",
                "adresregel 2",
            ],
        ),
        (
            PostalCode,
            &[
                "postal zip code",
                "zip postal code",
                "postal zip",
                "postal code zip",
                "code postal zip",
                "code postal",
                "cp",
                "postcode",
                "postal code",
                "zip",
                "zip code",
                "home postal code",
                "npa",
            ],
        ),
        (
            City,
            &[
                "suburb",
                "ville",
                "localite",
                "commune",
                "city",
                "town",
                "home city",
                "woonplaats",
                "plaats",
                "stad",
                "gemeente",
            ],
        ),
        (
            Country,
            &[
                "country code",
                "pays region",
                "land regio",
                "country id",
                "pays",
                "country",
                "home country",
                "land",
                "country region",
                "home country region",
            ],
        ),
        (
            Language,
            &["langue", "language", "taal", "lang", "langue parlee", "voertaal", "preferred language", "langue de correspondance", "correspondentietaal"],
        ),
        (
            Birthday,
            &[
                "date d anniversaire",
                "birth date",
                "date de naissance",
                "anniversaire",
                "date d anniversaire",
                "ne le",
                "nee le",
                "birthday",
                "birth date",
                "birthdate",
                "date of birth",
                "dob",
                "geboortedatum",
                "verjaardag",
                "geboortedag",
            ],
        ),
        (
            Notes,
            &[
                "notes",
                "note",
                "remarque",
                "remarques",
                "commentaire",
                "commentaires",
                "comment",
                "comments",
                "customer note",
                "memo",
                "opmerking",
                "opmerkingen",
                "notitie",
                "notities",
                "observations",
            ],
        ),
        (
            Tags,
            &[
                "categorieen",
                "customer group",
                "customer group name",
                "customer type",
                "tags",
                "tag",
                "etiquettes",
                "etiquette",
                "groupes",
                "groups",
                "categories",
                "labels",
                "segment",
                "groepen",
            ],
        ),
        (
            ExternalRef,
            &[
                "customer code",
                "external id",
                "code client",
                "reference",
                "ref",
                "reference id",
                "id client",
                "numero client",
                "n client",
                "no client",
                "code client",
                "customer id",
                "customer number",
                "square customer id",
                "klantnummer",
                "klant id",
                "klantnr",
                "id",
                "uid",
                "carte fidelite",
                "numero de carte",
                "card number",
            ],
        ),
        (
            ConsentPost,
            &[
                "consentement courrier",
                "optin courrier",
                "opt in courrier",
                "accepte courrier",
                "courrier",
                "post opt in",
                "postal opt in",
                "direct mail",
                "post toestemming",
                "toestemming post",
            ],
        ),
        (
            ConsentEmail,
            &[
                "marketing",
                "email marketing opt in",
                "accepts email marketing",
                "accepts marketing",
                "email marketing consent",
                "email opt in",
                "e mail opt in",
                "newsletter",
                "optin email",
                "opt in email",
                "optin e mail",
                "email subscription status",
                "email opt in",
                "accepte email",
                "accepte e mail",
                "accepte les emails",
                "email marketing",
                "consentement email",
                "consentement e mail",
                "nieuwsbrief",
                "email toestemming",
                "toestemming email",
                "toestemming e mail",
            ],
        ),
        (
            ConsentPhone,
            &[
                "consentement telephone",
                "optin telephone",
                "accepte appels",
                "accepte telephone",
                "phone opt in",
                "phone marketing",
                "toestemming telefoon",
                "telefoon toestemming",
            ],
        ),
        (
            ConsentSms,
            &[
                "accepts sms marketing",
                "sms marketing consent",
                "sms",
                "optin sms",
                "opt in sms",
                "sms opt in",
                "accepte sms",
                "consentement sms",
                "sms marketing",
                "sms subscription status",
                "toestemming sms",
                "sms toestemming",
            ],
        ),
        (
            Ignore,
            &[
                "total spent",
                "total orders",
                "tax exempt",
                "points balance",
                "total visits",
                "last visit date",
                "orders",
                "total spend",
                "aov",
                "username",
                "last active",
                "date registered",
                "name suffix",
                "file as",
                "job title",
                "organization title",
                "organization 1 title",
                "creation date",
                "date de creation",
                "created",
                "first visit",
                "last visit",
                "transaction count",
                "total spend",
                "creation source",
                "instant profile",
                "nickname",
            ],
        ),
    ]
};

/// The field a header names, or `Ignore`. "E-mail 2" and Google's "E-mail 1 - Value" are
/// tried without their numbering once the exact name is not found.
pub fn guess_field(header: &str) -> CustomerField {
    // Our own plain export's headers are the field codes.
    if let Some(f) = CustomerField::parse(header).filter(|f| *f != CustomerField::Ignore) {
        return f;
    }
    if let Some(f) = thai_field(header) {
        return f;
    }
    let folded = fold_header(header);
    if let Some(f) = lookup(&folded) {
        return f;
    }
    if let Some((_, f)) = crate::address::address_column(&folded) {
        return f;
    }
    let words: Vec<&str> = folded
        .split(' ')
        .filter(|w| !w.chars().all(|c| c.is_ascii_digit()))
        .collect();
    lookup(&words.join(" ")).unwrap_or(CustomerField::Ignore)
}

/// Header names of Thai sheets (Thai Excel, Thai shop software), compared in Thai script
/// without spaces or punctuation: folding would transliterate them. The address parts Thai
/// files give their own columns (หมู่, ซอย, ถนน, ตำบล/แขวง, อำเภอ/เขต) go to the second address
/// field, where `address::ThaiPart` sorts them into Thai order.
const THAI_SYNONYMS: &[(CustomerField, &[&str])] = {
    use CustomerField::*;
    &[
        (Salutation, &["คำนำหน้า", "คำนำหน้าชื่อ"]),
        (FirstName, &["ชื่อ", "ชื่อจริง"]),
        (LastName, &["นามสกุล"]),
        (FullName, &["ชื่อนามสกุล", "ชื่อและนามสกุล", "ชื่อลูกค้า", "ชื่อสกุล", "ลูกค้า"]),
        (Company, &["บริษัท", "ชื่อบริษัท", "ชื่อร้าน"]),
        (Email, &["อีเมล", "อีเมล์", "อีเมลล์"]),
        (Phone, &["โทรศัพท์", "เบอร์โทร", "เบอร์โทรศัพท์", "หมายเลขโทรศัพท์", "โทรศัพท์บ้าน", "เบอร์บ้าน"]),
        (Mobile, &["มือถือ", "เบอร์มือถือ", "โทรศัพท์มือถือ", "หมายเลขโทรศัพท์มือถือ"]),
        (AddressLine1, &["ที่อยู่", "ที่อยู่1", "ที่อยู่บรรทัด1"]),
        (HouseNumber, &["บ้านเลขที่", "เลขที่"]),
        (AddressLine2, &["ที่อยู่2", "ที่อยู่บรรทัด2", "หมู่", "หมู่ที่", "ซอย", "ถนน", "ตำบล", "แขวง", "ตำบลแขวง", "แขวงตำบล", "อำเภอ", "เขต", "อำเภอเขต", "เขตอำเภอ"]),
        (City, &["จังหวัด"]),
        (PostalCode, &["รหัสไปรษณีย์", "ไปรษณีย์"]),
        (Country, &["ประเทศ"]),
        (Birthday, &["วันเกิด", "วันเดือนปีเกิด"]),
        (Notes, &["หมายเหตุ", "บันทึก"]),
        (Tags, &["แท็ก", "ป้ายกำกับ"]),
        (Language, &["ภาษา"]),
    ]
};

/// A header in Thai script without its spaces and punctuation ("ชื่อ - นามสกุล" is "ชื่อนามสกุล").
pub(crate) fn thai_key(header: &str) -> String {
    header.chars().filter(|c| !c.is_whitespace() && !c.is_ascii_punctuation()).collect()
}

fn thai_field(header: &str) -> Option<CustomerField> {
    let key = thai_key(header);
    if !key.chars().any(|c| ('\u{0E00}'..='\u{0E7F}').contains(&c)) {
        return None;
    }
    THAI_SYNONYMS.iter().find(|(_, names)| names.contains(&key.as_str())).map(|(f, _)| *f)
}

/// `text::fold`, but "N°" is "n": transliterated, the degree sign would read "deg".
pub(crate) fn fold_header(header: &str) -> String {
    fold(&header.replace(['°', 'º'], " "))
}

fn lookup(folded: &str) -> Option<CustomerField> {
    if matches!(folded, "nom" | "naam" | "name") {
        return Some(CustomerField::FullName); // settled against the other columns in `guess`
    }
    SYNONYMS
        .iter()
        .find(|(_, names)| names.contains(&folded))
        .map(|(f, _)| *f)
}

/// One column of the file and the field it feeds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    /// 0-based position in the record.
    pub index: usize,
    pub header: String,
    pub field: CustomerField,
}

/// Column → field, as guessed from the headers and corrected by the caller.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Mapping {
    pub columns: Vec<Column>,
}

impl Mapping {
    pub fn guess<S: AsRef<str>>(headers: &[S]) -> Mapping {
        let mut columns: Vec<Column> = headers
            .iter()
            .enumerate()
            .map(|(index, h)| Column {
                index,
                header: h.as_ref().to_owned(),
                field: guess_field(h.as_ref()),
            })
            .collect();
        // "Nom" beside "Prénom" is the surname; alone, or beside a family-name column as in
        // Google's "Name, Given Name, Family Name", it is the whole name.
        let has = |columns: &[Column], f| columns.iter().any(|c: &Column| c.field == f);
        // A Thai "ชื่อ" with no "นามสกุล" beside it is the whole name ("สมชาย ใจดี").
        if !has(&columns, CustomerField::LastName) && !has(&columns, CustomerField::FullName) {
            for c in columns.iter_mut().filter(|c| c.field == CustomerField::FirstName && thai_key(&c.header) == "ชื่อ") {
                c.field = CustomerField::FullName;
            }
        }
        if has(&columns, CustomerField::FirstName) && !has(&columns, CustomerField::LastName) {
            for c in &mut columns {
                if c.field == CustomerField::FullName
                    && matches!(fold(&c.header).as_str(), "nom" | "naam" | "name")
                {
                    c.field = CustomerField::LastName;
                }
            }
        }
        // Odoo's "Display Name" ("Company, Person") is only the name when no other column is.
        let whole_names = columns.iter().filter(|c| c.field == CustomerField::FullName).count();
        if whole_names > 1 {
            for c in &mut columns {
                if c.field == CustomerField::FullName && matches!(fold(&c.header).as_str(), "display name" | "file as") {
                    c.field = CustomerField::Ignore;
                }
            }
        }
        Mapping { columns }
    }

    /// A mapping remembered as one field code per column (`Store::remembered_mapping`); a code
    /// this version does not know falls back to the guess for that header.
    pub fn from_codes<S: AsRef<str>>(headers: &[S], codes: &[String]) -> Mapping {
        let mut mapping = Mapping::guess(headers);
        for (column, code) in mapping.columns.iter_mut().zip(codes) {
            if let Some(field) = CustomerField::parse(code).filter(|_| !code.is_empty()) {
                column.field = field;
            }
        }
        mapping
    }

    pub fn headers(&self) -> Vec<String> {
        self.columns.iter().map(|c| c.header.clone()).collect()
    }

    /// One field code per column, as `Store::remember_mapping` keeps them.
    pub fn codes(&self) -> Vec<String> {
        self.columns.iter().map(|c| c.field.code().to_owned()).collect()
    }

    /// The field of column `index` (`Ignore` past the last header, for ragged rows).
    pub fn field(&self, index: usize) -> CustomerField {
        self.columns
            .get(index)
            .map_or(CustomerField::Ignore, |c| c.field)
    }

    pub fn has(&self, field: CustomerField) -> bool {
        self.columns.iter().any(|c| c.field == field)
    }

    /// A refusal is `no_column_number` (`n`, 1-based, and the `count` of columns).
    pub fn set(&mut self, index: usize, field: CustomerField) -> Result<(), Refusal> {
        let count = self.columns.len();
        match self.columns.get_mut(index) {
            Some(c) => {
                c.field = field;
                Ok(())
            }
            None => Err(no_column_number(index, count)),
        }
    }

    /// Applies `COLUMN=FIELD` by the column's header (exactly, else folded: "Tél. portable"
    /// matches "tel portable"), or by its 1-based number.
    pub fn apply_override(&mut self, column: &str, field: CustomerField) -> Result<(), Refusal> {
        let index = self
            .columns
            .iter()
            .position(|c| c.header == column)
            .or_else(|| {
                let folded = fold(column);
                self.columns.iter().position(|c| fold(&c.header) == folded)
            })
            .or_else(|| {
                column
                    .trim()
                    .parse::<usize>()
                    .ok()
                    .filter(|&n| n >= 1)
                    .map(|n| n - 1)
            });
        match index {
            Some(i) => self.set(i, field),
            None => Err(Refusal::new(ErrorCode::NoColumnNamed).with("column", column)),
        }
    }
}

pub(crate) fn no_column_number(index: usize, count: usize) -> Refusal {
    Refusal::new(ErrorCode::NoColumnNumber).with("n", index + 1).with("count", count)
}

/// Reads a `COLUMN=FIELD` override, as `--map "Tél. portable=mobile"` gives it. The last `=`
/// splits, so a header may itself contain one.
pub fn parse_override(spec: &str) -> Result<(String, CustomerField), Refusal> {
    parse_column_override(spec, CustomerField::parse, CustomerField::ALL.iter().map(|f| f.code()))
}

/// `COLUMN=FIELD` for any field vocabulary (customers' and purchases' alike): `known` lists
/// its codes, which a refusal (`not_one_of`) names.
pub(crate) fn parse_column_override<F>(
    spec: &str,
    parse: impl Fn(&str) -> Option<F>,
    known: impl Iterator<Item = &'static str>,
) -> Result<(String, F), Refusal> {
    let (column, field) = spec.rsplit_once('=').ok_or_else(|| Refusal::new(ErrorCode::NotAMapping).with("value", spec))?;
    let field = parse(field).ok_or_else(|| {
        let known: Vec<&str> = known.collect();
        Refusal::new(ErrorCode::NotOneOf).with("value", field.trim()).with("choices", known.join(", "))
    })?;
    if column.trim().is_empty() {
        return Err(Refusal::new(ErrorCode::NamesNoColumn).with("value", spec));
    }
    Ok((column.to_owned(), field))
}

#[cfg(test)]
mod tests {
    use super::*;
    use CustomerField::*;

    #[test]
    fn french_dutch_and_english_headers() {
        for (header, field) in [
            ("Prénom", FirstName),
            ("prenom", FirstName),
            ("Voornaam", FirstName),
            ("First name", FirstName),
            ("E-mail", Email),
            ("Courriel", Email),
            ("Téléphone portable", Mobile),
            ("GSM", Mobile),
            ("Téléphone", Phone),
            ("Code postal", PostalCode),
            ("Postcode", PostalCode),
            ("Woonplaats", City),
            ("Geboortedatum", Birthday),
            ("Date de naissance", Birthday),
            ("Civilité", Salutation),
            ("Société", Company),
            ("Newsletter", ConsentEmail),
            ("N° client", ExternalRef),
            ("Something else", Ignore),
        ] {
            assert_eq!(guess_field(header), field, "{header}");
        }
    }

    #[test]
    fn square_outlook_and_google_columns() {
        for (header, field) in [
            ("First Name", FirstName),
            ("Last Name", LastName),
            ("Email Address", Email),
            ("Phone Number", Phone),
            ("Street Address 1", AddressLine1),
            ("Street Address 2", AddressLine2),
            ("Postal Code", PostalCode),
            ("Reference ID", ExternalRef),
            ("Email Subscription Status", ConsentEmail),
            ("Creation Date", Ignore),
            ("Customer Note", Notes),
            ("E-mail 2 Address", Email),
            ("E-mail 1 - Value", Email),
            ("Phone 1 - Type", Ignore),
        ] {
            assert_eq!(guess_field(header), field, "{header}");
        }
    }

    #[test]
    fn a_remembered_mapping_comes_back_from_its_codes() {
        let headers = ["Naam", "Divers", "Courriel"];
        let m = Mapping::from_codes(&headers, &["last_name".into(), "notes".into(), "no_such_field".into()]);
        assert_eq!((m.field(0), m.field(1), m.field(2)), (LastName, Notes, Email));
        assert_eq!(m.codes(), ["last_name", "notes", "email"]);
        assert_eq!(Mapping::from_codes(&headers, &m.codes()), m);
    }

    #[test]
    fn google_s_name_beside_given_and_family_names_stays_the_whole_name() {
        let m = Mapping::guess(&["Name", "Given Name", "Additional Name", "Family Name"]);
        assert_eq!((m.field(0), m.field(1), m.field(2), m.field(3)), (FullName, FirstName, MiddleName, LastName));
        let m = Mapping::guess(&["Name", "Display Name", "Street", "Street2"]);
        assert_eq!((m.field(0), m.field(1), m.field(2), m.field(3)), (FullName, Ignore, AddressLine1, AddressLine2));
    }

    #[test]
    fn nom_is_the_surname_only_beside_a_first_name() {
        let m = Mapping::guess(&["Nom", "Prénom"]);
        assert_eq!((m.field(0), m.field(1)), (LastName, FirstName));
        let m = Mapping::guess(&["Naam", "Email"]);
        assert_eq!(m.field(0), FullName);
        assert_eq!(m.field(7), Ignore);
    }

    #[test]
    fn overrides_by_name_folded_name_or_number() {
        let mut m = Mapping::guess(&["Tél. portable", "Divers", "X"]);
        let (col, field) = parse_override("divers=notes").unwrap();
        m.apply_override(&col, field).unwrap();
        m.apply_override("TEL PORTABLE", Phone).unwrap();
        m.apply_override("3", Tags).unwrap();
        assert_eq!((m.field(0), m.field(1), m.field(2)), (Phone, Notes, Tags));
        assert_eq!(m.apply_override("Nope", Notes), Err(Refusal::new(ErrorCode::NoColumnNamed).with("column", "Nope")));
        assert_eq!(m.apply_override("9", Notes), Err(Refusal::new(ErrorCode::NoColumnNumber).with("n", 9).with("count", 3)));
        let refused = parse_override("a=shoe size").unwrap_err();
        assert_eq!((refused.code, refused.arg("value")), (ErrorCode::NotOneOf, Some(&"shoe size".into())));
        assert_eq!(parse_override("no equals").unwrap_err().code, ErrorCode::NotAMapping);
        assert_eq!(parse_override("=notes").unwrap_err().code, ErrorCode::NamesNoColumn);
        assert_eq!(
            parse_override("a=b=first-name").unwrap(),
            ("a=b".to_owned(), FirstName)
        );
    }
}
