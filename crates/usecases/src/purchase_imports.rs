//! Sales in: a till export opened with the shop's locale and currency and what the shopkeeper
//! forced (encoding, separator, till, column corrections or a whole mapping), else the mapping
//! remembered for the file's headers, else the guess; previewed without writing or imported in
//! one transaction, a corrected mapping remembered for the next file with those headers. The
//! app and the CLI take this one path.

use std::io::Read;
use std::path::Path;
use std::sync::atomic::AtomicBool;

use fidele_interchange::{
    ImportError, PurchaseMapping, PurchaseOptions, PurchaseReader, Till, read_purchase_headers, read_purchases_seekable,
};
use fidele_store::{MappingKind, PurchaseImportOptions, PurchaseImportReport, Store};

/// The file as it is read, page by page.
pub type PurchaseFile = PurchaseReader<std::io::BufReader<std::fs::File>>;

/// How much of the file the headers and the encoding are guessed from.
const HEAD: u64 = 64 * 1024;

/// Why a till export could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error(transparent)]
    Store(#[from] fidele_store::Error),
    /// The file system's error (a missing file, no permission).
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error(transparent)]
    Read(#[from] ImportError),
}

/// The shop's reading of a till export: its locale decides `03/04` when the file does not, its
/// currency is the amounts'.
pub fn shop_options(store: &Store) -> fidele_store::Result<PurchaseOptions> {
    let shop = store.shop_profile()?;
    Ok(PurchaseOptions { locale: format!("{}-{}", shop.language.code(), shop.country), currency: shop.currency, ..PurchaseOptions::default() })
}

/// A till export opened: the reader (none when a field has no column yet and the caller
/// allowed that, for the shopkeeper to pick it), and how it was read.
pub struct PurchaseRead {
    pub reader: Option<PurchaseFile>,
    pub till: Till,
    pub encoding: &'static str,
    /// The separator as read (`None` before the file could be read).
    pub delimiter: Option<u8>,
    /// Each column's field (by position when the file has no header row).
    pub mapping: Option<PurchaseMapping>,
    pub has_header: bool,
    /// The mapping is the one remembered for these headers.
    pub remembered: bool,
    /// The shopkeeper corrected the mapping: an import remembers it.
    pub corrected: bool,
    /// The field no column feeds yet (`date`, `amount`).
    pub missing: Option<&'static str>,
    /// The file's size, to size the import's work.
    pub size: u64,
}

/// Opens the till export at `path` with `options` (the shop's, with what the shopkeeper
/// forced; its `overrides` are column corrections) and `codes`, a whole mapping by field code
/// per column when the shopkeeper gave one. Without either, the mapping remembered for the
/// file's headers is used. With `allow_missing`, a file whose date or amount has no column yet
/// opens without a reader, its columns guessed, for a preview to ask.
pub fn open(store: &Store, path: &Path, mut options: PurchaseOptions, codes: Option<&[String]>, allow_missing: bool) -> Result<PurchaseRead, OpenError> {
    let mut head = Vec::new();
    std::fs::File::open(path)?.take(HEAD).read_to_end(&mut head)?;
    let corrected = codes.is_some() || !options.overrides.is_empty();
    let mut remembered = false;
    if let Some(headers) = read_purchase_headers(&head, &options) {
        let chosen = match codes {
            Some(codes) => Some(codes.to_vec()),
            None => store.remembered_mapping(MappingKind::Purchases, &headers)?,
        };
        if let Some(kept) = chosen.as_deref().and_then(|c| PurchaseMapping::from_codes(&headers, c)) {
            remembered = codes.is_none();
            options.mapping = Some(kept);
        }
    }
    let input = std::fs::File::open(path)?;
    let size = input.metadata().map(|m| m.len()).unwrap_or(0);
    match read_purchases_seekable(std::io::BufReader::with_capacity(HEAD as usize, input), &options) {
        Ok(reader) => Ok(PurchaseRead {
            till: reader.till(),
            encoding: reader.encoding().name(),
            delimiter: Some(reader.delimiter()),
            mapping: Some(reader.mapping().clone()),
            has_header: reader.has_header(),
            reader: Some(reader),
            remembered,
            corrected,
            missing: None,
            size,
        }),
        Err(ImportError::MissingColumn(field, _)) if allow_missing => {
            let headers = read_purchase_headers(&head, &options).ok_or(ImportError::NoHeader)?;
            let till = Till::detect(&headers);
            let guess = options.mapping.clone().unwrap_or_else(|| PurchaseMapping::guess(&headers, till));
            Ok(PurchaseRead {
                reader: None,
                till,
                encoding: fidele_interchange::encoding::detect(&head, (head.len() as u64) < HEAD).name(),
                delimiter: None,
                mapping: Some(guess),
                has_header: true,
                remembered,
                corrected,
                missing: Some(field),
                size,
            })
        }
        Err(e) => Err(e.into()),
    }
}

/// Imports (or with `dry_run` previews) what `open` read, in one transaction; a mapping the
/// shopkeeper corrected is remembered once the import is written. Nothing to read (a field
/// without its column) reports nothing.
pub fn import(
    store: &mut Store,
    read: &mut PurchaseRead,
    create_customers: bool,
    dry_run: bool,
    progress: &mut dyn FnMut(u64),
    cancel: &AtomicBool,
) -> fidele_store::Result<PurchaseImportReport> {
    let Some(reader) = read.reader.take() else { return Ok(PurchaseImportReport::default()) };
    // About 60 bytes a row in the tills' exports: sizes the bulk's caches and index rebuild.
    // The sales that come in earn points by the shop's rules (once: a re-import adds no sale).
    let loyalty = Some(crate::counter::rules::read(store)?);
    let options = PurchaseImportOptions { create_customers, dry_run, progress_every: 2_000, expected_rows: read.size / 60, loyalty };
    let report = store.import_purchases(reader, &options, progress, cancel)?;
    if let (true, true, Some(used), false, false) = (read.corrected, read.has_header, &read.mapping, dry_run, report.cancelled) {
        store.remember_mapping(MappingKind::Purchases, &used.headers(), &used.codes())?;
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        path
    }

    /// Headers nobody can guess: the preview asks for the amount's column; the shopkeeper's
    /// mapping imports the file and is remembered, so the next file with those headers reads
    /// without a question.
    #[test]
    fn a_mapping_chosen_once_reads_the_next_file_alone() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open_in_memory().unwrap();
        let text = "Jour;Courriel;Somme versée\n2026-03-02;anne@exemple.fr;12,50\n2026-03-03;anne@exemple.fr;8,00\n";
        let path = file(dir.path(), "caisse.csv", text);
        let preview = open(&store, &path, shop_options(&store).unwrap(), None, true).unwrap();
        assert!(preview.reader.is_none() && preview.missing.is_some(), "a field without its column is asked for");
        assert!(open(&store, &path, shop_options(&store).unwrap(), None, false).is_err(), "and refused outside a preview");

        let codes: Vec<String> = ["date", "email", "amount"].map(String::from).to_vec();
        let mut read = open(&store, &path, shop_options(&store).unwrap(), Some(&codes), false).unwrap();
        assert!(!read.remembered && read.corrected);
        let report = import(&mut store, &mut read, true, false, &mut |_| {}, &AtomicBool::new(false)).unwrap();
        assert_eq!((report.imported, report.new_customers), (2, 1));

        let next = file(dir.path(), "caisse-2.csv", "Jour;Courriel;Somme versée\n2026-04-01;anne@exemple.fr;5,00\n");
        let mut read = open(&store, &next, shop_options(&store).unwrap(), None, false).unwrap();
        assert!(read.remembered, "the mapping chosen for these headers");
        let report = import(&mut store, &mut read, false, false, &mut |_| {}, &AtomicBool::new(false)).unwrap();
        assert_eq!(report.imported, 1);
    }
}
