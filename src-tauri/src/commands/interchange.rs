//! Import and export from the app: the native dialog opens from Rust (the web view only ever
//! sees a file's name and a number standing for it), a preview shows what a file would do and
//! takes the shopkeeper's corrections, the commit reports progress over a Channel and can be
//! cancelled (then nothing is written), and exports go where the save dialog says.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use fidele_domain::Channel as ConsentChannel;
use fidele_interchange::{
    CellCorrection, CustomerField, CustomerFile, FileFormat, Mapping, PurchaseField, ReadOptions, Rejected, TextEncoding,
};
use fidele_usecases::purchase_imports::{self, PurchaseRead};
use fidele_usecases::exports::{ExportError, ExportFormat};
use fidele_usecases::imports::{self, CustomerRead};
use fidele_store::{
    CustomerImportReport, ExportFilter, PurchaseImportReport, Store, parse_segment, parse_stage,
};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use tauri::ipc::Channel;
use tauri::{AppHandle, Runtime, State};

use crate::contract::codes;
use crate::dialogs::{file_name, run_dialog};
use crate::jobs::Progress;
use crate::{AppState, IpcError};

/// Rows of a preview sent to the UI; the counts always cover the whole file.
const PREVIEW_ROWS: usize = 500;

// ---------------------------------------------------------------------------------------------
// Files chosen in the dialog, by number

#[derive(Clone)]
struct Chosen {
    path: PathBuf,
    /// Records counted by the purchases preview, for the progress bar's total.
    rows: u64,
}

/// The files this window chose in the dialog, by number: the web view names a file only by
/// its number. Kept in the app state, so each app (and each command test) has its own.
#[derive(Default)]
pub(crate) struct ChosenFiles {
    next: AtomicU64,
    files: Mutex<HashMap<u64, Chosen>>,
}

impl ChosenFiles {
    fn remember(&self, path: PathBuf) -> u64 {
        let id = self.next.fetch_add(1, Ordering::Relaxed) + 1;
        self.files.lock().unwrap_or_else(|p| p.into_inner()).insert(id, Chosen { path, rows: 0 });
        id
    }

    fn get(&self, id: u64) -> Result<Chosen, IpcError> {
        self.files
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(&id)
            .cloned()
            .ok_or_else(|| IpcError::invalid("file", fidele_domain::Refusal::new(fidele_domain::ErrorCode::ChooseFileAgain)))
    }

    fn set_rows(&self, id: u64, rows: u64) {
        if let Some(c) = self.files.lock().unwrap_or_else(|p| p.into_inner()).get_mut(&id) {
            c.rows = rows;
        }
    }
}


// ---------------------------------------------------------------------------------------------
// IPC shapes

/// A refused row: its problems, and `reason`, all of them worded in the UI's language.
#[derive(Serialize, TS)]
pub struct RejectedView {
    pub line: u64,
    pub reason: String,
    pub problems: Vec<ProblemView>,
}

/// One thing wrong with a row: its field, its code and values (see `fidele_domain::ErrorCode`),
/// and `text`, the code worded in the UI's language (`locales/<lang>/errors.ftl`), the same
/// words a form shows for the same code.
#[derive(Serialize, TS)]
pub struct ProblemView {
    pub field: String,
    pub code: &'static str,
    pub args: std::collections::BTreeMap<&'static str, String>,
    pub text: String,
}

impl ProblemView {
    fn new(p: &fidele_interchange::Problem) -> ProblemView {
        let words = fidele_words::words(crate::error::ui_language_last_read());
        ProblemView {
            field: p.field.clone(),
            code: p.code.code(),
            args: p.args.iter().map(|(n, v)| (*n, v.to_string())).collect(),
            text: words.error(p.code, &p.args),
        }
    }
}

fn rejected_views(r: &[Rejected]) -> Vec<RejectedView> {
    r.iter()
        .take(PREVIEW_ROWS)
        .map(|r| RejectedView {
            line: r.line,
            reason: r.problems.iter().map(|p| ProblemView::new(p).text).collect::<Vec<_>>().join(" "),
            problems: r.problems.iter().map(ProblemView::new).collect(),
        })
        .collect()
}

#[derive(Serialize, TS)]
pub struct ColumnView {
    pub index: usize,
    pub header: String,
    pub field: &'static str,
}

#[derive(Serialize, TS)]
pub struct RowView {
    pub line: u64,
    pub name: String,
    /// `new`, `update` or `duplicate`.
    #[ts(as = "codes::CustomerAction")]
    pub action: &'static str,
    /// `customer_number`, `email` or `phone`, when the row matched a customer or an earlier line.
    #[ts(as = "Option<codes::MatchKey>")]
    pub matched_by: Option<&'static str>,
    /// The stored customer it matched, or the earlier line of the file.
    pub matched_name: Option<String>,
    pub matched_line: Option<u64>,
    /// What an update adds (codes as in `fidele_store::RowChange`).
    pub changes: Vec<RowChangeView>,
}

#[derive(Serialize, TS)]
pub struct RowChangeView {
    pub code: &'static str,
    pub value: String,
}

#[derive(Serialize, TS)]
pub struct CustomerImportPreview {
    pub file: u64,
    pub file_name: String,
    /// The source recognised or chosen: `CSV`, `Google Contacts`, `Square`, `vCard`...
    pub format: &'static str,
    /// The same as a code (`csv`, `google`, `square`, `vcard`...).
    pub format_code: &'static str,
    /// As detected (or as the shopkeeper chose): `windows-1252`, `UTF-8 with BOM`...
    pub encoding: &'static str,
    /// `;`, `,`, `tab`; null for vCards.
    pub delimiter: Option<String>,
    pub mapping: Vec<ColumnView>,
    /// Every field a column can feed, for the mapping's selects.
    pub fields: Vec<&'static str>,
    pub new: usize,
    pub updated: usize,
    pub duplicates: usize,
    pub rejected: Vec<RejectedView>,
    pub rejected_total: usize,
    /// Fields left out of customers who come in (a phone kept as typed), apart from the
    /// refused rows; each can be corrected.
    pub warnings: Vec<WarningView>,
    pub rows: Vec<RowView>,
    /// The mapping was one the shopkeeper corrected for these headers before.
    pub remembered: bool,
}

#[derive(Serialize, TS)]
pub struct WarningView {
    pub line: u64,
    /// The field's code (`birthday`, `email`...).
    pub field: String,
    /// The column's header, and its 0-based position (to correct the cell); null for vCards.
    pub column: String,
    pub column_index: Option<usize>,
    pub code: &'static str,
    pub args: std::collections::BTreeMap<&'static str, String>,
    pub value: String,
    /// The code worded in the UI's language.
    pub text: String,
}

/// A value the shopkeeper corrected in the preview.
#[derive(Deserialize, Clone, TS)]
pub struct CellCorrectionInput {
    pub line: u64,
    pub column: usize,
    pub value: String,
}

/// The shopkeeper's corrections to a customer file's reading; empty means "as detected".
#[derive(Deserialize, Default, TS)]
#[serde(default)]
pub struct CustomerImportOptions {
    /// `auto`, `utf-8`, `windows-1252`...
    pub encoding: String,
    /// `auto`, `;`, `,`, `tab`.
    pub delimiter: String,
    /// `auto`, `csv`, `vcard`, `square`.
    pub format: String,
    /// The field of each column, in order (field codes); empty to keep the guess (or the
    /// mapping remembered for these headers).
    pub mapping: Vec<String>,
    /// Cells corrected in the preview.
    pub corrections: Vec<CellCorrectionInput>,
}

#[derive(Serialize, TS)]
pub struct CustomerImportResult {
    pub new: usize,
    pub updated: usize,
    pub duplicates: usize,
    pub rejected: usize,
    /// Fields left out of customers who came in.
    pub warnings: usize,
    pub cancelled: bool,
}

#[derive(Serialize, TS)]
pub struct PurchaseImportPreview {
    pub file: u64,
    pub file_name: String,
    /// The till recognised (`shopify`, `loyverse`... `generic`).
    pub till: &'static str,
    pub encoding: &'static str,
    pub delimiter: String,
    /// Each column's field, to correct; empty for a file without a header row.
    pub mapping: Vec<ColumnView>,
    /// The field codes a column can take.
    pub fields: Vec<&'static str>,
    /// Whether the mapping is the one remembered for these headers.
    pub remembered: bool,
    /// The field (`date`, `amount`) no column feeds: the file cannot be read until one does.
    pub missing: Option<&'static str>,
    /// Receipts read.
    pub rows: u64,
    /// Purchases that would be added.
    pub new: u64,
    pub duplicates: u64,
    pub new_customers: u64,
    pub anonymous: u64,
    pub refunds: u64,
    pub rejected: Vec<RejectedView>,
    pub rejected_total: u64,
    /// Values left out of purchases that come in: told apart from the refused rows.
    pub warnings: Vec<ProblemView>,
    pub warnings_lines: Vec<u64>,
    pub warnings_total: u64,
}

#[derive(Serialize, TS)]
pub struct PurchaseImportResult {
    pub new: u64,
    pub duplicates: u64,
    pub new_customers: u64,
    pub anonymous: u64,
    pub rejected: u64,
    pub warnings: u64,
    pub cancelled: bool,
}

#[derive(Deserialize, Default, TS)]
#[serde(default)]
pub struct ExportInput {
    /// `csv`, `csv-excel`, `vcard`, `vcard3`, `newsletter-mailchimp`, `newsletter-brevo`,
    /// `labels-l7160`, `labels-5160`.
    #[ts(type = r#""csv" | "csv-excel" | "vcard" | "vcard3" | "newsletter-mailchimp" | "newsletter-brevo" | "labels-l7160" | "labels-5160""#)]
    pub format: String,
    pub tag: String,
    /// `post`, `email`, `phone`, `sms` or empty.
    pub consent: String,
    pub search: String,
    /// A loyalty-ladder stage code (`prospect` ... `partner`) or empty.
    pub stage: String,
    /// An RFM segment code (`champions`, `at_risk` ...) or empty.
    pub segment: String,
    /// Labels only: one per household.
    pub household: bool,
}

#[derive(Serialize, TS)]
pub struct ExportResult {
    pub file_name: String,
    pub count: usize,
}

// ---------------------------------------------------------------------------------------------
// Reading

fn delimiter_name(d: u8) -> String {
    if d == b'\t' { "tab".into() } else { (d as char).to_string() }
}

fn read_options(store: &Store, o: &CustomerImportOptions) -> Result<ReadOptions, IpcError> {
    let shop = store.shop_profile()?;
    let encoding = match o.encoding.trim() {
        "" | "auto" => None,
        name => Some(TextEncoding::parse(name).ok_or_else(|| IpcError::not_one_of("encoding", name, ""))?),
    };
    let delimiter = match o.delimiter.as_str() {
        "" | "auto" => None,
        "tab" | "\t" => Some(b'\t'),
        d if d.len() == 1 && d.is_ascii() => Some(d.as_bytes()[0]),
        d => return Err(IpcError::not_one_of("delimiter", d, ";, ,, tab")),
    };
    let format = match o.format.as_str() {
        "" | "auto" => None,
        code => Some(FileFormat::parse(code).ok_or_else(|| IpcError::not_one_of("format", code, ""))?),
    };
    let corrections = o.corrections.iter().map(|c| CellCorrection { line: c.line, column: c.column, value: c.value.clone() }).collect();
    Ok(ReadOptions { locale: format!("{}-{}", shop.language.code(), shop.country), encoding, delimiter, format, corrections, ..ReadOptions::default() })
}

fn import_error(e: fidele_interchange::ImportError) -> IpcError {
    match e {
        fidele_interchange::ImportError::Io(io) => IpcError::internal(format!("the file could not be read: {io}")),
        other => match other.refusal() {
            Some(r) => IpcError::invalid("file", r),
            None => IpcError::internal(other.to_string()),
        },
    }
}

/// Reads the file with the shopkeeper's options; a corrected mapping replaces the guessed one
/// column by column. Without one, a mapping corrected before for the same headers is used
/// (`fidele_usecases::imports`, the CLI's path too).
fn read_customer_file(store: &Store, path: &Path, o: &CustomerImportOptions) -> Result<CustomerRead, IpcError> {
    let bytes = std::fs::read(path).map_err(|e| IpcError::invalid("file", fidele_domain::Refusal::new(fidele_domain::ErrorCode::FileUnreadable).with("detail", format!("{}: {e}", file_name(path)))))?;
    let mut options = read_options(store, o)?;
    if !o.mapping.is_empty() {
        let mut mapping = Mapping { columns: imports::guessed_columns(&bytes, &options).map_err(import_error)? };
        for (i, code) in o.mapping.iter().enumerate() {
            let field = CustomerField::parse(code).ok_or_else(|| IpcError::not_one_of("mapping", code, ""))?;
            mapping.set(i, field).map_err(|e| IpcError::invalid("mapping", e))?;
        }
        options.mapping = Some(mapping);
    }
    imports::read_customer_file(store, &bytes, options).map_err(|e| match e {
        imports::ReadError::Store(e) => e.into(),
        imports::ReadError::Read(e) => import_error(e),
    })
}

fn customer_preview(id: u64, path: &Path, file: &CustomerFile, report: &CustomerImportReport, remembered: bool) -> CustomerImportPreview {
    CustomerImportPreview {
        remembered,
        file: id,
        file_name: file_name(path),
        format: file.format.name(),
        format_code: file.format.code(),
        warnings: report
            .warnings
            .iter()
            .map(|w| WarningView {
                line: w.line,
                field: w.field.clone(),
                column: w.column.clone(),
                column_index: file.mapping.columns.iter().find(|c| c.header == w.column).map(|c| c.index),
                code: w.code.code(),
                args: w.args.iter().map(|(n, v)| (*n, v.to_string())).collect(),
                value: w.value.clone(),
                text: ProblemView::new(&w.problem()).text,
            })
            .collect(),
        encoding: file.encoding.name(),
        delimiter: file.delimiter.map(delimiter_name),
        mapping: file.mapping.columns.iter().map(|c| ColumnView { index: c.index, header: c.header.clone(), field: c.field.code() }).collect(),
        fields: CustomerField::ALL.iter().map(|f| f.code()).collect(),
        new: report.new,
        updated: report.updated,
        duplicates: report.duplicates,
        rejected: rejected_views(&report.rejected),
        rejected_total: report.rejected.len(),
        rows: report
            .rows
            .iter()
            .take(PREVIEW_ROWS)
            .map(|r| RowView {
                line: r.line,
                name: r.name.clone(),
                action: r.action.code(),
                matched_by: r.matched_by.map(|m| m.code()),
                matched_name: r.matched_name.clone(),
                matched_line: r.matched_line,
                changes: r.changes.iter().map(|c| RowChangeView { code: c.code, value: c.value.clone() }).collect(),
            })
            .collect(),
    }
}

/// Reads and imports (or, in a dry run, previews) a till export through the use case.
/// `mapping` is the shopkeeper's field code per column; without it, the one remembered for
/// the file's headers, else the guess. A preview of a file whose date or amount has no column
/// yet still shows its columns, for the shopkeeper to say which holds what.
fn run_purchases(
    store: &mut Store,
    path: &Path,
    create_customers: bool,
    mapping: Option<&[String]>,
    dry_run: bool,
    progress: &mut dyn FnMut(u64),
    cancel: &std::sync::atomic::AtomicBool,
) -> Result<(PurchaseImportReport, PurchaseRead), IpcError> {
    let options = purchase_imports::shop_options(store)?;
    let mut read = purchase_imports::open(store, path, options, mapping, dry_run).map_err(|e| match e {
        purchase_imports::OpenError::Store(e) => e.into(),
        purchase_imports::OpenError::Io(e) => {
            IpcError::invalid("file", fidele_domain::Refusal::new(fidele_domain::ErrorCode::FileUnreadable).with("detail", format!("{}: {e}", file_name(path))))
        }
        purchase_imports::OpenError::Read(e) => import_error(e),
    })?;
    let report = purchase_imports::import(store, &mut read, create_customers, dry_run, progress, cancel)?;
    Ok((report, read))
}

fn purchase_preview(file: u64, path: &Path, r: &PurchaseImportReport, read: PurchaseRead) -> PurchaseImportPreview {
    PurchaseImportPreview {
        file,
        file_name: file_name(path),
        till: read.till.code(),
        encoding: read.encoding,
        delimiter: read.delimiter.map(delimiter_name).unwrap_or_default(),
        // A file without a header row has no columns to correct.
        mapping: read
            .mapping
            .iter()
            .filter(|_| read.has_header)
            .flat_map(|m| &m.columns)
            .map(|c| ColumnView { index: c.index, header: c.header.clone(), field: c.field.code() })
            .collect(),
        fields: PurchaseField::ALL.iter().map(|f| f.code()).collect(),
        remembered: read.remembered,
        missing: read.missing,
        rows: r.rows,
        new: r.imported,
        duplicates: r.duplicates,
        new_customers: r.new_customers,
        anonymous: r.anonymous,
        refunds: r.refunds,
        rejected: rejected_views(&r.rejected),
        rejected_total: r.rejected_total,
        warnings: r
            .warnings
            .iter()
            .take(PREVIEW_ROWS)
            .map(|w| ProblemView::new(&w.problem()))
            .collect(),
        warnings_lines: r.warnings.iter().take(PREVIEW_ROWS).map(|w| w.line).collect(),
        warnings_total: r.warnings_total,
    }
}

// ---------------------------------------------------------------------------------------------
// Commands

/// Opens the native dialog for a customer file (CSV, Square export, vCard) and previews it.
/// `null` when the shopkeeper cancels the dialog.
#[tauri::command]
pub async fn open_customer_import<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> Result<Option<CustomerImportPreview>, IpcError> {
    let files = state.files.clone();
    let title = super::dialog_words(&state, "dialog-import-customers-title", fidele_words::args![]).await?;
    let Some(path) = run_dialog(move || files.open(&app, &title, ("CSV, vCard", &["csv", "txt", "tsv", "vcf", "vcard"]))).await? else {
        return Ok(None);
    };
    let id = state.import_files.remember(path.clone());
    state
        .run(move |store| {
            let read = read_customer_file(store, &path, &CustomerImportOptions::default())?;
            let report = imports::preview_customers(store, &read)?;
            Ok(Some(customer_preview(id, &path, &read.file, &report, read.remembered)))
        })
        .await
}

/// Reads the chosen file again with the shopkeeper's corrections (encoding, separator, format,
/// the field of each column) and previews it.
#[tauri::command]
pub async fn preview_customer_import(state: State<'_, AppState>, file: u64, options: CustomerImportOptions) -> Result<CustomerImportPreview, IpcError> {
    let chosen = state.import_files.get(file)?;
    state
        .run(move |store| {
            let _writing = store.note_writer(fidele_store::Writer::Import);
            let read = read_customer_file(store, &chosen.path, &options)?;
            let report = imports::preview_customers(store, &read)?;
            Ok(customer_preview(file, &chosen.path, &read.file, &report, read.remembered))
        })
        .await
}

/// Imports the chosen customer file as previewed, in one transaction, reporting progress;
/// `cancel_job` stops it and then nothing is written.
#[tauri::command]
pub async fn import_customers(
    state: State<'_, AppState>,
    file: u64,
    options: CustomerImportOptions,
    on_progress: Channel<Progress>,
) -> Result<CustomerImportResult, IpcError> {
    let chosen = state.import_files.get(file)?;
    let job = Arc::new(state.jobs.start(on_progress, "import_customers"));
    let running = Arc::clone(&job);
    let out = state
        .run(move |store| {
            let read = read_customer_file(store, &chosen.path, &options)?;
            // A mapping the shopkeeper corrected is kept for the next file with these headers.
            let report = imports::import_customers(store, &read, &mut |done, total| running.report(done, total), running.cancel_flag())?;
            Ok(CustomerImportResult {
                new: report.new,
                updated: report.updated,
                duplicates: report.duplicates,
                rejected: report.rejected.len(),
                warnings: report.warnings.len(),
                cancelled: report.cancelled,
            })
        })
        .await;
    state.jobs.finish(&job);
    out
}

/// Opens the native dialog for a till export and previews it (a dry run of the whole file).
#[tauri::command]
pub async fn open_purchase_import<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    create_customers: bool,
) -> Result<Option<PurchaseImportPreview>, IpcError> {
    let files = state.files.clone();
    let title = super::dialog_words(&state, "dialog-import-purchases-title", fidele_words::args![]).await?;
    let Some(path) = run_dialog(move || files.open(&app, &title, ("CSV", &["csv", "txt", "tsv"]))).await? else {
        return Ok(None);
    };
    let id = state.import_files.remember(path);
    preview_purchase_import(state, id, create_customers, None).await.map(Some)
}

/// Previews the chosen till export again, with the shopkeeper's field for each column
/// (`mapping`, one code per column) or, without it, the remembered or guessed one.
#[tauri::command]
pub async fn preview_purchase_import(
    state: State<'_, AppState>,
    file: u64,
    create_customers: bool,
    mapping: Option<Vec<String>>,
) -> Result<PurchaseImportPreview, IpcError> {
    let chosen = state.import_files.get(file)?;
    let preview = state
        .run(move |store| {
            let never = std::sync::atomic::AtomicBool::new(false);
            let (r, read) = run_purchases(store, &chosen.path, create_customers, mapping.as_deref(), true, &mut |_| {}, &never)?;
            Ok(purchase_preview(file, &chosen.path, &r, read))
        })
        .await?;
    state.import_files.set_rows(file, preview.rows);
    Ok(preview)
}

/// Imports the till export as previewed, in one transaction; a mapping the shopkeeper chose is
/// remembered for the next file with the same headers.
#[tauri::command]
pub async fn import_purchases(
    state: State<'_, AppState>,
    file: u64,
    create_customers: bool,
    mapping: Option<Vec<String>>,
    on_progress: Channel<Progress>,
) -> Result<PurchaseImportResult, IpcError> {
    let chosen = state.import_files.get(file)?;
    let job = Arc::new(state.jobs.start(on_progress, "import_purchases"));
    let running = Arc::clone(&job);
    let out = state
        .run(move |store| {
            let _writing = store.note_writer(fidele_store::Writer::Import);
            let total = chosen.rows;
            let (r, _) = run_purchases(
                store,
                &chosen.path,
                create_customers,
                mapping.as_deref(),
                false,
                &mut |done| running.report(done, total.max(done)),
                running.cancel_flag(),
            )?;
            Ok(PurchaseImportResult {
                new: r.imported,
                duplicates: r.duplicates,
                new_customers: r.new_customers,
                anonymous: r.anonymous,
                rejected: r.rejected_total,
                warnings: r.warnings_total,
                cancelled: r.cancelled,
            })
        })
        .await;
    state.jobs.finish(&job);
    out
}

/// Writes the customers the filter selects where the save dialog says; `null` when the
/// shopkeeper cancels the dialog.
#[tauri::command]
pub async fn export_customers<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, export: ExportInput) -> Result<Option<ExportResult>, IpcError> {
    let consent = match export.consent.trim() {
        "" => None,
        c => Some(ConsentChannel::parse(c).ok_or_else(|| IpcError::not_one_of("consent", c, "post, email, phone, sms"))?),
    };
    let (filter_name, extensions): (&str, &[&str]) = match export.format.as_str() {
        "csv" => ("CSV", &["csv"]),
        "csv-excel" => ("CSV (Excel)", &["csv"]),
        "vcard" | "vcard3" => ("vCard", &["vcf"]),
        "newsletter-mailchimp" => ("CSV (Mailchimp)", &["csv"]),
        "newsletter-brevo" => ("CSV (Brevo)", &["csv"]),
        "labels-l7160" | "labels-5160" => ("PDF", &["pdf"]),
        f => return Err(IpcError::not_one_of("format", f, "")),
    };
    let format_code = if export.format == "vcard3" { "vcard".to_owned() } else { export.format.clone() };
    let suggested = super::dialog_words(&state, "dialog-file-export", fidele_words::args!["format" => format_code]).await?;
    let title = super::dialog_words(&state, "dialog-export-title", fidele_words::args![]).await?;
    let stage = match export.stage.trim() {
        "" => None,
        s => Some(parse_stage(s).ok_or_else(|| IpcError::not_one_of("stage", s, ""))?),
    };
    let segment = match export.segment.trim() {
        "" => None,
        s => Some(parse_segment(s).ok_or_else(|| IpcError::not_one_of("segment", s, ""))?),
    };
    // A newsletter goes only to those who agreed to e-mail.
    let consent = match (export.format.starts_with("newsletter-"), consent) {
        (false, consent) => consent,
        (true, None | Some(ConsentChannel::Email)) => Some(ConsentChannel::Email),
        (true, Some(_)) => return Err(IpcError::invalid("consent", fidele_domain::Refusal::new(fidele_domain::ErrorCode::NewsletterEmailOnly))),
    };
    let filter = ExportFilter {
        consent,
        tag: Some(export.tag.clone()).filter(|t| !t.trim().is_empty()),
        search: export.search.clone(),
        stage,
        segment,
        only: None,
    };
    let format = export.format.clone();
    let household = export.household;
    // Made before the dialog, so a shopkeeper never picks a place for an export that fails.
    let (bytes, count) = state.run(move |store| export_bytes(store, &format, &filter, household)).await?;
    let files = state.files.clone();
    let Some(path) = run_dialog(move || files.save(&app, &title, &suggested, (filter_name, extensions))).await? else {
        return Ok(None);
    };
    crate::files::write_whole(&path, &bytes)?;
    Ok(Some(ExportResult { file_name: file_name(&path), count }))
}

fn export_bytes(store: &mut Store, format: &str, filter: &ExportFilter, household: bool) -> Result<(Vec<u8>, usize), IpcError> {
    let format = ExportFormat::parse(format).ok_or_else(|| IpcError::not_one_of("format", format, ""))?;
    fidele_usecases::exports::export_bytes(store, format, filter, household).map_err(|e| match e {
        ExportError::Store(e) => e.into(),
        ExportError::Write(e) => super::write_failed(e),
        other => IpcError::internal(other.to_string()),
    })
}

