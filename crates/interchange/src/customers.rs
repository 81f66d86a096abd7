//! Customer import: a file's bytes in, one draft (or one rejection) per record out.

use fidele_domain::{Channel, CustomerDraft, ErrorCode};

use crate::dates::{DateOrder, OrderVotes, parse_birthday};
use crate::encoding::{TextEncoding, decode, detect};
use crate::address::{AddressParts, addition_word, address_column, assemble};
use crate::headers::{CustomerField, Mapping, fold_header};
use crate::names::{NameParts, is_particle};
use crate::sniff::{FileFormat, detect_delimiter, detect_format};
use crate::values::{clean_emails, clean_phone, language, parse_consent, split_tags};
use crate::{ImportError, Problem, Rejected, Warning, vcard_read};

/// How to read a customer file. `Default` guesses everything for a French-speaking shop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadOptions {
    /// The shop's locale (`fr-BE`, `nl-NL`, `en-US`): decides `03/04` when the file doesn't.
    pub locale: String,
    pub date_order: Option<DateOrder>,
    pub encoding: Option<TextEncoding>,
    pub delimiter: Option<u8>,
    pub format: Option<FileFormat>,
    /// A mapping the shopkeeper corrected after a first read; used as is (CSV only).
    pub mapping: Option<Mapping>,
    /// `COLUMN=FIELD` corrections applied over the guessed (or given) mapping.
    pub overrides: Vec<(String, CustomerField)>,
    /// Values the shopkeeper corrected in the preview, put in their cells before the rows are
    /// read (CSV only): the file itself is never changed.
    pub corrections: Vec<CellCorrection>,
}

/// A cell's value as the shopkeeper corrected it: the record starting on `line`, column
/// `column` (0-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellCorrection {
    pub line: u64,
    pub column: usize,
    pub value: String,
}

impl ReadOptions {
    /// The shop's country, from its locale (`fr-BE` → `BE`): where a phone number or an
    /// address without a country is read.
    pub fn shop_country(&self) -> String {
        self.locale.split(['-', '_', '.']).nth(1).filter(|c| c.len() == 2).unwrap_or("").to_ascii_uppercase()
    }
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            locale: "fr-FR".into(),
            date_order: None,
            encoding: None,
            delimiter: None,
            format: None,
            mapping: None,
            overrides: Vec::new(),
            corrections: Vec::new(),
        }
    }
}

/// One customer read from a file, ready for the store to match and write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedCustomer {
    /// 1-based line where the record starts.
    pub line: u64,
    /// Normalised and valid (`CustomerDraft::validate` passed); `source` is "import".
    pub draft: CustomerDraft,
    /// Consents the file states, yes or no; channels it says nothing about are absent.
    pub consents: Vec<(Channel, bool)>,
    /// The customer's id in the software the file came from, to match on a re-import.
    pub external_ref: Option<String>,
    /// The fields left out (or a phone kept as typed), and why.
    pub warnings: Vec<Warning>,
}

/// What was read, and how: the caller shows the encoding, separator and mapping so a
/// shopkeeper can correct them and read again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomerFile {
    pub format: FileFormat,
    pub encoding: TextEncoding,
    /// `None` for vCards.
    pub delimiter: Option<u8>,
    /// Empty for vCards, whose properties name themselves.
    pub mapping: Mapping,
    pub date_order: DateOrder,
    pub rows: Vec<Result<ImportedCustomer, Rejected>>,
}

impl CustomerFile {
    pub fn imported(&self) -> impl Iterator<Item = &ImportedCustomer> {
        self.rows.iter().filter_map(|r| r.as_ref().ok())
    }

    pub fn rejected(&self) -> impl Iterator<Item = &Rejected> {
        self.rows.iter().filter_map(|r| r.as_ref().err())
    }

    /// Every warning of the customers that came in, in file order.
    pub fn warnings(&self) -> impl Iterator<Item = &Warning> {
        self.imported().flat_map(|c| c.warnings.iter())
    }
}

/// Reads a customer file of any supported kind (CSV, Square export, vCard).
pub fn read_customers(bytes: &[u8], options: &ReadOptions) -> Result<CustomerFile, ImportError> {
    let encoding = options.encoding.unwrap_or_else(|| detect(bytes, true));
    let text = decode(bytes, encoding);
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let default_order = options
        .date_order
        .unwrap_or_else(|| DateOrder::for_locale(&options.locale));
    match options.format.unwrap_or_else(|| detect_format(&text)) {
        FileFormat::VCard => {
            let rows = vcard_read::read_vcards(&text, default_order, &options.shop_country())?;
            Ok(CustomerFile {
                format: FileFormat::VCard,
                encoding,
                delimiter: None,
                mapping: Mapping::default(),
                date_order: default_order,
                rows,
            })
        }
        _ => read_csv(&text, encoding, options, default_order),
    }
}

/// One record of the CSV, as text, with the line it starts on.
struct Record {
    line: u64,
    fields: csv::StringRecord,
}

fn read_csv(
    text: &str,
    encoding: TextEncoding,
    options: &ReadOptions,
    default_order: DateOrder,
) -> Result<CustomerFile, ImportError> {
    let delimiter = options
        .delimiter
        .unwrap_or_else(|| detect_delimiter(text, true));
    let mut reader = crate::sniff::csv_reader(delimiter).from_reader(text.as_bytes());
    let mut records = Vec::new();
    let mut fields = csv::StringRecord::new();
    // The text is already UTF-8, so the only error left is of the underlying reader, which
    // reads from memory: stop at it rather than loop.
    while let Ok(true) = reader.read_record(&mut fields) {
        if fields.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let line = fields.position().map_or(0, |p| p.line());
        let mut kept = fields.clone();
        let corrected: Vec<&CellCorrection> = options.corrections.iter().filter(|c| c.line == line).collect();
        if !corrected.is_empty() {
            let mut cells: Vec<String> = kept.iter().map(str::to_owned).collect();
            for c in corrected {
                if let Some(cell) = cells.get_mut(c.column) {
                    cell.clone_from(&c.value);
                }
            }
            kept = csv::StringRecord::from(cells);
            kept.set_position(fields.position().cloned());
        }
        records.push(Record { line, fields: kept });
    }
    let mut records = records.into_iter();
    let header = records.next().ok_or(ImportError::NoHeader)?;
    let headers: Vec<String> = header.fields.iter().map(|h| h.trim().to_owned()).collect();

    let mut mapping = match &options.mapping {
        Some(m) => m.clone(),
        None => Mapping::guess(&headers),
    };
    for (column, field) in &options.overrides {
        mapping
            .apply_override(column, *field)
            .map_err(ImportError::Mapping)?;
    }
    // A file of phone numbers or e-mails alone (a till's contacts) identifies people too.
    let identifying = [
        CustomerField::FirstName,
        CustomerField::LastName,
        CustomerField::FullName,
        CustomerField::Company,
        CustomerField::Email,
        CustomerField::Phone,
        CustomerField::Mobile,
        CustomerField::ExternalRef,
    ];
    if !identifying.iter().any(|f| mapping.has(*f)) {
        return Err(ImportError::NoNameColumn {
            headers: headers.join(", "),
        });
    }
    let format = match options.format {
        Some(f) if f != FileFormat::VCard => f,
        _ => crate::sources::recognise(&headers),
    };
    let groups: Vec<String> = mapping
        .columns
        .iter()
        .map(|c| address_column(&fold_header(&c.header)).map(|(g, _)| g).unwrap_or_default())
        .collect();
    let shop_country = options.shop_country();

    let records: Vec<Record> = records.collect();
    let date_order = options.date_order.unwrap_or_else(|| {
        let mut votes = OrderVotes::default();
        for r in &records {
            for (i, value) in r.fields.iter().enumerate() {
                if mapping.field(i) == CustomerField::Birthday {
                    votes.add(value);
                }
            }
        }
        votes.decide(default_order)
    });

    let rows = records
        .iter()
        .map(|record| {
            customer_from_record(Row {
                record,
                mapping: &mapping,
                groups: &groups,
                header_len: headers.len(),
                date_order,
                shop_country: &shop_country,
            })
        })
        .collect();
    Ok(CustomerFile {
        format,
        encoding,
        delimiter: Some(delimiter),
        mapping,
        date_order,
        rows,
    })
}

struct Row<'a> {
    record: &'a Record,
    mapping: &'a Mapping,
    /// Each column's address group ("address 1", "home"; "" for a plain sheet), once per file.
    groups: &'a [String],
    header_len: usize,
    date_order: DateOrder,
    shop_country: &'a str,
}

fn customer_from_record(row: Row<'_>) -> Result<ImportedCustomer, Rejected> {
    let Row { record, mapping, groups, header_len, date_order, shop_country } = row;
    let fields = &record.fields;
    // Trailing empty fields past the header are a stray separator, not a shifted row.
    let used = (0..fields.len())
        .rev()
        .find(|&i| !fields[i].trim().is_empty())
        .map_or(0, |i| i + 1);
    let fits = fields.len() == header_len || (fields.len() > header_len && used <= header_len);
    if !fits {
        return Err(Rejected::one(
            record.line,
            Problem::new("", ErrorCode::FieldCount).with("found", fields.len()).with("expected", header_len),
        ));
    }

    let mut draft = CustomerDraft {
        source: "import".into(),
        ..CustomerDraft::default()
    };
    let mut consents = Vec::new();
    let mut external_ref = None;
    let mut warnings: Vec<Warning> = Vec::new();
    let mut origins = Origins::default();
    let mut names = NameParts::default();
    let mut address_groups: Vec<(String, AddressParts)> = Vec::new();
    let mut row_country = String::new();
    let mut phones: Vec<(String, String)> = Vec::new();
    let mut is_company = false;
    let line = record.line;
    for (index, cell) in fields.iter().enumerate() {
        let value = crate::formula::unescape(cell.trim());
        if value.is_empty() {
            continue;
        }
        let field = mapping.field(index);
        let header = mapping.columns.get(index).map_or("", |c| c.header.as_str());
        let mut warn = |problem: Problem| warnings.push(Warning::new(line, header, problem, value));
        let set_once = |slot: &mut String| {
            if slot.is_empty() {
                *slot = value.to_owned();
            }
        };
        let group = groups.get(index).map_or("", String::as_str);
        match field {
            CustomerField::Salutation => {
                draft.salutation = draft.salutation.or(crate::values::salutation(value))
            }
            CustomerField::FirstName => set_once(&mut names.first),
            CustomerField::LastName => set_once(&mut names.last),
            CustomerField::NameParticle => set_once(&mut names.particle),
            CustomerField::MiddleName => {
                if is_particle(value) {
                    set_once(&mut names.particle)
                } else {
                    set_once(&mut names.middle)
                }
            }
            CustomerField::FullName => set_once(&mut names.full),
            CustomerField::Company => set_once(&mut draft.company),
            CustomerField::IsCompany => is_company = parse_consent(value).ok().flatten().unwrap_or(false),
            CustomerField::Email => {
                for e in clean_emails(&value.replace(":::", ";")) {
                    origins.add("email", &e, header);
                    draft.emails.push(e);
                }
            }
            CustomerField::Phone | CustomerField::Mobile => {
                for p in value.replace(":::", ";").split([';', '\n']).map(clean_phone).filter(|p| !p.is_empty()) {
                    origins.add("phone", &p, header);
                    phones.push((p, header.to_owned()));
                }
            }
            CustomerField::AddressLine1 => set_once(&mut group_mut(&mut address_groups, group).street),
            CustomerField::HouseNumber => set_once(&mut group_mut(&mut address_groups, group).number),
            CustomerField::HouseNumberAddition => {
                let a = group_mut(&mut address_groups, group);
                if a.addition.0.is_empty() {
                    a.addition = (value.to_owned(), addition_word(&fold_header(header)));
                }
            }
            CustomerField::AddressLine2 => group_mut(&mut address_groups, group).push_line2(header, value),
            CustomerField::PostalCode => set_once(&mut group_mut(&mut address_groups, group).postal_code),
            CustomerField::City => set_once(&mut group_mut(&mut address_groups, group).city),
            CustomerField::Region => set_once(&mut group_mut(&mut address_groups, group).region),
            CustomerField::FormattedAddress => set_once(&mut group_mut(&mut address_groups, group).formatted),
            CustomerField::Country => {
                set_once(&mut group_mut(&mut address_groups, group).country);
                set_once(&mut row_country);
                origins.add("country", value, header);
            }
            CustomerField::Language => match language(value) {
                Ok(l) => draft.language = l,
                Err(why) => warn(Problem::refused("language", why)),
            },
            // Outlook writes "0/0/00" for a contact without a birthday.
            CustomerField::Birthday if value.chars().all(|c| c == '0' || !c.is_ascii_alphanumeric()) => {}
            CustomerField::Birthday => match parse_birthday(value, date_order) {
                Ok(b) => {
                    origins.add("birthday", &b.to_string(), header);
                    draft.birthday = Some(b);
                }
                Err(why) => warn(Problem::refused("birthday", why)),
            },
            CustomerField::Notes => {
                if !draft.notes.is_empty() {
                    draft.notes.push('\n');
                }
                draft.notes.push_str(value);
            }
            CustomerField::Tags => draft.tags.extend(split_tags(value)),
            // Shopify writes its ids with Excel's leading apostrophe, so they stay text.
            CustomerField::ExternalRef => {
                external_ref.get_or_insert_with(|| value.strip_prefix('\'').unwrap_or(value).to_owned());
            }
            CustomerField::ConsentPost
            | CustomerField::ConsentEmail
            | CustomerField::ConsentPhone
            | CustomerField::ConsentSms => match parse_consent(value) {
                Ok(Some(granted)) => consents.push((consent_channel(field), granted)),
                Ok(None) => {}
                Err(why) => warn(Problem::refused(field.code(), why)),
            },
            CustomerField::Ignore => {}
        }
    }
    for field in [CustomerField::FirstName, CustomerField::LastName, CustomerField::FullName, CustomerField::Company] {
        if let Some(c) = mapping.columns.iter().find(|c| c.field == field) {
            origins.add_column(field.code(), &c.header);
        }
    }
    if is_company && draft.company.is_empty() && names.first.is_empty() && names.last.is_empty() {
        draft.company = std::mem::take(&mut names.full);
    }
    let (salutation, first, last) = names.compose();
    draft.salutation = draft.salutation.or(salutation);
    draft.first_name = first;
    draft.last_name = last;
    let parts: Vec<AddressParts> = address_groups.into_iter().map(|(_, p)| p).collect();
    let assembled = assemble(&parts, &row_country, shop_country);
    draft.address = assembled.address;
    if !assembled.country_cell.is_empty() {
        let column = origins.column("country", &assembled.country_cell);
        warnings.push(Warning::new(
            line,
            &column,
            Problem::new("country", ErrorCode::NotACountry).with("value", &assembled.country_cell),
            &assembled.country_cell,
        ));
    }
    draft.phones = phones.into_iter().map(|(p, _)| p).collect();
    finish(line, draft, consents, external_ref, warnings, &origins, shop_country)
}

/// The address parts of `group`, added in column order the first time it is seen.
fn group_mut<'g>(groups: &'g mut Vec<(String, AddressParts)>, group: &str) -> &'g mut AddressParts {
    let i = match groups.iter().position(|(g, _)| g == group) {
        Some(i) => i,
        None => {
            groups.push((group.to_owned(), AddressParts::default()));
            groups.len() - 1
        }
    };
    &mut groups[i].1
}

fn consent_channel(field: CustomerField) -> Channel {
    match field {
        CustomerField::ConsentPost => Channel::Post,
        CustomerField::ConsentPhone => Channel::Phone,
        CustomerField::ConsentSms => Channel::Sms,
        _ => Channel::Email,
    }
}

/// Which column each value came from, so a warning the domain's validation raises names it.
#[derive(Debug, Default)]
pub(crate) struct Origins {
    values: Vec<(&'static str, String, String)>,
    columns: Vec<(&'static str, String)>,
}

impl Origins {
    pub(crate) fn add(&mut self, field: &'static str, value: &str, column: &str) {
        self.values.push((field, value.to_owned(), column.to_owned()));
    }

    pub(crate) fn add_column(&mut self, field: &'static str, column: &str) {
        self.columns.push((field, column.to_owned()));
    }

    /// The column `value` of `field` came from; the field's first column, else the field's code.
    fn column(&self, field: &str, value: &str) -> String {
        self.values
            .iter()
            .find(|(f, v, _)| *f == field && v.trim() == value.trim())
            .or_else(|| self.values.iter().find(|(f, _, _)| *f == field))
            .map(|(_, _, c)| c.clone())
            .or_else(|| self.columns.iter().find(|(f, _)| *f == field).map(|(_, c)| c.clone()))
            .unwrap_or_else(|| field.to_owned())
    }
}

/// Normalises and validates a draft read from any format. A field the domain's validation
/// refuses is left out (a phone is kept as typed) and becomes a warning; the row is refused
/// only when nothing is left that identifies anyone.
pub(crate) fn finish(
    line: u64,
    draft: CustomerDraft,
    consents: Vec<(Channel, bool)>,
    external_ref: Option<String>,
    mut warnings: Vec<Warning>,
    origins: &Origins,
    shop_country: &str,
) -> Result<ImportedCustomer, Rejected> {
    let mut draft = draft.normalized();
    draft.emails.dedup();
    draft.phones.dedup();
    if let Err(invalid) = draft.validate_in(shop_country) {
        for e in invalid.errors {
            let value = e.arg("value").map(|v| v.to_string()).unwrap_or_default();
            let left_out = match (e.code, e.field.as_str()) {
                // Judged below, on everything that identifies a person.
                (ErrorCode::NoName, _) => continue,
                (ErrorCode::NotAnEmail, _) => {
                    draft.emails.retain(|x| x.trim() != value);
                    value.clone()
                }
                // Kept as typed: a number libphonenumber does not know may still be dialled.
                (ErrorCode::NotAPhone | ErrorCode::PhoneNotInUse, _) => value.clone(),
                (ErrorCode::InTheFuture, _) => {
                    draft.birthday = None;
                    value.clone()
                }
                (ErrorCode::NotACountry, _) => std::mem::take(&mut draft.address.country),
                (_, "first_name") => std::mem::take(&mut draft.first_name),
                (_, "last_name") => std::mem::take(&mut draft.last_name),
                (_, "company") => std::mem::take(&mut draft.company),
                (_, "notes") => std::mem::take(&mut draft.notes),
                (_, "preferences") => std::mem::take(&mut draft.preferences),
                _ => value.clone(),
            };
            let column = origins.column(&e.field, &left_out);
            warnings.push(Warning::new(line, &column, Problem::from_validation(&e), &left_out));
        }
    }
    let identified = !draft.first_name.is_empty()
        || !draft.last_name.is_empty()
        || !draft.company.is_empty()
        || !draft.emails.is_empty()
        || !draft.phones.is_empty()
        || external_ref.is_some();
    if !identified {
        let mut problems: Vec<Problem> = warnings.iter().map(Warning::problem).collect();
        problems.push(Problem::new("", ErrorCode::NoIdentity));
        return Err(Rejected::new(line, problems));
    }
    Ok(ImportedCustomer {
        line,
        draft,
        consents,
        external_ref,
        warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use fidele_domain::{Birthday, Salutation};

    fn read(text: &str) -> CustomerFile {
        read_customers(text.as_bytes(), &ReadOptions::default()).unwrap()
    }

    #[test]
    fn a_plain_french_csv() {
        let f = read(
            "Civilité;Nom;Prénom;E-mail;Téléphone portable;Date de naissance;Newsletter\n\
             Mme;Dubœuf;Hélène;Helene@Exemple.FR;06 12 34 56 78;14/07/1985;oui\n",
        );
        assert_eq!(f.delimiter, Some(b';'));
        assert_eq!(f.format, FileFormat::Csv);
        let c = f.imported().next().unwrap();
        assert_eq!(c.line, 2);
        assert_eq!(c.draft.salutation, Some(Salutation::Mrs));
        assert_eq!(
            (c.draft.first_name.as_str(), c.draft.last_name.as_str()),
            ("Hélène", "Dubœuf")
        );
        assert_eq!(c.draft.emails, ["Helene@exemple.fr"]);
        assert_eq!(c.draft.phones, ["06 12 34 56 78"]);
        assert_eq!(
            c.draft.birthday,
            Some(Birthday::new(Some(1985), 7, 14).unwrap())
        );
        assert_eq!(c.draft.source, "import");
        assert_eq!(c.consents, [(Channel::Email, true)]);
    }

    #[test]
    fn the_birthday_column_decides_the_date_order() {
        let f = read("name,birthday\nAnn Lee,03/04\nBob Ray,12/25\n");
        assert_eq!(f.date_order, DateOrder::MonthFirst);
        let b: Vec<_> = f.imported().map(|c| c.draft.birthday.unwrap()).collect();
        assert_eq!((b[0].month, b[0].day), (3, 4));
        assert_eq!((b[1].month, b[1].day), (12, 25));
    }

    #[test]
    fn a_language_column_gives_the_language_of_their_cards() {
        let f = read("Nom;Prénom;E-mail;Langue\nPeeters;Jan;jan@exemple.be;Néerlandais\nDupont;Marie;marie@exemple.fr;\nMüller;Anna;anna@exemple.de;Deutsch\n");
        assert!(f.mapping.columns.iter().any(|c| c.header == "Langue" && c.field == CustomerField::Language));
        let languages: Vec<_> = f.imported().map(|c| c.draft.language).collect();
        assert_eq!(languages, [Some(fidele_domain::Language::Nl), None, None]);
        let w = f.warnings().next().unwrap();
        assert_eq!((w.line, w.field.as_str(), w.column.as_str(), w.code, w.value.as_str()), (4, "language", "Langue", ErrorCode::NotALanguage, "Deutsch"));
        assert_eq!(w.args, [("value", "Deutsch".into())]);
    }

    #[test]
    fn a_bad_field_is_left_out_with_a_warning_and_never_costs_the_customer() {
        let f = read(
            "Nom;Prénom;E-mail;Date de naissance;Newsletter;Téléphone\nDupont;Marie;pas-un-mail;31/02/1985;peut-être;+1 (555) 0100\n",
        );
        assert_eq!(f.rejected().count(), 0);
        let c = f.imported().next().unwrap();
        assert_eq!((c.draft.first_name.as_str(), c.draft.last_name.as_str()), ("Marie", "Dupont"));
        assert!(c.draft.emails.is_empty() && c.draft.birthday.is_none() && c.consents.is_empty());
        assert_eq!(c.draft.phones, ["+1 (555) 0100"], "a phone that cannot be read is kept as typed");
        let got: Vec<_> = c.warnings.iter().map(|w| (w.line, w.field.as_str(), w.column.as_str(), w.code, w.value.as_str())).collect();
        assert_eq!(
            got,
            [
                (2, "birthday", "Date de naissance", ErrorCode::NotADay, "31/02/1985"),
                (2, "consent_email", "Newsletter", ErrorCode::NotYesNo, "peut-être"),
                (2, "email", "E-mail", ErrorCode::NotAnEmail, "pas-un-mail"),
                (2, "phone", "Téléphone", ErrorCode::NotAPhone, "+1 (555) 0100"),
            ]
        );
        assert_eq!(c.warnings[2].args, [("value", "pas-un-mail".into())]);
        assert_eq!(c.warnings[0].args, [("value", "31/02/1985".into())], "the cell as written, not the date read");
    }

    #[test]
    fn a_row_is_refused_only_when_nothing_identifies_anyone() {
        let f = read("Nom;E-mail;Téléphone;Ville\n;pas-un-mail;;Lyon\n;;06 12 34 56 78;Paris\n");
        let r = f.rejected().next().unwrap();
        assert_eq!(r.line, 2);
        assert_eq!(r.problems.iter().map(|p| p.code).collect::<Vec<_>>(), [ErrorCode::NotAnEmail, ErrorCode::NoIdentity]);
        let phone_only = f.imported().next().unwrap();
        assert_eq!((phone_only.line, phone_only.draft.phones.as_slice()), (3, &["06 12 34 56 78".to_owned()][..]));
    }

    #[test]
    fn ragged_rows_are_rejected_but_a_trailing_separator_is_not() {
        let f =
            read("Nom;Prénom;Ville\nDupont;Marie;Lyon;\nMartin;Paul\nDurand;Luc;Paris;en trop\n");
        let rows: Vec<_> = f
            .rows
            .iter()
            .map(|r| r.as_ref().map(|c| c.line).map_err(|r| r.line))
            .collect();
        assert_eq!(rows, [Ok(2), Err(3), Err(4)]);
        let ragged = f.rejected().next().unwrap();
        assert_eq!(ragged.problems, [Problem::new("", ErrorCode::FieldCount).with("found", 2).with("expected", 3)]);
    }

    #[test]
    fn overrides_and_a_missing_name_column() {
        let err =
            read_customers(b"Ville;Divers\nLyon;x\n", &ReadOptions::default()).unwrap_err();
        assert!(matches!(&err, ImportError::NoNameColumn { headers } if headers == "Ville, Divers"), "{err}");
        assert_eq!(err.refusal().unwrap().code, ErrorCode::NoNameColumn);
        let options = ReadOptions {
            overrides: vec![("Divers".into(), CustomerField::LastName)],
            ..ReadOptions::default()
        };
        let f = read_customers(b"Ville;Divers\nLyon;Dupont\n", &options).unwrap();
        assert_eq!(f.imported().next().unwrap().draft.last_name, "Dupont");
        let options = ReadOptions {
            overrides: vec![("Absent".into(), CustomerField::LastName)],
            ..ReadOptions::default()
        };
        assert!(matches!(
            read_customers(b"Nom\nx\n", &options),
            Err(ImportError::Mapping(_))
        ));
    }

    #[test]
    fn a_corrected_cell_is_read_instead_of_the_file_s_value() {
        let text = "Nom;Prénom;Date de naissance\nDupont;Marie;31/02/1985\nMartin;Paul;01/01/1990\n";
        let f = read(text);
        assert_eq!(f.warnings().count(), 1);
        let options = ReadOptions {
            corrections: vec![CellCorrection { line: 2, column: 2, value: "28/02/1985".into() }],
            ..ReadOptions::default()
        };
        let f = read_customers(text.as_bytes(), &options).unwrap();
        assert_eq!(f.warnings().count(), 0);
        let marie = f.imported().next().unwrap();
        assert_eq!((marie.line, marie.draft.birthday), (2, Some(Birthday::new(Some(1985), 2, 28).unwrap())));
    }

    #[test]
    fn empty_files() {
        assert!(matches!(
            read_customers(b"", &ReadOptions::default()),
            Err(ImportError::Empty)
        ));
        assert!(matches!(
            read_customers(b"\xEF\xBB\xBF \r\n", &ReadOptions::default()),
            Err(ImportError::Empty)
        ));
    }
}
