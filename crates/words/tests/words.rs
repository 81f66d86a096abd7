//! The words' contract: every file parses, every message exists in every language with the
//! same attributes, no translation uses a variable the English message does not pass, and no
//! id is defined twice.

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

fn inline_vars(e: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    use ast::InlineExpression as I;
    match e {
        I::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        I::FunctionReference { arguments, .. } => call_vars(arguments, out),
        I::TermReference { arguments: Some(a), .. } => call_vars(a, out),
        I::Placeable { expression } => expr_vars(expression, out, &mut String::new()),
        _ => {}
    }
}

fn call_vars(a: &ast::CallArguments<&str>, out: &mut BTreeSet<String>) {
    a.positional.iter().for_each(|p| inline_vars(p, out));
    a.named.iter().for_each(|n| inline_vars(&n.value, out));
}

fn expr_vars(e: &ast::Expression<&str>, out: &mut BTreeSet<String>, text: &mut String) {
    match e {
        ast::Expression::Inline(i) => inline_vars(i, out),
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            variants.iter().for_each(|v| pattern_vars(&v.value, out, text));
        }
    }
}

fn pattern_vars(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>, text: &mut String) {
    for element in &p.elements {
        match element {
            ast::PatternElement::TextElement { value } => text.push_str(value),
            ast::PatternElement::Placeable { expression } => expr_vars(expression, out, text),
        }
    }
}

/// Every message of one language, by id; panics on a parse error or an id defined twice.
fn messages(language: Language) -> BTreeMap<String, Shape> {
    let mut all = BTreeMap::new();
    for (lang, file, source) in fidele_words::sources() {
        if *lang != language.code() {
            continue;
        }
        let resource = fluent_syntax::parser::parse(*source).unwrap_or_else(|(_, errors)| panic!("locales/{lang}/{file} does not parse: {errors:?}"));
        for entry in resource.body {
            let ast::Entry::Message(m) = entry else { continue };
            let mut shape = Shape { file: file.to_string(), ..Shape::default() };
            if let Some(value) = &m.value {
                pattern_vars(value, &mut shape.variables, &mut shape.text);
            }
            for a in &m.attributes {
                shape.attributes.insert(a.id.name.to_owned());
                pattern_vars(&a.value, &mut shape.variables, &mut shape.text);
            }
            if let Some(first) = all.insert(m.id.name.to_owned(), shape) {
                panic!("locales/{lang}: \"{}\" is defined twice (in {file} and {})", m.id.name, first.file);
            }
        }
    }
    all
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
