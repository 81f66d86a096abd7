//! Drifting away: valuable (gold) customers who seem to be leaving, with the reason in figures
//! and in plain words the shopkeeper can act on.
//!
//! With the model: a gold customer whose P(alive) is below the threshold. Without it (too
//! little data): a gold repeat customer whose silence is over three times their typical gap
//! between visits. The typical gap is the median of the gaps between their visits.

use fidele_domain::{CustomerId, Language};

use crate::input::CustomerFacts;
use crate::ledger::Ledger;
use crate::value::{Basis, CustomerValue};

#[derive(Debug, Clone, PartialEq)]
pub struct DriftReason {
    /// Median days between two visits.
    pub typical_gap_days: u32,
    pub days_since_last_visit: u32,
    pub visits: u32,
    /// `None` when the model was not available.
    pub p_alive: Option<f64>,
    pub margin_minor: i64,
    pub basis: Basis,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Drifter {
    pub customer: CustomerId,
    pub name: String,
    pub reason: DriftReason,
}

/// Gold customers drifting away, highest margin first. `gold` is indexed like the ledger.
pub fn drifting(ledger: &Ledger, customers: &[CustomerFacts], values: &[CustomerValue], gold: &[bool], threshold: f64) -> Vec<Drifter> {
    let mut gaps = Vec::new();
    let mut out = Vec::new();
    for i in 0..ledger.len() {
        let occ = ledger.occasions(i);
        if !gold[i] || occ.len() < 2 {
            continue;
        }
        gaps.clear();
        gaps.extend(occ.windows(2).map(|w| (w[1] - w[0]) as u32));
        gaps.sort_unstable();
        let typical = gaps[gaps.len() / 2];
        let since = (ledger.as_of - occ[occ.len() - 1]) as u32;
        let value = &values[i];
        let leaving = match (value.basis, value.p_alive) {
            (Basis::Model, Some(p)) => p < threshold,
            _ => since > 3 * typical.max(1),
        };
        if leaving {
            out.push(Drifter {
                customer: ledger.ids[i],
                name: customers[i].name.clone(),
                reason: DriftReason {
                    typical_gap_days: typical,
                    days_since_last_visit: since,
                    visits: occ.len() as u32,
                    p_alive: value.p_alive.filter(|_| value.basis == Basis::Model),
                    margin_minor: ledger.margin[i],
                    basis: value.basis,
                },
            });
        }
    }
    out.sort_by_key(|d| (std::cmp::Reverse(d.reason.margin_minor), d.customer));
    out
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Unit {
    Day,
    Week,
    Month,
    Year,
}

/// A span of days in the unit a person would use: days under two weeks (but 7 is a week),
/// weeks under two months, months under two years, then years.
fn humanize(days: u32) -> (u32, Unit) {
    let round = |d: f64| (d.round() as u32).max(1);
    match days {
        7 => (1, Unit::Week),
        0..=13 => (days.max(1), Unit::Day),
        14..=59 => (round(f64::from(days) / 7.0), Unit::Week),
        60..=729 => (round(f64::from(days) / 30.44), Unit::Month),
        _ => (round(f64::from(days) / 365.25), Unit::Year),
    }
}

fn every(days: u32, lang: Language) -> String {
    let (n, unit) = humanize(days);
    match (lang, n, unit) {
        (Language::En | Language::Th, 1, Unit::Day) => "every day".into(),
        (Language::En | Language::Th, 1, Unit::Week) => "every week".into(),
        (Language::En | Language::Th, 1, Unit::Month) => "every month".into(),
        (Language::En | Language::Th, 1, Unit::Year) => "every year".into(),
        (Language::En | Language::Th, n, u) => format!("every {n} {}", en_unit(u, n)),
        (Language::Fr, 1, Unit::Day) => "tous les jours".into(),
        (Language::Fr, 1, Unit::Week) => "chaque semaine".into(),
        (Language::Fr, 1, Unit::Month) => "chaque mois".into(),
        (Language::Fr, 1, Unit::Year) => "chaque année".into(),
        (Language::Fr, n, Unit::Week) => format!("toutes les {n} semaines"),
        (Language::Fr, n, u) => format!("tous les {n} {}", fr_unit(u, n)),
        (Language::Nl, 1, Unit::Day) => "elke dag".into(),
        (Language::Nl, 1, Unit::Week) => "elke week".into(),
        (Language::Nl, 1, Unit::Month) => "elke maand".into(),
        (Language::Nl, 1, Unit::Year) => "elk jaar".into(),
        (Language::Nl, n, u) => format!("elke {n} {}", nl_unit(u, n)),
    }
}

fn en_unit(u: Unit, n: u32) -> &'static str {
    match (u, n == 1) {
        (Unit::Day, true) => "day",
        (Unit::Day, false) => "days",
        (Unit::Week, true) => "week",
        (Unit::Week, false) => "weeks",
        (Unit::Month, true) => "month",
        (Unit::Month, false) => "months",
        (Unit::Year, true) => "year",
        (Unit::Year, false) => "years",
    }
}

fn fr_unit(u: Unit, n: u32) -> &'static str {
    match (u, n == 1) {
        (Unit::Day, true) => "jour",
        (Unit::Day, false) => "jours",
        (Unit::Week, true) => "semaine",
        (Unit::Week, false) => "semaines",
        (Unit::Month, _) => "mois",
        (Unit::Year, true) => "an",
        (Unit::Year, false) => "ans",
    }
}

fn nl_unit(u: Unit, n: u32) -> &'static str {
    match (u, n == 1) {
        (Unit::Day, true) => "dag",
        (Unit::Day, false) => "dagen",
        (Unit::Week, true) => "week",
        (Unit::Week, false) => "weken",
        (Unit::Month, true) => "maand",
        (Unit::Month, false) => "maanden",
        (Unit::Year, _) => "jaar",
    }
}

fn ago(days: u32, lang: Language) -> String {
    if days == 0 {
        return match lang {
            Language::En | Language::Th => "today".into(),
            Language::Fr => "aujourd'hui".into(),
            Language::Nl => "vandaag".into(),
        };
    }
    let (n, u) = humanize(days);
    match lang {
        Language::En | Language::Th => format!("{n} {} ago", en_unit(u, n)),
        Language::Fr => format!("il y a {n} {}", fr_unit(u, n)),
        Language::Nl => format!("{n} {} geleden", nl_unit(u, n)),
    }
}

impl DriftReason {
    /// "came every 3 weeks; last visit 4 months ago" in the shop's language (French puts a
    /// space before the semicolon, as its typography wants).
    pub fn words(&self, lang: Language) -> String {
        let (every, ago) = (every(self.typical_gap_days, lang), ago(self.days_since_last_visit, lang));
        match lang {
            Language::En | Language::Th => format!("came {every}; last visit {ago}"),
            Language::Fr => format!("venait {every} ; dernière visite {ago}"),
            Language::Nl => format!("kwam {every}; laatste bezoek {ago}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reason(gap: u32, since: u32) -> DriftReason {
        DriftReason { typical_gap_days: gap, days_since_last_visit: since, visits: 5, p_alive: Some(0.2), margin_minor: 0, basis: Basis::Model }
    }

    #[test]
    fn words_read_like_a_person_wrote_them() {
        let r = reason(21, 122);
        assert_eq!(r.words(Language::En), "came every 3 weeks; last visit 4 months ago");
        assert_eq!(r.words(Language::Fr), "venait toutes les 3 semaines ; dernière visite il y a 4 mois");
        assert_eq!(r.words(Language::Nl), "kwam elke 3 weken; laatste bezoek 4 maanden geleden");
        assert_eq!(reason(7, 800).words(Language::Fr), "venait chaque semaine ; dernière visite il y a 2 ans");
        assert_eq!(reason(1, 10).words(Language::En), "came every day; last visit 10 days ago");
        assert_eq!(reason(10, 400).words(Language::Fr), "venait tous les 10 jours ; dernière visite il y a 13 mois");
        assert_eq!(reason(30, 0).words(Language::En), "came every 4 weeks; last visit today");
        assert_eq!(reason(91, 365).words(Language::En), "came every 3 months; last visit 12 months ago");
    }
}
