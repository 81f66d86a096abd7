//! What is wrong with what someone typed, as data: a field, a stable code and the values the
//! code names. No sentence is written here: the front ends word a code in the shopkeeper's
//! language (`locales/<lang>/errors.ftl`, message `error-<code>` with dashes, the args as its
//! variables), so a French screen says it in French, and nothing ever reads a code back out of
//! a sentence.

use std::fmt;

/// Declares the codes once: the enum, its stable snake_case code and the list of them all (the
/// words' test walks [`ErrorCode::ALL`], so a code without a message fails it).
macro_rules! error_codes {
    ($($(#[$doc:meta])* $variant:ident = $code:literal,)*) => {
        /// Every reason a value or a request is refused, below the front ends.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum ErrorCode {
            $($(#[$doc])* $variant,)*
        }

        impl ErrorCode {
            pub const ALL: &'static [ErrorCode] = &[$(ErrorCode::$variant,)*];

            /// The stable code (`not_an_email`), the same in the IPC, the CLI's `--json` and
            /// the words' ids (`error-not-an-email`).
            pub fn code(self) -> &'static str {
                match self {
                    $(ErrorCode::$variant => $code,)*
                }
            }
        }
    };
}

error_codes! {
    // Any field.
    /// Nothing was given where something is needed.
    Empty = "empty",
    /// args: `max` (characters).
    TooLong = "too_long",
    /// args: `max`.
    MoreThan = "more_than",
    /// args: `max` (per cent).
    MoreThanPercent = "more_than_percent",
    /// Less than zero.
    Negative = "negative",
    /// args: `value`, `min`, `max`.
    NotInRange = "not_in_range",
    /// args: `value`, `choices` (the accepted codes, comma-separated).
    NotOneOf = "not_one_of",
    /// args: `value`.
    NotWholeNumber = "not_whole_number",
    /// args: `value`.
    NotYesNo = "not_yes_no",
    /// args: `value`.
    NotText = "not_text",

    // Customers.
    /// No first name, last name or company.
    NoName = "no_name",
    /// args: `value`.
    NotAnEmail = "not_an_email",
    /// args: `value`.
    NotAPhone = "not_a_phone",
    /// The digits or the prefix do not exist in `country`. args: `value`, `country`.
    PhoneNotInUse = "phone_not_in_use",
    /// args: `value`.
    NotACountry = "not_a_country",
    /// args: `value`.
    NotALanguage = "not_a_language",
    /// args: `value` (a date).
    InTheFuture = "in_the_future",
    ReferSelf = "refer_self",
    /// args: `id`.
    NoSuchCustomer = "no_such_customer",
    /// args: `id`.
    NoSuchHousehold = "no_such_household",
    HouseholdNoName = "household_no_name",
    HouseholdSelf = "household_self",
    /// args: `id`.
    CustomerErased = "customer_erased",
    /// Merging or unmarking a customer with themselves.
    SameCustomer = "same_customer",

    // Dates.
    /// args: `month`.
    NoSuchMonth = "no_such_month",
    /// args: `value`.
    NotADay = "not_a_day",
    /// args: `year`.
    TooFarBack = "too_far_back",
    /// Not `YYYY-MM-DD` or `--MM-DD` (typed in a form or on the command line). args: `value`.
    NotIsoBirthday = "not_iso_birthday",
    /// A birthday cell of a file that reads as none. args: `value`.
    NotABirthday = "not_a_birthday",
    /// args: `value`.
    NoYear = "no_year",
    /// args: `value`.
    NotATime = "not_a_time",
    /// args: `value`.
    NotADate = "not_a_date",
    /// args: `value`.
    NotADateTime = "not_a_date_time",
    /// args: `value`.
    NotAMonth = "not_a_month",
    /// args: `value`.
    NotAWeek = "not_a_week",
    /// A period's end before its start.
    EndBeforeStart = "end_before_start",
    PeriodTooLong = "period_too_long",
    DueBeforeInteraction = "due_before_interaction",

    // Money and purchases.
    /// args: `value`.
    NotAnAmount = "not_an_amount",
    /// args: `value`.
    TooPrecise = "too_precise",
    /// args: `value`.
    TooLarge = "too_large",
    /// args: `value`.
    NotACurrency = "not_a_currency",
    AmountZero = "amount_zero",
    RefundNotNegative = "refund_not_negative",
    MarginOtherCurrency = "margin_other_currency",
    RefundStaysLinked = "refund_stays_linked",
    /// args: `refunded` (an amount).
    LessThanRefunded = "less_than_refunded",
    /// args: `id`, `refunds` (their numbers).
    HasRefunds = "has_refunds",
    /// args: `id`.
    NoSuchPurchase = "no_such_purchase",
    /// args: `id`.
    RefundOfRefund = "refund_of_refund",
    /// args: `id`.
    RefundOtherCustomer = "refund_other_customer",
    /// args: `currency`, `id`.
    RefundCurrency = "refund_currency",
    /// args: `id`, `left` (an amount).
    RefundTooMuch = "refund_too_much",

    // At the counter: cards, points, offer codes.
    /// Ten digits whose check digit does not fit: misread or mistyped. args: `value`.
    MemberNumberCheck = "member_number_check",
    /// args: `value`.
    NoSuchMemberNumber = "no_such_member_number",
    /// A lost card's number. args: `value`, `name` (whose it was).
    MemberNumberStopped = "member_number_stopped",
    /// args: `balance`, `cost`.
    NotEnoughPoints = "not_enough_points",
    /// args: `code`.
    NoSuchOffer = "no_such_offer",
    /// args: `code`, `until` (a date).
    OfferExpired = "offer_expired",
    /// args: `code`, `at` (a date).
    OfferAlreadyUsed = "offer_already_used",
    /// args: `code`, `name` (whose it is).
    OfferOtherCustomer = "offer_other_customer",
    LoyaltyOff = "loyalty_off",

    // Interactions, reminders.
    NoSummary = "no_summary",
    NoResolution = "no_resolution",
    NoTitle = "no_title",
    RepeatAtLeastOne = "repeat_at_least_one",

    // The shop, the file.
    LogoNotPng = "logo_not_png",
    /// args: `max` (megabytes).
    LogoTooLarge = "logo_too_large",
    /// args: `detail` (the system's words).
    FileUnreadable = "file_unreadable",
    ChooseFileAgain = "choose_file_again",
    PassphraseEmpty = "passphrase_empty",
    PassphraseNul = "passphrase_nul",
    PassphraseMissing = "passphrase_missing",
    PassphraseWrong = "passphrase_wrong",
    /// args: `minutes`.
    UndoExpired = "undo_expired",
    UndoChangedSince = "undo_changed_since",
    /// args: `id`.
    UndoCustomerNumberTaken = "undo_customer_number_taken",
    /// args: `id`.
    UndoPurchaseNumberTaken = "undo_purchase_number_taken",
    GenerateAgain = "generate_again",
    NewsletterEmailOnly = "newsletter_email_only",

    // Files coming in (crates/interchange), a whole file.
    FileEmpty = "file_empty",
    NoHeader = "no_header",
    /// args: `headers`.
    NoNameColumn = "no_name_column",
    /// args: `column` (a purchase field's code), `headers`.
    MissingColumn = "missing_column",
    NoCards = "no_cards",
    /// args: `column`.
    NoColumnNamed = "no_column_named",
    /// args: `n`, `count`.
    NoColumnNumber = "no_column_number",
    /// `COLUMN=field` without a column. args: `value`.
    NamesNoColumn = "names_no_column",
    /// Not `COLUMN=FIELD`. args: `value`.
    NotAMapping = "not_a_mapping",

    // Files coming in, one record.
    /// args: `found`, `expected`.
    FieldCount = "field_count",
    /// Nothing in the row names anyone: no name, company, e-mail, phone or reference.
    NoIdentity = "no_identity",
    /// args: `value`.
    NotASale = "not_a_sale",
    /// args: `value`.
    UnknownEmail = "unknown_email",
    /// args: `value`.
    UnknownPhone = "unknown_phone",
    /// args: `value`.
    UnknownNumber = "unknown_number",
    CardNotClosed = "card_not_closed",
    CardUnreadable = "card_unreadable",
    /// args: `detail`.
    ReadError = "read_error",
}

impl ErrorCode {
    /// The message id of the code in `locales/<lang>/errors.ftl`: `error-not-an-email`.
    pub fn message_id(self) -> String {
        format!("error-{}", self.code().replace('_', "-"))
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A value a code names: text (a value as typed, a date, a list) or a number (a limit, a
/// count), which the words' plurals select on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    Number(i64),
}

impl fmt::Display for Arg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Arg::Text(t) => f.write_str(t),
            Arg::Number(n) => write!(f, "{n}"),
        }
    }
}

impl From<&str> for Arg {
    fn from(t: &str) -> Arg {
        Arg::Text(t.to_owned())
    }
}

impl From<String> for Arg {
    fn from(t: String) -> Arg {
        Arg::Text(t)
    }
}

impl From<&String> for Arg {
    fn from(t: &String) -> Arg {
        Arg::Text(t.clone())
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(n as i64)
            }
        }
    )*};
}
number_args!(i32, i64, u16, u32, u64, usize);

/// The named values of a code, in the order given.
pub type Args = Vec<(&'static str, Arg)>;

/// Why a value is refused, before anyone knows which field it was typed in (a birthday, an
/// e-mail, an amount read on their own). [`Refusal::on`] names the field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub code: ErrorCode,
    pub args: Args,
}

impl Refusal {
    pub fn new(code: ErrorCode) -> Refusal {
        Refusal { code, args: Vec::new() }
    }

    /// The same refusal, naming one more value.
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Refusal {
        self.args.push((name, value.into()));
        self
    }

    /// The value `name` names, if any.
    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }

    pub fn on(self, field: impl Into<String>) -> FieldError {
        FieldError { field: field.into(), code: self.code, args: self.args }
    }
}

/// For logs and tests only: the code and its values, never shown to a shopkeeper.
impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_coded(f, self.code, &self.args)
    }
}

fn write_coded(f: &mut fmt::Formatter<'_>, code: ErrorCode, args: &Args) -> fmt::Result {
    f.write_str(code.code())?;
    for (i, (name, value)) in args.iter().enumerate() {
        write!(f, "{}{name}={value}", if i == 0 { " (" } else { ", " })?;
    }
    if !args.is_empty() {
        f.write_str(")")?;
    }
    Ok(())
}

/// A field that is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The field's stable name (`first_name`, `email`, `birthday`, ...), the same in the UI,
    /// the CLI flags (with dashes) and the database.
    pub field: String,
    pub code: ErrorCode,
    /// The values the code names: the value refused, or the limit passed.
    pub args: Args,
}

impl FieldError {
    pub fn new(field: impl Into<String>, code: ErrorCode) -> FieldError {
        FieldError { field: field.into(), code, args: Vec::new() }
    }

    /// The same error, naming one more value.
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> FieldError {
        self.args.push((name, value.into()));
        self
    }

    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.field.is_empty() {
            write!(f, "{}: ", self.field)?;
        }
        write_coded(f, self.code, &self.args)
    }
}

/// One or more fields are wrong; nothing was written.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Invalid {
    pub errors: Vec<FieldError>,
}

impl Invalid {
    pub fn one(error: FieldError) -> Self {
        Invalid { errors: vec![error] }
    }

    pub fn push(&mut self, error: FieldError) {
        self.errors.push(error);
    }

    pub fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }

    /// `Ok(())` when no error was pushed, so a validator can end with `errors.into_result()`.
    pub fn into_result(self) -> Result<(), Invalid> {
        if self.errors.is_empty() { Ok(()) } else { Err(self) }
    }
}

impl From<FieldError> for Invalid {
    fn from(e: FieldError) -> Invalid {
        Invalid::one(e)
    }
}

/// For logs and tests only (codes, not words).
impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.errors.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Invalid {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_snake_case() {
        let mut seen = std::collections::HashSet::new();
        for c in ErrorCode::ALL {
            assert!(seen.insert(c.code()), "{c} twice");
            assert!(c.code().chars().all(|ch| ch.is_ascii_lowercase() || ch == '_'), "{c}");
        }
        assert_eq!(ErrorCode::NotAnEmail.message_id(), "error-not-an-email");
    }

    #[test]
    fn a_refusal_names_its_field_and_values() {
        let e = Refusal::new(ErrorCode::TooLong).with("max", 100).on("notes");
        assert_eq!(e.field, "notes");
        assert_eq!(e.arg("max"), Some(&Arg::Number(100)));
        assert_eq!(e.to_string(), "notes: too_long (max=100)");
    }
}
