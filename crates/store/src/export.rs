//! Customers selected for export (by consent, tag, search, ladder stage, RFM segment) and
//! their mailing labels.

use std::collections::{HashMap, HashSet};

use fidele_analytics::{Ladder, Ledger, Segment, Stage};
use fidele_domain::names::{ParticleRule, family_name_alone};
use fidele_domain::{Address, Channel, Customer, CustomerId, Language};

use rusqlite::params;

use crate::customers::read_customer;
use crate::{Result, Store, codec, search};

/// Which customers an export takes. Archived and erased customers never are.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExportFilter {
    /// Only customers whose current consent on this channel is given.
    pub consent: Option<Channel>,
    /// Only customers with this tag (case ignored).
    pub tag: Option<String>,
    /// As the customer list searches: accents and case ignored, phone spacing too.
    pub search: String,
    /// Only customers on this step of the loyalty ladder today (a stage set by hand counts).
    pub stage: Option<Stage>,
    /// Only customers in this RFM segment today (so only buyers).
    pub segment: Option<Segment>,
    /// Only these customers.
    pub only: Option<Vec<CustomerId>>,
}

/// A loyalty-ladder stage by its code (`prospect`, `customer`, `client`, `supporter`,
/// `advocate`, `partner`), case ignored.
pub fn parse_stage(text: &str) -> Option<Stage> {
    Stage::parse(&text.trim().to_lowercase())
}

/// An RFM segment by its code or its English name, case, spaces, dashes and apostrophes
/// ignored: `at_risk`, `at-risk`, "At risk", "Can't lose them".
pub fn parse_segment(text: &str) -> Option<Segment> {
    let code: String = text
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| !matches!(c, '\'' | '’'))
        .map(|c| if c == ' ' || c == '-' { '_' } else { c })
        .collect();
    Segment::ALL.into_iter().find(|s| s.code() == code)
}
/// One label as the file holds it: to whom and where. The words around it (a household's
/// "Famille X", the country's name) are the use-case layer's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailingLabel {
    /// The person, with their title when they have one ("Madame Hélène Dubœuf").
    pub name: String,
    /// On a household's label: whose family it is, in which language, and how its particle
    /// is written.
    pub household: Option<LabelHousehold>,
    pub address: Address,
}

/// A household's label: "Famille {family}" once worded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LabelHousehold {
    /// The family name alone, its particle as the country writes it ("Van den Berg").
    pub family: String,
    pub language: Language,
}

impl Store {
    /// The ids an export takes, in name order.
    pub fn export_ids(&self, filter: &ExportFilter) -> Result<Vec<CustomerId>> {
        let fts = search::fts_query(&filter.search);
        if !filter.search.trim().is_empty() && fts.is_none() {
            return Ok(Vec::new());
        }
        let mut stmt = self.conn().prepare(
            "SELECT c.id FROM customers c
             WHERE c.archived_at IS NULL AND c.erased_at IS NULL
               AND (?1 IS NULL OR (SELECT e.granted FROM consent_events e WHERE e.customer_id = c.id AND e.channel = ?1
                                   ORDER BY e.at DESC, e.id DESC LIMIT 1) = 1)
               AND (?2 IS NULL OR EXISTS (SELECT 1 FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id
                                          WHERE ct.customer_id = c.id AND t.name = ?2))
               AND (?3 IS NULL OR c.id IN (SELECT rowid FROM customer_search WHERE customer_search MATCH ?3))
             ORDER BY c.sort_key, c.id",
        )?;
        let tag = filter.tag.as_deref().map(str::trim).filter(|t| !t.is_empty());
        let ids = stmt
            .query_map(params![filter.consent.map(Channel::code), tag, fts], |r| r.get(0).map(CustomerId))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut ids = match &filter.only {
            Some(only) => {
                let only: HashSet<CustomerId> = only.iter().copied().collect();
                ids.into_iter().filter(|id| only.contains(id)).collect()
            }
            None => ids,
        };
        if filter.stage.is_some() || filter.segment.is_some() {
            let analysed = self.customers_in(filter.stage, filter.segment)?;
            ids.retain(|id| analysed.contains(id));
        }
        Ok(ids)
    }

    /// The customers on `stage` and in `segment` today, as the analysis (`fidele analyze`,
    /// the dashboard) places them: only the ladder and RFM are computed, not the models.
    pub(crate) fn customers_in(&self, stage: Option<Stage>, segment: Option<Segment>) -> Result<HashSet<CustomerId>> {
        let as_of = codec::now().date();
        let input = self.analysis_input(as_of, self.analysis_settings()?)?;
        let ledger = Ledger::build(&input);
        let mut keep: Option<HashSet<CustomerId>> = None;
        if let Some(stage) = stage {
            let stages = Ladder::new(&input, &ledger).stages_at(as_of);
            keep = Some(stages.iter().flatten().filter(|s| s.stage == stage).map(|s| s.customer).collect());
        }
        if let Some(segment) = segment {
            let scores = fidele_analytics::rfm::rfm(&ledger, as_of);
            let in_segment = scores.iter().filter(|r| r.segment == segment).map(|r| r.customer);
            keep = Some(match keep {
                Some(on_stage) => in_segment.filter(|c| on_stage.contains(c)).collect(),
                None => in_segment.collect(),
            });
        }
        Ok(keep.unwrap_or_default())
    }

    /// The customers an export writes, whole (contacts, tags, consents), in name order.
    pub fn export_customers(&self, filter: &ExportFilter) -> Result<Vec<Customer>> {
        self.export_ids(filter)?.into_iter().map(|id| read_customer(self.conn(), id)).collect()
    }

    /// Labels for everyone the filter selects who consents to post and has a usable address.
    /// With `per_household`, members of a household get one label between them, in the first
    /// member's language (else the shop's), to the first member's address.
    pub fn mailing_labels(&self, filter: &ExportFilter, per_household: bool) -> Result<Vec<MailingLabel>> {
        let shop = self.shop_profile()?;
        let filter = ExportFilter { consent: Some(Channel::Post), ..filter.clone() };
        let mut labels: Vec<MailingLabel> = Vec::new();
        let mut households: HashMap<i64, usize> = HashMap::new();
        for c in self.export_customers(&filter)? {
            let d = &c.draft;
            if !d.address.is_usable() {
                continue;
            }
            let name = match d.salutation.and_then(|s| s.title(d.language.unwrap_or(shop.language))) {
                Some(title) if !d.last_name.is_empty() => format!("{title} {}", c.display_name()),
                _ => c.display_name(),
            };
            match d.household.filter(|_| per_household) {
                Some(h) => match households.get(&h.0) {
                    Some(&at) => {
                        let language = d.language.unwrap_or(shop.language);
                        let family = if d.last_name.is_empty() { c.household_name.clone().unwrap_or_default() } else { d.last_name.clone() };
                        let rule = ParticleRule::for_customer(&d.address.country, &shop.country);
                        labels[at].household = Some(LabelHousehold { family: family_name_alone(&family, rule), language });
                    }
                    None => {
                        households.insert(h.0, labels.len());
                        labels.push(MailingLabel { name, household: None, address: d.address.clone() });
                    }
                },
                None => labels.push(MailingLabel { name, household: None, address: d.address.clone() }),
            }
        }
        Ok(labels)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::PurchaseImportOptions;
    use crate::test_support::{import_till_csv, store};
    use fidele_domain::CustomerDraft;

    #[test]
    fn export_filters_by_ladder_stage_and_rfm_segment_as_the_analysis_places_customers() {
        let mut s = store();
        let person = |last: &str, email: &str| CustomerDraft { last_name: last.into(), emails: vec![email.into()], ..Default::default() };
        let prospect = s.add_customer(person("Sansachat", "a@exemple.fr"), &[], "").unwrap();
        let once = s.add_customer(person("Unefois", "b@exemple.fr"), &[], "").unwrap();
        let regular = s.add_customer(person("Habitué", "c@exemple.fr"), &[], "").unwrap();
        let today = codec::now().date();
        let mut text = String::from("customer_ref,date,amount\n");
        text.push_str(&format!("b@exemple.fr,{},20\n", today - chrono::Days::new(3)));
        for months in 0..18u64 {
            text.push_str(&format!("c@exemple.fr,{},{}\n", today - chrono::Days::new(2 + 20 * months), 40 + months));
        }
        assert_eq!(import_till_csv(&mut s, &text, &PurchaseImportOptions::default()).imported, 19);

        let input = s.analysis_input(today, s.analysis_settings().unwrap()).unwrap();
        let analysis = fidele_analytics::analyze(&input);
        for stage in Stage::ALL {
            let mut expected: Vec<CustomerId> = analysis.stages.iter().flatten().filter(|x| x.stage == stage).map(|x| x.customer).collect();
            expected.sort_by_key(|c| c.0);
            let mut got = s.export_ids(&ExportFilter { stage: Some(stage), ..Default::default() }).unwrap();
            got.sort_by_key(|c| c.0);
            assert_eq!(got, expected, "{stage:?}");
        }
        for segment in Segment::ALL {
            let mut expected: Vec<CustomerId> = analysis.rfm.iter().filter(|r| r.segment == segment).map(|r| r.customer).collect();
            expected.sort_by_key(|c| c.0);
            let mut got = s.export_ids(&ExportFilter { segment: Some(segment), ..Default::default() }).unwrap();
            got.sort_by_key(|c| c.0);
            assert_eq!(got, expected, "{segment:?}");
        }
        assert_eq!(s.export_ids(&ExportFilter { stage: Some(Stage::Prospect), ..Default::default() }).unwrap(), [prospect]);
        let once_segment = analysis.rfm.iter().find(|r| r.customer == once).unwrap().segment;
        assert!(s.export_ids(&ExportFilter { segment: Some(once_segment), ..Default::default() }).unwrap().contains(&once));
        let regular_stage = analysis.stages.iter().flatten().find(|x| x.customer == regular).unwrap().stage;
        assert_ne!(regular_stage, Stage::Prospect);
        let both = ExportFilter { stage: Some(regular_stage), segment: Some(once_segment), ..Default::default() };
        let expected_both: Vec<CustomerId> = [once, regular]
            .into_iter()
            .filter(|c| analysis.stages.iter().flatten().any(|x| x.customer == *c && x.stage == regular_stage))
            .filter(|c| analysis.rfm.iter().any(|r| r.customer == *c && r.segment == once_segment))
            .collect();
        assert_eq!(s.export_ids(&both).unwrap(), expected_both, "both filters: the customers in both");
        assert!(s.export_ids(&ExportFilter { stage: Some(Stage::Prospect), tag: Some("vip".into()), ..Default::default() }).unwrap().is_empty());

        assert_eq!(parse_stage(" Client "), Some(Stage::Client));
        assert_eq!(parse_stage("gold"), None);
        assert_eq!(parse_segment("Can't lose them"), Some(Segment::CantLoseThem));
        assert_eq!(parse_segment("at-risk"), Some(Segment::AtRisk));
        assert_eq!(parse_segment("potential_loyalists"), Some(Segment::PotentialLoyalists));
        assert_eq!(parse_segment("vip"), None);
    }

    #[test]
    fn export_filters_and_household_labels() {
        let mut s = store();
        let home = s.add_household("Dubœuf").unwrap();
        let address = Address { line1: "3 rue des Lilas".into(), postal_code: "69003".into(), city: "Lyon".into(), ..Default::default() };
        let person = |first: &str, last: &str| CustomerDraft { first_name: first.into(), last_name: last.into(), address: address.clone(), ..Default::default() };
        let a = s.add_customer(CustomerDraft { household: Some(home), tags: vec!["vip".into()], ..person("Hélène", "Dubœuf") }, &[(Channel::Post, true)], "").unwrap();
        s.add_customer(CustomerDraft { household: Some(home), ..person("Paul", "Dubœuf") }, &[(Channel::Post, true)], "").unwrap();
        let c = s.add_customer(CustomerDraft { address: Address { country: "BE".into(), ..address.clone() }, ..person("Jan", "Peeters") }, &[(Channel::Post, true)], "").unwrap();
        s.add_customer(person("Zoé", "Sanspost"), &[(Channel::Email, true)], "").unwrap();
        s.add_customer(CustomerDraft { address: Address::default(), ..person("Luc", "Sansadresse") }, &[(Channel::Post, true)], "").unwrap();
        s.record_consent(c, Channel::Post, false, "in shop").unwrap();

        assert_eq!(s.export_ids(&ExportFilter::default()).unwrap().len(), 5);
        assert_eq!(s.export_ids(&ExportFilter { tag: Some("VIP".into()), ..Default::default() }).unwrap(), [a]);
        assert_eq!(s.export_ids(&ExportFilter { consent: Some(Channel::Post), ..Default::default() }).unwrap().len(), 3, "Jan withdrew");
        assert_eq!(s.export_ids(&ExportFilter { search: "peeters".into(), ..Default::default() }).unwrap(), [c]);
        assert!(s.export_ids(&ExportFilter { only: Some(vec![c]), consent: Some(Channel::Post), ..Default::default() }).unwrap().is_empty());

        let labels = s.mailing_labels(&ExportFilter::default(), false).unwrap();
        assert_eq!(labels.iter().map(|l| l.name.as_str()).collect::<Vec<_>>(), ["Hélène Dubœuf", "Paul Dubœuf"]);
        let households = s.mailing_labels(&ExportFilter::default(), true).unwrap();
        assert_eq!(households.len(), 1);
        assert_eq!(households[0].household, Some(LabelHousehold { family: "Dubœuf".into(), language: Language::Fr }));
        s.record_consent(c, Channel::Post, true, "in shop").unwrap();
        let labels = s.mailing_labels(&ExportFilter { search: "peeters".into(), ..Default::default() }, true).unwrap();
        assert_eq!((labels[0].address.country.as_str(), labels[0].household.as_ref()), ("BE", None));
    }
}
