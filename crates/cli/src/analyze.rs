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
            .map_err(|_| Failure::Usage(words::t("cli-not-a-date", &words::args!["field" => "as-of", "value" => d])))?,
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
                // English words for scripts that show them; the figures behind them as data.
                "reason": fidele_analytics::drift_reason_words(Language::En, &d.reason),
                "typical_gap_days": d.reason.typical_gap_days,
                "days_since_last_visit": d.reason.days_since_last_visit,
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
    let drifting: Vec<String> = a.drifting.iter().take(20).map(|d| fidele_analytics::drift_reason_words(words::language(), &d.reason)).collect();
    print_words(&report, reason.as_deref(), &drifting);
    Ok(())
}

/// The report for people; `drifting` is each `at_risk` row's reason in the command's language.
fn print_words(r: &Value, reason: Option<&str>, drifting: &[String]) {
    let n = |key: &str| r[key].as_u64().unwrap_or(0);
    use crate::words::{args, t, text};
    let figure = |v: &Value| v.to_string();
    println!(
        "{}",
        t(
            "cli-analyze-as-of",
            &args![
                "date" => r["as_of"].as_str().unwrap_or("").to_owned(),
                "customers" => words::count(n("customers"), words::CUSTOMER),
                "buyers" => words::n(n("buyers")),
            ]
        )
    );
    println!("{}", text("cli-analyze-ladder"));
    // Columns as wide as the longest name in this language ("Client régulier", "กลุ่มที่ต้องดูแล").
    let width = |names: &[String]| names.iter().map(|n| n.chars().count()).max().unwrap_or(0);
    let stages: Vec<String> = Stage::ALL.iter().map(|s| text(&format!("stage-{}", s.code()))).collect();
    for (stage, name) in Stage::ALL.iter().zip(&stages) {
        println!("  {name:<w$} {:>7}", r["ladder"][stage.code()].to_string(), w = width(&stages));
    }
    let p = &r["pareto"];
    let gold = p["gold_customers"].as_u64().unwrap_or(0);
    let percent = |key: &str| format!("{:.0}", p[key].as_f64().unwrap_or(0.0) * 100.0);
    println!(
        "{}",
        t(
            "cli-analyze-pareto",
            &args![
                "gold" => words::count(gold, words::GOLD_CUSTOMER),
                "n" => words::n(gold),
                "share" => percent("gold_share_of_customers"),
                "margin" => percent("gold_share_of_margin"),
            ]
        )
    );
    println!("{}", text("cli-analyze-segments"));
    let segments: Vec<String> = Segment::ALL.iter().map(|s| text(&format!("segment-{}", s.code()))).collect();
    for (s, name) in Segment::ALL.iter().zip(&segments) {
        println!("  {name:<w$} {:>7}", r["rfm_segments"][segment_name(*s)].to_string(), w = width(&segments));
    }
    let b = &r["bgnbd"];
    match reason {
        None => println!(
            "{}",
            t(
                "cli-analyze-bgnbd",
                &args!["r" => figure(&b["r"]), "alpha" => figure(&b["alpha"]), "a" => figure(&b["a"]), "b" => figure(&b["b"]), "ll" => figure(&b["log_likelihood"])]
            )
        ),
        Some(why) => println!("{}", t("cli-analyze-no-model", &args!["why" => why])),
    }
    let g = &r["gamma_gamma"];
    if !g.is_null() {
        println!("{}", t("cli-analyze-gamma", &args!["p" => figure(&g["p"]), "q" => figure(&g["q"]), "gamma" => figure(&g["gamma"])]));
    }
    let at_risk = r["at_risk"].as_array().map(Vec::as_slice).unwrap_or(&[]);
    if !at_risk.is_empty() {
        println!("{}", text("cli-analyze-drifting"));
        for (c, why) in at_risk.iter().zip(drifting) {
            println!("  #{:<6} {:<30} {why}", c["id"], c["name"].as_str().unwrap_or(""));
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
