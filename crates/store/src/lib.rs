//! Fidèle's storage: one SQLite file holds the whole customer file.
//!
//! The store owns the schema (migrated on open, refused when newer than this build), keeps the
//! search index in step with the customer rows, and runs every write in one transaction, so a
//! crash leaves either all of a change or none of it. It returns domain types; it never
//! serializes for a front end.

mod added_since;
mod analysis;
mod archived;
pub use analysis::LadderSettings;
mod backup;
pub mod busy;
pub mod bulk;
mod campaigns;
mod card_runs;
mod codec;
mod counter_lookup;
mod counter_sales;
mod crypt;
mod customers;
mod duplicates;
mod erase;
mod error;
mod households;
mod export;
mod import;
mod interactions;
mod ladder_moves;
mod list;
mod lock;
mod member_numbers;
mod merge;
mod undo;
mod overview;
mod points;
mod purchases;
mod redemptions;
mod reminders;
mod schema;
mod search;
mod shop;
mod timeline;
mod totals;
#[cfg(test)]
mod test_support;
#[cfg(test)]
mod test_dump;

pub use card_runs::{CardCandidate, CardRunReport, NewCard, NewCardRun, NewHoldout, RecordedRun, RunKind};
pub use campaigns::{CampaignFacts, CampaignMember, CampaignPurchase, CampaignRun, MemberGroup};
pub use customers::{CustomerList, CustomerPage, ListOrder};
pub use duplicates::{DuplicatePair, DuplicateReason};
pub use erase::{CustomerRecord, ErasureReport};
pub use backup::{check_backup, restore, restore_with};
pub use crypt::{Passphrase, change_passphrase, check_passphrase, is_encrypted};
pub use error::{Error, Result, is_disk_full};
pub use schema::is_writable;
pub use export::{ExportFilter, LabelHousehold, MailingLabel, parse_segment, parse_stage};
pub use import::{
    CustomerAction, CustomerImportReport, CustomerRowPlan, IMPORT_SOURCE, MAX_REJECTED_LISTED, MappingKind, MatchKey, PurchaseImportOptions,
    PurchaseImportReport, RowChange, phone_match_key,
};
pub use ladder_moves::LadderMoveEntry;
pub use list::{ListFilter, ListQuery, ListView, SortBy};
pub use lock::{InstanceLock, WriteNote, Writer, who_writes};
pub use counter_lookup::CounterFacts;
pub use counter_sales::{OfferUse, RefundRecorded, SaleRecorded};
pub use member_numbers::MemberLookup;
pub use points::{PointsEntry, PointsKind};
pub use purchases::PurchasePoints;
pub use redemptions::{OfferCard, OfferRefusal, Redemption, normalize_code};
pub use merge::{KeepList, MergeChoices, MergeField, MergeReport};
pub use undo::{UNDO_MINUTES, UndoTicket, Undone};
pub use timeline::{CardSent, TimelineEntry, TimelinePage};
pub use overview::{Overview, UpcomingBirthday};
pub use rusqlite::Transaction;
pub use schema::{APPLICATION_ID, LATEST_VERSION};

use std::path::{Path, PathBuf};

use rusqlite::Connection;

/// An open customer file.
pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
    encrypted: bool,
}

impl Store {
    /// Opens the file at `path`, creating it when missing, and migrates it to this build's
    /// schema. A file from a newer Fidèle, or one that is not a Fidèle file, is refused
    /// before anything is written to it.
    pub fn open(path: &Path) -> Result<Store> {
        Store::open_with(path, None)
    }

    /// [`Store::open`] for a file that may be encrypted: `key` opens an encrypted file
    /// ([`Error::NeedsPassphrase`] without one, [`Error::WrongPassphrase`] when it does not
    /// fit, the file untouched either way), encrypts a file created now, and is not used on an
    /// existing plain file.
    pub fn open_with(path: &Path, key: Option<&Passphrase>) -> Result<Store> {
        let (conn, encrypted) = schema::open_file(path, key)?;
        Ok(Store { conn, path: Some(path.to_owned()), encrypted })
    }

    /// Opens an existing file that cannot be written (see [`is_writable`]) for reading only:
    /// every write then fails with SQLite's `ReadOnly` code and changes nothing.
    pub fn open_read_only(path: &Path, key: Option<&Passphrase>) -> Result<Store> {
        let (conn, encrypted) = schema::open_file_read_only(path, key)?;
        Ok(Store { conn, path: Some(path.to_owned()), encrypted })
    }

    /// Whether this file is encrypted with a passphrase.
    pub fn is_encrypted(&self) -> bool {
        self.encrypted
    }

    /// A throwaway store for tests and previews.
    pub fn open_in_memory() -> Result<Store> {
        let conn = schema::open_memory()?;
        Ok(Store { conn, path: None, encrypted: false })
    }

    /// Says, for as long as the note is held, that `what` writes to this file (see
    /// [`who_writes`]); `None` for a store in memory or when another write holds the note.
    pub fn note_writer(&self, what: Writer) -> Option<WriteNote> {
        self.path.as_deref().and_then(|p| WriteNote::acquire(p, what))
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    pub fn schema_version(&self) -> Result<u32> {
        schema::user_version(&self.conn)
    }

    /// Runs `f` inside one transaction: everything it writes lands together or not at all.
    /// Bulk writers (the demo shop, imports) use this with the `*_in` functions.
    ///
    /// The transaction takes the file's write lock as it begins (waiting for another writer,
    /// see `busy.rs`), so it never reads first and then finds it cannot write.
    pub fn write<T>(&mut self, f: impl FnOnce(&rusqlite::Transaction<'_>) -> Result<T>) -> Result<T> {
        let tx = self.conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }

    /// `PRAGMA integrity_check` and `foreign_key_check`; the problems found, none when whole.
    pub fn check_integrity(&self) -> Result<Vec<String>> {
        let mut problems = Vec::new();
        let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
        for row in stmt.query_map([], |r| r.get::<_, String>(0))? {
            let row = row?;
            if row != "ok" {
                problems.push(row);
            }
        }
        let mut stmt = self.conn.prepare("PRAGMA foreign_key_check")?;
        let fk = stmt.query_map([], |r| Ok(format!("broken reference in {} row {}", r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
        for row in fk {
            problems.push(row?);
        }
        Ok(problems)
    }

    /// Rows written through this store since it was opened: a cheap "has anything changed"
    /// for caches of derived figures (every write goes through this one connection).
    pub fn change_count(&self) -> u64 {
        self.conn.total_changes()
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }
}

/// Where the customer file lives when none is named: `FIDELE_DB` if set, else the OS data
/// directory (`~/.local/share/fidele/fidele.db` on Linux).
pub fn default_path() -> PathBuf {
    if let Some(p) = std::env::var_os("FIDELE_DB").filter(|p| !p.is_empty()) {
        return PathBuf::from(p);
    }
    match directories::ProjectDirs::from("", "", "fidele") {
        Some(dirs) => dirs.data_dir().join("fidele.db"),
        None => PathBuf::from("fidele.db"),
    }
}
