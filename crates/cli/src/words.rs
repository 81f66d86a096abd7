//! The CLI's words that carry a number, in one place (issue 13 moves them to Fluent), and the
//! summary lines `--quiet` silences.
//!
//! A count is written with the noun's singular for exactly one thing and its plural otherwise
//! ("0 customers", "1 customer", "2 customers"), as English (and French for 0 and 1 alike,
//! which Fluent will handle) wants.

use std::fmt;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use fidele_store::Writer;

/// A noun with its singular and plural.
#[derive(Clone, Copy)]
pub(crate) struct Noun {
    one: &'static str,
    many: &'static str,
}

pub(crate) const CUSTOMER: Noun = Noun { one: "customer", many: "customers" };
pub(crate) const NEW_CUSTOMER: Noun = Noun { one: "new customer", many: "new customers" };
pub(crate) const GOLD_CUSTOMER: Noun = Noun { one: "gold customer", many: "gold customers" };
pub(crate) const BUYER: Noun = Noun { one: "buyer", many: "buyers" };
pub(crate) const HOUSEHOLD: Noun = Noun { one: "household", many: "households" };
pub(crate) const PURCHASE: Noun = Noun { one: "purchase", many: "purchases" };
pub(crate) const INTERACTION: Noun = Noun { one: "interaction", many: "interactions" };
pub(crate) const CONSENT_EVENT: Noun = Noun { one: "consent event", many: "consent events" };
pub(crate) const REMINDER: Noun = Noun { one: "reminder", many: "reminders" };
pub(crate) const REFERRAL: Noun = Noun { one: "referral", many: "referrals" };
pub(crate) const LABEL: Noun = Noun { one: "label", many: "labels" };
pub(crate) const CARD: Noun = Noun { one: "card", many: "cards" };
pub(crate) const NEW_CARD: Noun = Noun { one: "new card", many: "new cards" };
pub(crate) const PAGE: Noun = Noun { one: "page", many: "pages" };
pub(crate) const DUPLICATE: Noun = Noun { one: "duplicate", many: "duplicates" };
pub(crate) const PROBLEM: Noun = Noun { one: "problem", many: "problems" };
pub(crate) const RECEIPT: Noun = Noun { one: "receipt", many: "receipts" };
pub(crate) const REFUND: Noun = Noun { one: "refund", many: "refunds" };
pub(crate) const ANONYMOUS_SALE: Noun = Noun { one: "anonymous sale", many: "anonymous sales" };
pub(crate) const WARNING: Noun = Noun { one: "warning", many: "warnings" };
pub(crate) const SECOND: Noun = Noun { one: "second", many: "seconds" };

impl Noun {
    pub(crate) fn for_count(self, n: u64) -> &'static str {
        if n == 1 { self.one } else { self.many }
    }
}

/// "1 customer", "2 customers".
pub(crate) fn count(n: impl TryInto<u64>, noun: Noun) -> String {
    let n: u64 = n.try_into().unwrap_or(u64::MAX);
    format!("{n} {}", noun.for_count(n))
}

/// Who holds a busy customer file, in a sentence.
fn busy_cause(writer: Writer) -> &'static str {
    match writer {
        Writer::Import => "another import is writing to this file",
        Writer::App => "the Fidèle app is writing to this file",
        Writer::Other => "another program is writing to this file",
    }
}

/// What to do about it.
fn busy_advice(writer: Writer) -> &'static str {
    match writer {
        Writer::Import => "run the command again once the import has finished",
        Writer::App => "run the command again in a moment, or close the Fidèle app first",
        Writer::Other => "run the command again in a moment",
    }
}

fn seconds(d: Duration) -> String {
    match d.as_millis() {
        ms if ms % 1000 == 0 => count((ms / 1000) as u64, SECOND),
        ms => format!("{ms} ms"),
    }
}

/// Said on a terminal while a command waits for the file.
pub(crate) fn busy_waiting(path: &Path, writer: Writer, limit: Duration) -> String {
    format!("{} is busy: {}; waiting for it (up to {})...", path.display(), busy_cause(writer), seconds(limit))
}

/// The failure after the wait.
pub(crate) fn busy_failed(path: &Path, writer: Writer, limit: Duration) -> String {
    format!(
        "{} is busy: {}; waited {} and wrote nothing: {} (FIDELE_BUSY_WAIT_MS sets the wait)",
        path.display(),
        busy_cause(writer),
        seconds(limit),
        busy_advice(writer)
    )
}

static QUIET: AtomicBool = AtomicBool::new(false);

/// `--quiet`: no progress or summary lines from here on; data output is unchanged.
pub(crate) fn set_quiet(quiet: bool) {
    QUIET.store(quiet, Ordering::Relaxed);
}

pub(crate) fn quiet() -> bool {
    QUIET.load(Ordering::Relaxed)
}

/// A summary line on stdout ("3 customers written to ..."), unless `--quiet`.
pub(crate) fn say(line: fmt::Arguments<'_>) {
    if !quiet() {
        println!("{line}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_is_singular_and_every_other_count_plural() {
        assert_eq!(count(0_u64, CUSTOMER), "0 customers");
        assert_eq!(count(1_usize, CUSTOMER), "1 customer");
        assert_eq!(count(2_i64, CUSTOMER), "2 customers");
        assert_eq!(count(1_u32, NEW_CUSTOMER), "1 new customer");
        assert_eq!(count(21_u32, NEW_CUSTOMER), "21 new customers");
    }
}
