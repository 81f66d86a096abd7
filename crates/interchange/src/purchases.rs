//! Purchases from a till's CSV export, streamed: a 636,000-row file is read record by record
//! through one reused buffer, so memory stays flat whatever the file's size.
//!
//! The plain columns `customer_ref,date,amount[,category][,ticket]` need no mapping (with or
//! without a header row); tills' own headers in French, Dutch and English are recognised too,
//! with the date and time in one column or two.

use std::io::{self, Chain, Cursor, Read};

use chrono::NaiveDateTime;
use encoding_rs_io::{DecodeReaderBytes, DecodeReaderBytesBuilder};
use fidele_domain::{Currency, Money};

use crate::dates::{DateOrder, OrderVotes, parse_date_time, parse_time};
use crate::encoding::{TextEncoding, decode, detect};
use crate::headers::fold_header;
use crate::sniff::detect_delimiter;
use crate::values::{parse_amount, phone_key};
use crate::{ImportError, Problem, Rejected};

/// How much of the file is read ahead to guess its encoding, separator and date order.
const HEAD_BYTES: usize = 64 * 1024;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PurchaseOptions {
    /// The shop's locale: decides `03/04/2024` when the file doesn't.
    pub locale: String,
    pub date_order: Option<DateOrder>,
    pub currency: Currency,
    pub encoding: Option<TextEncoding>,
    pub delimiter: Option<u8>,
}

impl Default for PurchaseOptions {
    fn default() -> Self {
        PurchaseOptions {
            locale: "fr-FR".into(),
            date_order: None,
            currency: Currency::EUR,
            encoding: None,
            delimiter: None,
        }
    }
}

/// Who bought, as the till knows them, reduced so the store can match it exactly: an e-mail
/// lower-cased, a phone number to its digits (with `+` when international), a customer number
/// as written.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CustomerRef {
    Email(String),
    Phone(String),
    External(String),
}

impl CustomerRef {
    /// Reads a reference from a column that may hold any of the three: an `@` makes an e-mail;
    /// a number starting with `+` (8 digits or more), `00` (11 or more: `00` and a country code
    /// before a national number), or a `0` followed by 8 or 9 more digits (a French, Belgian or
    /// Dutch national number) makes a phone; anything else is the till's own
    /// customer number, kept as written.
    pub fn guess(text: &str) -> CustomerRef {
        let t = text.trim();
        if t.contains('@') {
            return CustomerRef::Email(lowercase(t));
        }
        let phone_chars = t
            .bytes()
            .all(|b| b.is_ascii_digit() || b" +-.()/".contains(&b));
        let digit_count = t.bytes().filter(u8::is_ascii_digit).count();
        let looks_like_phone = phone_chars
            && (6..=17).contains(&digit_count)
            && ((t.starts_with('+') && digit_count >= 8)
                || (t.starts_with("00") && digit_count >= 11)
                || (t.starts_with('0') && (9..=10).contains(&digit_count)));
        if looks_like_phone {
            CustomerRef::Phone(phone_key(t))
        } else {
            CustomerRef::External(t.to_owned())
        }
    }

    fn of_kind(kind: RefKind, text: &str) -> CustomerRef {
        match kind {
            RefKind::Guess => CustomerRef::guess(text),
            RefKind::Email => CustomerRef::Email(lowercase(text.trim())),
            RefKind::Phone => CustomerRef::Phone(phone_key(text)),
            RefKind::External => CustomerRef::External(text.trim().to_owned()),
        }
    }
}

/// Lower case, without Unicode's tables for the usual all-ASCII address (a third of the time
/// of a purchase row went there).
fn lowercase(text: &str) -> String {
    if text.is_ascii() {
        text.to_ascii_lowercase()
    } else {
        text.to_lowercase()
    }
}

/// One sale read from the till's file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedPurchase {
    /// 1-based line where the record starts.
    pub line: u64,
    pub customer_ref: CustomerRef,
    pub at: NaiveDateTime,
    /// Never zero; negative for a refund.
    pub amount: Money,
    pub category: String,
    pub ticket: String,
    pub item_count: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RefKind {
    Guess,
    Email,
    Phone,
    External,
}

/// Where each value is in a record (0-based).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Columns {
    customer_ref: usize,
    ref_kind: RefKind,
    date: usize,
    time: Option<usize>,
    amount: usize,
    category: Option<usize>,
    ticket: Option<usize>,
    item_count: Option<usize>,
    /// How many fields a record needs to hold every required column.
    needed: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Ref(RefKind),
    Date,
    Time,
    Amount,
    Category,
    Ticket,
    ItemCount,
}

fn role_of(header: &str) -> Option<Role> {
    let role = match fold_header(header).as_str() {
        "customer ref" | "customer" | "client" | "klant" | "ref client" | "reference client"
        | "customer reference" | "klantreferentie" | "klant ref" | "fidelite" | "loyalty" => {
            Role::Ref(RefKind::Guess)
        }
        "customer id" | "id client" | "numero client" | "n client" | "code client"
        | "klantnummer" | "client id" | "carte" | "carte fidelite" | "card" | "loyalty card"
        | "card number" | "klantenkaart" => Role::Ref(RefKind::External),
        "email" | "e mail" | "mail" | "courriel" | "customer email" | "email client" => {
            Role::Ref(RefKind::Email)
        }
        "phone" | "telephone" | "tel" | "gsm" | "mobile" | "portable" | "telefoon"
        | "customer phone" => Role::Ref(RefKind::Phone),
        "date" | "datum" | "date de vente" | "sale date" | "date vente" | "jour" | "day"
        | "verkoopdatum" | "date heure" | "datetime" | "date time" | "timestamp" | "created at"
        | "date et heure" | "datum tijd" => Role::Date,
        "time" | "heure" | "tijd" | "uur" | "hour" => Role::Time,
        "amount" | "montant" | "bedrag" | "total" | "totaal" | "montant ttc" | "total ttc"
        | "ttc" | "prix" | "price" | "prijs" | "sum" | "somme" | "total amount" | "amount ttc"
        | "net sales" | "gross sales" => Role::Amount,
        "category" | "categorie" | "rayon" | "famille" | "department" | "afdeling"
        | "product category" | "type" => Role::Category,
        "ticket" | "receipt" | "ticket number" | "n ticket" | "numero ticket" | "no ticket"
        | "numero de ticket" | "bon" | "bonnummer" | "kassabon" | "receipt number"
        | "transaction" | "transaction id" | "invoice" | "facture" => Role::Ticket,
        "items" | "item count" | "quantity" | "qty" | "quantite" | "qte" | "nombre d articles"
        | "articles" | "aantal" | "nb articles" => Role::ItemCount,
        _ => return None,
    };
    Some(role)
}

impl Columns {
    /// The plain layout: customer_ref, date, amount, category, ticket.
    fn positional(fields: usize) -> Columns {
        Columns {
            customer_ref: 0,
            ref_kind: RefKind::Guess,
            date: 1,
            time: None,
            amount: 2,
            category: (fields > 3).then_some(3),
            ticket: (fields > 4).then_some(4),
            item_count: None,
            needed: 3,
        }
    }

    fn from_headers(headers: &[String]) -> Result<Columns, ImportError> {
        let (mut customer_ref, mut date, mut time, mut amount) = (None, None, None, None);
        let (mut category, mut ticket, mut item_count) = (None, None, None);
        for (i, h) in headers.iter().enumerate() {
            // The first column of each role wins: a second "total" is usually a subtotal.
            match role_of(h) {
                Some(Role::Ref(kind)) if customer_ref.is_none() => customer_ref = Some((i, kind)),
                Some(Role::Date) if date.is_none() => date = Some(i),
                Some(Role::Time) if time.is_none() => time = Some(i),
                Some(Role::Amount) if amount.is_none() => amount = Some(i),
                Some(Role::Category) if category.is_none() => category = Some(i),
                Some(Role::Ticket) if ticket.is_none() => ticket = Some(i),
                Some(Role::ItemCount) if item_count.is_none() => item_count = Some(i),
                _ => {}
            }
        }
        let list = || headers.join(", ");
        let (customer_ref, ref_kind) =
            customer_ref.ok_or_else(|| ImportError::MissingColumn("customer_ref", list()))?;
        let date = date.ok_or_else(|| ImportError::MissingColumn("date", list()))?;
        let amount = amount.ok_or_else(|| ImportError::MissingColumn("amount", list()))?;
        // Optional columns missing at the end of a short row read as empty.
        let needed = [Some(customer_ref), Some(date), time, Some(amount)]
            .into_iter()
            .flatten()
            .max()
            .unwrap_or(0)
            + 1;
        Ok(Columns {
            customer_ref,
            ref_kind,
            date,
            time,
            amount,
            category,
            ticket,
            item_count,
            needed,
        })
    }
}

/// The file's bytes: the head already read for sniffing, then the rest; decoded to UTF-8 on
/// the fly when the file is in another encoding.
enum Source<R: Read> {
    Utf8(HeadThenRest<R>),
    Decoded(Box<DecodeReaderBytes<HeadThenRest<R>, Vec<u8>>>),
}

type HeadThenRest<R> = Chain<Cursor<Vec<u8>>, R>;

impl<R: Read> Read for Source<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            Source::Utf8(r) => r.read(buf),
            Source::Decoded(r) => r.read(buf),
        }
    }
}

/// Streams purchases out of a till export. Each item is one record: a purchase, or the line
/// and reason it was refused.
pub struct PurchaseReader<R: Read> {
    reader: csv::Reader<Source<R>>,
    record: csv::ByteRecord,
    columns: Columns,
    currency: Currency,
    encoding: TextEncoding,
    delimiter: u8,
    date_order: DateOrder,
    has_header: bool,
    done: bool,
}

impl<R: Read> std::fmt::Debug for PurchaseReader<R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PurchaseReader")
            .field("encoding", &self.encoding)
            .field("delimiter", &(self.delimiter as char))
            .field("date_order", &self.date_order)
            .field("has_header", &self.has_header)
            .finish_non_exhaustive()
    }
}

/// Reads the start of `input` to learn its encoding, separator, columns and date order, and
/// returns a reader of its records.
pub fn read_purchases<R: Read>(
    mut input: R,
    options: &PurchaseOptions,
) -> Result<PurchaseReader<R>, ImportError> {
    let mut head = Vec::with_capacity(HEAD_BYTES);
    (&mut input)
        .take(HEAD_BYTES as u64)
        .read_to_end(&mut head)?;
    let complete = head.len() < HEAD_BYTES;
    if head.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(ImportError::Empty);
    }
    let encoding = options.encoding.unwrap_or_else(|| detect(&head, complete));
    let head_text = decode(&head, encoding);
    let delimiter = options
        .delimiter
        .unwrap_or_else(|| detect_delimiter(&head_text, complete));

    // The head's records: the header (or first sale), and samples of the date column.
    let mut sample: Vec<csv::StringRecord> = Vec::new();
    let mut sniffer = crate::sniff::csv_reader(delimiter).from_reader(head_text.as_bytes());
    for record in sniffer.records() {
        match record {
            Ok(r) if r.iter().all(|f| f.trim().is_empty()) => {}
            Ok(r) => sample.push(r),
            Err(_) => break,
        }
    }
    if !complete {
        sample.pop(); // may be cut
    }
    let first = sample.first().ok_or(ImportError::NoHeader)?;
    let headers: Vec<String> = first.iter().map(|h| h.trim().to_owned()).collect();
    let (columns, has_header) = match Columns::from_headers(&headers) {
        Ok(c) => (c, true),
        Err(e) => {
            let positional = Columns::positional(first.len());
            let looks_like_a_sale = first.len() >= 3
                && parse_amount(first[2].trim(), options.currency).is_ok()
                && parse_date_time(first[1].trim(), DateOrder::DayFirst).is_ok();
            if looks_like_a_sale {
                (positional, false)
            } else {
                return Err(e);
            }
        }
    };
    let date_order = options.date_order.unwrap_or_else(|| {
        let mut votes = OrderVotes::default();
        for r in sample.iter().skip(usize::from(has_header)) {
            if let Some(d) = r.get(columns.date) {
                votes.add(d.trim());
            }
        }
        votes.decide(DateOrder::for_locale(&options.locale))
    });

    let bom = encoding.bom_len(&head);
    head.drain(..bom);
    let chained = Cursor::new(head).chain(input);
    let source = match encoding {
        TextEncoding::Utf8 | TextEncoding::Utf8Bom => Source::Utf8(chained),
        other => Source::Decoded(Box::new(
            DecodeReaderBytesBuilder::new()
                .encoding(Some(other.encoding()))
                .bom_sniffing(false)
                .build(chained),
        )),
    };
    let reader = crate::sniff::csv_reader(delimiter)
        .has_headers(has_header)
        .buffer_capacity(64 * 1024)
        .from_reader(source);
    Ok(PurchaseReader {
        reader,
        record: csv::ByteRecord::new(),
        columns,
        currency: options.currency,
        encoding,
        delimiter,
        date_order,
        has_header,
        done: false,
    })
}

impl<R: Read> PurchaseReader<R> {
    pub fn encoding(&self) -> TextEncoding {
        self.encoding
    }

    pub fn delimiter(&self) -> u8 {
        self.delimiter
    }

    pub fn date_order(&self) -> DateOrder {
        self.date_order
    }

    /// Whether the first row was a header (the plain layout may come without one).
    pub fn has_header(&self) -> bool {
        self.has_header
    }

    fn parse_record(&self, line: u64) -> Result<ImportedPurchase, Rejected> {
        let reject = |field: &str, code: &'static str, args: Vec<String>, message: String| {
            Rejected::one(line, Problem::new(field, code, args, message))
        };
        let record = &self.record;
        let c = &self.columns;
        if record.len() < c.needed {
            return Err(reject(
                "",
                "field_count",
                vec![record.len().to_string(), c.needed.to_string()],
                format!("has {} fields where {} are needed", record.len(), c.needed),
            ));
        }
        let field = |i: usize, name: &str| -> Result<&str, Rejected> {
            let bytes = record.get(i).unwrap_or(b"");
            std::str::from_utf8(bytes).map(str::trim).map_err(|_| {
                reject(name, "not_text", Vec::new(), "is not valid text (the file changes encoding?)".into())
            })
        };
        let customer = field(c.customer_ref, "customer_ref")?;
        if customer.is_empty() {
            return Err(reject("customer_ref", "empty", Vec::new(), "is empty".into()));
        }
        let date = field(c.date, "date")?;
        let time = match c.time {
            Some(t) => field(t, "time")?,
            None => "",
        };
        let at = parse_date_time(date, self.date_order)
            .and_then(|d| if time.is_empty() { Ok(d) } else { parse_time(time).map(|t| d.date().and_time(t)) })
            .map_err(|why| {
                let when = if time.is_empty() { date.to_owned() } else { format!("{date} {time}") };
                reject("date", "not_a_date", vec![when], why)
            })?;
        let amount_text = field(c.amount, "amount")?;
        let amount = parse_amount(amount_text, self.currency).map_err(|why| {
            use fidele_domain::money::AmountError;
            let code = match why {
                AmountError::Empty => "empty",
                AmountError::NotANumber(_) => "not_an_amount",
                AmountError::TooPrecise(_) => "too_precise",
                AmountError::TooLarge(_) => "too_large",
            };
            let args = if code == "empty" { Vec::new() } else { vec![amount_text.to_owned()] };
            reject("amount", code, args, why.to_string())
        })?;
        if amount.minor == 0 {
            return Err(reject("amount", "zero", Vec::new(), "is zero".into()));
        }
        let category = match c.category {
            Some(i) => field(i, "category")?.to_owned(),
            None => String::new(),
        };
        if category.chars().count() > 100 {
            return Err(reject("category", "too_long", vec!["100".into()], "is longer than 100 characters".into()));
        }
        let ticket = match c.ticket {
            Some(i) => field(i, "ticket")?.to_owned(),
            None => String::new(),
        };
        let item_count = match c.item_count {
            Some(i) => match field(i, "item_count")? {
                "" => None,
                n => Some(n.parse::<u32>().map_err(|_| {
                    reject("item_count", "not_whole_number", vec![n.to_owned()], format!("\"{n}\" is not a whole number"))
                })?),
            },
            None => None,
        };
        Ok(ImportedPurchase {
            line,
            customer_ref: CustomerRef::of_kind(c.ref_kind, customer),
            at,
            amount,
            category,
            ticket,
            item_count,
        })
    }
}

impl<R: Read> Iterator for PurchaseReader<R> {
    type Item = Result<ImportedPurchase, Rejected>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            match self.reader.read_byte_record(&mut self.record) {
                Ok(true) => {
                    if self
                        .record
                        .iter()
                        .all(|f| f.iter().all(u8::is_ascii_whitespace))
                    {
                        continue; // blank line
                    }
                    let line = self.record.position().map_or(0, |p| p.line());
                    return Some(self.parse_record(line));
                }
                Ok(false) => self.done = true,
                Err(e) => {
                    // Only an I/O error can end up here (records are flexible, bytes unchecked):
                    // report it once, then stop.
                    self.done = true;
                    let line = e.position().map_or(0, |p| p.line());
                    return Some(Err(Rejected::one(
                        line,
                        Problem::new("", "read_error", vec![e.to_string()], format!("reading stopped: {e}")),
                    )));
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn read(text: &str) -> Vec<Result<ImportedPurchase, Rejected>> {
        read_purchases(text.as_bytes(), &PurchaseOptions::default())
            .unwrap()
            .collect()
    }

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(h, min, 0)
            .unwrap()
    }

    #[test]
    fn the_plain_layout_with_a_header() {
        let rows = read(
            "customer_ref,date,amount,category,ticket\nmarie@exemple.fr,2024-07-14 10:32,12.50,Livres,T-1\n",
        );
        let p = rows[0].as_ref().unwrap();
        assert_eq!(p.line, 2);
        assert_eq!(
            p.customer_ref,
            CustomerRef::Email("marie@exemple.fr".into())
        );
        assert_eq!(p.at, at(2024, 7, 14, 10, 32));
        assert_eq!(p.amount, Money::new(1250, Currency::EUR));
        assert_eq!((p.category.as_str(), p.ticket.as_str()), ("Livres", "T-1"));
    }

    #[test]
    fn the_plain_layout_without_a_header() {
        let reader = read_purchases(
            &b"C-42;14/07/2024;-12,50\n06 12 34 56 78;15/07/2024;3\n"[..],
            &PurchaseOptions::default(),
        )
        .unwrap();
        assert!(!reader.has_header());
        let rows: Vec<_> = reader.map(Result::unwrap).collect();
        assert_eq!(rows[0].line, 1);
        assert_eq!(rows[0].customer_ref, CustomerRef::External("C-42".into()));
        assert_eq!(rows[0].amount.minor, -1250);
        assert_eq!(
            rows[1].customer_ref,
            CustomerRef::Phone("0612345678".into())
        );
    }

    #[test]
    fn french_headers_with_date_and_time_apart() {
        let rows = read(
            "N° client;Date;Heure;Montant TTC;Rayon;Qté\n1042;14/07/2024;10h32;1 249,00 €;Vins;3\n",
        );
        let p = rows[0].as_ref().unwrap();
        assert_eq!(p.customer_ref, CustomerRef::External("1042".into()));
        assert_eq!(p.at, at(2024, 7, 14, 10, 32));
        assert_eq!(p.amount.minor, 124_900);
        assert_eq!(p.item_count, Some(3));
    }

    #[test]
    fn customer_refs() {
        assert_eq!(
            CustomerRef::guess(" Marie@Exemple.FR "),
            CustomerRef::Email("marie@exemple.fr".into())
        );
        assert_eq!(
            CustomerRef::guess("+32 470 12 34 56"),
            CustomerRef::Phone("+32470123456".into())
        );
        assert_eq!(
            CustomerRef::guess("0470 12 34 56"),
            CustomerRef::Phone("0470123456".into())
        );
        assert_eq!(
            CustomerRef::guess("0001234"),
            CustomerRef::External("0001234".into())
        );
        assert_eq!(
            CustomerRef::guess("123456789"),
            CustomerRef::External("123456789".into())
        );
    }

    #[test]
    fn bad_rows_name_line_and_field() {
        let rows = read(
            "customer_ref;date;amount\na@b.fr;31/02/2024;3\na@b.fr;01/03/2024;douze\n;01/03/2024;3\na@b.fr;01/03/2024\n\
             a@b.fr;01/03/2024;0\n",
        );
        let errs: Vec<(u64, String)> = rows
            .into_iter()
            .map(|r| r.unwrap_err())
            .map(|r| (r.line, r.reason))
            .collect();
        assert_eq!(errs[0].0, 2);
        assert!(
            errs[0].1.starts_with("date: \"31/02/2024\" is not a day"),
            "{}",
            errs[0].1
        );
        assert_eq!(errs[1].0, 3);
        assert!(
            errs[1].1.starts_with("amount: \"douze\" is not an amount"),
            "{}",
            errs[1].1
        );
        assert_eq!(errs[2], (4, "customer_ref: is empty".into()));
        assert_eq!(errs[3], (5, "has 2 fields where 3 are needed".into()));
        assert_eq!(errs[4], (6, "amount: is zero".into()));
    }

    #[test]
    fn missing_columns_are_named() {
        let err =
            read_purchases(&b"client;montant\nx;3\n"[..], &PurchaseOptions::default()).unwrap_err();
        assert!(err.to_string().contains("needs a date column"), "{err}");
        assert!(matches!(
            read_purchases(&b"\n \n"[..], &PurchaseOptions::default()),
            Err(ImportError::Empty)
        ));
    }

    #[test]
    fn month_first_files_are_recognised_from_the_head() {
        let rows = read("customer,date,amount\na@b.fr,07/14/2024,1\na@b.fr,03/04/2024,1\n");
        assert_eq!(
            rows[1].as_ref().unwrap().at.date(),
            NaiveDate::from_ymd_opt(2024, 3, 4).unwrap()
        );
    }
}
