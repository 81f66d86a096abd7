//! Customers in: a file read with the shopkeeper's options, its columns mapped as they
//! corrected them, else as they corrected them last time for the same headers (remembered per
//! set of headers), else as guessed; previewed without writing; imported in one transaction,
//! the corrected mapping remembered for the next file. The app and the CLI take this one path.

use std::sync::atomic::AtomicBool;

use fidele_interchange::{Column, CustomerField, CustomerFile, ImportError, Mapping, ReadOptions, read_customers};
use fidele_store::{CustomerImportReport, MappingKind, Store};

/// Why a customer file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error(transparent)]
    Store(#[from] fidele_store::Error),
    #[error(transparent)]
    Read(#[from] ImportError),
}

/// A customer file as read, and whether a mapping remembered for its headers was used.
#[derive(Debug)]
pub struct CustomerRead {
    pub file: CustomerFile,
    pub remembered: bool,
    /// The shopkeeper corrected the mapping (`options.mapping` or overrides were given): an
    /// import remembers it for the next file with these headers.
    pub corrected: bool,
}

/// The file's columns as first guessed, to be corrected. A file whose guess finds no name
/// column still has columns to correct: they are read from the header row.
pub fn guessed_columns(bytes: &[u8], options: &ReadOptions) -> Result<Vec<Column>, ImportError> {
    let probe = ReadOptions { overrides: vec![("1".into(), CustomerField::FullName)], ..options.clone() };
    read_customers(bytes, options).or_else(|_| read_customers(bytes, &probe)).map(|f| f.mapping.columns)
}

/// Reads `bytes` as a customer file. A whole mapping in `options` is used as it is; without
/// one, a mapping corrected before for the same headers is (overrides still win over it).
pub fn read_customer_file(store: &Store, bytes: &[u8], mut options: ReadOptions) -> Result<CustomerRead, ReadError> {
    let corrected = options.mapping.is_some() || !options.overrides.is_empty();
    let mut remembered = false;
    if options.mapping.is_none() {
        let headers: Vec<String> = guessed_columns(bytes, &options)?.into_iter().map(|c| c.header).collect();
        if !headers.is_empty()
            && let Some(codes) = store.remembered_mapping(MappingKind::Customers, &headers)?
        {
            options.mapping = Some(Mapping::from_codes(&headers, &codes));
            remembered = true;
        }
    }
    Ok(CustomerRead { file: read_customers(bytes, &options)?, remembered, corrected })
}

/// What the import would do, row by row; nothing is written.
pub fn preview_customers(store: &Store, read: &CustomerRead) -> fidele_store::Result<CustomerImportReport> {
    store.preview_customer_import(&read.file)
}

/// Imports the file in one transaction (`cancel` stops it and then nothing is written); a
/// mapping the shopkeeper corrected is kept for the next file with these headers.
pub fn import_customers(
    store: &mut Store,
    read: &CustomerRead,
    progress: &mut dyn FnMut(u64, u64),
    cancel: &AtomicBool,
) -> fidele_store::Result<CustomerImportReport> {
    let report = store.import_customers(&read.file, progress, cancel)?;
    if read.corrected && !report.cancelled && !read.file.mapping.columns.is_empty() {
        store.remember_mapping(MappingKind::Customers, &read.file.mapping.headers(), &read.file.mapping.codes())?;
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A shop's own spreadsheet, its columns named so nothing guesses them.
    const SHEET: &str = "Wie;Waar;Telefoon\nSanne de Wit;Utrecht;06 12345678\nJan Bakker;Gouda;06 87654321\n";

    #[test]
    fn a_corrected_mapping_is_remembered_for_the_next_file_with_those_headers() {
        let mut store = Store::open_in_memory().unwrap();
        let columns = guessed_columns(SHEET.as_bytes(), &ReadOptions::default()).unwrap();
        let mut mapping = Mapping { columns };
        mapping.set(0, CustomerField::FullName).unwrap();
        let read = read_customer_file(&store, SHEET.as_bytes(), ReadOptions { mapping: Some(mapping), ..ReadOptions::default() }).unwrap();
        assert!(read.corrected && !read.remembered);
        assert_eq!(preview_customers(&store, &read).unwrap().new, 2);
        assert_eq!(store.count_customers("").unwrap(), 0, "a preview writes nothing");
        let report = import_customers(&mut store, &read, &mut |_, _| {}, &AtomicBool::new(false)).unwrap();
        assert_eq!(report.new, 2);
        let next = read_customer_file(&store, SHEET.as_bytes(), ReadOptions::default()).unwrap();
        assert!(next.remembered && !next.corrected);
        assert_eq!(next.file.rows.len(), 2);
    }
}

/// Why a previewed or imported row is an update or a duplicate, in `words`' language, from the
/// same `io-*` messages the app's preview shows: "même e-mail que Hélène Dubœuf : ajoute
/// téléphone 06 12 34 56 78". Empty for a new customer.
pub fn row_reason(words: &fidele_words::Words, row: &fidele_store::CustomerRowPlan) -> String {
    use fidele_store::CustomerAction;
    use fidele_words::args;
    let Some(key) = row.matched_by else { return String::new() };
    let by = words.text(&format!("io-match-{}", key.code()));
    let name = row.matched_name.clone().unwrap_or_default();
    match (row.action, row.matched_line) {
        (CustomerAction::Update, _) => {
            let changes: Vec<String> = row.changes.iter().map(|c| change_words(words, c)).collect();
            words.format("io-row-adds", &args!["by" => by, "name" => name, "changes" => changes.join(", ")])
        }
        (_, Some(line)) if !name.is_empty() => words.format("io-row-same-as-line-of", &args!["by" => by, "line" => line, "name" => name]),
        (_, Some(line)) => words.format("io-row-same-as-line", &args!["by" => by, "line" => line]),
        (_, None) => words.format("io-row-nothing-new", &args!["by" => by, "name" => name]),
    }
}

/// "téléphone 06 12 34 56 78", "consentement e-mail donné": a channel or a language named in
/// words, any other value (an e-mail, a tag) as it is.
fn change_words(words: &fidele_words::Words, change: &fidele_store::RowChange) -> String {
    let named = [format!("channel-{}", change.value), format!("lang-{}", change.value)].into_iter().find(|id| words.has(id));
    let value = match named {
        Some(id) => words.text(&id),
        None => change.value.clone(),
    };
    words.format(&format!("io-change-{}", change.code), &fidele_words::args!["arg0" => value])
}

#[cfg(test)]
mod row_reason_tests {
    use super::*;
    use fidele_domain::Language;
    use fidele_store::{CustomerAction, CustomerRowPlan, MatchKey, RowChange};

    fn row(action: CustomerAction, matched_line: Option<u64>, changes: Vec<RowChange>) -> CustomerRowPlan {
        CustomerRowPlan {
            line: 4,
            name: "Hélène Dubœuf".into(),
            action,
            customer: None,
            matched_by: Some(MatchKey::Email),
            matched_name: Some("Hélène Dubœuf".into()),
            matched_line,
            changes,
        }
    }

    #[test]
    fn a_row_says_why_in_each_language() {
        let fr = fidele_words::words(Language::Fr);
        let update = row(CustomerAction::Update, None, vec![RowChange { code: "phone", value: "06 12 34 56 78".into() }, RowChange { code: "consent_given", value: "email".into() }]);
        let said = row_reason(fr, &update);
        assert!(said.contains("Hélène Dubœuf") && said.contains("06 12 34 56 78"), "{said}");
        assert!(!said.contains("consent_given") && !said.contains("{"), "every part worded: {said}");
        let en = fidele_words::words(Language::En);
        assert_eq!(row_reason(en, &row(CustomerAction::Duplicate, Some(3), vec![])), "same e-mail as line 3 (Hélène Dubœuf): skipped");
        assert_eq!(row_reason(en, &row(CustomerAction::Duplicate, None, vec![])), "same e-mail as Hélène Dubœuf, nothing new: skipped");
        let th = row_reason(fidele_words::words(Language::Th), &update);
        assert!(th.chars().any(|c| ('\u{0E00}'..='\u{0E7F}').contains(&c)), "{th}");
        assert_eq!(row_reason(en, &CustomerRowPlan { matched_by: None, ..row(CustomerAction::New, None, vec![]) }), "");
    }
}
