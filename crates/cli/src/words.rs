//! The CLI's words, from `locales/<lang>/cli.ftl` through `fidele-words`, in the language the
//! command speaks (`--lang`, `FIDELE_LANG`, the locale, else English); and the summary lines
//! `--quiet` silences.
//!
//! Absent here: any sentence or plural rule. A count is a Fluent message with a selector on
//! `$n` ("1 client", "2 clients"; French says "0 client"), chosen by id.

use std::path::Path;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use fidele_domain::Language;
use fidele_store::Writer;
use fidele_words::{FluentArgs, FluentValue, Words};

pub(crate) use fidele_words::args;

static LANGUAGE: OnceLock<Language> = OnceLock::new();

/// The language everything from here on is said in (set once, before the command runs).
pub(crate) fn set_language(language: Language) {
    let _ = LANGUAGE.set(language);
}

pub(crate) fn language() -> Language {
    LANGUAGE.get().copied().unwrap_or(Language::En)
}

/// The language asked for: `--lang` (clap also reads `FIDELE_LANG` into it), else the locale
/// in effect (`LC_ALL`, else `LC_MESSAGES`, else `LANG`, as POSIX orders them) when Fidèle
/// speaks it, else English. An unknown `--lang` is refused rather than ignored.
pub(crate) fn choose_language(
    asked: Option<&str>,
    env: impl Fn(&str) -> Option<String>,
) -> Result<Language, String> {
    if let Some(asked) = asked.map(str::trim).filter(|a| !a.is_empty()) {
        return Language::from_locale(asked).ok_or_else(|| {
            words(Language::En).format("cli-lang-unknown", &args!["value" => asked])
        });
    }
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .find_map(|var| env(var).filter(|v| !v.is_empty()));
    Ok(locale
        .as_deref()
        .and_then(Language::from_locale)
        .unwrap_or(Language::En))
}

fn words(language: Language) -> &'static Words {
    fidele_words::words(language)
}

/// The message `id` in the command's language.
pub(crate) fn t(id: &str, args: &FluentArgs) -> String {
    words(language()).format(id, args)
}

/// The message `id` without arguments.
pub(crate) fn text(id: &str) -> String {
    words(language()).text(id)
}

/// A noun that is counted: the id of its message, which selects on `$n`.
#[derive(Clone, Copy)]
pub(crate) struct Noun(&'static str);

pub(crate) const CUSTOMER: Noun = Noun("cli-count-customer");
pub(crate) const GOLD_CUSTOMER: Noun = Noun("cli-count-gold-customer");
pub(crate) const HOUSEHOLD: Noun = Noun("cli-count-household");
pub(crate) const PURCHASE: Noun = Noun("cli-count-purchase");
pub(crate) const INTERACTION: Noun = Noun("cli-count-interaction");
pub(crate) const CONSENT_EVENT: Noun = Noun("cli-count-consent-event");
pub(crate) const REMINDER: Noun = Noun("cli-count-reminder");
pub(crate) const REFERRAL: Noun = Noun("cli-count-referral");
pub(crate) const CARD: Noun = Noun("cli-count-card");
pub(crate) const NEW_CARD: Noun = Noun("cli-count-new-card");
pub(crate) const PAGE: Noun = Noun("cli-count-page");
pub(crate) const RECEIPT: Noun = Noun("cli-count-receipt");
pub(crate) const SECOND: Noun = Noun("cli-count-second");

/// A count for Fluent: a number, so the plural rules of the language apply to it.
pub(crate) fn n(n: impl TryInto<u64>) -> FluentValue<'static> {
    let n: u64 = n.try_into().unwrap_or(u64::MAX);
    FluentValue::from(n)
}

/// "1 customer", "2 klanten", "ลูกค้า 3 ราย".
pub(crate) fn count(n: impl TryInto<u64>, noun: Noun) -> String {
    t(noun.0, &args!["n" => self::n(n)])
}

fn writer_code(writer: Writer) -> &'static str {
    match writer {
        Writer::Import => "import",
        Writer::App => "app",
        Writer::Other => "other",
    }
}

fn seconds(d: Duration) -> String {
    match d.as_millis() {
        ms if ms % 1000 == 0 => count((ms / 1000) as u64, SECOND),
        ms => t("cli-milliseconds", &args!["n" => n(ms as u64)]),
    }
}

fn busy(id: &str, path: &Path, writer: Writer, limit: Duration) -> String {
    let writer = writer_code(writer);
    t(
        id,
        &args![
            "path" => path.display().to_string(),
            "cause" => t("cli-busy-cause", &args!["writer" => writer]),
            "advice" => t("cli-busy-advice", &args!["writer" => writer]),
            "limit" => seconds(limit),
        ],
    )
}

/// Said on a terminal while a command waits for the file.
pub(crate) fn busy_waiting(path: &Path, writer: Writer, limit: Duration) -> String {
    busy("cli-busy-waiting", path, writer, limit)
}

/// The failure after the wait.
pub(crate) fn busy_failed(path: &Path, writer: Writer, limit: Duration) -> String {
    busy("cli-busy-failed", path, writer, limit)
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
pub(crate) fn say(id: &str, args: &FluentArgs) {
    if !quiet() {
        println!("{}", t(id, args));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn in_language<T>(language: Language, f: impl FnOnce(&'static Words) -> T) -> T {
        f(words(language))
    }

    fn counted(language: Language, k: u64, noun: Noun) -> String {
        in_language(language, |w| w.format(noun.0, &args!["n" => n(k)]))
    }

    #[test]
    fn counts_follow_each_languages_plural_rules() {
        assert_eq!(counted(Language::En, 0, CUSTOMER), "0 customers");
        assert_eq!(counted(Language::En, 1, CUSTOMER), "1 customer");
        assert_eq!(counted(Language::En, 2, CUSTOMER), "2 customers");
        // French puts zero in the singular.
        assert_eq!(counted(Language::Fr, 0, CUSTOMER), "0 client");
        assert_eq!(counted(Language::Fr, 1, CUSTOMER), "1 client");
        assert_eq!(counted(Language::Fr, 2, CUSTOMER), "2 clients");
        assert_eq!(counted(Language::Nl, 0, CUSTOMER), "0 klanten");
        assert_eq!(counted(Language::Nl, 1, CUSTOMER), "1 klant");
        // Thai counts with a classifier and no plural.
        assert_eq!(counted(Language::Th, 1, CUSTOMER), "ลูกค้า 1 ราย");
        assert_eq!(counted(Language::Th, 21, CUSTOMER), "ลูกค้า 21 ราย");
    }

    #[test]
    fn the_language_is_asked_then_the_locale_then_english() {
        let env = |vars: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                vars.iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(
            choose_language(Some("th"), env(&[("LANG", "fr_FR.UTF-8")])),
            Ok(Language::Th)
        );
        assert_eq!(choose_language(Some("nl-BE"), env(&[])), Ok(Language::Nl));
        assert!(
            choose_language(Some("de"), env(&[]))
                .unwrap_err()
                .contains("--lang: “de”")
        );
        assert_eq!(
            choose_language(None, env(&[("LANG", "fr_BE.UTF-8")])),
            Ok(Language::Fr)
        );
        assert_eq!(
            choose_language(
                None,
                env(&[("LC_ALL", "nl_NL.UTF-8"), ("LANG", "fr_FR.UTF-8")])
            ),
            Ok(Language::Nl)
        );
        assert_eq!(
            choose_language(
                None,
                env(&[("LC_MESSAGES", "th_TH.UTF-8"), ("LANG", "fr_FR.UTF-8")])
            ),
            Ok(Language::Th)
        );
        // The locale in effect is German: not one Fidèle speaks, so English, not the next variable.
        assert_eq!(
            choose_language(
                None,
                env(&[("LC_ALL", "de_DE.UTF-8"), ("LANG", "fr_FR.UTF-8")])
            ),
            Ok(Language::En)
        );
        assert_eq!(
            choose_language(None, env(&[("LANG", "C.UTF-8")])),
            Ok(Language::En)
        );
        assert_eq!(choose_language(None, env(&[])), Ok(Language::En));
    }
}
