//! The hold-out draw: which cards of a monthly run are kept back, so that what the cards
//! bring can be measured against customers who were not mailed.
//!
//! The draw is stratified by loyalty stage (each stage gets its own comparison group: the
//! share is taken of each stage's drawable cards, rounded to the nearest card) and seeded:
//! each card's place in its stage's order is a hash of the seed and the addressee's number,
//! so the same seed over the same customers is the same draw, whatever their order. The seed
//! is the run's own (from its occasion), recorded with the run.
//!
//! Never drawn: a card for someone held out of their last monthly run (nobody is held out two
//! runs in a row), for someone marked "always send", or one already printed and recorded.
//! Birthday and anniversary runs hold nobody out.

use std::collections::{BTreeMap, HashSet};

use fidele_analytics::Stage;
use fidele_store::{Result, RunKind, Store};

use super::CardPlan;

/// The default share held out, in percent.
pub const DEFAULT_PERCENT: u32 = 10;
/// The most that may be held out: beyond half, the cards are the comparison.
pub const MAX_PERCENT: u32 = 50;

/// One card as the draw sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Drawable {
    /// The addressee's number: what the hash of the draw is taken of.
    pub key: i64,
    pub stage: Option<Stage>,
    /// May be held out (see the module documentation for who may not).
    pub eligible: bool,
}

/// The seed of a run: a hash of its occasion (`monthly:2026-03`), so that planning the same
/// run again draws the same customers.
pub fn seed_of(occasion: &str) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in occasion.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    (splitmix(h) >> 1) as i64
}

fn splitmix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// The indexes of `cards` held out: in each stage, `percent` of its eligible cards (rounded
/// to the nearest), the first ones in the seeded order.
pub fn draw(cards: &[Drawable], percent: u32, seed: i64) -> Vec<usize> {
    let percent = percent.min(MAX_PERCENT) as usize;
    let mut strata: BTreeMap<Option<Stage>, Vec<(u64, usize)>> = BTreeMap::new();
    for (i, c) in cards.iter().enumerate().filter(|(_, c)| c.eligible) {
        let order = splitmix(seed as u64 ^ splitmix(c.key as u64));
        strata.entry(c.stage).or_default().push((order, i));
    }
    let mut out = Vec::new();
    for (_, mut members) in strata {
        let n = (members.len() * percent + 50) / 100;
        members.sort_unstable();
        out.extend(members.into_iter().take(n).map(|(_, i)| i));
    }
    out.sort_unstable();
    out
}

/// Takes the held-out cards out of a planned monthly run (out of its PDF too): those the
/// seeded draw picks, and those already recorded as held out of this occasion (a run printed
/// again is the same draw). Marks the cards that were in the draw.
pub(super) fn hold_out(store: &Store, plan: &mut CardPlan) -> Result<()> {
    let req = &plan.request;
    if req.kind != RunKind::Monthly {
        return Ok(());
    }
    let occasion = format!("monthly:{}", req.period_code());
    let recorded = store.held_out_for(std::iter::once(occasion.as_str()))?;
    if req.holdout_percent == 0 && recorded.is_empty() {
        return Ok(());
    }
    let always = store.always_send_ids()?;
    let last_time = store.held_out_last_time(&occasion)?;
    let seed = seed_of(&occasion);
    let was_held = |id: i64| recorded.contains(&(id, occasion.clone()));
    let drawables: Vec<Drawable> = plan
        .cards
        .iter()
        .map(|c| Drawable {
            key: c.to.0,
            stage: c.stage,
            eligible: !c.recorded && c.members.iter().all(|m| !always.contains(&m.0) && !last_time.contains(&m.0)),
        })
        .collect();
    let mut held: HashSet<usize> = draw(&drawables, req.holdout_percent, seed).into_iter().collect();
    held.extend(plan.cards.iter().enumerate().filter(|(_, c)| c.members.iter().all(|m| was_held(m.0))).map(|(i, _)| i));
    let drawn = req.holdout_percent > 0;
    let cards = std::mem::take(&mut plan.cards);
    let printed = std::mem::take(&mut plan.batch.cards);
    for (i, (mut card, print)) in cards.into_iter().zip(printed).enumerate() {
        card.in_draw = drawn && drawables[i].eligible;
        if held.contains(&i) {
            plan.held_out.push(card);
        } else {
            plan.cards.push(card);
            plan.batch.cards.push(print);
        }
    }
    plan.holdout_seed = Some(seed);
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::collections::{HashMap, HashSet};

    use rand::{Rng, SeedableRng};
    use rand_chacha::ChaCha8Rng;

    use super::*;

    fn random_cards(rng: &mut ChaCha8Rng, n: usize) -> Vec<Drawable> {
        (0..n)
            .map(|i| Drawable {
                key: i as i64 + 1,
                stage: match rng.random_range(0..7) {
                    6 => None,
                    s => Some(Stage::ALL[s]),
                },
                eligible: rng.random_bool(0.85),
            })
            .collect()
    }

    #[test]
    fn each_stage_holds_out_its_share_within_one_card() {
        for seed in 0..200u64 {
            let mut rng = ChaCha8Rng::seed_from_u64(seed);
            let n = rng.random_range(0..400);
            let cards = random_cards(&mut rng, n);
            let percent = rng.random_range(0..=MAX_PERCENT);
            let held = draw(&cards, percent, seed as i64);
            let mut eligible: HashMap<Option<Stage>, usize> = HashMap::new();
            let mut drawn: HashMap<Option<Stage>, usize> = HashMap::new();
            for c in cards.iter().filter(|c| c.eligible) {
                *eligible.entry(c.stage).or_default() += 1;
            }
            for &i in &held {
                assert!(cards[i].eligible, "seed {seed}: only eligible cards are drawn");
                *drawn.entry(cards[i].stage).or_default() += 1;
            }
            for (stage, n) in eligible {
                let target = n as f64 * f64::from(percent) / 100.0;
                let got = drawn.get(&stage).copied().unwrap_or(0) as f64;
                assert!((got - target).abs() <= 1.0, "seed {seed}, {stage:?}: {got} held out of {n}, target {target}");
            }
        }
    }

    #[test]
    fn the_same_seed_is_the_same_draw_whatever_the_order() {
        let mut rng = ChaCha8Rng::seed_from_u64(3);
        let cards = random_cards(&mut rng, 300);
        let keys = |cards: &[Drawable], held: Vec<usize>| held.into_iter().map(|i| cards[i].key).collect::<HashSet<_>>();
        let first = keys(&cards, draw(&cards, 10, seed_of("monthly:2026-11")));
        let mut shuffled = cards.clone();
        shuffled.reverse();
        assert_eq!(keys(&shuffled, draw(&shuffled, 10, seed_of("monthly:2026-11"))), first);
        assert_ne!(keys(&cards, draw(&cards, 10, seed_of("monthly:2026-12"))), first, "another run, another draw");
        assert!(draw(&cards, 0, 1).is_empty(), "0 % holds nobody out");
    }
}
