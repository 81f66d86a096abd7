//! The one place the CLI words what is wrong: refusals, refused rows and warnings, from their
//! codes, in the CLI's language (`crate::words::language`: `--lang`, the locale, else
//! English), with `fidele-words`.

use fidele_domain::{FieldError, Invalid};
use fidele_interchange::{Problem, Rejected, Warning};
use fidele_words::Words;

fn words() -> &'static Words {
    fidele_words::words(crate::words::language())
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
