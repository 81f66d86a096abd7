//! Field-level validation errors: every message names the field it is about, so a form can
//! put it next to the input and the CLI can print `--email: ...`.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The field's stable name (`first_name`, `email`, `birthday`, ...), the same in the UI,
    /// the CLI flags (with dashes) and the database.
    pub field: String,
    /// What is wrong, as a stable code a front end words in its language (`no_name`,
    /// `too_long`, `not_an_email`, `not_a_phone`, `not_a_country`, `in_the_future`), `other`
    /// for the messages that have none yet.
    pub code: &'static str,
    /// The values the code names: the value refused, or the limit passed.
    pub args: Vec<String>,
    pub message: String,
}

impl FieldError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        FieldError::coded(field, "other", Vec::new(), message)
    }

    pub fn coded(field: impl Into<String>, code: &'static str, args: Vec<String>, message: impl Into<String>) -> Self {
        FieldError { field: field.into(), code, args, message: message.into() }
    }
}

/// One or more fields are wrong; nothing was written.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Invalid {
    pub errors: Vec<FieldError>,
}

impl Invalid {
    pub fn one(field: impl Into<String>, message: impl Into<String>) -> Self {
        Invalid { errors: vec![FieldError::new(field, message)] }
    }

    pub fn push(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.errors.push(FieldError::new(field, message));
    }

    pub fn push_coded(&mut self, field: impl Into<String>, code: &'static str, args: Vec<String>, message: impl Into<String>) {
        self.errors.push(FieldError::coded(field, code, args, message));
    }

    pub fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }

    /// `Ok(())` when no error was pushed, so a validator can end with `errors.into_result()`.
    pub fn into_result(self) -> Result<(), Invalid> {
        if self.errors.is_empty() { Ok(()) } else { Err(self) }
    }
}

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.errors.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{}: {}", e.field, e.message)?;
        }
        Ok(())
    }
}

impl std::error::Error for Invalid {}
