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
