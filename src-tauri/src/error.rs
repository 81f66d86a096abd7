//! Errors as they cross to the UI: `{kind, message, fields}`, so the UI can show plain words
//! and put field messages next to their inputs.

use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Serialize, TS)]
pub struct IpcError {
    /// `invalid` (the user's input), `not_found`, `conflict`, `needs_passphrase`,
    /// `wrong_passphrase`, `read_only` (the file or its folder cannot be written; nothing was),
    /// `disk_full` (nothing was written: the file is as it was), `busy` (another program held
    /// the file past the wait, see `fidele_store::busy`; nothing was written), `storage`, or
    /// `internal`. The UI words `read_only`, `disk_full` and `busy` itself, in its language.
    pub kind: &'static str,
    pub message: String,
    /// For `invalid`: one entry per wrong field. For `busy`: one entry, field `writer`, whose
    /// message is who writes (`import`: an import, from the CLI; `other`: another program).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[ts(as = "Option<Vec<FieldMessage>>", optional)]
    pub fields: Vec<FieldMessage>,
}

#[derive(Debug, Serialize, TS)]
pub struct FieldMessage {
    pub field: String,
    pub message: String,
}

impl IpcError {
    pub fn invalid(field: &str, message: impl Into<String>) -> IpcError {
        fidele_store::Error::Invalid(fidele_domain::Invalid::one(field, message)).into()
    }

    /// The file stayed busy for the whole wait; who held it is not known yet (see
    /// [`IpcError::naming_the_writer`]).
    pub fn busy() -> IpcError {
        IpcError::busy_by(fidele_store::Writer::Other)
    }

    fn busy_by(writer: fidele_store::Writer) -> IpcError {
        let (writer, message) = match writer {
            fidele_store::Writer::Import => {
                ("import", "the customer file is busy: another import is writing to it; nothing was written: try again once it has finished")
            }
            _ => ("other", "the customer file is busy: another program is writing to it; nothing was written: try again in a moment"),
        };
        IpcError { kind: "busy", message: message.into(), fields: vec![FieldMessage { field: "writer".into(), message: writer.into() }] }
    }

    /// A `busy` error names who writes to `db`. The app holds the file's instance lock itself,
    /// so only an import's note tells another writer apart. The path comes from the state that
    /// ran the command, never from a process-wide global: tests open many files in one process.
    pub fn naming_the_writer(self, db: &std::path::Path) -> IpcError {
        if self.kind != "busy" {
            return self;
        }
        match fidele_store::who_writes(db) {
            fidele_store::Writer::Import => IpcError::busy_by(fidele_store::Writer::Import),
            _ => self,
        }
    }

    pub fn internal(message: impl Into<String>) -> IpcError {
        IpcError { kind: "internal", message: message.into(), fields: Vec::new() }
    }
}

impl From<fidele_store::Error> for IpcError {
    fn from(e: fidele_store::Error) -> Self {
        use fidele_store::Error as E;
        if e.is_busy() {
            return IpcError::busy();
        }
        let kind = match &e {
            E::Invalid(_) => "invalid",
            E::NotFound { .. } => "not_found",
            E::Locked(_) | E::TooNew { .. } | E::NotAFideleFile(_) | E::Corrupt(_) | E::NotEncrypted(_) => "conflict",
            // The UI asks for the passphrase on the first, says it was wrong on the second.
            E::NeedsPassphrase(_) => "needs_passphrase",
            E::WrongPassphrase(_) => "wrong_passphrase",
            _ if e.is_read_only() => "read_only",
            _ if e.is_disk_full() => "disk_full",
            E::ReadOnly(_) => "read_only",
            E::Sqlite(_) | E::Migration(_) | E::Io { .. } => "storage",
        };
        let fields = match &e {
            E::Invalid(invalid) => {
                invalid.errors.iter().map(|f| FieldMessage { field: f.field.clone(), message: f.message.clone() }).collect()
            }
            _ => Vec::new(),
        };
        IpcError { kind, message: e.to_string(), fields }
    }
}

impl IpcError {
    /// An error while writing a file the shopkeeper chose (an export, a PDF, a backup copy).
    pub fn writing(context: &str, e: std::io::Error) -> IpcError {
        let kind = if fidele_store::is_disk_full(&e) {
            "disk_full"
        } else if e.kind() == std::io::ErrorKind::ReadOnlyFilesystem || e.kind() == std::io::ErrorKind::PermissionDenied {
            "read_only"
        } else {
            "storage"
        };
        IpcError { kind, message: format!("{context}: {e}"), fields: Vec::new() }
    }
}
