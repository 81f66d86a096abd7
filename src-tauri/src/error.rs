//! Errors as they cross to the UI: `{kind, message, fields}`, so the UI can show plain words
//! and put field messages next to their inputs.

use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct IpcError {
    /// `invalid` (the user's input), `not_found`, `conflict`, `needs_passphrase`,
    /// `wrong_passphrase`, `read_only` (the file or its folder cannot be written; nothing was),
    /// `disk_full` (nothing was written: the file is as it was), `storage`, or `internal`.
    /// The UI words `read_only` and `disk_full` itself, in its language.
    pub kind: &'static str,
    pub message: String,
    /// For `invalid`: one entry per wrong field.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldMessage>,
}

#[derive(Debug, Serialize)]
pub struct FieldMessage {
    pub field: String,
    pub message: String,
}

impl IpcError {
    pub fn invalid(field: &str, message: impl Into<String>) -> IpcError {
        fidele_store::Error::Invalid(fidele_domain::Invalid::one(field, message)).into()
    }

    pub fn internal(message: impl Into<String>) -> IpcError {
        IpcError { kind: "internal", message: message.into(), fields: Vec::new() }
    }
}

impl From<fidele_store::Error> for IpcError {
    fn from(e: fidele_store::Error) -> Self {
        use fidele_store::Error as E;
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
