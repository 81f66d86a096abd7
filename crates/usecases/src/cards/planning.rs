//! Who gets which card: the run's occasion for each customer, who is skipped and why,
//! households sharing a card, each card's words in its recipient's language, sorted by
//! postcode.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use fidele_analytics::Stage;
use fidele_domain::CustomerId;
use fidele_domain::names::ParticleRule;
use fidele_printing::{AddressBlock, Card, CardBatch, CardDesign, PersonalLine, ShopIdentity, ShopYear, Voice, family_salutation_line, salutation_line, signature_line};
use fidele_store::{CardCandidate, Result, RunKind, Store};

use super::offers::{offer_code, stages};
use super::{CardPlan, PlannedCard, RunRequest, SkipReason, Skipped, design_code};
use crate::places::{country_line, family_of, household_address};
use crate::settings::{CardTexts, Settings};

/// Plans a run: nothing is written.
pub fn plan(store: &Store, req: &RunRequest) -> Result<CardPlan> {
    let shop = store.shop_profile()?;
    let settings = Settings::of(store);
    let offers = settings.cards()?;
    let calendar = settings.calendar()?;
    let texts = fidele_domain::Language::ALL.map(|language| settings.card_texts(req.occasion(), language));
    let texts = texts.into_iter().collect::<Result<Vec<CardTexts>>>()?;
    let texts_in = |language| texts.iter().find(|t| t.language == language).unwrap_or(&texts[0]);
    let design_code = design_code(req.occasion());
    let design = CardDesign::for_occasion(req.occasion(), shop_year(&shop, calendar));
    let candidates = store.card_candidates()?;

    // Who the run is about, and each one's occasion (the year of the birthday or anniversary).
    let mut concerned: Vec<(&CardCandidate, String)> = Vec::new();
    for c in &candidates {
        let occasion = match req.kind {
            RunKind::Monthly => Some(format!("monthly:{}", req.period_code())),
            RunKind::Birthday => c.birthday.and_then(|b| occurrence_in(|y| b.in_year(y), req.from, req.to)).map(|d| format!("birthday:{}", d.year())),
            RunKind::Anniversary => c
                .first_purchase
                .and_then(|f| occurrence_in(|y| anniversary_in(f, y), req.from, req.to).filter(|d| d.year() > f.year()))
                .map(|d| format!("anniversary:{}", d.year())),
        };
        if let Some(o) = occasion {
            concerned.push((c, o));
        }
    }

    let recorded = store.recorded_for(concerned.iter().map(|(_, o)| o.as_str()))?;
    let last_designs = if req.kind == RunKind::Monthly { store.last_designs(&format!("monthly:{}", req.period_code()))? } else { HashMap::new() };
    let (stages, stage_source) = stages(store, req.today, &candidates);

    let mut skipped = Vec::new();
    let mut eligible: Vec<(&CardCandidate, String)> = Vec::new();
    for (c, occasion) in concerned {
        let already = recorded.contains_key(&(c.id.0, occasion.clone()));
        let reason = if c.erased {
            Some(SkipReason::Erased)
        } else if c.archived {
            Some(SkipReason::Archived)
        } else if !c.post {
            Some(SkipReason::NoPostConsent)
        } else if !c.address.is_usable() {
            Some(SkipReason::NoAddress)
        } else if !already && last_designs.get(&c.id.0).is_some_and(|d| *d == design_code) {
            Some(SkipReason::SameDesignAsLast)
        } else {
            None
        };
        match reason {
            Some(reason) => skipped.push(Skipped { customer: c.id, name: c.name(), reason }),
            None => eligible.push((c, occasion)),
        }
    }

    // Households: one card per household and occasion, to the lowest-numbered member.
    let mut groups: Vec<Vec<(&CardCandidate, String)>> = Vec::new();
    let mut slot: HashMap<(i64, String), usize> = HashMap::new();
    for (c, occasion) in eligible {
        match c.household.filter(|_| req.households) {
            Some(h) => {
                let key = (h, occasion.clone());
                match slot.get(&key) {
                    Some(&i) => groups[i].push((c, occasion)),
                    None => {
                        slot.insert(key, groups.len());
                        groups.push(vec![(c, occasion)]);
                    }
                }
            }
            None => groups.push(vec![(c, occasion)]),
        }
    }

    let valid_until = super::offer_valid_until(req.to);
    let mut planned: Vec<(PlannedCard, Card, (String, String, String))> = Vec::new();
    for group in groups {
        let (lead, occasion) = (group[0].0, group[0].1.clone());
        let lang = lead.language.unwrap_or(shop.language);
        let members: Vec<CustomerId> = group.iter().map(|(c, _)| c.id).collect();
        let rule = ParticleRule::for_customer(&lead.address.country, &shop.country);
        let family = if group.len() > 1 { family_of(&group.iter().map(|(c, _)| c.last.as_str()).collect::<Vec<_>>(), lang, rule) } else { None };
        let (salutation, name, voice) = match &family {
            Some(f) => (family_salutation_line(lang, f), household_address(f, lang), Voice::household()),
            None => (
                salutation_line(lang, lead.salutation, lead.formality, &lead.first, &lead.last, rule),
                lead.name(),
                Voice::of(lead.salutation, lead.formality, &lead.first),
            ),
        };
        // No stage on `today`: recorded later and no purchase by then, a prospect.
        let stage = group.iter().map(|(c, _)| stages.get(&c.id.0).copied().unwrap_or(Stage::Prospect)).max();
        let all_recorded = group.iter().all(|(c, o)| recorded.contains_key(&(c.id.0, o.clone())));
        let recent = group
            .iter()
            .filter_map(|(c, _)| c.last_purchase)
            .max()
            .filter(|d| *d <= req.today && (req.today - *d).num_days() <= i64::from(offers.thanks_days));
        let percent = stage.map(|s| offers.percent_for(s)).filter(|p| *p > 0);
        let (personal, offer_percent, code) = match (recent, percent) {
            (Some(d), _) => (Some(PersonalLine::Thanks { visit: d }), None, None),
            (None, Some(p)) => {
                // A code already recorded for this card stays the one printed.
                let code = recorded.get(&(lead.id.0, occasion.clone())).cloned().flatten().unwrap_or_else(|| offer_code(req.kind, &occasion, lead.id));
                let first_purchase = stage == Some(Stage::Prospect);
                (Some(PersonalLine::Offer { percent: p, until: valid_until, first_purchase, code: code.clone() }), Some(p), Some(code))
            }
            (None, None) => (None, None, None),
        };
        let country = country_line(&lead.address.country, &shop.country, lang);
        let mut recipient = AddressBlock::from_address(&name, &lead.address, &country);
        if family.is_none() && !lead.company.trim().is_empty() && !lead.first.trim().is_empty() {
            recipient.lines.insert(0, lead.company.trim().to_owned());
        }
        let sort = (lead.address.country.clone(), lead.address.postal_code.clone(), name.clone());
        planned.push((
            PlannedCard { to: lead.id, members, name, occasion, stage, offer_percent, offer_code: code, recorded: all_recorded, in_draw: false },
            Card {
                language: lang,
                voice,
                salutation,
                // The default message follows the reader's voice; the shop's own is as written.
                body: match texts_in(lang) {
                    t if t.message == t.default_message => design.default_message(lang, voice),
                    t => t.message.clone(),
                },
                personal,
                signature: signature_line(lang, shop.language, &shop.signature, &shop.name),
                recipient,
            },
            sort,
        ));
    }
    // Sorted by postcode: what a post office or a print shop's mailing service wants.
    planned.sort_by(|a, b| a.2.cmp(&b.2));
    let (cards, batch_cards): (Vec<PlannedCard>, Vec<Card>) = planned.into_iter().map(|(p, c, _)| (p, c)).unzip();
    let mut design = design;
    for t in &texts {
        if t.greeting != t.default_greeting {
            design = design.with_greeting(t.language, t.greeting.clone());
        }
    }
    let batch = CardBatch { design, language: shop.language, shop: ShopIdentity::from_profile(&shop), cards: batch_cards, created: None };
    let mut plan = CardPlan { request: req.clone(), batch, cards, skipped, stages: stage_source, held_out: Vec::new(), holdout_seed: None };
    super::holdout::hold_out(store, &mut plan)?;
    Ok(plan)
}

/// The day in `from..=to` on which a yearly date (given per year) falls, if any.
fn occurrence_in(in_year: impl Fn(i32) -> NaiveDate, from: NaiveDate, to: NaiveDate) -> Option<NaiveDate> {
    (from.year()..=to.year()).map(in_year).find(|d| *d >= from && *d <= to)
}

/// The anniversary of `first` in `year` (29 February falls on the 28th in other years).
fn anniversary_in(first: NaiveDate, year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, first.month(), first.day()).or_else(|| NaiveDate::from_ymd_opt(year, first.month(), 28)).unwrap_or(first)
}

/// The shop's year of card occasions: its country's (a Thai shop's April is Songkran), and
/// Christmas as the country keeps it.
pub(crate) fn shop_year(shop: &fidele_domain::ShopProfile, calendar: fidele_domain::Calendar) -> ShopYear {
    ShopYear::new(&shop.country, calendar, None)
}
