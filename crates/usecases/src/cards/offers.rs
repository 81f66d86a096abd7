//! Offers: each customer's loyalty stage, the percentage it earns, the personal code printed
//! on the card, and the personal line in the card's language and register.

use std::collections::HashMap;

use chrono::NaiveDate;
use fidele_analytics::{Ladder, Ledger, Stage};
use fidele_domain::CustomerId;
use fidele_store::{CardCandidate, RunKind, Store};

use super::StageSource;

/// Each customer's loyalty stage on `today`: the analytics ladder, or when it cannot be
/// computed, a manual stage else prospect / customer / client by number of purchases.
pub(super) fn stages(store: &Store, today: NaiveDate, candidates: &[CardCandidate]) -> (HashMap<i64, Stage>, StageSource) {
    let ladder = store.analysis_settings().and_then(|settings| store.analysis_input(today, settings));
    match ladder {
        Ok(input) => {
            let ledger = Ledger::build(&input);
            let stages = Ladder::new(&input, &ledger).stages_at(today);
            (stages.into_iter().flatten().map(|s| (s.customer.0, s.stage)).collect(), StageSource::Ladder)
        }
        Err(e) => {
            let stages = candidates
                .iter()
                .map(|c| {
                    let stage = c.manual_stage.unwrap_or(match c.purchases {
                        0 => Stage::Prospect,
                        1 => Stage::Customer,
                        _ => Stage::Client,
                    });
                    (c.id.0, stage)
                })
                .collect();
            (stages, StageSource::PurchaseCount(e.to_string()))
        }
    }
}

const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

fn letter(kind: RunKind) -> char {
    match kind {
        RunKind::Monthly => 'M',
        RunKind::Birthday => 'B',
        RunKind::Anniversary => 'A',
    }
}

/// The personal code for a customer's card: the kind, the occasion's date, the customer in
/// Crockford base 32 and a check character (`M2603-2K7`). Unique per customer and occasion,
/// which the store keeps unique; read back whatever the case.
pub fn offer_code(kind: RunKind, occasion: &str, customer: CustomerId) -> String {
    let digits: String = occasion.chars().filter(char::is_ascii_digit).collect();
    let stamp = match kind {
        RunKind::Monthly => digits.get(2..6).unwrap_or(&digits).to_owned(),
        _ => digits.get(2..4).unwrap_or(&digits).to_owned(),
    };
    let mut n = customer.0.max(0) as u64;
    let mut body = Vec::new();
    loop {
        body.push(CROCKFORD[(n % 32) as usize]);
        n /= 32;
        if n == 0 {
            break;
        }
    }
    while body.len() < 2 {
        body.push(b'0');
    }
    body.reverse();
    let mut code = format!("{}{stamp}-{}", letter(kind), String::from_utf8_lossy(&body));
    let check: usize = code
        .bytes()
        .filter(u8::is_ascii_alphanumeric)
        .enumerate()
        .map(|(i, b)| (i + 1) * CROCKFORD.iter().position(|c| *c == b).unwrap_or(b as usize))
        .sum();
    code.push(CROCKFORD[check % 32] as char);
    code
}
