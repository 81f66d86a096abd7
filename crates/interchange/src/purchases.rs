//! Purchases from a till's CSV export, streamed: a 636,000-row file is read record by record
//! through one reused buffer, so memory stays flat whatever the file's size.
//!
//! The plain columns `customer_ref,date,amount[,category][,ticket]` need no mapping (with or
//! without a header row); tills' own headers in French, Dutch and English are recognised too,
//! with the date and time in one column or two.

use std::collections::{HashMap, VecDeque};
use std::hash::{DefaultHasher, Hash, Hasher};
use std::io::{self, Chain, Cursor, Read, Seek, SeekFrom};

use chrono::NaiveDateTime;
use encoding_rs_io::{DecodeReaderBytes, DecodeReaderBytesBuilder};
use fidele_domain::{Currency, ErrorCode, Money};

use crate::dates::{DateOrder, OrderVotes, parse_date_time, parse_time};
use crate::encoding::{TextEncoding, decode, detect};
use crate::purchase_fields::{PurchaseColumn, PurchaseField, PurchaseMapping};
use crate::receipts::{Line, Receipt, is_not_a_sale, is_payment_row, is_refund_type, is_refunded_status};
use crate::tills::Till;
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
    /// The till, when the caller knows better than the headers.
    pub till: Option<Till>,
    /// A whole mapping (one remembered for these headers), used when it fits the file.
    pub mapping: Option<PurchaseMapping>,
    /// `COLUMN=FIELD` corrections, applied last: they win over a remembered mapping.
    pub overrides: Vec<(String, PurchaseField)>,
}

impl Default for PurchaseOptions {
    fn default() -> Self {
        PurchaseOptions {
            locale: "fr-FR".into(),
            date_order: None,
            currency: Currency::EUR,
            encoding: None,
            delimiter: None,
            till: None,
            mapping: None,
            overrides: Vec::new(),
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

/// One purchase read from the till's file: a receipt, whatever the rows it took.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedPurchase {
    /// 1-based line where the receipt's first row starts.
    pub line: u64,
    /// Who bought; `None` for an anonymous sale.
    pub customer_ref: Option<CustomerRef>,
    /// The buyer's name as the till has it ("" when it has none): a customer the import adds
    /// gets it.
    pub customer_name: String,
    pub at: NaiveDateTime,
    /// Negative for a refund; zero for a visit without payment (a gift wrap, an exchange).
    pub amount: Money,
    pub margin: Option<Money>,
    /// The receipt's categories, joined by ", ".
    pub category: String,
    pub ticket: String,
    pub item_count: Option<u32>,
    /// `None` for a sale; for a refund, the receipt of the sale it pays back ("" when unknown).
    pub refund_of: Option<String>,
    /// Values left out of the purchase because they could not be read.
    pub warnings: Vec<FieldWarning>,
}

/// A value left out of a purchase that still came in: where, which field, why, and what it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldWarning {
    pub line: u64,
    pub field: &'static str,
    /// `not_an_amount`, `not_whole_number`, `not_an_email`, `not_a_phone`, `not_text`, `too_long`.
    pub code: ErrorCode,
    pub value: String,
}

impl FieldWarning {
    pub fn new(line: u64, field: &'static str, code: ErrorCode, value: &str) -> FieldWarning {
        FieldWarning { line, field, code, value: value.to_owned() }
    }

    /// What was wrong, as a problem naming the `value` (and, for a category too long, its
    /// `max`), for a front end to word.
    pub fn problem(&self) -> Problem {
        let problem = Problem::new(self.field, self.code).with("value", &self.value);
        match self.code {
            ErrorCode::TooLong => problem.with("max", crate::receipts::MAX_CATEGORY),
            _ => problem,
        }
    }
}

/// For logs and tests only (codes, not words).
impl std::fmt::Display for FieldWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.problem())
    }
}

/// Where each field is in a record (0-based).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Columns {
    email: Option<usize>,
    phone: Option<usize>,
    number: Option<usize>,
    customer: Option<usize>,
    contact: Option<usize>,
    name: Option<usize>,
    date: usize,
    time: Option<usize>,
    amount: Option<usize>,
    line_total: Option<usize>,
    unit_price: Option<usize>,
    quantity: Option<usize>,
    category: Option<usize>,
    receipt: Option<usize>,
    receipt_type: Option<usize>,
    status: Option<usize>,
    refunded_amount: Option<usize>,
    refund_of: Option<usize>,
    cost: Option<usize>,
    margin: Option<usize>,
    /// How many fields a record needs to hold the date and amount.
    needed: usize,
}

impl Columns {
    fn of(mapping: &PurchaseMapping) -> Result<Columns, ImportError> {
        use PurchaseField as F;
        if let Some(field) = mapping.missing() {
            let headers: Vec<&str> = mapping.columns.iter().map(|c| c.header.as_str()).collect();
            return Err(ImportError::MissingColumn(field, headers.join(", ")));
        }
        let at = |f| mapping.column_of(f);
        let date = at(F::Date).unwrap_or(0);
        let needed = [Some(date), at(F::Time), at(F::Amount)].into_iter().flatten().max().unwrap_or(0) + 1;
        Ok(Columns {
            email: at(F::Email),
            phone: at(F::Phone),
            number: at(F::CustomerNumber),
            customer: at(F::Customer),
            contact: at(F::Contact),
            name: at(F::CustomerName),
            date,
            time: at(F::Time),
            amount: at(F::Amount),
            line_total: at(F::LineTotal),
            unit_price: at(F::UnitPrice),
            quantity: at(F::Quantity),
            category: at(F::Category),
            receipt: at(F::Receipt),
            receipt_type: at(F::ReceiptType),
            status: at(F::Status),
            refunded_amount: at(F::RefundedAmount),
            refund_of: at(F::RefundOf),
            cost: at(F::Cost),
            margin: at(F::Margin),
            needed,
        })
    }
}

/// The plain layout without a header: customer, date, amount, category, receipt.
fn positional(fields: usize) -> PurchaseMapping {
    use PurchaseField as F;
    let fields_in_order = [F::Customer, F::Date, F::Amount, F::Category, F::Receipt];
    PurchaseMapping {
        columns: (0..fields)
            .map(|index| PurchaseColumn {
                index,
                header: String::new(),
                field: fields_in_order.get(index).copied().unwrap_or(F::Ignore),
            })
            .collect(),
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

/// Streams purchases out of a till export. Each item is one receipt: a purchase, or the line
/// and reason it was refused.
pub struct PurchaseReader<R: Read> {
    reader: csv::Reader<Source<R>>,
    record: csv::ByteRecord,
    columns: Columns,
    mapping: PurchaseMapping,
    till: Till,
    currency: Currency,
    encoding: TextEncoding,
    delimiter: u8,
    date_order: DateOrder,
    /// The date order was given, or the head of the file settles it: its dates that tell
    /// (25/04, 04/25) all say the same, or the head is the whole file.
    order_settled: bool,
    has_header: bool,
    /// The receipt being gathered: finished when a row with another number comes.
    open: Option<Receipt>,
    /// For a file whose receipts' rows are not consecutive (a till that sorts by product): the
    /// line of each receipt's last row, by hash of its number, from a first reading; each
    /// receipt is then gathered in `scattered_open` until that line.
    scattered: Option<HashMap<u64, u64>>,
    scattered_open: HashMap<u64, Receipt>,
    ready: VecDeque<Result<ImportedPurchase, Rejected>>,
    done: bool,
}

impl<R: Read> std::fmt::Debug for PurchaseReader<R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PurchaseReader")
            .field("till", &self.till)
            .field("encoding", &self.encoding)
            .field("delimiter", &(self.delimiter as char))
            .field("date_order", &self.date_order)
            .field("has_header", &self.has_header)
            .finish_non_exhaustive()
    }
}

/// Reads the start of `input` to learn its encoding, separator, till, columns and date order,
/// and returns a reader of its receipts.
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
    let till = options.till.unwrap_or_else(|| Till::detect(&headers));
    let mut mapping = match &options.mapping {
        Some(m) if m.columns.len() == headers.len() => m.clone(),
        _ => PurchaseMapping::guess(&headers, till),
    };
    for (column, field) in &options.overrides {
        mapping.apply_override(column, *field).map_err(ImportError::Mapping)?;
    }
    let told = options.mapping.is_some() || !options.overrides.is_empty();
    let (columns, mapping, has_header) = match Columns::of(&mapping) {
        Ok(c) => (c, mapping, true),
        Err(e) => {
            let looks_like_a_sale = !told
                && first.len() >= 3
                && parse_amount(first[2].trim(), options.currency).is_ok()
                && parse_date_time(first[1].trim(), DateOrder::DayFirst).is_ok();
            if looks_like_a_sale {
                let plain = positional(first.len());
                (Columns::of(&plain)?, plain, false)
            } else {
                return Err(e);
            }
        }
    };
    let mut votes = OrderVotes::default();
    for r in sample.iter().skip(usize::from(has_header)) {
        if let Some(d) = r.get(columns.date) {
            votes.add(d.trim());
        }
    }
    let date_order = options.date_order.unwrap_or_else(|| votes.decide(DateOrder::for_locale(&options.locale)));
    let one_sided = (votes.day_first == 0) != (votes.month_first == 0);
    let nothing_to_settle = votes.day_first + votes.month_first + votes.ambiguous == 0;
    let order_settled = options.date_order.is_some() || complete || one_sided || nothing_to_settle;

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
        mapping,
        till,
        currency: options.currency,
        encoding,
        delimiter,
        date_order,
        order_settled,
        has_header,
        open: None,
        scattered: None,
        scattered_open: HashMap::new(),
        ready: VecDeque::new(),
        done: false,
    })
}

/// [`read_purchases`] for a file that can be read twice: when the dates of its first 64 KiB
/// do not settle day/month order (all ambiguous, like 03/04, or some each way), the whole date
/// column is read first, streamed (memory stays flat), and decides it; then the file is read
/// from where it was.
///
/// The same first reading finds receipts whose rows are not consecutive (some tills sort their
/// export by product): each still becomes one purchase, gathered until its last row.
pub fn read_purchases_seekable<R: Read + Seek>(mut input: R, options: &PurchaseOptions) -> Result<PurchaseReader<R>, ImportError> {
    let start = input.stream_position()?;
    let probe = read_purchases(&mut input, options)?;
    let (order, scattered) = if probe.order_settled && probe.columns.receipt.is_none() {
        (probe.date_order, None)
    } else {
        probe.survey(DateOrder::for_locale(&options.locale))
    };
    input.seek(SeekFrom::Start(start))?;
    let mut reader = read_purchases(input, &PurchaseOptions { date_order: Some(order), ..options.clone() })?;
    reader.scattered = scattered;
    Ok(reader)
}

fn field(record: &csv::ByteRecord, i: usize) -> Option<&str> {
    record.get(i).and_then(|d| std::str::from_utf8(d).ok()).map(str::trim)
}

/// A receipt by its number and day (the date as written, up to its time): a till that numbers
/// its tickets from 1 each day has a ticket 1 every day, and each is a receipt of its own.
fn receipt_key(number: &str, date: &str) -> u64 {
    let day = date.split([' ', 'T']).next().unwrap_or("");
    let mut h = DefaultHasher::new();
    (number, day).hash(&mut h);
    h.finish()
}

/// The header row of a till export (its first record), read from the file's start: the key of a
/// remembered mapping, also for a file whose headers the guess cannot read.
pub fn read_purchase_headers(head: &[u8], options: &PurchaseOptions) -> Option<Vec<String>> {
    let head = &head[..head.len().min(HEAD_BYTES)];
    let complete = head.len() < HEAD_BYTES;
    let encoding = options.encoding.unwrap_or_else(|| detect(head, complete));
    let text = decode(head, encoding);
    let delimiter = options.delimiter.unwrap_or_else(|| detect_delimiter(&text, complete));
    let mut reader = crate::sniff::csv_reader(delimiter).has_headers(false).from_reader(text.as_bytes());
    let record = reader.records().find_map(|r| r.ok().filter(|r| r.iter().any(|f| !f.trim().is_empty())))?;
    Some(record.iter().map(|h| h.trim().to_owned()).collect())
}

/// The contact a cell of contacts gives: its e-mail if it has one, else its first.
fn contact_ref(cell: &str) -> Option<CustomerRef> {
    let mut parts = cell.split([',', ';', '|', '\n']).map(str::trim).filter(|p| !p.is_empty());
    let chosen = cell
        .split([',', ';', '|', '\n'])
        .map(str::trim)
        .find(|p| p.contains('@'))
        .or_else(|| parts.next())?;
    Some(CustomerRef::guess(chosen))
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

    /// Reads the rest of the file once: the order the whole date column votes for (unless the
    /// head settled it), and, when some receipt's rows are not consecutive, the line of each
    /// receipt's last row.
    fn survey(mut self, default: DateOrder) -> (DateOrder, Option<HashMap<u64, u64>>) {
        let mut votes = OrderVotes::default();
        let (date, receipt) = (self.columns.date, self.columns.receipt);
        let mut last_line: HashMap<u64, u64> = HashMap::new();
        let (mut current, mut scattered) = (0u64, false);
        let mut record = csv::ByteRecord::new();
        while let Ok(true) = self.reader.read_byte_record(&mut record) {
            if !self.order_settled
                && let Some(d) = field(&record, date)
            {
                votes.add(d);
            }
            if let Some(number) = receipt.and_then(|i| field(&record, i)).filter(|n| !n.is_empty()) {
                let key = receipt_key(number, field(&record, date).unwrap_or(""));
                let line = record.position().map_or(0, |p| p.line());
                if last_line.insert(key, line).is_some() && key != current {
                    scattered = true;
                }
                current = key;
            }
        }
        let order = if self.order_settled { self.date_order } else { votes.decide(default) };
        (order, scattered.then_some(last_line))
    }

    /// Whether the first row was a header (the plain layout may come without one).
    pub fn has_header(&self) -> bool {
        self.has_header
    }

    /// The till or shop recognised from the headers (or the one the caller named).
    pub fn till(&self) -> Till {
        self.till
    }

    /// Which column feeds which field.
    pub fn mapping(&self) -> &PurchaseMapping {
        &self.mapping
    }

    /// Reads the current record into a row of a receipt. Only the date and the amount can
    /// cost the receipt; any other value that cannot be read is left out with a warning.
    fn parse_line(&self, line: u64) -> Result<Line, Rejected> {
        let record = &self.record;
        let c = &self.columns;
        if record.len() < c.needed {
            return Err(Rejected::one(
                line,
                Problem::new("", ErrorCode::FieldCount).with("found", record.len()).with("expected", c.needed),
            ));
        }
        let mut out = Line { line, ..Line::default() };
        // A value as text: "" when the column is absent; `None` when it is not valid text.
        let text = |i: Option<usize>| -> Option<&str> {
            match i {
                Some(i) => std::str::from_utf8(record.get(i).unwrap_or(b"")).ok().map(str::trim),
                None => Some(""),
            }
        };
        let not_text = |field: &str| Problem::new(field, ErrorCode::NotText);
        let warn = |out: &mut Line, field: &'static str, code: ErrorCode, value: &str| {
            out.warnings.push(FieldWarning::new(line, field, code, value));
        };
        // Who bought: the first column naming them.
        let sources: [(Option<usize>, &'static str); 5] =
            [(c.email, "email"), (c.phone, "phone"), (c.number, "customer_number"), (c.customer, "customer"), (c.contact, "contact")];
        for (i, field) in sources {
            let Some(i) = i else { continue };
            let Some(value) = text(Some(i)) else {
                warn(&mut out, field, ErrorCode::NotText, "");
                continue;
            };
            if value.is_empty() {
                continue;
            }
            let found = match field {
                "email" if value.contains('@') => Some(CustomerRef::Email(lowercase(value))),
                "email" => {
                    warn(&mut out, field, ErrorCode::NotAnEmail, value);
                    None
                }
                "phone" if value.bytes().filter(u8::is_ascii_digit).count() >= 6 => Some(CustomerRef::Phone(phone_key(value))),
                "phone" => {
                    warn(&mut out, field, ErrorCode::NotAPhone, value);
                    None
                }
                "customer_number" => Some(CustomerRef::External(value.to_owned())),
                "customer" => Some(CustomerRef::guess(value)),
                _ => contact_ref(value),
            };
            if found.is_some() {
                out.customer = found;
                break;
            }
        }
        out.name = text(c.name).unwrap_or("").to_owned();
        out.receipt = text(c.receipt).unwrap_or("").to_owned();

        let date = text(Some(c.date));
        if self.scattered.is_some() {
            out.scattered_key = receipt_key(&out.receipt, date.unwrap_or(""));
        }
        let time = text(c.time);
        out.at = match (date, time) {
            (None, _) => Some(Err(not_text("date"))),
            (Some(""), _) => None,
            (Some(date), time) => Some(
                parse_date_time(date, self.date_order)
                    .and_then(|d| match time {
                        Some("") | None => Ok(d),
                        Some(t) => parse_time(t).map(|t| d.date().and_time(t)),
                    })
                    .map_err(|why| {
                        let when = match time {
                            Some(t) if !t.is_empty() => format!("{date} {t}"),
                            _ => date.to_owned(),
                        };
                        // Named as the cells write it, the date and the time together.
                        let code = if why.code == ErrorCode::NotADay { ErrorCode::NotADay } else { ErrorCode::NotADate };
                        Problem::new("date", code).with("value", when)
                    }),
            ),
        };
        out.amount = match c.amount.map(|i| text(Some(i))) {
            None | Some(Some("")) => None,
            Some(None) => Some(Err(not_text("amount"))),
            Some(Some(a)) => Some(parse_amount(a, self.currency).map_err(|why| Problem::refused("amount", why.refusal()))),
        };
        // The optional amounts: left out with a warning when unreadable.
        let money = |out: &mut Line, i: Option<usize>, field: &'static str| -> Option<Money> {
            match text(i) {
                None => {
                    warn(out, field, ErrorCode::NotText, "");
                    None
                }
                Some("") => None,
                Some(v) => match parse_amount(v, self.currency) {
                    Ok(m) => Some(m),
                    Err(_) => {
                        warn(out, field, ErrorCode::NotAnAmount, v);
                        None
                    }
                },
            }
        };
        out.quantity = match text(c.quantity) {
            None => {
                warn(&mut out, "quantity", ErrorCode::NotText, "");
                None
            }
            Some("") => None,
            Some(q) => match whole_number(q) {
                Some(n) => Some(n),
                None => {
                    warn(&mut out, "quantity", ErrorCode::NotWholeNumber, q);
                    None
                }
            },
        };
        let line_total = money(&mut out, c.line_total, "line_total");
        let unit_price = money(&mut out, c.unit_price, "unit_price");
        out.line_amount = line_total.or_else(|| {
            unit_price.map(|p| Money::new(p.minor.saturating_mul(i64::from(out.quantity.unwrap_or(1))), p.currency))
        });
        out.cost = money(&mut out, c.cost, "cost");
        out.margin = money(&mut out, c.margin, "margin");
        out.refunded_amount = money(&mut out, c.refunded_amount, "refunded_amount");
        match text(c.category) {
            Some(category) => out.category = category.to_owned(),
            None => warn(&mut out, "category", ErrorCode::NotText, ""),
        }
        let kind = text(c.receipt_type).unwrap_or("");
        out.refund = !kind.is_empty() && is_refund_type(kind);
        if !kind.is_empty() && is_payment_row(kind) {
            // A till's payment row under its sale ("Cash", "Visa"): no goods, no category.
            out.category.clear();
            out.quantity = None;
            out.line_amount = None;
            out.warnings.retain(|w| !matches!(w.field, "quantity" | "line_total" | "unit_price" | "category"));
        }
        let status = text(c.status).unwrap_or("");
        if !status.is_empty() {
            out.refunded = is_refunded_status(status);
            if is_not_a_sale(status) {
                out.not_a_sale = Some(status.to_owned());
            }
        }
        out.refund_of = text(c.refund_of).unwrap_or("").to_owned();
        Ok(out)
    }

    /// Hands the row to the open receipt, or finishes that one and opens another.
    fn take(&mut self, line: Line) {
        if let Some(last_lines) = &self.scattered
            && !line.receipt.is_empty()
        {
            let key = line.scattered_key;
            let ends = last_lines.get(&key).is_none_or(|&last| last <= line.line);
            match self.scattered_open.get_mut(&key) {
                Some(open) => open.push(line),
                None => {
                    self.scattered_open.insert(key, Receipt::start(line));
                }
            }
            if ends && let Some(done) = self.scattered_open.remove(&key) {
                done.finish(self.currency, &mut self.ready);
            }
            return;
        }
        match &mut self.open {
            Some(open) if open.continues(&line) => open.push(line),
            _ => {
                if let Some(done) = self.open.replace(Receipt::start(line)) {
                    done.finish(self.currency, &mut self.ready);
                }
            }
        }
    }
}

/// A count of items: `3`, `-1` on a refund's line, `2.0` as a spreadsheet writes it.
fn whole_number(text: &str) -> Option<u32> {
    let t = text.trim_start_matches(['-', '+']);
    let t = t.strip_suffix(".0").or_else(|| t.strip_suffix(",0")).or_else(|| t.strip_suffix(".00")).or_else(|| t.strip_suffix(",00")).unwrap_or(t);
    t.parse::<u32>().ok()
}

impl<R: Read> Iterator for PurchaseReader<R> {
    type Item = Result<ImportedPurchase, Rejected>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(ready) = self.ready.pop_front() {
                return Some(ready);
            }
            if self.done {
                // Receipts still gathered (a hash shared by two numbers kept one waiting), in
                // the order they started.
                let mut left: Vec<Receipt> = self.scattered_open.drain().map(|(_, r)| r).collect();
                left.sort_by_key(Receipt::line);
                for r in left {
                    r.finish(self.currency, &mut self.ready);
                }
                if !self.ready.is_empty() {
                    continue;
                }
                return self.open.take().and_then(|open| {
                    open.finish(self.currency, &mut self.ready);
                    self.ready.pop_front()
                });
            }
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
                    match self.parse_line(line) {
                        Ok(l) => self.take(l),
                        Err(r) => {
                            // A row cut short ends the receipt before it: order stays the file's.
                            if let Some(open) = self.open.take() {
                                open.finish(self.currency, &mut self.ready);
                            }
                            self.ready.push_back(Err(r));
                        }
                    }
                }
                Ok(false) => self.done = true,
                Err(e) => {
                    // Only an I/O error can end up here (records are flexible, bytes unchecked):
                    // report it once, then stop.
                    self.done = true;
                    if let Some(open) = self.open.take() {
                        open.finish(self.currency, &mut self.ready);
                    }
                    let line = e.position().map_or(0, |p| p.line());
                    self.ready.push_back(Err(Rejected::one(
                        line,
                        Problem::new("", ErrorCode::ReadError).with("detail", e.to_string()),
                    )));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn day_and_month_are_decided_by_the_whole_date_column_not_its_head() {
        // An American shop's locale says month first; the first 64 KiB only hold dates that
        // read either way, and a later row says day first (25/04).
        let mut text = String::from("customer_ref,date,amount\n");
        while text.len() < 2 * HEAD_BYTES {
            text.push_str("client@exemple.fr,03/04/2024 10:00,3.00\n");
        }
        text.push_str("client@exemple.fr,25/04/2024 10:00,3.00\n");
        let options = PurchaseOptions { locale: "en-US".into(), ..Default::default() };
        let mut reader = read_purchases_seekable(Cursor::new(text.as_bytes()), &options).unwrap();
        assert_eq!(reader.date_order(), DateOrder::DayFirst);
        let first = reader.next().unwrap().unwrap();
        assert_eq!(first.at.date(), NaiveDate::from_ymd_opt(2024, 4, 3).unwrap(), "3 April, not 4 March");
        assert_eq!(reader.filter(Result::is_ok).count() + 1, text.lines().count() - 1, "every row is read once, from the start");
        // A file whose head settles it is read once; one whose dates never settle it keeps the
        // locale's order.
        let iso = "customer_ref,date,amount\nclient@exemple.fr,2024-04-03,3.00\n";
        assert_eq!(read_purchases_seekable(Cursor::new(iso.as_bytes()), &options).unwrap().date_order(), DateOrder::MonthFirst);
        let mut vague = String::from("customer_ref,date,amount\n");
        while vague.len() < 2 * HEAD_BYTES {
            vague.push_str("client@exemple.fr,03/04/2024,3.00\n");
        }
        assert_eq!(read_purchases_seekable(Cursor::new(vague.as_bytes()), &options).unwrap().date_order(), DateOrder::MonthFirst);
        let fr = PurchaseOptions::default();
        assert_eq!(read_purchases_seekable(Cursor::new(vague.as_bytes()), &fr).unwrap().date_order(), DateOrder::DayFirst);
    }

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
            Some(CustomerRef::Email("marie@exemple.fr".into()))
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
        assert_eq!(rows[0].customer_ref, Some(CustomerRef::External("C-42".into())));
        assert_eq!(rows[0].amount.minor, -1250);
        assert_eq!(
            rows[1].customer_ref,
            Some(CustomerRef::Phone("0612345678".into()))
        );
    }

    #[test]
    fn french_headers_with_date_and_time_apart() {
        let rows = read(
            "N° client;Date;Heure;Montant TTC;Rayon;Qté\n1042;14/07/2024;10h32;1 249,00 €;Vins;3\n",
        );
        let p = rows[0].as_ref().unwrap();
        assert_eq!(p.customer_ref, Some(CustomerRef::External("1042".into())));
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
            "customer_ref;date;amount\na@b.fr;31/02/2024;3\na@b.fr;01/03/2024;douze\na@b.fr;01/03/2024\n",
        );
        let errs: Vec<(u64, Vec<Problem>)> = rows.into_iter().map(|r| r.unwrap_err()).map(|r| (r.line, r.problems)).collect();
        assert_eq!(
            errs,
            [
                (2, vec![Problem::new("date", ErrorCode::NotADay).with("value", "31/02/2024")]),
                (3, vec![Problem::new("amount", ErrorCode::NotAnAmount).with("value", "douze")]),
                (4, vec![Problem::new("", ErrorCode::FieldCount).with("found", 2).with("expected", 3)]),
            ]
        );
    }

    #[test]
    fn a_sale_without_a_customer_is_anonymous_and_a_zero_sale_is_a_visit() {
        let rows = read("customer_ref;date;amount\n;01/03/2024;3\na@b.fr;01/03/2024;0,00\n");
        let anonymous = rows[0].as_ref().unwrap();
        assert_eq!((anonymous.customer_ref.as_ref(), anonymous.amount.minor), (None, 300));
        let visit = rows[1].as_ref().unwrap();
        assert_eq!((visit.amount.minor, visit.refund_of.as_ref()), (0, None));
    }

    #[test]
    fn an_unreadable_optional_value_is_left_out_with_a_warning() {
        let rows = read(
            "Email;Date;Montant;Qté;Prix d'achat;Téléphone\n\
             a@b.fr;01/03/2024;30,00;deux;beaucoup;\n\
             sans-arobase;02/03/2024;12,00;1;4,00;0470 12 34 56\n",
        );
        let p = rows[0].as_ref().unwrap();
        assert_eq!((p.amount.minor, p.item_count, p.margin), (3000, None, None));
        let w: Vec<(u64, &str, ErrorCode, &str)> = p.warnings.iter().map(|w| (w.line, w.field, w.code, w.value.as_str())).collect();
        assert_eq!(w, [(2, "quantity", ErrorCode::NotWholeNumber, "deux"), (2, "cost", ErrorCode::NotAnAmount, "beaucoup")]);
        // An e-mail column without an e-mail: the phone column names the buyer.
        let q = rows[1].as_ref().unwrap();
        assert_eq!(q.customer_ref, Some(CustomerRef::Phone("0470123456".into())));
        assert_eq!(q.margin.map(|m| m.minor), Some(800));
        assert_eq!((q.warnings[0].field, q.warnings[0].code), ("email", ErrorCode::NotAnEmail));
    }

    #[test]
    fn line_items_are_one_purchase_and_the_total_counts_once() {
        // Shopify: the order's total on its first row only; the line items repeat its number.
        let rows = read(
            "Name,Email,Financial Status,Created at,Total,Lineitem quantity,Lineitem name,Lineitem price\n\
             #1001,marie@exemple.fr,paid,2026-10-05 14:31:07 +0200,45.00,2,Mug,10.00\n\
             #1001,marie@exemple.fr,,2026-10-05 14:31:07 +0200,,1,Gift wrap,0.00\n\
             #1001,marie@exemple.fr,,2026-10-05 14:31:07 +0200,,1,Teapot,25.00\n\
             #1002,,paid,2026-10-06 09:00:00 +0200,12.00,1,Mug,12.00\n",
        );
        assert_eq!(rows.len(), 2);
        let order = rows[0].as_ref().unwrap();
        assert_eq!((order.line, order.ticket.as_str(), order.amount.minor), (2, "#1001", 4500));
        assert_eq!((order.item_count, order.category.as_str()), (Some(4), "Mug, Gift wrap, Teapot"));
        assert_eq!(rows[1].as_ref().unwrap().customer_ref, None);
        // Without a total, the lines add up: price times quantity.
        let rows = read("Ticket;Date;Prix unitaire;Qté\nT1;01/03/2024;2,50;4\nT1;01/03/2024;1,00;1\n");
        assert_eq!(rows[0].as_ref().unwrap().amount.minor, 1100);
    }

    #[test]
    fn refunds_by_type_sign_or_status() {
        let rows = read(
            "Receipt number;Receipt type;Date;Total;Customer contacts;Status\n\
             1-1001;Sale;01/03/2024;30,00;a@b.fr;\n\
             1-1002;Refund;02/03/2024;30,00;a@b.fr;\n\
             1-1003;Sale;02/03/2024;-5,00;a@b.fr;\n\
             1-1004;Sale;03/03/2024;20,00;a@b.fr;Refunded\n\
             1-1005;Sale;03/03/2024;20,00;a@b.fr;Cancelled\n",
        );
        let ok: Vec<(i64, Option<&str>)> = rows
            .iter()
            .filter_map(|r| r.as_ref().ok())
            .map(|p| (p.amount.minor, p.refund_of.as_deref()))
            .collect();
        assert_eq!(ok, [(3000, None), (-3000, Some("")), (-500, Some("")), (2000, None), (-2000, Some("1-1004"))]);
        let cancelled = rows.last().unwrap().as_ref().unwrap_err();
        assert_eq!((cancelled.line, cancelled.problems[0].code), (6, ErrorCode::NotASale));
    }

    #[test]
    fn a_name_beside_a_contact_names_the_customer_to_add() {
        let rows = read("Customer name,Customer contacts,Date,Total\nMarie Dupont,\"+33 6 12 34 56 78, marie@exemple.fr\",01/03/2024,3\n");
        let p = rows[0].as_ref().unwrap();
        assert_eq!(p.customer_ref, Some(CustomerRef::Email("marie@exemple.fr".into())));
        assert_eq!(p.customer_name, "Marie Dupont");
    }

    #[test]
    fn overrides_and_a_kept_mapping_win_over_the_guess() {
        let text = "Référence;Jour;Somme;Divers\nX-1;01/03/2024;3;Livres\n";
        let options = PurchaseOptions { overrides: vec![("Divers".into(), PurchaseField::Category), ("1".into(), PurchaseField::CustomerNumber)], ..PurchaseOptions::default() };
        let reader = read_purchases(text.as_bytes(), &options).unwrap();
        assert_eq!(reader.mapping().codes(), ["customer_number", "date", "amount", "category"]);
        let p: Vec<_> = reader.map(Result::unwrap).collect();
        assert_eq!((p[0].customer_ref.clone(), p[0].category.as_str()), (Some(CustomerRef::External("X-1".into())), "Livres"));
        let kept = PurchaseMapping::from_codes(&["Référence", "Jour", "Somme", "Divers"], &["customer".into(), "date".into(), "line_total".into(), "ignore".into()]).unwrap();
        let options = PurchaseOptions { mapping: Some(kept), overrides: vec![("Divers".into(), PurchaseField::Category)], ..PurchaseOptions::default() };
        let reader = read_purchases(text.as_bytes(), &options).unwrap();
        assert_eq!(reader.mapping().codes(), ["customer", "date", "line_total", "category"]);
    }

    #[test]
    fn missing_columns_are_named() {
        let err =
            read_purchases(&b"client;montant\nx;3\n"[..], &PurchaseOptions::default()).unwrap_err();
        assert!(matches!(err, ImportError::MissingColumn("date", _)));
        assert_eq!(err.refusal(), Some(fidele_domain::Refusal::new(ErrorCode::MissingColumn).with("column", "date").with("headers", "client, montant")));
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
