//! `fidele campaigns`: do the cards pay? Each monthly run with a hold-out, its recipients
//! against its hold-out at 30, 60 and 90 days, the verdict in words, the pooled figures and
//! the long view. `--json` gives the same as data (codes and numbers, no sentence).

use chrono::{Datelike, NaiveDate};
use clap::Args;
use fidele_analytics::uplift::{Comparison, Difference, Method, Verdict};
use fidele_domain::{Currency, Money};
use fidele_store::Store;
use fidele_usecases::campaigns::{self, Campaigns, Pool};
use serde_json::{Value, json};

use crate::words::{self, args, say};
use crate::{Failure, Outcome};

#[derive(Args)]
pub(crate) struct CampaignsArgs {
    /// The day to measure as of (YYYY-MM-DD) [default: today]
    #[arg(long)]
    pub as_of: Option<String>,
    #[arg(long)]
    pub json: bool,
}

pub(crate) fn run(store: &Store, args: CampaignsArgs) -> Outcome {
    let as_of = match args.as_of.as_deref() {
        Some(d) => NaiveDate::parse_from_str(d, "%Y-%m-%d")
            .map_err(|_| Failure::Usage(words::t("cli-not-a-date", &words::args!["field" => "as-of", "value" => d])))?,
        None => chrono::Local::now().date_naive(),
    };
    let c = campaigns::campaigns(store, as_of)?;
    if args.json {
        return crate::json::print(&to_json(&c));
    }
    print(&c);
    Ok(())
}

fn money(minor: i64, currency: Currency) -> String {
    Money::new(minor, currency).format(words::language())
}

fn month_of(period: &str) -> (String, u32) {
    let m = fidele_usecases::cards::parse_month(period).map(|d| d.month()).unwrap_or(1);
    let year = period.get(..4).unwrap_or("");
    (format!("{} {year}", fidele_usecases::print::month_name(words::language(), m)), m)
}

/// The verdict in the command's language.
fn verdict_words(v: Verdict, month: &str, monthnum: u32, currency: Currency) -> String {
    match v {
        Verdict::TooEarly => words::t("campaigns-verdict-too-early", &args!["month" => month, "monthnum" => monthnum]),
        Verdict::NoMeasurableEffect => words::t("campaigns-verdict-no-effect", &args!["month" => month, "monthnum" => monthnum]),
        Verdict::Effect { per_100, low_per_100, high_per_100, margin_minor, cost_minor } => {
            let (low, high) = if per_100 < 0 { (-high_per_100, -low_per_100) } else { (low_per_100, high_per_100) };
            let sign = if margin_minor > 0 { "+" } else { "" };
            words::t(
                "campaigns-verdict-effect",
                &args![
                    "direction" => if per_100 < 0 { "fewer" } else { "more" },
                    "per100" => per_100.abs(),
                    "low" => low,
                    "high" => high,
                    "margin" => format!("{sign}{}", money(margin_minor, currency)),
                    "cost" => money(cost_minor, currency),
                    "month" => month,
                    "monthnum" => monthnum,
                ],
            )
        }
    }
}

fn pool_words(v: Verdict) -> String {
    match v {
        Verdict::TooEarly => words::text("campaigns-pool-too-early"),
        Verdict::NoMeasurableEffect => words::text("campaigns-pool-no-effect"),
        Verdict::Effect { per_100, low_per_100, high_per_100, .. } => {
            let (low, high) = if per_100 < 0 { (-high_per_100, -low_per_100) } else { (low_per_100, high_per_100) };
            words::t("campaigns-pool-effect", &args!["direction" => if per_100 < 0 { "fewer" } else { "more" }, "per100" => per_100.abs(), "low" => low, "high" => high])
        }
    }
}

fn method_words(d: &Difference) -> String {
    match d.method {
        Method::Welch => words::t("campaigns-method-welch", &args!["min" => fidele_analytics::uplift::MIN_OUTCOMES]),
        Method::Bootstrap { smallest } => {
            words::t("campaigns-method-bootstrap", &args!["smallest" => smallest, "min" => fidele_analytics::uplift::MIN_OUTCOMES])
        }
    }
}

fn points(d: &Difference) -> String {
    format!("{:+.1} [{:+.1}, {:+.1}]", d.estimate * 100.0, d.low * 100.0, d.high * 100.0)
}

fn print(c: &Campaigns) {
    if c.runs.is_empty() {
        say("campaigns-none", &args![]);
        return;
    }
    say("campaigns-card-cost", &args!["cost" => money(c.cost_per_card_minor, c.currency)]);
    for r in &c.runs {
        let (month, num) = month_of(&r.run.period);
        println!();
        println!("{}", verdict_words(r.verdict, &month, num, c.currency));
        println!(
            "  {:<10} {:>12} {:>12} {:>22} {:>10} {:>10}",
            words::text("campaigns-col-window"),
            words::text("campaigns-col-recipients"),
            words::text("campaigns-col-held-out"),
            words::text("campaigns-col-difference"),
            words::text("campaigns-col-margin"),
            words::text("campaigns-col-redeemed"),
        );
        for w in &r.windows {
            let cmp = &w.comparison;
            let days = words::t("campaigns-days", &args!["n" => w.days]);
            let open = if w.complete { String::new() } else { format!(" {}", words::text("campaigns-window-open")) };
            println!(
                "  {:<10} {:>5}/{:<6} {:>5}/{:<6} {:>22} {:>10} {:>10}{open}",
                days,
                cmp.recipients.returned,
                cmp.recipients.customers,
                cmp.held_out.returned,
                cmp.held_out.customers,
                cmp.return_rate.as_ref().map(points).unwrap_or_default(),
                cmp.margin.map(|m| money(m.estimate.round() as i64, c.currency)).unwrap_or_default(),
                cmp.recipients.redeemed,
            );
        }
        if let Some(d) = r.windows.iter().find(|w| w.days == r.verdict_days).and_then(|w| w.comparison.return_rate) {
            println!("  {}", method_words(&d));
        }
    }
    for (title, pools) in [("campaigns-by-design", &c.by_design), ("campaigns-by-stage", &c.by_stage), ("campaigns-by-offer", &c.by_offer)] {
        if pools.is_empty() {
            continue;
        }
        println!();
        println!("{}", words::text(title));
        for p in pools {
            println!("  {:<14} {}", pool_label(title, p), pool_words(p.verdict));
        }
    }
    println!();
    println!("{}", words::text("campaigns-long-view"));
    for l in &c.long_view {
        match l.difference {
            Some(_) => println!(
                "  {}",
                words::t(
                    "campaigns-long-view-line",
                    &args![
                        "months" => l.months,
                        "every" => format!("{:.0} %", l.every_card.return_rate() * 100.0),
                        "once" => format!("{:.0} %", l.held_out_once.return_rate() * 100.0),
                    ]
                )
            ),
            None => println!("  {}", words::t("campaigns-long-view-early", &args!["months" => l.months])),
        }
    }
}

fn pool_label(title: &str, p: &Pool) -> String {
    match title {
        "campaigns-by-stage" => words::text(&format!("stage-{}", p.key)),
        "campaigns-by-offer" if p.key == "0" => words::text("campaigns-offer-none"),
        "campaigns-by-offer" => words::t("campaigns-offer-percent", &args!["percent" => p.key.as_str()]),
        _ => p.key.clone(),
    }
}

fn difference_json(d: &Option<Difference>) -> Value {
    match d {
        None => Value::Null,
        Some(d) => json!({
            "estimate": d.estimate, "low": d.low, "high": d.high, "method": d.method.code(),
            "smallest": match d.method { Method::Bootstrap { smallest } => Some(smallest), Method::Welch => None },
        }),
    }
}

fn comparison_json(c: &Comparison) -> Value {
    let arm = |a: &fidele_analytics::uplift::Arm| {
        json!({
            "customers": a.customers, "returned": a.returned, "return_rate": a.return_rate(), "redeemed": a.redeemed,
            "revenue_per_customer_minor": a.revenue_per_customer.round() as i64, "margin_per_customer_minor": a.margin_per_customer.round() as i64,
        })
    };
    json!({
        "recipients": arm(&c.recipients), "held_out": arm(&c.held_out),
        "return_rate": difference_json(&c.return_rate), "revenue": difference_json(&c.revenue), "margin": difference_json(&c.margin),
    })
}

fn verdict_json(v: Verdict) -> Value {
    match v {
        Verdict::Effect { per_100, low_per_100, high_per_100, margin_minor, cost_minor } => json!({
            "code": v.code(), "per_100": per_100, "low_per_100": low_per_100, "high_per_100": high_per_100,
            "margin_minor": margin_minor, "cost_minor": cost_minor,
        }),
        _ => json!({"code": v.code()}),
    }
}

fn to_json(c: &Campaigns) -> Value {
    let pools = |p: &[Pool]| p.iter().map(|p| json!({"key": p.key, "runs": p.runs, "comparison": comparison_json(&p.comparison), "verdict": verdict_json(p.verdict)})).collect::<Vec<_>>();
    json!({
        "as_of": c.as_of.to_string(),
        "currency": c.currency.code(),
        "cost_per_card_minor": c.cost_per_card_minor,
        "runs": c.runs.iter().map(|r| json!({
            "run": r.run.id, "period": r.run.period, "design": r.run.design, "day0": r.run.day0.to_string(),
            "holdout_percent": r.run.holdout_percent, "cards": r.run.cards, "cost_minor": r.cost_minor,
            "windows": r.windows.iter().map(|w| json!({"days": w.days, "complete": w.complete, "comparison": comparison_json(&w.comparison)})).collect::<Vec<_>>(),
            "verdict": verdict_json(r.verdict), "verdict_days": r.verdict_days,
        })).collect::<Vec<_>>(),
        "by_design": pools(&c.by_design),
        "by_stage": pools(&c.by_stage),
        "by_offer": pools(&c.by_offer),
        "long_view": c.long_view.iter().map(|l| json!({
            "months": l.months, "every_card": {"customers": l.every_card.customers, "kept": l.every_card.returned},
            "held_out_once": {"customers": l.held_out_once.customers, "kept": l.held_out_once.returned},
            "difference": difference_json(&l.difference),
        })).collect::<Vec<_>>(),
    })
}
