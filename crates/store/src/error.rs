use fidele_domain::Invalid;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Input that breaks a rule; nothing was written.
    #[error("{0}")]
    Invalid(#[from] Invalid),
    #[error("{what} {id} does not exist")]
    NotFound { what: &'static str, id: i64 },
    #[error(
        "this customer file was written by a newer version of Fidèle (schema {found}; this version knows up to {supported}); \
         it was left untouched: update Fidèle to open it"
    )]
    TooNew { found: u32, supported: u32 },
    #[error("{0} is not a Fidèle customer file; it was left untouched")]
    NotAFideleFile(String),
    #[error("{0} is already open in another Fidèle window or program")]
    Locked(String),
    /// The file is encrypted and no passphrase was given (or it is not a database at all).
    #[error("{0} is protected by a passphrase: give it to open the file")]
    NeedsPassphrase(String),
    /// The passphrase does not open the file; nothing was written to it.
    #[error("wrong passphrase for {0} (or it is not a Fidèle customer file); it was left untouched")]
    WrongPassphrase(String),
    /// Removing a passphrase from a file that has none.
    #[error("{0} is not protected by a passphrase")]
    NotEncrypted(String),
    /// The file (or its folder) cannot be written and needs a migration first.
    #[error("{0} cannot be written (a read-only file or folder) and was written by an older Fidèle: it must be updated, which needs to write it; copy it somewhere writable and open the copy")]
    ReadOnly(String),
    #[error("{0} is damaged (integrity check failed)")]
    Corrupt(String),
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("could not migrate the customer file: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    #[error("{context}: {source}")]
    Io { context: String, source: std::io::Error },
}

impl Error {
    /// The file, its folder or its disk refused a write; the transaction was rolled back.
    pub fn is_read_only(&self) -> bool {
        match self {
            Error::ReadOnly(_) => true,
            Error::Sqlite(rusqlite::Error::SqliteFailure(f, _)) => f.code == rusqlite::ErrorCode::ReadOnly,
            Error::Io { source, .. } => source.kind() == std::io::ErrorKind::ReadOnlyFilesystem,
            _ => false,
        }
    }

    /// The disk (or the quota) is full; the transaction was rolled back, the file is whole.
    pub fn is_disk_full(&self) -> bool {
        match self {
            Error::Sqlite(rusqlite::Error::SqliteFailure(f, _)) => f.code == rusqlite::ErrorCode::DiskFull,
            Error::Io { source, .. } => is_disk_full(source),
            _ => false,
        }
    }

    /// Another connection held the file for longer than [`crate::busy::wait_limit`]: nothing
    /// was written. [`crate::who_writes`] says who, for the message.
    pub fn is_busy(&self) -> bool {
        let code = match self {
            Error::Sqlite(rusqlite::Error::SqliteFailure(e, _)) => e.code,
            Error::Migration(rusqlite_migration::Error::RusqliteError { err: rusqlite::Error::SqliteFailure(e, _), .. }) => e.code,
            _ => return false,
        };
        matches!(code, rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
    }
}

/// ENOSPC, and the quota's EDQUOT, which means the same to a shopkeeper.
pub fn is_disk_full(e: &std::io::Error) -> bool {
    matches!(e.kind(), std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded)
}
