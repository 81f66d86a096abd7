//! Customers from vCards (2.1 as older Android phones write them, 3.0 as iPhones do, 4.0).
//!
//! `calcard` parses each card: it unfolds lines, decodes 2.1's QUOTED-PRINTABLE (soft line
//! breaks included) in the CHARSET the property names, and unescapes 3.0/4.0 text. This module
//! finds where each card starts, so a rejection can name its line, and reads BDAY itself:
//! calcard reads `--07-14` (seen in exports, though RFC 6350 only has `--0714`) as July with no
//! day, and the no-year forms are the ones shops care about.

use calcard::vcard::{VCard, VCardEntry, VCardProperty};
use calcard::{Entry, Parser};
use fidele_domain::{CustomerDraft, ErrorCode, Salutation};

use crate::customers::{ImportedCustomer, Origins, finish};
use crate::dates::{DateOrder, parse_birthday};
use crate::values::{clean_email, clean_phone, country_code, split_full_name, split_tags};
use crate::{ImportError, Problem, Rejected, Warning};

/// One card's text and the 1-based line its BEGIN:VCARD is on.
struct CardText<'a> {
    line: u64,
    text: &'a str,
    closed: bool,
}

/// Splits a file into cards by their BEGIN/END lines (never folded: the line is too short).
/// Text between cards is ignored, as address books put nothing there but blank lines.
fn split_cards(text: &str) -> Vec<CardText<'_>> {
    let mut cards = Vec::new();
    let mut open: Option<(u64, usize)> = None;
    let mut offset = 0;
    for (i, raw) in text.split_inclusive('\n').enumerate() {
        let line = raw.trim();
        if line.eq_ignore_ascii_case("BEGIN:VCARD") {
            if let Some((start_line, start)) = open {
                // A card that never closed before the next began.
                cards.push(CardText {
                    line: start_line,
                    text: &text[start..offset],
                    closed: false,
                });
            }
            open = Some((i as u64 + 1, offset));
        } else if line.eq_ignore_ascii_case("END:VCARD")
            && let Some((start_line, start)) = open.take()
        {
            cards.push(CardText {
                line: start_line,
                text: &text[start..offset + raw.len()],
                closed: true,
            });
        }
        offset += raw.len();
    }
    if let Some((start_line, start)) = open {
        cards.push(CardText {
            line: start_line,
            text: &text[start..],
            closed: false,
        });
    }
    cards
}

pub(crate) fn read_vcards(
    text: &str,
    order: DateOrder,
    shop_country: &str,
) -> Result<Vec<Result<ImportedCustomer, Rejected>>, ImportError> {
    let cards = split_cards(text);
    if cards.is_empty() {
        return Err(ImportError::NoCards);
    }
    Ok(cards.iter().map(|card| read_card(card, order, shop_country)).collect())
}

fn read_card(card: &CardText<'_>, order: DateOrder, shop_country: &str) -> Result<ImportedCustomer, Rejected> {
    let reject = |code: ErrorCode| Rejected::one(card.line, Problem::new("", code));
    if !card.closed {
        return Err(reject(ErrorCode::CardNotClosed));
    }
    let parsed = match Parser::new(card.text).entry() {
        Entry::VCard(v) => v,
        _ => return Err(reject(ErrorCode::CardUnreadable)),
    };
    let mut problems = Vec::new();
    let mut draft = draft_from(&parsed, &mut problems);
    // A phone's LANG is its metadata, not something the shopkeeper typed: a language Fidèle
    // does not write cards in is left out rather than refused.
    if let Some(lang) = raw_property(card.text, "LANG") {
        draft.language = crate::values::language(&lang).ok().flatten();
    }
    if let Some(bday) = raw_property(card.text, "BDAY") {
        match parse_birthday(&bday, order) {
            Ok(b) => draft.birthday = Some(b),
            Err(why) => problems.push(Problem::refused("birthday", why)),
        }
    }
    let uid = parsed
        .uid()
        .map(str::trim)
        .filter(|u| !u.is_empty())
        .map(str::to_owned);
    // A card's fields are its properties: a warning names the property.
    let property = |field: &str| match field {
        "birthday" => "BDAY",
        "country" => "ADR",
        "email" => "EMAIL",
        "phone" => "TEL",
        _ => "N",
    };
    let warnings = problems
        .into_iter()
        .map(|p| {
            let value = p.args.iter().find(|(name, _)| *name == "value").map(|(_, v)| v.to_string()).unwrap_or_default();
            Warning::new(card.line, property(&p.field), p, &value)
        })
        .collect();
    let mut origins = Origins::default();
    for field in ["birthday", "country", "email", "phone", "first_name", "last_name", "company", "notes"] {
        origins.add_column(field, property(field));
    }
    finish(card.line, draft, Vec::new(), uid, warnings, &origins, shop_country)
}

fn texts(entry: &VCardEntry) -> impl Iterator<Item = &str> {
    entry.values.iter().filter_map(|v| v.as_text())
}

fn component(entry: &VCardEntry, i: usize) -> &str {
    entry
        .values
        .get(i)
        .and_then(|v| v.as_text())
        .unwrap_or("")
        .trim()
}

fn draft_from(card: &VCard, problems: &mut Vec<Problem>) -> CustomerDraft {
    let mut draft = CustomerDraft {
        source: "import".into(),
        ..CustomerDraft::default()
    };
    let mut full_name = None;
    let mut address_seen = false;
    for entry in &card.entries {
        match &entry.name {
            VCardProperty::N => {
                draft.last_name = component(entry, 0).to_owned();
                draft.first_name = component(entry, 1).to_owned();
                draft.salutation = Salutation::parse(component(entry, 3));
            }
            VCardProperty::Fn => full_name = texts(entry).next().map(str::to_owned),
            VCardProperty::Org => draft.company = component(entry, 0).to_owned(),
            VCardProperty::Email => draft.emails.extend(texts(entry).map(clean_email)),
            VCardProperty::Tel => draft.phones.extend(texts(entry).map(clean_phone)),
            // The first address is the one to post to; phones list home before work.
            VCardProperty::Adr if !address_seen => {
                address_seen = true;
                let street = component(entry, 2).replace("\r\n", "\n");
                let mut lines = street.lines().map(str::trim).filter(|l| !l.is_empty());
                draft.address.line1 = lines.next().unwrap_or("").to_owned();
                let rest: Vec<&str> = lines.collect();
                let extended = component(entry, 1);
                draft.address.line2 = if extended.is_empty() {
                    rest.join(", ")
                } else {
                    extended.to_owned()
                };
                draft.address.city = component(entry, 3).to_owned();
                draft.address.postal_code = component(entry, 5).to_owned();
                match country_code(component(entry, 6)) {
                    Ok(code) => draft.address.country = code,
                    Err(why) => problems.push(Problem::refused("country", why)),
                }
            }
            VCardProperty::Note => {
                for note in texts(entry) {
                    if !draft.notes.is_empty() {
                        draft.notes.push('\n');
                    }
                    draft.notes.push_str(note.trim());
                }
            }
            VCardProperty::Categories => {
                draft.tags.extend(texts(entry).flat_map(split_tags));
            }
            _ => {}
        }
    }
    if draft.first_name.is_empty()
        && draft.last_name.is_empty()
        && let Some(full) = full_name.filter(|f| f.trim() != draft.company.trim())
    {
        let (salutation, first, last) = split_full_name(&full);
        draft.salutation = draft.salutation.or(salutation);
        draft.first_name = first;
        draft.last_name = last;
    }
    draft
}

/// The raw value of the first `NAME` (or `group.NAME`) property of a card, lines unfolded.
/// Only used for short plain values such as BDAY, which are never quoted-printable.
fn raw_property(card: &str, name: &str) -> Option<String> {
    let mut unfolded: Vec<String> = Vec::new();
    for line in card.lines() {
        match (line.strip_prefix([' ', '\t']), unfolded.last_mut()) {
            (Some(cont), Some(last)) => last.push_str(cont),
            _ => unfolded.push(line.to_owned()),
        }
    }
    unfolded.into_iter().find_map(|line| {
        let (head, value) = line.split_once(':')?;
        let prop = head.split(';').next()?;
        let prop = prop.rsplit('.').next()?;
        prop.trim()
            .eq_ignore_ascii_case(name)
            .then(|| value.trim().to_owned())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use fidele_domain::Birthday;

    const TWO_CARDS: &str = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Peeters;Jan;;Dhr.;\r\nFN:Jan Peeters\r\n\
        item1.EMAIL;type=INTERNET;type=pref:jan@exa\r\n mple.be\r\nBDAY:--07-14\r\nEND:VCARD\r\n\
        \r\nBEGIN:VCARD\r\nVERSION:4.0\r\nFN:Vélos Martin\r\nORG:Vélos Martin\r\nBDAY:--0229\r\nEND:VCARD\r\n";

    #[test]
    fn cards_and_their_lines() {
        let rows = read_vcards(TWO_CARDS, DateOrder::DayFirst, "FR").unwrap();
        let jan = rows[0].as_ref().unwrap();
        assert_eq!(jan.line, 1);
        assert_eq!(
            (jan.draft.first_name.as_str(), jan.draft.last_name.as_str()),
            ("Jan", "Peeters")
        );
        assert_eq!(jan.draft.salutation, Some(Salutation::Mr));
        assert_eq!(jan.draft.emails, ["jan@example.be"]);
        assert_eq!(
            jan.draft.birthday,
            Some(Birthday::new(None, 7, 14).unwrap())
        );
        let shop = rows[1].as_ref().unwrap();
        assert_eq!(shop.line, 10);
        assert_eq!(shop.draft.company, "Vélos Martin");
        assert_eq!(
            shop.draft.last_name, "",
            "an organisation's FN is not a person's name"
        );
        assert_eq!(
            shop.draft.birthday,
            Some(Birthday::new(None, 2, 29).unwrap())
        );
    }

    #[test]
    fn unclosed_and_anonymous_cards_are_rejected_but_an_e_mail_alone_is_someone() {
        let text = "BEGIN:VCARD\nVERSION:3.0\nBDAY:--02-30\nEND:VCARD\nBEGIN:VCARD\nFN:Anne\n";
        let rows = read_vcards(text, DateOrder::DayFirst, "FR").unwrap();
        let first = rows[0].as_ref().unwrap_err();
        assert_eq!(first.line, 1);
        assert_eq!(first.problems.iter().map(|p| p.code).collect::<Vec<_>>(), [ErrorCode::NotADay, ErrorCode::NoIdentity]);
        let email_only = read_vcards("BEGIN:VCARD\nVERSION:3.0\nEMAIL:a@b.fr\nBDAY:--02-30\nEND:VCARD\n", DateOrder::DayFirst, "FR").unwrap();
        let c = email_only[0].as_ref().unwrap();
        assert_eq!(c.draft.emails, ["a@b.fr"]);
        assert_eq!((c.warnings[0].column.as_str(), c.warnings[0].code, c.warnings[0].value.as_str()), ("BDAY", ErrorCode::NotADay, "--02-30"));
        let second = rows[1].as_ref().unwrap_err();
        assert_eq!((second.line, second.problems.as_slice()), (5, &[Problem::new("", ErrorCode::CardNotClosed)][..]));
        assert!(matches!(
            read_vcards("nothing here", DateOrder::DayFirst, "FR"),
            Err(ImportError::NoCards)
        ));
    }

    #[test]
    fn raw_bday_with_group_and_params() {
        let card = "BEGIN:VCARD\nitem2.BDAY;X-APPLE-OMIT-YEAR=1604:1604-\n 07-14\nEND:VCARD\n";
        assert_eq!(raw_property(card, "bday").as_deref(), Some("1604-07-14"));
        assert_eq!(raw_property(card, "NOTE"), None);
    }

    #[test]
    fn a_cards_lang_gives_the_customers_language_when_fidele_writes_it() {
        let card = |lang: &str| format!("BEGIN:VCARD\r\nVERSION:4.0\r\nN:Peeters;Jan;;;\r\nLANG;PREF=1:{lang}\r\nEND:VCARD\r\n");
        let read = |lang: &str| read_vcards(&card(lang), DateOrder::DayFirst, "FR").unwrap().remove(0).unwrap().draft.language;
        assert_eq!(read("nl-BE"), Some(fidele_domain::Language::Nl));
        assert_eq!(read("en"), Some(fidele_domain::Language::En));
        assert_eq!(read("de"), None, "a language cards are not written in is left out, the card kept");
    }

}
