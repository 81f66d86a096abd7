//! `fidele import ...` and `fidele export ...`: customers and purchases in from the files a
//! shop has, contact lists and mailing labels out.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use clap::{Args, Subcommand, ValueEnum};
use fidele_domain::Channel;
use fidele_interchange::{
    CustomerFile, FileFormat, ImportError, NewsletterTool, ReadOptions, Rejected, TextEncoding, Till, parse_override,
    parse_purchase_override,
};
use fidele_usecases::print::LabelSheet;
use fidele_usecases::exports::{ExportError, ExportFormat as UseFormat};
use fidele_usecases::{imports, purchase_imports};
use fidele_analytics::{Segment, Stage};
use fidele_store::{
    CustomerImportReport, ExportFilter, PurchaseImportReport, Store, parse_segment, parse_stage,
};
use serde::Serialize;

use crate::words::{args, n, t, text};
use crate::{Failure, Outcome, json};

#[derive(Subcommand)]
pub(crate) enum ImportCommand {
    /// Customers from a CSV (Excel, web shop), a Square export or vCards; previewed with
    /// --dry-run, else written in one transaction
    Customers(ImportCustomersArgs),
    /// Purchases from a till's CSV export (customer_ref,date,amount[,category][,ticket] or the
    /// till's own headers)
    Purchases(ImportPurchasesArgs),
}

#[derive(Subcommand)]
pub(crate) enum ExportCommand {
    /// Customers as CSV, vCard or mailing labels (PDF)
    Customers(ExportCustomersArgs),
}

/// `auto` recognises the source by its headers (and names it); a name forces one.
#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum FormatArg {
    Auto,
    Csv,
    Vcard,
    Square,
    Google,
    Outlook,
    Odoo,
    Shopify,
    Lightspeed,
    Loyverse,
    Woocommerce,
}

impl FormatArg {
    fn format(self) -> Option<FileFormat> {
        match self {
            FormatArg::Auto => None,
            FormatArg::Csv => Some(FileFormat::Csv),
            FormatArg::Vcard => Some(FileFormat::VCard),
            FormatArg::Square => Some(FileFormat::Square),
            FormatArg::Google => Some(FileFormat::GoogleContacts),
            FormatArg::Outlook => Some(FileFormat::Outlook),
            FormatArg::Odoo => Some(FileFormat::Odoo),
            FormatArg::Shopify => Some(FileFormat::Shopify),
            FormatArg::Lightspeed => Some(FileFormat::LightspeedRetail),
            FormatArg::Loyverse => Some(FileFormat::Loyverse),
            FormatArg::Woocommerce => Some(FileFormat::WooCommerce),
        }
    }
}

#[derive(Args)]
pub(crate) struct ImportCustomersArgs {
    pub file: PathBuf,
    /// Show what would be imported; write nothing
    #[arg(long)]
    pub dry_run: bool,
    #[arg(long, value_enum, default_value = "auto")]
    pub format: FormatArg,
    #[command(flatten)]
    pub text: TextArgs,
    /// COLUMN=FIELD, by header or column number (e.g. "Tél. portable=mobile", 3=ignore);
    /// may be given several times. Remembered for the next file with the same headers
    #[arg(long = "map", value_name = "COLUMN=FIELD")]
    pub map: Vec<String>,
    #[arg(long)]
    pub json: bool,
}

/// How an imported file's text is read, the same for customers and sales.
#[derive(Args)]
pub(crate) struct TextArgs {
    /// auto, utf-8, utf-8-bom, utf-16le, utf-16be, windows-1252 (latin1, cp1252) or windows-874
    /// (tis-620, cp874: Thai)
    #[arg(long, default_value = "auto")]
    pub encoding: String,
    /// auto, or the separator: ";", ",", tab
    #[arg(long, default_value = "auto")]
    pub delimiter: String,
}

/// Which till or shop wrote a sales export.
#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum TillArg {
    /// Recognised from the headers
    Auto,
    /// Any other sheet: our plain layout, a French or Dutch till, a spreadsheet
    Generic,
    Shopify,
    Lightspeed,
    Loyverse,
    Sumup,
    Zettle,
    Woocommerce,
}

#[derive(Args)]
pub(crate) struct ImportPurchasesArgs {
    pub file: PathBuf,
    /// Match and count; write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Add a customer for each reference no customer has (with the till's name for them)
    #[arg(long)]
    pub create_customers: bool,
    /// The till or shop that wrote the file; auto names the one it recognised
    #[arg(long, value_enum, default_value = "auto")]
    pub format: TillArg,
    #[command(flatten)]
    pub text: TextArgs,
    /// COLUMN=FIELD, by header or column number (e.g. "Client (e-mail)=email", 7=ignore);
    /// may be given several times. Fields: customer, email, phone, customer_number,
    /// customer_name, contact, date, time, amount, line_total, unit_price, quantity, category,
    /// receipt, receipt_type, status, refunded_amount, refund_of, cost, margin, ignore.
    /// Remembered for the next file with the same headers
    #[arg(long = "map", value_name = "COLUMN=FIELD")]
    pub map: Vec<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ExportFormat {
    /// UTF-8, commas, for other software
    Csv,
    /// Opens in Excel as is: BOM, semicolons and headers in the shop's language
    CsvExcel,
    /// vCard 4.0, for address books
    Vcard,
    /// vCard 3.0, for older phones and mail programs
    Vcard3,
    /// For Mailchimp: customers who consent to e-mail, with the columns it matches by itself
    /// (Email Address, First Name, Last Name, Tags, Language)
    NewsletterMailchimp,
    /// For Brevo: customers who consent to e-mail, with its attributes as columns (EMAIL,
    /// FIRSTNAME, LASTNAME, TAGS, LANGUAGE)
    NewsletterBrevo,
    /// Avery L7160 labels (A4, 21 a sheet), as PDF
    #[value(name = "labels-l7160")]
    LabelsL7160,
    /// Avery 5160 labels (Letter, 30 a sheet), as PDF
    #[value(name = "labels-5160")]
    Labels5160,
}

#[derive(Args)]
pub(crate) struct ExportCustomersArgs {
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: PathBuf,
    /// Only customers with this tag
    #[arg(long)]
    pub tag: Option<String>,
    /// Only customers who consent to this channel: post, email, phone or sms
    #[arg(long)]
    pub consent: Option<String>,
    /// Only customers a search finds (as `customers list --search`)
    #[arg(long)]
    pub search: Option<String>,
    /// Only customers on this step of the loyalty ladder today: prospect, customer, client,
    /// supporter, advocate or partner (as `analyze` counts them)
    #[arg(long)]
    pub stage: Option<String>,
    /// Only customers in this RFM segment today: champions, loyal, potential-loyalists, new,
    /// promising, need-attention, about-to-sleep, at-risk, cant-lose-them, hibernating, lost
    #[arg(long)]
    pub segment: Option<String>,
    /// Labels: one per household, addressed to the family
    #[arg(long)]
    pub household: bool,
}

// ---------------------------------------------------------------------------------------------

fn usage(message: impl Into<String>) -> Failure {
    Failure::Usage(message.into())
}

fn read_file(path: &Path) -> Result<Vec<u8>, Failure> {
    std::fs::read(path).map_err(|e| usage(format!("{}: {e}", path.display())))
}

fn import_failure(path: &Path, e: ImportError) -> Failure {
    match e {
        ImportError::Io(io) => Failure::Other(format!("{}: {io}", path.display())),
        other => match other.refusal() {
            Some(r) => usage(format!("{}: {}", path.display(), crate::errors::field_error(&r.on("")))),
            None => Failure::Other(format!("{}: {other}", path.display())),
        },
    }
}

pub(crate) fn parse_delimiter(text: &str) -> Result<Option<u8>, String> {
    match text {
        "auto" | "" => Ok(None),
        "tab" | "\\t" | "\t" => Ok(Some(b'\t')),
        t if t.len() == 1 && t.is_ascii() && !t.chars().all(char::is_alphanumeric) && t != "\"" => Ok(Some(t.as_bytes()[0])),
        other => Err(t("cli-not-a-separator", &args!["value" => other])),
    }
}

pub(crate) fn parse_encoding(text: &str) -> Result<Option<TextEncoding>, String> {
    if text.eq_ignore_ascii_case("auto") {
        return Ok(None);
    }
    TextEncoding::parse(text)
        .map(Some)
        .ok_or_else(|| t("cli-not-an-encoding", &args!["value" => text]))
}

fn locale(store: &Store) -> Result<String, Failure> {
    let shop = store.shop_profile()?;
    Ok(format!("{}-{}", shop.language.code(), shop.country))
}

/// A refused row: its reason in English, and each problem coded for a script to act on
/// (`{"field": "amount", "code": "not_an_amount", "args": ["douze"]}`).
#[derive(Serialize)]
struct RejectedRow<'a> {
    line: u64,
    reason: String,
    problems: Vec<ProblemJson<'a>>,
}

#[derive(Serialize)]
struct ProblemJson<'a> {
    field: &'a str,
    code: &'static str,
    args: std::collections::BTreeMap<&'static str, String>,
}

fn rejected_json(rejected: &[Rejected]) -> Vec<RejectedRow<'_>> {
    rejected
        .iter()
        .map(|r| RejectedRow {
            line: r.line,
            reason: crate::errors::rejected(r),
            problems: r
                .problems
                .iter()
                .map(|p| ProblemJson { field: &p.field, code: p.code.code(), args: p.args.iter().map(|(n, v)| (*n, v.to_string())).collect() })
                .collect(),
        })
        .collect()
}

#[derive(Serialize)]
struct MappingJson<'a> {
    column: usize,
    header: &'a str,
    field: &'static str,
}

/// A previewed row: what it does, and why, in English and as codes (what matched, whom, and
/// what the row adds).
#[derive(Serialize)]
struct RowJson<'a> {
    line: u64,
    name: &'a str,
    action: &'static str,
    customer: Option<i64>,
    /// In English, like every text of `--json`: scripts read the codes beside it.
    reason: String,
    matched_by: Option<&'static str>,
    matched_name: Option<&'a str>,
    matched_line: Option<u64>,
    changes: Vec<ChangeJson<'a>>,
}

#[derive(Serialize)]
struct ChangeJson<'a> {
    code: &'static str,
    value: &'a str,
}

#[derive(Serialize)]
struct CustomerImportJson<'a> {
    file: String,
    dry_run: bool,
    /// The source recognised (or forced): "Google Contacts", "Square", "CSV"...
    format: &'static str,
    /// The same as `--format` takes it: `google`, `square`, `csv`...
    format_code: &'static str,
    encoding: &'static str,
    delimiter: Option<String>,
    mapping: Vec<MappingJson<'a>>,
    new: usize,
    updated: usize,
    duplicates: usize,
    rejected: Vec<RejectedRow<'a>>,
    /// Fields left out of customers who came in (a phone kept as typed).
    warnings: Vec<WarningJson<'a>>,
    rows: Vec<RowJson<'a>>,
}

#[derive(Serialize)]
struct WarningJson<'a> {
    line: u64,
    field: &'a str,
    column: &'a str,
    code: &'static str,
    value: &'a str,
    reason: String,
}

fn delimiter_name(d: u8) -> String {
    match d {
        b'\t' => "tab".into(),
        d => (d as char).to_string(),
    }
}

pub(crate) fn import_customers(store: &mut Store, args: ImportCustomersArgs) -> Outcome {
    let mut options = ReadOptions {
        locale: locale(store)?,
        encoding: parse_encoding(&args.text.encoding).map_err(usage)?,
        delimiter: parse_delimiter(&args.text.delimiter).map_err(usage)?,
        format: args.format.format(),
        ..ReadOptions::default()
    };
    for spec in &args.map {
        options.overrides.push(parse_override(spec).map_err(|e| usage(crate::errors::field_error(&e.on("map"))))?);
    }
    let bytes = read_file(&args.file)?;
    // A mapping corrected for these headers before is read again without a question; --map
    // still wins over it, and is remembered in its turn.
    let read = imports::read_customer_file(store, &bytes, options).map_err(|e| match e {
        imports::ReadError::Store(e) => Failure::from(e),
        imports::ReadError::Read(e) => import_failure(&args.file, e),
    })?;
    let report = if args.dry_run {
        imports::preview_customers(store, &read)?
    } else {
        imports::import_customers(store, &read, &mut |_, _| {}, &AtomicBool::new(false))?
    };
    let file = &read.file;
    if args.json {
        return json::print(&customer_json(&args.file, args.dry_run, file, &report));
    }
    print_customer_report(&args.file, args.dry_run, file, &report);
    Ok(())
}

fn customer_json<'a>(path: &Path, dry_run: bool, file: &'a CustomerFile, report: &'a CustomerImportReport) -> CustomerImportJson<'a> {
    CustomerImportJson {
        file: path.display().to_string(),
        dry_run,
        format: file.format.name(),
        format_code: file.format.code(),
        encoding: file.encoding.name(),
        delimiter: file.delimiter.map(delimiter_name),
        mapping: file.mapping.columns.iter().map(|c| MappingJson { column: c.index + 1, header: &c.header, field: c.field.code() }).collect(),
        new: report.new,
        updated: report.updated,
        duplicates: report.duplicates,
        rejected: rejected_json(&report.rejected),
        warnings: report
            .warnings
            .iter()
            .map(|w| WarningJson { line: w.line, field: &w.field, column: &w.column, code: w.code.code(), value: &w.value, reason: crate::errors::warning(w) })
            .collect(),
        rows: report
            .rows
            .iter()
            .map(|r| RowJson {
                line: r.line,
                name: &r.name,
                action: r.action.code(),
                customer: r.customer.map(|c| c.0),
                reason: fidele_usecases::imports::row_reason(fidele_words::words(fidele_domain::Language::En), r),
                matched_by: r.matched_by.map(|m| m.code()),
                matched_name: r.matched_name.as_deref(),
                matched_line: r.matched_line,
                changes: r.changes.iter().map(|c| ChangeJson { code: c.code, value: &c.value }).collect(),
            })
            .collect(),
    }
}

/// The separator as a person names it: "tab", or the character itself.
fn separator_words(d: u8) -> String {
    match d {
        b'\t' => text("cli-separator-tab"),
        d => (d as char).to_string(),
    }
}

fn print_customer_report(path: &Path, dry_run: bool, file: &CustomerFile, report: &CustomerImportReport) {
    let (path, format, encoding) = (path.display().to_string(), file.format.name(), file.encoding.name());
    println!(
        "{}",
        match file.delimiter {
            Some(d) => t("cli-import-file-separator", &args!["path" => path, "format" => format, "encoding" => encoding, "separator" => separator_words(d)]),
            None => t("cli-import-file", &args!["path" => path, "format" => format, "encoding" => encoding]),
        }
    );
    if !file.mapping.columns.is_empty() {
        let columns: Vec<String> = file
            .mapping
            .columns
            .iter()
            .map(|c| format!("{} → {}", c.header, c.field.code()))
            .collect();
        println!("{}", t("cli-import-columns", &args!["columns" => columns.join(", ")]));
    }
    println!(
        "{}",
        t(
            "cli-import-customers-summary",
            &args![
                "new" => n(report.new),
                "updated" => n(report.updated),
                "duplicates" => n(report.duplicates),
                "rejected" => n(report.rejected.len()),
                "warnings" => n(report.warnings.len()),
            ]
        )
    );
    for r in &report.rows {
        let action = t("cli-import-action", &args!["action" => r.action.code()]);
        let why = fidele_usecases::imports::row_reason(fidele_words::words(crate::words::language()), r);
        let row = match why.as_str() {
            "" => t("cli-import-row", &args!["line" => n(r.line), "action" => action, "name" => r.name.as_str()]),
            why => t("cli-import-row-why", &args!["line" => n(r.line), "action" => action, "name" => r.name.as_str(), "why" => why]),
        };
        println!("  {row}");
    }
    for r in &report.rejected {
        println!("  {}", t("cli-import-rejected", &args!["line" => n(r.line), "reason" => crate::errors::rejected(r)]));
    }
    for w in &report.warnings {
        let field = if w.field == "phone" { "phone" } else { "other" };
        println!(
            "  {}",
            t("cli-import-warning", &args!["line" => n(w.line), "column" => w.column.as_str(), "text" => crate::errors::warning(w), "field" => field])
        );
    }
    if dry_run {
        println!("{}", text("cli-dry-run"));
    } else if report.new + report.updated > 0 {
        println!("{}", text("cli-one-transaction"));
    }
}

#[derive(Serialize)]
struct PurchaseImportJson<'a> {
    file: String,
    dry_run: bool,
    /// The till recognised (or named with --format).
    format: &'static str,
    encoding: &'static str,
    delimiter: String,
    mapping: Vec<MappingJson<'a>>,
    /// Whether the mapping came from one remembered for these headers.
    remembered: bool,
    rows: u64,
    /// Purchases added.
    new: u64,
    updated: u64,
    duplicates: u64,
    new_customers: u64,
    anonymous: u64,
    refunds: u64,
    refunds_linked: u64,
    rejected_total: u64,
    rejected: Vec<RejectedRow<'a>>,
    warnings_total: u64,
    warnings: Vec<PurchaseWarningJson<'a>>,
}

/// A value left out of a purchase that came in.
#[derive(Serialize)]
struct PurchaseWarningJson<'a> {
    line: u64,
    field: &'static str,
    code: &'static str,
    value: &'a str,
}

/// The till export read through the use case, with what the shopkeeper forced and their
/// `--map` corrections (which win over a remembered mapping).
fn open_purchase_file(store: &Store, args: &ImportPurchasesArgs) -> Result<purchase_imports::PurchaseRead, Failure> {
    let mut options = purchase_imports::shop_options(store)?;
    options.encoding = parse_encoding(&args.text.encoding).map_err(usage)?;
    options.delimiter = parse_delimiter(&args.text.delimiter).map_err(usage)?;
    options.till = match args.format {
        TillArg::Auto => None,
        TillArg::Generic => Some(Till::Generic),
        TillArg::Shopify => Some(Till::Shopify),
        TillArg::Lightspeed => Some(Till::Lightspeed),
        TillArg::Loyverse => Some(Till::Loyverse),
        TillArg::Sumup => Some(Till::SumUp),
        TillArg::Zettle => Some(Till::Zettle),
        TillArg::Woocommerce => Some(Till::WooCommerce),
    };
    for spec in &args.map {
        options.overrides.push(parse_purchase_override(spec).map_err(|e| usage(crate::errors::field_error(&e.on("map"))))?);
    }
    purchase_imports::open(store, &args.file, options, None, false).map_err(|e| match e {
        purchase_imports::OpenError::Store(e) => Failure::from(e),
        purchase_imports::OpenError::Io(e) => usage(format!("{}: {e}", args.file.display())),
        purchase_imports::OpenError::Read(e) => import_failure(&args.file, e),
    })
}

pub(crate) fn import_purchases(store: &mut Store, args: ImportPurchasesArgs) -> Outcome {
    let mut read = open_purchase_file(store, &args)?;
    let report = purchase_imports::import(store, &mut read, args.create_customers, args.dry_run, &mut |_| {}, &AtomicBool::new(false))?;
    let (till, encoding, delimiter, has_header, remembered) = (read.till, read.encoding, read.delimiter.unwrap_or(b','), read.has_header, read.remembered);
    let mapping = read.mapping.unwrap_or_default();
    if args.json {
        return json::print(&PurchaseImportJson {
            file: args.file.display().to_string(),
            dry_run: args.dry_run,
            format: till.code(),
            encoding,
            delimiter: delimiter_name(delimiter),
            mapping: mapping.columns.iter().map(|c| MappingJson { column: c.index + 1, header: &c.header, field: c.field.code() }).collect(),
            remembered,
            rows: report.rows,
            new: report.imported,
            updated: 0,
            duplicates: report.duplicates,
            new_customers: report.new_customers,
            anonymous: report.anonymous,
            refunds: report.refunds,
            refunds_linked: report.refunds_linked,
            rejected_total: report.rejected_total,
            rejected: rejected_json(&report.rejected),
            warnings_total: report.warnings_total,
            warnings: report
                .warnings
                .iter()
                .map(|w| PurchaseWarningJson { line: w.line, field: w.field, code: w.code.code(), value: &w.value })
                .collect(),
        });
    }
    println!(
        "{}",
        t(
            "cli-import-till",
            &args![
                "path" => args.file.display().to_string(),
                "till" => till.code(),
                "encoding" => encoding,
                "separator" => separator_words(delimiter),
            ]
        )
    );
    if has_header {
        let columns: Vec<String> = mapping.columns.iter().map(|c| format!("{} → {}", c.header, c.field.code())).collect();
        let id = if remembered { "cli-import-columns-remembered" } else { "cli-import-columns" };
        println!("{}", t(id, &args!["columns" => columns.join(", ")]));
    }
    print_purchase_report(args.dry_run, &report);
    Ok(())
}

fn print_purchase_report(dry_run: bool, r: &PurchaseImportReport) {
    use crate::words::{RECEIPT, count};
    println!("{}", count(r.rows, RECEIPT));
    println!(
        "{}",
        t(
            "cli-import-purchases-summary",
            &args![
                "imported" => n(r.imported),
                "dry" => if dry_run { "yes" } else { "no" },
                "refunds" => n(r.refunds),
                "linked" => n(r.refunds_linked),
                "duplicates" => n(r.duplicates),
                "newCustomers" => n(r.new_customers),
                "anonymous" => n(r.anonymous),
                "rejected" => n(r.rejected_total),
                "warnings" => n(r.warnings_total),
            ]
        )
    );
    for x in &r.rejected {
        println!("  {}", t("cli-import-rejected", &args!["line" => n(x.line), "reason" => crate::errors::rejected(x)]));
    }
    if r.rejected_total > r.rejected.len() as u64 {
        println!("  {}", t("cli-import-more-rejected", &args!["n" => n(r.rejected_total - r.rejected.len() as u64)]));
    }
    for w in &r.warnings {
        println!("  {}", t("cli-import-purchase-warning", &args!["line" => n(w.line), "text" => crate::errors::problem(&w.problem())]));
    }
    if r.warnings_total > r.warnings.len() as u64 {
        println!("  {}", t("cli-import-more-warnings", &args!["n" => n(r.warnings_total - r.warnings.len() as u64)]));
    }
    if dry_run {
        println!("{}", text("cli-dry-run"));
    }
}

pub(crate) fn export_customers(store: &Store, args: ExportCustomersArgs) -> Outcome {
    let consent = match args.consent.as_deref() {
        Some(c) => Some(Channel::parse(c).ok_or_else(|| usage(t("cli-not-one-of", &args!["field" => "consent", "value" => c, "choices" => "post, email, phone, sms"])))?),
        None => None,
    };
    let labels = matches!(args.format, ExportFormat::LabelsL7160 | ExportFormat::Labels5160);
    let newsletter = match args.format {
        ExportFormat::NewsletterMailchimp => Some(NewsletterTool::Mailchimp),
        ExportFormat::NewsletterBrevo => Some(NewsletterTool::Brevo),
        _ => None,
    };
    // A newsletter goes only to those who agreed to e-mail.
    let consent = match (newsletter, consent) {
        (None, consent) => consent,
        (Some(_), None | Some(Channel::Email)) => Some(Channel::Email),
        (Some(_), Some(_)) => return Err(usage(text("cli-newsletter-email-only"))),
    };
    if args.household && !labels {
        return Err(usage(text("cli-household-labels-only")));
    }
    let stage = match args.stage.as_deref() {
        Some(s) => Some(parse_stage(s).ok_or_else(|| {
            usage(t("cli-not-one-of", &args!["field" => "stage", "value" => s, "choices" => Stage::ALL.map(Stage::code).join(", ")]))
        })?),
        None => None,
    };
    let segment = match args.segment.as_deref() {
        Some(s) => Some(parse_segment(s).ok_or_else(|| {
            usage(t("cli-not-one-of", &args!["field" => "segment", "value" => s, "choices" => Segment::ALL.map(|x| x.code().replace('_', "-")).join(", ")]))
        })?),
        None => None,
    };
    let filter = ExportFilter {
        consent,
        tag: args.tag.clone(),
        search: args.search.clone().unwrap_or_default(),
        stage,
        segment,
        only: None,
    };
    let format = match args.format {
        ExportFormat::Csv => UseFormat::Csv,
        ExportFormat::CsvExcel => UseFormat::CsvExcel,
        ExportFormat::Vcard => UseFormat::Vcard,
        ExportFormat::Vcard3 => UseFormat::Vcard3,
        ExportFormat::NewsletterMailchimp => UseFormat::Newsletter(NewsletterTool::Mailchimp),
        ExportFormat::NewsletterBrevo => UseFormat::Newsletter(NewsletterTool::Brevo),
        ExportFormat::LabelsL7160 => UseFormat::Labels(LabelSheet::AveryL7160),
        ExportFormat::Labels5160 => UseFormat::Labels(LabelSheet::Avery5160),
    };
    let count = fidele_usecases::exports::export_to(store, format, &filter, args.household, &args.output).map_err(|e| match e {
        ExportError::Store(e) => Failure::from(e),
        ExportError::Write(e) => crate::errors::write_failure(&e),
        other => Failure::Other(t("cli-could-not-write", &args!["path" => args.output.display().to_string(), "error" => other.to_string()])),
    })?;
    let what = if labels { "labels" } else { "customers" };
    crate::words::say("cli-export-written", &args!["what" => what, "n" => n(count), "path" => args.output.display().to_string()]);
    Ok(())
}


#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delimiters_and_encodings() {
        assert_eq!(parse_delimiter("auto"), Ok(None));
        assert_eq!(parse_delimiter(";"), Ok(Some(b';')));
        assert_eq!(parse_delimiter("tab"), Ok(Some(b'\t')));
        assert!(parse_delimiter("ab").unwrap_err().contains("--delimiter"));
        assert_eq!(parse_encoding("cp1252"), Ok(Some(TextEncoding::Windows1252)));
        assert!(parse_encoding("ebcdic").unwrap_err().contains("--encoding: \"ebcdic\""));
        assert_eq!(fidele_interchange::CustomerField::parse("first-name"), Some(fidele_interchange::CustomerField::FirstName));
    }
}
