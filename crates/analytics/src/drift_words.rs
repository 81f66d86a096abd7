//! Why a customer is drifting away, in words: the reason is data (drift.rs), worded from
//! `locales/*/drift.ftl` here, beside it, for every front end and the follow-up sheet to call.

use fidele_domain::Language;

use crate::DriftReason;

/// "came every 3 weeks; last visit 4 months ago", in `lang`.
pub fn drift_reason_words(lang: Language, reason: &DriftReason) -> String {
    let every = reason.typical_gap();
    let (ago_n, ago_unit) = reason.since_last_visit().map_or((0, "today"), |s| (s.n, s.unit.code()));
    fidele_words::words(lang).format(
        "drift-reason",
        &fidele_words::args!["everyN" => every.n, "everyUnit" => every.unit.code(), "agoN" => ago_n, "agoUnit" => ago_unit],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Basis;

    fn reason(gap: u32, since: u32) -> DriftReason {
        DriftReason { typical_gap_days: gap, days_since_last_visit: since, visits: 5, p_alive: Some(0.2), margin_minor: 0, basis: Basis::Model }
    }

    #[test]
    fn words_read_like_a_person_wrote_them_in_each_language() {
        let r = reason(21, 122);
        assert_eq!(drift_reason_words(Language::En, &r), "came every 3 weeks; last visit 4 months ago");
        assert_eq!(drift_reason_words(Language::Fr, &r), "venait toutes les 3 semaines ; dernière visite il y a 4 mois");
        assert_eq!(drift_reason_words(Language::Nl, &r), "kwam elke 3 weken; laatste bezoek 4 maanden geleden");
        assert_eq!(drift_reason_words(Language::Th, &r), "เคยมาทุก 3 สัปดาห์ มาครั้งล่าสุดเมื่อ 4 เดือนก่อน");
        assert_eq!(drift_reason_words(Language::Fr, &reason(7, 800)), "venait chaque semaine ; dernière visite il y a 2 ans");
        assert_eq!(drift_reason_words(Language::En, &reason(1, 10)), "came every day; last visit 10 days ago");
        assert_eq!(drift_reason_words(Language::Th, &reason(1, 10)), "เคยมาทุกวัน มาครั้งล่าสุดเมื่อ 10 วันก่อน");
        assert_eq!(drift_reason_words(Language::Fr, &reason(10, 400)), "venait tous les 10 jours ; dernière visite il y a 13 mois");
        assert_eq!(drift_reason_words(Language::En, &reason(30, 0)), "came every 4 weeks; last visit today");
        assert_eq!(drift_reason_words(Language::Nl, &reason(30, 0)), "kwam elke 4 weken; laatste bezoek vandaag");
        assert_eq!(drift_reason_words(Language::En, &reason(91, 365)), "came every 3 months; last visit 12 months ago");
        assert_eq!(drift_reason_words(Language::Nl, &reason(730, 1)), "kwam elke 2 jaar; laatste bezoek 1 dag geleden");
        assert_eq!(drift_reason_words(Language::Fr, &reason(365, 7)), "venait tous les 12 mois ; dernière visite il y a 1 semaine");
    }
}
