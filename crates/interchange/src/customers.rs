//! Customer import: a file's bytes in, one draft (or one rejection) per record out.

use fidele_domain::{Channel, CustomerDraft};

use crate::dates::{DateOrder, OrderVotes, parse_birthday};
use crate::encoding::{TextEncoding, decode, detect};
use crate::headers::{CustomerField, Mapping};
use crate::sniff::{FileFormat, detect_delimiter, detect_format};
use crate::values::{
    clean_emails, clean_phone, country_code, language, parse_consent, split_full_name, split_tags,
};
use crate::{ImportError, Problem, Rejected, vcard_read};

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
            let rows = vcard_read::read_vcards(&text, default_order)?;
            Ok(CustomerFile {
                format: FileFormat::VCard,
                encoding,
                delimiter: None,
                mapping: Mapping::default(),
                date_order: default_order,
                rows,
            })
        }
        FileFormat::Csv | FileFormat::Square => read_csv(&text, encoding, options, default_order),
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
        records.push(Record {
            line,
            fields: fields.clone(),
        });
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
    let names = [
        CustomerField::FirstName,
        CustomerField::LastName,
        CustomerField::FullName,
        CustomerField::Company,
    ];
    if !names.iter().any(|f| mapping.has(*f)) {
        return Err(ImportError::NoNameColumn {
            headers: headers.join(", "),
        });
    }
    let format = match options.format {
        Some(f) => f,
        None if is_square(&headers) => FileFormat::Square,
        None => FileFormat::Csv,
    };

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
        .map(|r| customer_from_record(r, &mapping, headers.len(), date_order))
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

/// Square's export has columns no other tool names so.
fn is_square(headers: &[String]) -> bool {
    let has = |name: &str| headers.iter().any(|h| h.eq_ignore_ascii_case(name));
    has("Square Customer ID") || (has("Reference ID") && has("Email Subscription Status"))
}

fn customer_from_record(
    record: &Record,
    mapping: &Mapping,
    header_len: usize,
    date_order: DateOrder,
) -> Result<ImportedCustomer, Rejected> {
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
            Problem::new(
                "",
                "field_count",
                vec![fields.len().to_string(), header_len.to_string()],
                format!(
                    "has {} fields where the header has {header_len} (a missing or extra separator, or an unclosed quote?)",
                    fields.len()
                ),
            ),
        ));
    }

    let mut draft = CustomerDraft {
        source: "import".into(),
        ..CustomerDraft::default()
    };
    let mut consents = Vec::new();
    let mut external_ref = None;
    let mut problems: Vec<Problem> = Vec::new();
    for (index, cell) in fields.iter().enumerate() {
        let value = crate::formula::unescape(cell.trim());
        if value.is_empty() {
            continue;
        }
        let field = mapping.field(index);
        let set_once = |slot: &mut String| {
            if slot.is_empty() {
                *slot = value.to_owned();
            }
        };
        match field {
            CustomerField::Salutation => {
                draft.salutation = draft.salutation.or(fidele_domain::Salutation::parse(value))
            }
            CustomerField::FirstName => set_once(&mut draft.first_name),
            CustomerField::LastName => set_once(&mut draft.last_name),
            CustomerField::FullName => {
                let (salutation, first, last) = split_full_name(value);
                draft.salutation = draft.salutation.or(salutation);
                if draft.first_name.is_empty() && draft.last_name.is_empty() {
                    draft.first_name = first;
                    draft.last_name = last;
                }
            }
            CustomerField::Company => set_once(&mut draft.company),
            CustomerField::Email => draft.emails.extend(clean_emails(value)),
            CustomerField::Phone | CustomerField::Mobile => draft.phones.extend(
                value
                    .split([';', '\n'])
                    .map(clean_phone)
                    .filter(|p| !p.is_empty()),
            ),
            CustomerField::AddressLine1 => set_once(&mut draft.address.line1),
            CustomerField::AddressLine2 => set_once(&mut draft.address.line2),
            CustomerField::PostalCode => set_once(&mut draft.address.postal_code),
            CustomerField::City => set_once(&mut draft.address.city),
            CustomerField::Country => match country_code(value) {
                Ok(code) => draft.address.country = code,
                Err(why) => problems.push(Problem::new("country", "not_a_country", vec![value.to_owned()], why)),
            },
            CustomerField::Language => match language(value) {
                Ok(l) => draft.language = l,
                Err(why) => problems.push(Problem::new("language", "not_a_language", vec![value.to_owned()], why)),
            },
            CustomerField::Birthday => match parse_birthday(value, date_order) {
                Ok(b) => draft.birthday = Some(b),
                Err(why) => problems.push(Problem::new("birthday", "not_a_birthday", vec![value.to_owned()], why)),
            },
            CustomerField::Notes => {
                if !draft.notes.is_empty() {
                    draft.notes.push('\n');
                }
                draft.notes.push_str(value);
            }
            CustomerField::Tags => draft.tags.extend(split_tags(value)),
            CustomerField::ExternalRef => {
                external_ref.get_or_insert_with(|| value.to_owned());
            }
            CustomerField::ConsentPost
            | CustomerField::ConsentEmail
            | CustomerField::ConsentPhone
            | CustomerField::ConsentSms => match parse_consent(value) {
                Ok(Some(granted)) => consents.push((consent_channel(field), granted)),
                Ok(None) => {}
                Err(why) => problems.push(Problem::new(field.code(), "not_yes_no", vec![value.to_owned()], why)),
            },
            CustomerField::Ignore => {}
        }
    }
    finish(record.line, draft, consents, external_ref, problems)
}

fn consent_channel(field: CustomerField) -> Channel {
    match field {
        CustomerField::ConsentPost => Channel::Post,
        CustomerField::ConsentPhone => Channel::Phone,
        CustomerField::ConsentSms => Channel::Sms,
        _ => Channel::Email,
    }
}

/// Normalises and validates a draft read from any format, gathering every problem into one
/// rejection so the shopkeeper fixes a line once.
pub(crate) fn finish(
    line: u64,
    draft: CustomerDraft,
    consents: Vec<(Channel, bool)>,
    external_ref: Option<String>,
    mut problems: Vec<Problem>,
) -> Result<ImportedCustomer, Rejected> {
    let mut draft = draft.normalized();
    draft.emails.dedup();
    draft.phones.dedup();
    if let Err(invalid) = draft.validate() {
        for e in invalid.errors {
            problems.push(Problem::from_validation(&e.field, &e.message));
        }
    }
    if problems.is_empty() {
        Ok(ImportedCustomer {
            line,
            draft,
            consents,
            external_ref,
        })
    } else {
        Err(Rejected::new(line, problems))
    }
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
        assert_eq!(languages, [Some(fidele_domain::Language::Nl), None]);
        let r = f.rejected().next().unwrap();
        assert_eq!((r.line, r.problems[0].field.as_str(), r.problems[0].code), (4, "language", "not_a_language"));
        assert!(r.reason.contains("\"Deutsch\" is not French, English or Dutch"), "{}", r.reason);
    }

    #[test]
    fn every_problem_of_a_row_is_named() {
        let f = read(
            "Nom;Prénom;E-mail;Date de naissance;Newsletter\nDupont;Marie;pas-un-mail;31/02/1985;peut-être\n",
        );
        let r = f.rejected().next().unwrap();
        assert_eq!(r.line, 2);
        assert!(
            r.reason.contains("birthday: \"31/02/1985\""),
            "{}",
            r.reason
        );
        assert!(
            r.reason
                .contains("consent_email: \"peut-être\" is not yes or no"),
            "{}",
            r.reason
        );
        assert!(
            r.reason
                .contains("email: \"pas-un-mail\" is not an e-mail address"),
            "{}",
            r.reason
        );
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
        assert!(
            f.rejected()
                .next()
                .unwrap()
                .reason
                .contains("has 2 fields where the header has 3")
        );
    }

    #[test]
    fn overrides_and_a_missing_name_column() {
        let err =
            read_customers(b"Courriel;Divers\na@b.fr;x\n", &ReadOptions::default()).unwrap_err();
        assert!(err.to_string().contains("no column holds a name"), "{err}");
        let options = ReadOptions {
            overrides: vec![("Divers".into(), CustomerField::LastName)],
            ..ReadOptions::default()
        };
        let f = read_customers(b"Courriel;Divers\na@b.fr;Dupont\n", &options).unwrap();
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
