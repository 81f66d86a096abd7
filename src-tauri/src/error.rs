//! Errors as they cross to the UI: `{kind, message, fields}`. Below here an error is data (a
//! kind, the field errors' codes and values); it is worded only when it is serialized, in the
//! UI's language, with `fidele-words` (`locales/<lang>/errors.ftl`). Each field keeps its
//! `code` and `args` so the UI can place it beside its input.

use std::sync::atomic::{AtomicU8, Ordering};

use fidele_domain::{Arg, Args, ErrorCode, FieldError, Language, Refusal};
use serde::ser::{SerializeMap, SerializeStruct};
use serde::{Serialize, Serializer};
use ts_rs::TS;

/// What went wrong, for the UI to react to (`busy` retries, `needs_passphrase` asks for it…);
/// each is worded by `error-kind-<kind>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The user's input: see the fields.
    Invalid,
    NotFound,
    /// The file or the state refuses it (args: `reason`).
    Conflict,
    NeedsPassphrase,
    WrongPassphrase,
    /// The file or its folder cannot be written; nothing was.
    ReadOnly,
    /// Nothing was written: the file is as it was.
    DiskFull,
    /// Another program held the file past the wait (see `fidele_store::busy`); args: `writer`
    /// (`import` or `other`). Nothing was written.
    Busy,
    /// An update was not offered or not installed (args: `reason`, `crate::updates::Refused`).
    Update,
    Storage,
    Internal,
}

impl ErrorKind {
    pub const ALL: [ErrorKind; 11] = [
        ErrorKind::Invalid,
        ErrorKind::NotFound,
        ErrorKind::Conflict,
        ErrorKind::NeedsPassphrase,
        ErrorKind::WrongPassphrase,
        ErrorKind::ReadOnly,
        ErrorKind::DiskFull,
        ErrorKind::Busy,
        ErrorKind::Update,
        ErrorKind::Storage,
        ErrorKind::Internal,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ErrorKind::Invalid => "invalid",
            ErrorKind::NotFound => "not_found",
            ErrorKind::Conflict => "conflict",
            ErrorKind::NeedsPassphrase => "needs_passphrase",
            ErrorKind::WrongPassphrase => "wrong_passphrase",
            ErrorKind::ReadOnly => "read_only",
            ErrorKind::DiskFull => "disk_full",
            ErrorKind::Busy => "busy",
            ErrorKind::Update => "update",
            ErrorKind::Storage => "storage",
            ErrorKind::Internal => "internal",
        }
    }

    /// `error-kind-read-only`.
    pub fn message_id(self) -> String {
        format!("error-kind-{}", self.code().replace('_', "-"))
    }
}

#[derive(Debug)]
pub struct IpcError {
    pub kind: ErrorKind,
    /// The values the kind's message names (`what` and `id`, `reason`, `writer`, `detail`).
    pub args: Args,
    /// For `invalid`: one entry per wrong field.
    pub fields: Vec<FieldError>,
    /// The UI's language, once the error passed where the open file says it (see
    /// [`IpcError::in_language`]); else the last one the app read.
    pub language: Option<Language>,
}

/// The UI's language as last read from the open file. An error raised before a command
/// reaches the file (an argument it cannot read) is worded in it: the file is not at hand
/// there, and the language only changes through a command that reads it again.
static LAST_LANGUAGE: AtomicU8 = AtomicU8::new(0);

pub(crate) fn remember_language(language: Language) {
    let i = Language::ALL.iter().position(|l| *l == language).unwrap_or(0);
    LAST_LANGUAGE.store(i as u8, Ordering::Relaxed);
}

/// The UI's language as last read (French before anything was).
pub(crate) fn ui_language_last_read() -> Language {
    last_language()
}

fn last_language() -> Language {
    Language::ALL.get(LAST_LANGUAGE.load(Ordering::Relaxed) as usize).copied().unwrap_or_default()
}

impl IpcError {
    fn of(kind: ErrorKind) -> IpcError {
        IpcError { kind, args: Vec::new(), fields: Vec::new(), language: None }
    }

    fn with(mut self, name: &'static str, value: impl Into<Arg>) -> IpcError {
        self.args.push((name, value.into()));
        self
    }

    /// One field refused.
    pub fn invalid(field: &str, refusal: Refusal) -> IpcError {
        IpcError { fields: vec![refusal.on(field)], ..IpcError::of(ErrorKind::Invalid) }
    }

    /// A value the UI sent that is not one of its codes.
    pub fn not_one_of(field: &str, value: &str, choices: &str) -> IpcError {
        IpcError::invalid(field, Refusal::new(ErrorCode::NotOneOf).with("value", value).with("choices", choices))
    }

    /// `reason`: `not_empty`, `nobody`… (a selector of `error-kind-conflict`).
    pub fn conflict(reason: &'static str) -> IpcError {
        IpcError::of(ErrorKind::Conflict).with("reason", reason.replace('_', "-"))
    }

    /// `reason`: `unreachable`, `bad-signature`… (a selector of `error-kind-update`).
    pub fn update(reason: &'static str) -> IpcError {
        IpcError::of(ErrorKind::Update).with("reason", reason)
    }

    /// The file stayed busy for the whole wait; who held it is not known yet (see
    /// [`IpcError::naming_the_writer`]).
    pub fn busy() -> IpcError {
        IpcError::busy_by(fidele_store::Writer::Other)
    }

    fn busy_by(writer: fidele_store::Writer) -> IpcError {
        let writer = match writer {
            fidele_store::Writer::Import => "import",
            _ => "other",
        };
        IpcError::of(ErrorKind::Busy).with("writer", writer)
    }

    /// A `busy` error names who writes to `db`. The app holds the file's instance lock itself,
    /// so only an import's note tells another writer apart. The path comes from the state that
    /// ran the command, never from a process-wide global: tests open many files in one process.
    pub fn naming_the_writer(self, db: &std::path::Path) -> IpcError {
        if self.kind != ErrorKind::Busy {
            return self;
        }
        match fidele_store::who_writes(db) {
            fidele_store::Writer::Import => IpcError { language: self.language, ..IpcError::busy_by(fidele_store::Writer::Import) },
            _ => self,
        }
    }

    /// Something that should not happen; `detail` is the system's or the library's words.
    pub fn internal(detail: impl Into<String>) -> IpcError {
        IpcError::of(ErrorKind::Internal).with("detail", detail.into())
    }

    /// Worded in `language` (the UI's, read from the file the command ran on).
    pub fn in_language(mut self, language: Language) -> IpcError {
        self.language = Some(language);
        self
    }

    /// The message shown for the whole error, in `language`.
    pub fn message(&self, language: Language) -> String {
        fidele_words::words(language).format(&self.kind.message_id(), &fidele_words::error_args(&self.args))
    }
}

impl From<fidele_store::Error> for IpcError {
    fn from(e: fidele_store::Error) -> Self {
        use fidele_store::Error as E;
        if e.is_busy() {
            return IpcError::busy();
        }
        match e {
            E::Invalid(invalid) => IpcError { fields: invalid.errors, ..IpcError::of(ErrorKind::Invalid) },
            E::NotFound { what, id } => IpcError::of(ErrorKind::NotFound).with("what", what).with("id", id),
            E::Locked(_) => IpcError::conflict("locked"),
            E::TooNew { .. } => IpcError::conflict("too_new"),
            E::NotAFideleFile(_) => IpcError::conflict("not_fidele"),
            E::Corrupt(_) => IpcError::conflict("corrupt"),
            E::NotEncrypted(_) => IpcError::conflict("not_encrypted"),
            // The UI asks for the passphrase on the first, says it was wrong on the second.
            E::NeedsPassphrase(_) => IpcError::of(ErrorKind::NeedsPassphrase),
            E::WrongPassphrase(_) => IpcError::of(ErrorKind::WrongPassphrase),
            ref e if e.is_read_only() => IpcError::of(ErrorKind::ReadOnly),
            ref e if e.is_disk_full() => IpcError::of(ErrorKind::DiskFull),
            E::ReadOnly(_) => IpcError::of(ErrorKind::ReadOnly),
            e @ (E::Sqlite(_) | E::Migration(_) | E::Io { .. }) => IpcError::of(ErrorKind::Storage).with("detail", e.to_string()),
        }
    }
}

impl IpcError {
    /// An error while writing a file the shopkeeper chose (an export, a PDF, a backup copy).
    pub fn writing(context: &str, e: std::io::Error) -> IpcError {
        if fidele_store::is_disk_full(&e) {
            IpcError::of(ErrorKind::DiskFull)
        } else if e.kind() == std::io::ErrorKind::ReadOnlyFilesystem || e.kind() == std::io::ErrorKind::PermissionDenied {
            IpcError::of(ErrorKind::ReadOnly)
        } else {
            IpcError::of(ErrorKind::Storage).with("detail", format!("{context}: {e}"))
        }
    }
}

/// A field error as the UI places it: its field, code and values, and its message.
struct FieldView<'a> {
    error: &'a FieldError,
    language: Language,
}

impl Serialize for FieldView<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("FieldMessage", 4)?;
        s.serialize_field("field", &self.error.field)?;
        s.serialize_field("code", self.error.code.code())?;
        s.serialize_field("args", &ArgsView(&self.error.args))?;
        s.serialize_field("message", &fidele_words::words(self.language).field_error(self.error))?;
        s.end()
    }
}

/// `{"value": "pas-un-email", "max": 100}`.
struct ArgsView<'a>(&'a Args);

impl Serialize for ArgsView<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut m = serializer.serialize_map(Some(self.0.len()))?;
        for (name, value) in self.0 {
            match value {
                Arg::Text(t) => m.serialize_entry(name, t)?,
                Arg::Number(n) => m.serialize_entry(name, n)?,
            }
        }
        m.end()
    }
}

/// `{kind, message, fields: [{field, code, args, message}]}`, worded in the UI's language.
impl Serialize for IpcError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let language = self.language.unwrap_or_else(last_language);
        let fields: Vec<FieldView<'_>> = self.fields.iter().map(|error| FieldView { error, language }).collect();
        let mut s = serializer.serialize_struct("IpcError", 4)?;
        s.serialize_field("kind", self.kind.code())?;
        s.serialize_field("message", &self.message(language))?;
        s.serialize_field("args", &ArgsView(&self.args))?;
        if !fields.is_empty() {
            s.serialize_field("fields", &fields)?;
        }
        s.end()
    }
}

/// The shape the `Serialize` above writes, for the generated TypeScript only (`contract`): the
/// error is worded as it is serialized, so its Rust type is not its wire shape.
#[derive(TS)]
#[ts(rename = "IpcError")]
#[allow(dead_code)]
pub struct IpcErrorShape {
    kind: crate::contract::codes::ErrorKind,
    /// The kind worded in the UI's language (`error-kind-<kind>`).
    message: String,
    /// The values the message names (`what` and `id`, `reason`, `writer`, `detail`).
    #[ts(type = "Record<string, string | number>")]
    args: String,
    /// For `invalid`: one entry per wrong field.
    #[ts(optional)]
    fields: Option<Vec<FieldMessageShape>>,
}

/// A wrong field as the UI places it (see `FieldView`).
#[derive(TS)]
#[ts(rename = "FieldMessage")]
#[allow(dead_code)]
pub struct FieldMessageShape {
    field: String,
    /// `fidele_domain::ErrorCode`'s code (`not_an_email`).
    code: String,
    #[ts(type = "Record<string, string | number>")]
    args: String,
    /// The code worded in the UI's language (`locales/<lang>/errors.ftl`).
    message: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_is_worded_in_every_language() {
        for language in Language::ALL {
            for kind in ErrorKind::ALL {
                let id = kind.message_id();
                assert!(fidele_words::words(language).has(&id), "{}: {id}", language.code());
            }
        }
    }

    #[test]
    fn a_field_error_crosses_with_its_code_args_and_words() {
        let e = IpcError::invalid("email", Refusal::new(ErrorCode::NotAnEmail).with("value", "pas-un-email")).in_language(Language::Nl);
        let json = serde_json::to_value(&e).unwrap();
        assert_eq!(json["kind"], "invalid");
        assert_eq!(json["fields"][0]["field"], "email");
        assert_eq!(json["fields"][0]["code"], "not_an_email");
        assert_eq!(json["fields"][0]["args"]["value"], "pas-un-email");
        assert_eq!(json["fields"][0]["message"], "‘pas-un-email’ is geen e-mailadres.");
        let busy = serde_json::to_value(IpcError::busy().in_language(Language::Fr)).unwrap();
        assert!(busy["message"].as_str().unwrap().starts_with("Le fichier clients est occupé : un autre programme"), "{busy}");
    }
}
