//! The one place the CLI words what is wrong: refusals, refused rows and warnings, from their
//! codes, in the CLI's language (`crate::words::language`: `--lang`, the locale, else
//! English), with `fidele-words`.

use fidele_domain::{FieldError, Invalid};
use fidele_interchange::{Problem, Rejected, Warning};
use fidele_words::Words;

fn words() -> &'static Words {
    fidele_words::words(crate::words::language())
}

/// A failure of the customer file in the words the app shows for it (`error-kind-*` of
/// errors.ftl), the file named first when the error names one; `None` for the errors the
/// caller words otherwise (invalid input, a busy file).
pub(crate) fn store_failure(e: &fidele_store::Error) -> Option<String> {
    use fidele_store::Error as E;
    let w = words();
    let kind = |id: &str, args: fidele_words::FluentArgs<'static>| w.format(id, &args);
    let conflict = |reason: &str| kind("error-kind-conflict", fidele_words::args!["reason" => reason.to_owned()]);
    let (file, said) = match e {
        E::Invalid(_) => return None,
        e if e.is_busy() => return None,
        E::NotFound { what, id } => (None, kind("error-kind-not-found", fidele_words::args!["what" => *what, "id" => *id])),
        E::TooNew { .. } => (None, conflict("too-new")),
        E::NotAFideleFile(f) => (Some(f), conflict("not-fidele")),
        E::Locked(f) => (Some(f), conflict("locked")),
        E::NotEncrypted(f) => (Some(f), conflict("not-encrypted")),
        E::Corrupt(f) => (Some(f), conflict("corrupt")),
        E::NeedsPassphrase(f) => (Some(f), kind("error-kind-needs-passphrase", fidele_words::args![])),
        E::WrongPassphrase(f) => (Some(f), kind("error-kind-wrong-passphrase", fidele_words::args![])),
        e if e.is_read_only() => (None, kind("error-kind-read-only", fidele_words::args![])),
        e if e.is_disk_full() => (None, kind("error-kind-disk-full", fidele_words::args![])),
        // A migration refused on a read-only file: the store's own account says what to do.
        E::ReadOnly(_) => return None,
        other => (None, kind("error-kind-storage", fidele_words::args!["detail" => other.to_string()])),
    };
    Some(match file {
        Some(f) => format!("{f}: {said}"),
        None => said,
    })
}

/// A file the shopkeeper named that could not be written (a full disk, a read-only folder, a
/// PDF that could not be drawn): nothing is left under its name.
pub(crate) fn write_failure(e: &fidele_usecases::WriteError) -> crate::Failure {
    let (path, detail) = match e {
        fidele_usecases::WriteError::Io { path, source } => (path, source.to_string()),
        fidele_usecases::WriteError::Draw { path, source } => (path, source.to_string()),
    };
    crate::Failure::Other(words().format("cli-could-not-write", &fidele_words::args!["path" => path.display().to_string(), "error" => detail]))
}

/// `--email: “x” is not an e-mail address.` for each field, as the flags name them.
pub(crate) fn invalid(invalid: &Invalid) -> String {
    invalid.errors.iter().map(field_error).collect::<Vec<_>>().join(" ")
}

pub(crate) fn field_error(e: &FieldError) -> String {
    let message = words().field_error(e);
    if e.field.is_empty() { message } else { format!("--{}: {message}", e.field.replace('_', "-")) }
}

/// `amount: “douze” is not an amount.`: a problem of a row, naming the file's field.
pub(crate) fn problem(p: &Problem) -> String {
    let message = words().error(p.code, &p.args);
    if p.field.is_empty() { message } else { format!("{}: {message}", p.field) }
}

/// Every problem of a refused row, in a line.
pub(crate) fn rejected(r: &Rejected) -> String {
    r.problems.iter().map(problem).collect::<Vec<_>>().join(" ")
}

pub(crate) fn warning(w: &Warning) -> String {
    problem(&w.problem())
}

#[cfg(test)]
mod tests {
    use super::*;
    use fidele_domain::{ErrorCode, Language, Refusal};

    #[test]
    fn a_refusal_names_the_flag_and_says_why() {
        let e = Refusal::new(ErrorCode::NotAnEmail).with("value", "x").on("email");
        let said = fidele_words::words(Language::Fr).field_error(&e);
        assert_eq!(said, "« x » n'est pas une adresse e-mail.");
        assert!(field_error(&e).starts_with("--email: "));
    }
}
