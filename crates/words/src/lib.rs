//! Every word the shopkeeper reads, in French, Dutch, English and Thai.
//!
//! The words live in `locales/<lang>/*.ftl` (Project Fluent), the one source shared with the
//! UI, which reads the same files with `@fluent/bundle`. Below the front ends no crate returns
//! prose: it returns codes and data, and the front ends (or the PDF writer, for what a card
//! prints) turn them into words here. Plurals, gender and register are selectors in the `.ftl`
//! files, not branches in code.
//!
//! Absent here: any `match language` choosing a sentence. A message missing in one language
//! falls back to English at run time, but `tests/words.rs` fails first.

mod sources {
    include!(concat!(env!("OUT_DIR"), "/sources.rs"));
}

use std::sync::OnceLock;

use fidele_domain::Language;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::FluentResource;
pub use fluent_bundle::{FluentArgs, FluentValue};

/// The Fluent sources embedded at build time: `(language code, file name, text)`.
pub fn sources() -> &'static [(&'static str, &'static str, &'static str)] {
    sources::SOURCES
}

/// One language's words.
pub struct Words {
    language: Language,
    bundle: FluentBundle<FluentResource>,
}

/// The words of `language`, built once per process.
pub fn words(language: Language) -> &'static Words {
    static ALL: OnceLock<Vec<Words>> = OnceLock::new();
    let all = ALL.get_or_init(|| Language::ALL.into_iter().map(Words::build).collect());
    all.iter().find(|w| w.language == language).expect("every language is built")
}

impl Words {
    fn build(language: Language) -> Words {
        let tag: unic_langid::LanguageIdentifier = language.code().parse().expect("a language code is a tag");
        let mut bundle = FluentBundle::new_concurrent(vec![tag]);
        // No Unicode isolation marks around placeables: they end up as boxes in PDFs and as
        // noise in a terminal; the UI sets the same.
        bundle.set_use_isolating(false);
        for (_, _, text) in sources().iter().filter(|(lang, _, _)| *lang == language.code()) {
            // A file that does not parse keeps what did parse; tests/words.rs fails on it.
            let resource = FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(partial, _)| partial);
            // An id defined twice keeps the first; tests/words.rs fails on it.
            let _ = bundle.add_resource(resource);
        }
        Words { language, bundle }
    }

    pub fn language(&self) -> Language {
        self.language
    }

    /// Whether `id` is a message in this language.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The message `id` without arguments.
    pub fn text(&self, id: &str) -> String {
        self.format(id, &FluentArgs::new())
    }

    /// The message `id` with its arguments filled in; English when this language lacks it, the
    /// id itself when no language has it (both are caught by the tests before a release).
    pub fn format(&self, id: &str, args: &FluentArgs) -> String {
        self.format_attribute(id, None, args)
    }

    /// The attribute `attribute` of message `id` (`id.attribute` in the `.ftl` file).
    pub fn attribute(&self, id: &str, attribute: &str, args: &FluentArgs) -> String {
        self.format_attribute(id, Some(attribute), args)
    }

    fn format_attribute(&self, id: &str, attribute: Option<&str>, args: &FluentArgs) -> String {
        let found = self.bundle.get_message(id).and_then(|m| match attribute {
            Some(a) => m.get_attribute(a).map(|a| a.value()),
            None => m.value(),
        });
        match found {
            Some(pattern) => {
                let mut errors = Vec::new();
                self.bundle.format_pattern(pattern, Some(args), &mut errors).into_owned()
            }
            None if self.language != Language::En => words(Language::En).format_attribute(id, attribute, args),
            None => attribute.map_or_else(|| id.to_owned(), |a| format!("{id}.{a}")),
        }
    }
}

impl Words {
    /// A refusal in this language: the message `error-<code>` with the values it names
    /// (`locales/<lang>/errors.ftl`). The field is not in it: a form shows it beside the
    /// field, the CLI and the import preview before it.
    pub fn error(&self, code: fidele_domain::ErrorCode, args: &fidele_domain::Args) -> String {
        self.format(&code.message_id(), &error_args(args))
    }

    pub fn field_error(&self, e: &fidele_domain::FieldError) -> String {
        self.error(e.code, &e.args)
    }
}

/// The values a code names, as Fluent arguments: numbers stay numbers, so plurals select on
/// them.
pub fn error_args(args: &fidele_domain::Args) -> FluentArgs<'static> {
    let mut out = FluentArgs::new();
    for (name, value) in args {
        match value {
            fidele_domain::Arg::Text(t) => out.set(*name, t.clone()),
            fidele_domain::Arg::Number(n) => out.set(*name, *n),
        }
    }
    out
}

/// Fluent arguments from pairs: `args!["n" => 3, "name" => "Zoé"]`.
#[macro_export]
macro_rules! args {
    ($($key:expr => $value:expr),* $(,)?) => {{
        #[allow(unused_mut)]
        let mut a = $crate::FluentArgs::new();
        $(a.set($key, $value);)*
        a
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_error_is_worded_with_its_values_in_each_language() {
        use fidele_domain::{ErrorCode, Refusal};
        let e = Refusal::new(ErrorCode::NotAnEmail).with("value", "pas-un-email").on("email");
        assert_eq!(words(Language::Fr).field_error(&e), "« pas-un-email » n'est pas une adresse e-mail.");
        assert_eq!(words(Language::Nl).field_error(&e), "‘pas-un-email’ is geen e-mailadres.");
        assert_eq!(words(Language::En).field_error(&e), "“pas-un-email” is not an e-mail address.");
        assert_eq!(words(Language::Th).field_error(&e), "“pas-un-email” ไม่ใช่ที่อยู่อีเมล");
        let long = Refusal::new(ErrorCode::TooLong).with("max", 100).on("notes");
        assert_eq!(words(Language::Fr).field_error(&long), "Plus de 100 caractères.");
    }

    #[test]
    fn falls_back_to_the_id_when_no_language_has_it() {
        assert_eq!(words(Language::Fr).text("no-such-message"), "no-such-message");
    }
}
