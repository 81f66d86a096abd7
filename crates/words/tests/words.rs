//! The words' contract: every file parses, every message exists in every language with the
//! same attributes, no translation uses a variable the English message does not pass, no id is
//! defined twice, and no message is left in English (nor, in Thai, in Latin letters) unless the
//! language's `untranslated.txt` says why.

use std::collections::{BTreeMap, BTreeSet};

use fidele_domain::Language;
use fluent_syntax::ast;

/// A message's shape: its attributes and the variables its value and attributes reference.
#[derive(Debug, Default)]
struct Shape {
    file: String,
    attributes: BTreeSet<String>,
    variables: BTreeSet<String>,
    text: String,
}

/// Walks a pattern: the variables it references go to `vars`, the words it shows (text and
/// string literals, every variant of every selector) to `text`.
struct Walk<'a> {
    vars: &'a mut BTreeSet<String>,
    text: &'a mut String,
}

impl Walk<'_> {
    fn inline(&mut self, e: &ast::InlineExpression<&str>) {
        use ast::InlineExpression as I;
        match e {
            I::VariableReference { id } => {
                self.vars.insert(id.name.to_owned());
            }
            I::StringLiteral { value } => self.text.push_str(value),
            I::FunctionReference { arguments, .. } => self.call(arguments),
            I::TermReference { arguments: Some(a), .. } => self.call(a),
            I::Placeable { expression } => self.expression(expression),
            _ => {}
        }
    }

    fn call(&mut self, a: &ast::CallArguments<&str>) {
        a.positional.iter().for_each(|p| self.inline(p));
        a.named.iter().for_each(|n| self.inline(&n.value));
    }

    fn expression(&mut self, e: &ast::Expression<&str>) {
        match e {
            ast::Expression::Inline(i) => self.inline(i),
            ast::Expression::Select { selector, variants } => {
                self.inline(selector);
                variants.iter().for_each(|v| self.pattern(&v.value));
            }
        }
    }

    fn pattern(&mut self, p: &ast::Pattern<&str>) {
        for element in &p.elements {
            match element {
                ast::PatternElement::TextElement { value } => self.text.push_str(value),
                ast::PatternElement::Placeable { expression } => self.expression(expression),
            }
        }
    }
}

/// Every message of one language, by id; panics on a parse error or an id defined twice.
fn messages(language: Language) -> BTreeMap<String, Shape> {
    let mut all = BTreeMap::new();
    for (lang, file, source) in fidele_words::sources().iter().filter(|(lang, _, _)| *lang == language.code()) {
        add_messages(lang, file, source, &mut all);
    }
    all
}

/// Adds the messages of one `.ftl` source to `all`.
fn add_messages(lang: &str, file: &str, source: &str, all: &mut BTreeMap<String, Shape>) {
    let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(_, errors)| panic!("locales/{lang}/{file} does not parse: {errors:?}"));
    for entry in resource.body {
        let ast::Entry::Message(m) = entry else { continue };
        let mut shape = Shape { file: file.to_string(), ..Shape::default() };
        let mut walk = Walk { vars: &mut shape.variables, text: &mut shape.text };
        if let Some(value) = &m.value {
            walk.pattern(value);
        }
        for a in &m.attributes {
            walk.pattern(&a.value);
        }
        shape.attributes = m.attributes.iter().map(|a| a.id.name.to_owned()).collect();
        if let Some(first) = all.insert(m.id.name.to_owned(), shape) {
            panic!("locales/{lang}: \"{}\" is defined twice (in {file} and {})", m.id.name, first.file);
        }
    }
}

#[test]
fn every_language_has_every_message_with_the_same_attributes() {
    let english = messages(Language::En);
    assert!(english.len() > 10, "the English words are found");
    let mut problems = Vec::new();
    for language in Language::ALL {
        let these = messages(language);
        for (id, shape) in &english {
            match these.get(id) {
                None => problems.push(format!("{}: missing \"{id}\" (in en/{})", language.code(), shape.file)),
                Some(t) if t.attributes != shape.attributes => problems.push(format!("{}: \"{id}\" has attributes {:?}, English {:?}", language.code(), t.attributes, shape.attributes)),
                Some(_) => {}
            }
        }
        for id in these.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{}: \"{id}\" is not in English", language.code()));
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn no_translation_uses_a_variable_english_does_not_pass() {
    let english = messages(Language::En);
    let mut problems = Vec::new();
    for language in Language::ALL {
        for (id, shape) in messages(language) {
            let Some(en) = english.get(&id) else { continue };
            for v in shape.variables.difference(&en.variables) {
                problems.push(format!("{}: \"{id}\" uses ${v}, which English does not", language.code()));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_message_formats_in_every_language() {
    // Formatting with no arguments must still give text (Fluent writes `{$n}` for a missing
    // one) and never the id itself, which is what a lookup that failed returns.
    for language in Language::ALL {
        let w = fidele_words::words(language);
        for id in messages(language).keys() {
            assert!(w.has(id), "{}: \"{id}\" parses but is not in the bundle", language.code());
        }
    }
}

/// The words a reader sees, lowercased, without variables, digits, spaces or punctuation: so
/// "RFM-segment" reads the same as "RFM segment", and "sms" as "SMS".
fn letters(text: &str) -> String {
    text.chars().filter(|c| c.is_alphabetic()).flat_map(char::to_lowercase).collect()
}

fn is_thai(c: char) -> bool {
    ('\u{0E00}'..='\u{0E7F}').contains(&c)
}

fn is_latin_letter(c: char) -> bool {
    c.is_alphabetic() && c <= '\u{024F}'
}

/// Why a message of `lang` may stay as in English, by id, from its `untranslated.txt`: one id
/// per line followed by its reason (`stage-partner  the same word in Dutch`; a `:`, `#` or dash
/// between them is allowed); `#` starts a comment line.
fn allow_list(lang: &str, text: &str, problems: &mut Vec<String>) -> BTreeMap<String, String> {
    let mut allowed = BTreeMap::new();
    for (n, line) in text.lines().enumerate().map(|(n, l)| (n + 1, l.trim())) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let end = line.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_')).unwrap_or(line.len());
        let (id, rest) = line.split_at(end);
        let reason = rest.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '#' | '-' | '–' | '—' | '=')).trim();
        if id.is_empty() || reason.is_empty() {
            problems.push(format!("{lang}/untranslated.txt line {n}: write the message id, then why it stays as in English: \"{line}\""));
        } else if allowed.insert(id.to_owned(), reason.to_owned()).is_some() {
            problems.push(format!("{lang}/untranslated.txt line {n}: \"{id}\" is listed twice"));
        }
    }
    allowed
}

/// What reads as untranslated in `lang`: a message whose words are English's, or, in Thai, a
/// message in Latin letters without one Thai character, unless `allowed` says why it may; and
/// an allowed id that is no message, or no longer needs to be allowed.
fn untranslated(lang: &str, english: &BTreeMap<String, Shape>, these: &BTreeMap<String, Shape>, allowed: &BTreeMap<String, String>) -> Vec<String> {
    let mut problems = Vec::new();
    for (id, shape) in these {
        let words = letters(&shape.text);
        let same_as_english = english.get(id).is_some_and(|en| !letters(&en.text).is_empty() && letters(&en.text) == words);
        let latin_only = lang == "th" && words.chars().any(is_latin_letter) && !words.chars().any(is_thai);
        let why = match (same_as_english, latin_only) {
            (true, _) => "reads as in English",
            (false, true) => "has Latin letters and no Thai",
            (false, false) => {
                if allowed.contains_key(id) {
                    problems.push(format!("{lang}: \"{id}\" is translated now: remove it from {lang}/untranslated.txt"));
                }
                continue;
            }
        };
        if !allowed.contains_key(id) {
            problems.push(format!("{lang}: \"{id}\" {why} (\"{}\", in {lang}/{}): translate it, or say in {lang}/untranslated.txt why it stays", shape.text.trim(), shape.file));
        }
    }
    for id in allowed.keys().filter(|id| !these.contains_key(*id)) {
        problems.push(format!("{lang}/untranslated.txt: \"{id}\" is not a message"));
    }
    problems
}

#[test]
fn no_message_is_left_in_english() {
    // A language takes part once it has its allow-list (Dutch and Thai; French has many words
    // that are rightly English's too, and English is the reference).
    let english = messages(Language::En);
    let mut problems = Vec::new();
    let mut checked = Vec::new();
    for language in Language::ALL.into_iter().filter(|l| *l != Language::En) {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales").join(language.code()).join("untranslated.txt");
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        checked.push(language.code());
        let allowed = allow_list(language.code(), &text, &mut problems);
        problems.extend(untranslated(language.code(), &english, &messages(language), &allowed));
    }
    assert!(checked.contains(&"nl"), "locales/nl/untranslated.txt is read");
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn the_untranslated_check_catches_english_words_and_thai_in_latin_letters() {
    let parse = |lang: &str, source: &str| {
        let mut all = BTreeMap::new();
        add_messages(lang, "test.ftl", source, &mut all);
        all
    };
    let english = parse("en", "a = Segment\nb = { $n } customers\nc = Dashboard\nd = —\ne = Partner\nf = { $n ->\n    [one] { $n } day\n   *[other] { $n } days\n}\n");
    let dutch = parse("nl", "a = RFM-segment\nb = { $n } klanten\nc = Overzicht\nd = —\ne = Partner\nf = { $n ->\n    [one] { $n } Day\n   *[other] { $n } days\n}\n");
    let mut problems = Vec::new();
    let allowed = allow_list("nl", "# words Dutch shares\ne  the same word in Dutch\nc: Overzicht is Dutch\nzz\n", &mut problems);
    problems.extend(untranslated("nl", &english, &dutch, &allowed));
    let ids: Vec<_> = problems.iter().map(|p| p.split('"').nth(1).unwrap_or(p)).collect();
    // "f" differs from English only by case; "c" is allowed but translated; "zz" has no reason.
    assert_eq!(ids, ["zz", "c", "f"], "{problems:#?}");
    assert!(problems.iter().all(|p| !p.contains("\"a\"")), "RFM-segment differs from Segment: {problems:#?}");

    let thai = parse("th", "a = กลุ่ม RFM\nb = { $n } ลูกค้า\nc = Dashbord\nd = —\ne = Partner\nf = { $n } วัน\n");
    let problems = untranslated("th", &english, &thai, &BTreeMap::from([("e".to_owned(), "a brand".to_owned())]));
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(problems[0].contains("\"c\" has Latin letters and no Thai"), "{problems:#?}");
}

#[test]
fn dutch_counts_agree_with_their_number() {
    let nl = fidele_words::words(Language::Nl);
    let count = |id: &str, n: i64| nl.format(id, &fidele_words::args!["n" => n]);
    assert_eq!(count("customers-count", 1), "1 klant");
    assert_eq!(count("customers-count", 2), "2 klanten");
    assert_eq!(count("interaction-age", 1), "1 dag open");
    assert_eq!(count("interaction-age", 3), "3 dagen open");
    let summary = nl.format("cards-summary", &fidele_words::args!["cards" => 1, "customers" => 1, "skipped" => 0]);
    assert_eq!(summary, "1 kaart voor 1 klant · 0 zonder kaart.");
    let run = nl.format("cards-recorded-run", &fidele_words::args!["cards" => 12, "customers" => 11]);
    assert_eq!(run, "Verzending vastgelegd: 12 kaarten, ‘kaart verstuurd’ bij 11 klanten.");
}

/// Every code a refusal can carry has its message in every language, and the message uses no
/// variable the English one does not (checked above), so a French screen never shows a code.
#[test]
fn every_error_code_has_a_message_in_every_language() {
    let mut missing = Vec::new();
    for language in Language::ALL {
        let words = fidele_words::words(language);
        for code in fidele_domain::ErrorCode::ALL {
            let id = code.message_id();
            // `has` on the language's own bundle: the English fallback would hide a gap.
            if !messages(language).contains_key(&id) || !words.has(&id) {
                missing.push(format!("{}: {id}", language.code()));
            }
        }
    }
    assert!(missing.is_empty(), "error codes without a message: {missing:?}");
}
