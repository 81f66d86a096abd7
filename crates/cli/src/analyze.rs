//! `fidele analyze`: who matters, as of a date.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use fidele_analytics::{Segment, Stage};
use fidele_domain::{CustomerId, Language, Money};
use fidele_store::Store;
use serde::Serialize;

use crate::words;
use serde_json::{Value, json};

use crate::args::AnalyzeArgs;
use crate::{Failure, Outcome, json};

use fidele_usecases::analysis::{ShopAnalysis, compute, record_moves};

fn run_analysis(store: &Store, as_of: NaiveDate) -> Result<ShopAnalysis, Failure> {
    Ok(compute(store, as_of, |_| {})?)
}

pub(crate) fn segment_name(s: Segment) -> &'static str {
    match s {
        Segment::Champions => "Champions",
        Segment::Loyal => "Loyal",
        Segment::PotentialLoyalists => "Potential loyalists",
        Segment::New => "New",
        Segment::Promising => "Promising",
        Segment::NeedAttention => "Need attention",
        Segment::AboutToSleep => "About to sleep",
        Segment::AtRisk => "At risk",
        Segment::CantLoseThem => "Can't lose them",
        Segment::Hibernating => "Hibernating",
        Segment::Lost => "Lost",
    }
}

/// Rounds a model figure for people and JSON: four significant decimals are plenty.
fn round(x: f64, digits: i32) -> f64 {
    let scale = 10f64.powi(digits);
    (x * scale).round() / scale
}

pub(crate) fn run(store: &mut Store, args: AnalyzeArgs) -> Outcome {
    let as_of = match args.as_of.as_deref() {
        Some(d) => NaiveDate::parse_from_str(d, "%Y-%m-%d")
            .map_err(|_| Failure::Usage(format!("--as-of: \"{d}\" is not a date (YYYY-MM-DD)")))?,
        None => chrono::Local::now().date_naive(),
    };
    let shop = run_analysis(store, as_of)?;
    // Today's analysis records the month ends since the last one in the customers' ladder
    // history, as the app does; a look back with --as-of records nothing.
    if args.as_of.is_none() {
        record_moves(store, &shop)?;
    }
    let a = &shop.analysis;
    let currency = store.shop_profile()?.currency;
    let money = |minor: i64| Money::new(minor, currency).to_decimal_string();

    let mut ladder: BTreeMap<&str, u32> = Stage::ALL.iter().map(|s| (s.code(), 0)).collect();
    for s in a.stages.iter().flatten() {
        *ladder.entry(s.stage.code()).or_default() += 1;
    }
    let mut segments: BTreeMap<&str, u32> = Segment::ALL.iter().map(|s| (segment_name(*s), 0)).collect();
    for r in &a.rfm {
        *segments.entry(segment_name(r.segment)).or_default() += 1;
    }
    let values: std::collections::HashMap<CustomerId, &fidele_analytics::CustomerValue> =
        a.values.customers.iter().map(|v| (v.customer, v)).collect();
    let at_risk: Vec<Value> = a
        .drifting
        .iter()
        .take(20)
        .map(|d| {
            let v = values.get(&d.customer);
            json!({
                "id": d.customer.0,
                "name": d.name,
                "p_alive": v.and_then(|v| v.p_alive).map(|p| round(p, 4)),
                "clv": money(v.map_or(0, |v| v.clv_12m_minor)),
                "reason": d.reason.words(Language::En),
            })
        })
        .collect();
    let (bgnbd, reason) = match &a.values.bgnbd {
        Ok(fit) => (
            json!({
                "r": round(fit.params.r, 4),
                "alpha": round(fit.params.alpha, 4),
                "a": round(fit.params.a, 4),
                "b": round(fit.params.b, 4),
                "log_likelihood": round(fit.log_likelihood, 2),
                "time_unit": "week",
                "repeat_customers": fit.repeat_customers,
            }),
            None,
        ),
        Err(e) => (Value::Null, Some(e.to_string())),
    };
    let gamma_gamma = match &a.values.gamma_gamma {
        Ok(fit) => json!({ "p": round(fit.params.p, 4), "q": round(fit.params.q, 4), "gamma": round(fit.params.gamma, 2) }),
        Err(_) => Value::Null,
    };
    let mut report = json!({
        "as_of": as_of.to_string(),
        "customers": a.customers,
        "buyers": a.buyers,
        "ladder": ladder,
        "rfm_segments": segments,
        "pareto": {
            "gold_customers": a.pareto.gold.len(),
            "gold_share_of_customers": round(a.pareto.gold_share_of_buyers, 4),
            "gold_share_of_margin": round(a.pareto.gold_share_of_margin, 4),
        },
        "bgnbd": bgnbd,
        "gamma_gamma": gamma_gamma,
        "at_risk": at_risk,
    });
    if let Some(reason) = &reason {
        report["bgnbd_unavailable_reason"] = json!(reason);
    }
    if args.json {
        return json::print(&report);
    }
    print_words(&report, reason.as_deref());
    Ok(())
}

fn print_words(r: &Value, reason: Option<&str>) {
    let n = |key: &str| r[key].as_u64().unwrap_or(0);
    println!(
        "As of {}: {}, {} of them {}.",
        r["as_of"].as_str().unwrap_or(""),
        words::count(n("customers"), words::CUSTOMER),
        n("buyers"),
        words::BUYER.for_count(n("buyers"))
    );
    println!("Loyalty ladder:");
    for stage in Stage::ALL {
        println!("  {:<10} {:>7}", stage.code(), r["ladder"][stage.code()]);
    }
    let p = &r["pareto"];
    println!(
        "80/20: {} ({:.0}% of buyers) {} {:.0}% of the margin.",
        words::count(p["gold_customers"].as_u64().unwrap_or(0), words::GOLD_CUSTOMER),
        p["gold_share_of_customers"].as_f64().unwrap_or(0.0) * 100.0,
        if p["gold_customers"].as_u64() == Some(1) { "brings" } else { "bring" },
        p["gold_share_of_margin"].as_f64().unwrap_or(0.0) * 100.0
    );
    println!("RFM segments:");
    for s in Segment::ALL {
        println!("  {:<20} {:>7}", segment_name(s), r["rfm_segments"][segment_name(s)]);
    }
    match reason {
        None => println!(
            "BG/NBD (per week): r={} alpha={} a={} b={} (log-likelihood {})",
            r["bgnbd"]["r"], r["bgnbd"]["alpha"], r["bgnbd"]["a"], r["bgnbd"]["b"], r["bgnbd"]["log_likelihood"]
        ),
        Some(why) => println!("No lifetime model: {why}; figures below are historic."),
    }
    if !r["gamma_gamma"].is_null() {
        println!("Gamma-Gamma: p={} q={} gamma={}", r["gamma_gamma"]["p"], r["gamma_gamma"]["q"], r["gamma_gamma"]["gamma"]);
    }
    let at_risk = r["at_risk"].as_array().map(Vec::as_slice).unwrap_or(&[]);
    if !at_risk.is_empty() {
        println!("Drifting away:");
        for c in at_risk {
            println!("  #{:<6} {:<30} {}", c["id"], c["name"].as_str().unwrap_or(""), c["reason"].as_str().unwrap_or(""));
        }
    }
}

/// The per-customer figures `customers show --json` adds.
#[derive(Serialize)]
pub(crate) struct CustomerOutlook {
    pub stage: Option<&'static str>,
    pub stage_manual: bool,
    pub rfm_segment: Option<&'static str>,
    pub p_alive: Option<f64>,
    pub expected_purchases_12m: Option<f64>,
    pub clv_12m: Option<String>,
    pub basis: Option<&'static str>,
}

pub(crate) fn outlook(store: &Store, id: CustomerId) -> Result<CustomerOutlook, Failure> {
    let shop = run_analysis(store, chrono::Local::now().date_naive())?;
    let a = &shop.analysis;
    let currency = store.shop_profile()?.currency;
    let i = shop.ids.iter().position(|c| *c == id);
    let stage = i.and_then(|i| a.stages.get(i).copied().flatten());
    let value = a.values.customers.iter().find(|v| v.customer == id);
    Ok(CustomerOutlook {
        stage: stage.map(|s| s.stage.code()),
        stage_manual: stage.is_some_and(|s| s.manual),
        rfm_segment: a.rfm.iter().find(|r| r.customer == id).map(|r| segment_name(r.segment)),
        p_alive: value.and_then(|v| v.p_alive).map(|p| round(p, 4)),
        expected_purchases_12m: value.map(|v| round(v.expected_purchases_52w, 3)),
        clv_12m: value.map(|v| Money::new(v.clv_12m_minor, currency).to_decimal_string()),
        basis: value.map(|v| match v.basis {
            fidele_analytics::Basis::Model => "model",
            fidele_analytics::Basis::Historic => "historic",
        }),
    })
}
