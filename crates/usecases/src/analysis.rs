//! Who matters: the analysis of the whole shop as of a day, the month-end ladder moves it
//! records (today's analysis only; a look back records nothing), and a cache that keeps the
//! last one until something is written to the file or the day changes, so the app's customer
//! pages stay instant.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use chrono::NaiveDate;
use fidele_analytics::{Analysis, analyze};
use fidele_domain::CustomerId;
use fidele_store::{Result, Store};

/// Where a fresh analysis is, for a progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Reading the file.
    Reading,
    /// Fitting the models, computing the figures.
    Computing,
    /// Recording the month's ladder moves.
    Recording,
}

impl Step {
    pub const COUNT: u32 = 3;

    pub fn code(self) -> &'static str {
        match self {
            Step::Reading => "reading",
            Step::Computing => "computing",
            Step::Recording => "recording",
        }
    }

    /// Steps done before this one.
    pub fn done(self) -> u32 {
        match self {
            Step::Reading => 0,
            Step::Computing => 1,
            Step::Recording => 2,
        }
    }
}

/// The analysis, with the customers in the order of its per-customer lists.
#[derive(Debug, Clone)]
pub struct ShopAnalysis {
    pub as_of: NaiveDate,
    pub analysis: Arc<Analysis>,
    pub ids: Arc<Vec<CustomerId>>,
    /// Display names by id, as the analysis read them.
    pub names: Arc<HashMap<CustomerId, String>>,
}

/// The analysis as of `as_of`; it writes nothing.
pub fn compute(store: &Store, as_of: NaiveDate, progress: impl Fn(Step)) -> Result<ShopAnalysis> {
    progress(Step::Reading);
    let input = store.analysis_input(as_of, store.analysis_settings()?)?;
    let ids = input.customers.iter().map(|c| c.id).collect();
    let names = input.customers.iter().map(|c| (c.id, c.name.clone())).collect();
    progress(Step::Computing);
    let analysis = analyze(&input);
    Ok(ShopAnalysis { as_of, analysis: Arc::new(analysis), ids: Arc::new(ids), names: Arc::new(names) })
}

/// Records the month ends since the last analysis in each customer's ladder history (once:
/// recording twice records nothing twice); how many were new. Only for today's analysis: a look back records
/// nothing.
pub fn record_moves(store: &mut Store, shop: &ShopAnalysis) -> Result<usize> {
    store.record_ladder_moves(&shop.analysis.ladder_moves)
}

/// Today's analysis, its ladder moves recorded: what `fidele analyze` and the dashboard do.
pub fn today(store: &mut Store, today: NaiveDate, progress: impl Fn(Step)) -> Result<ShopAnalysis> {
    let shop = compute(store, today, &progress)?;
    progress(Step::Recording);
    record_moves(store, &shop)?;
    Ok(shop)
}

/// The last analysis, with what it was computed from.
#[derive(Default)]
pub struct AnalysisCache {
    last: Mutex<Option<(u64, ShopAnalysis)>>,
}

impl AnalysisCache {
    /// Forgets the last analysis: for when the file itself was replaced (a restore), whose
    /// new connection counts its writes from zero again.
    pub fn forget(&self) {
        *self.last.lock().unwrap_or_else(|p| p.into_inner()) = None;
    }

    /// Today's analysis if one is at hand and nothing was written to `store` since; never
    /// computes one (the counter asks: it cannot wait for the whole file to be read).
    pub fn at_hand(&self, store: &Store, today: NaiveDate) -> Option<ShopAnalysis> {
        let slot = self.last.lock().unwrap_or_else(|p| p.into_inner());
        slot.as_ref().filter(|(changes, shop)| *changes == store.change_count() && shop.as_of == today).map(|(_, shop)| shop.clone())
    }

    /// Today's analysis (`today`): the cached one while nothing was written to `store` and the
    /// day is the same, else a fresh one, which records the month's ladder moves.
    pub fn current(&self, store: &mut Store, today: NaiveDate, progress: impl Fn(Step)) -> Result<ShopAnalysis> {
        let mut slot = self.last.lock().unwrap_or_else(|p| p.into_inner());
        if let Some((_, shop)) = slot.as_ref().filter(|(changes, shop)| *changes == store.change_count() && shop.as_of == today) {
            return Ok(shop.clone());
        }
        let shop = self::today(store, today, progress)?;
        // Counted after the ladder moves were written, so the cache stays valid.
        *slot = Some((store.change_count(), shop.clone()));
        Ok(shop)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fidele_domain::CustomerDraft;

    #[test]
    fn the_cache_answers_until_the_file_or_the_day_changes() {
        let mut store = Store::open_in_memory().unwrap();
        let add = |store: &mut Store, last: &str| store.add_customer(CustomerDraft { last_name: last.into(), ..Default::default() }, &[], "").unwrap();
        let zoe = add(&mut store, "Lefèvre");
        let cache = AnalysisCache::default();
        let today = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        let steps = Mutex::new(Vec::new());
        let first = cache.current(&mut store, today, |s| steps.lock().unwrap().push(s)).unwrap();
        assert_eq!(*steps.lock().unwrap(), [Step::Reading, Step::Computing, Step::Recording]);
        assert_eq!(first.names.get(&zoe).map(String::as_str), Some("Lefèvre"));
        let again = cache.current(&mut store, today, |_| panic!("cached")).unwrap();
        assert!(Arc::ptr_eq(&first.analysis, &again.analysis));
        add(&mut store, "Dubœuf");
        assert_eq!(cache.current(&mut store, today, |_| {}).unwrap().ids.len(), 2, "a write is seen");
        cache.forget();
        let tomorrow = cache.current(&mut store, today.succ_opt().unwrap(), |_| {}).unwrap();
        assert_eq!(tomorrow.as_of, today.succ_opt().unwrap());
        // A look back records nothing.
        let before = store.change_count();
        compute(&store, NaiveDate::from_ymd_opt(2025, 1, 31).unwrap(), |_| {}).unwrap();
        assert_eq!(store.change_count(), before);
    }
}
