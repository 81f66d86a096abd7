//! The shop's loyalty rules as Settings keeps them (`loyalty.*` in the store's key-value
//! settings): read with their defaults, checked and written in one transaction.
//!
//! Keys: `loyalty.enabled` (0/1), `loyalty.earning` (`points`, `stamps`),
//! `loyalty.points_per_unit` (1–1000), `loyalty.stamp_min` (an amount in the shop's currency),
//! `loyalty.rewards` (one reward a line: `cost;value;label`, the value an amount or empty for
//! a gift), `loyalty.expiry_months` (0 = never, up to 120), `loyalty.birthday_double` (0/1),
//! `loyalty.stage_bonus.<stage>` (0–100 %).

use fidele_domain::loyalty::{Earning, LoyaltyRules, Reward, STAGE_CODES};
use fidele_domain::{Currency, ErrorCode, FieldError, Invalid, Money};
use fidele_store::{Result, Store};

const ENABLED: &str = "loyalty.enabled";
const EARNING: &str = "loyalty.earning";
const PER_UNIT: &str = "loyalty.points_per_unit";
const STAMP_MIN: &str = "loyalty.stamp_min";
const REWARDS: &str = "loyalty.rewards";
const EXPIRY: &str = "loyalty.expiry_months";
const BIRTHDAY: &str = "loyalty.birthday_double";
const STAGE_BONUS: &str = "loyalty.stage_bonus.";

pub const MAX_REWARDS: usize = 6;
const MAX_LABEL: usize = 60;

fn currency(store: &Store) -> Result<Currency> {
    Ok(store.shop_profile()?.currency)
}

/// The rules in force: the defaults (off; one point per unit; 200 points = 10 in the shop's
/// currency) overridden by what Settings holds. A value that cannot be read is left at its
/// default rather than stopping the counter.
pub fn read(store: &Store) -> Result<LoyaltyRules> {
    let currency = currency(store)?;
    let mut rules = LoyaltyRules::default();
    let unit = 10_i64.pow(currency.minor_digits());
    rules.rewards = vec![Reward { cost: 200, value_minor: Some(10 * unit), label: String::new() }];
    let get = |key: &str| store.setting(key);
    if let Some(v) = get(ENABLED)? {
        rules.enabled = v.trim() == "1";
    }
    let per_unit = get(PER_UNIT)?.and_then(|v| v.trim().parse::<u32>().ok()).filter(|n| (1..=1000).contains(n)).unwrap_or(1);
    rules.earning = match get(EARNING)?.as_deref().map(str::trim) {
        Some("stamps") => Earning::Stamps {
            min_minor: get(STAMP_MIN)?.and_then(|v| Money::parse(&v, currency).ok()).map_or(0, |m| m.minor.max(0)),
        },
        _ => Earning::Points { per_unit },
    };
    if let Some(v) = get(REWARDS)? {
        let rewards: Vec<Reward> = v.lines().filter_map(|line| parse_reward(line, currency)).collect();
        if !rewards.is_empty() {
            rules.rewards = rewards;
        }
    }
    rules.rewards.sort_by_key(|r| r.cost);
    rules.expiry_months = get(EXPIRY)?.and_then(|v| v.trim().parse::<u32>().ok()).filter(|m| (1..=120).contains(m));
    rules.birthday_double = get(BIRTHDAY)?.is_some_and(|v| v.trim() == "1");
    for (i, stage) in STAGE_CODES.iter().enumerate() {
        if let Some(p) = get(&format!("{STAGE_BONUS}{stage}"))?.and_then(|v| v.trim().parse::<u32>().ok()).filter(|p| *p <= 100) {
            rules.stage_bonus_percent[i] = p;
        }
    }
    Ok(rules)
}

fn parse_reward(line: &str, currency: Currency) -> Option<Reward> {
    let mut parts = line.splitn(3, ';');
    let cost = parts.next()?.trim().parse::<i64>().ok().filter(|c| *c > 0)?;
    let value = parts.next().unwrap_or("").trim();
    let value_minor = if value.is_empty() { None } else { Some(Money::parse(value, currency).ok()?.minor) };
    Some(Reward { cost, value_minor, label: parts.next().unwrap_or("").trim().to_owned() })
}

/// Checks and saves the rules, every key in one transaction; each problem names its field.
pub fn write(store: &mut Store, rules: &LoyaltyRules) -> Result<()> {
    let currency = currency(store)?;
    let mut errors = Invalid::default();
    if let Earning::Points { per_unit } = rules.earning
        && !(1..=1000).contains(&per_unit)
    {
        errors.push(FieldError::new("points_per_unit", ErrorCode::NotInRange).with("value", per_unit).with("min", 1).with("max", 1000));
    }
    if let Earning::Stamps { min_minor } = rules.earning
        && min_minor < 0
    {
        errors.push(FieldError::new("stamp_min", ErrorCode::Negative));
    }
    if rules.rewards.is_empty() {
        errors.push(FieldError::new("rewards", ErrorCode::Empty));
    }
    if rules.rewards.len() > MAX_REWARDS {
        errors.push(FieldError::new("rewards", ErrorCode::MoreThan).with("max", MAX_REWARDS));
    }
    for (i, r) in rules.rewards.iter().enumerate() {
        if r.cost <= 0 || r.cost > 1_000_000 {
            errors.push(FieldError::new(format!("rewards.{i}.cost"), ErrorCode::NotInRange).with("value", r.cost).with("min", 1).with("max", 1_000_000));
        }
        if r.value_minor.is_some_and(|v| v < 0) {
            errors.push(FieldError::new(format!("rewards.{i}.value"), ErrorCode::Negative));
        }
        if r.value_minor.is_none() && r.label.trim().is_empty() {
            errors.push(FieldError::new(format!("rewards.{i}.label"), ErrorCode::Empty));
        }
        if r.label.chars().count() > MAX_LABEL {
            errors.push(FieldError::new(format!("rewards.{i}.label"), ErrorCode::TooLong).with("max", MAX_LABEL));
        }
    }
    if rules.expiry_months.is_some_and(|m| !(1..=120).contains(&m)) {
        errors.push(FieldError::new("expiry_months", ErrorCode::NotInRange).with("value", rules.expiry_months.unwrap_or(0)).with("min", 1).with("max", 120));
    }
    for (i, p) in rules.stage_bonus_percent.iter().enumerate() {
        if *p > 100 {
            errors.push(FieldError::new(format!("stage_bonus.{}", STAGE_CODES[i]), ErrorCode::MoreThan).with("max", 100));
        }
    }
    errors.into_result()?;
    let flag = |b: bool| Some(if b { "1" } else { "0" }.to_owned());
    let rewards: Vec<String> = rules
        .rewards
        .iter()
        .map(|r| {
            let value = r.value_minor.map(|v| Money::new(v, currency).to_decimal_string()).unwrap_or_default();
            // A label is one line, without the separator.
            format!("{};{};{}", r.cost, value, r.label.replace(['\n', '\r'], " ").trim())
        })
        .collect();
    let mut changes = vec![
        (ENABLED.to_owned(), flag(rules.enabled)),
        (EARNING.to_owned(), Some(rules.earning.code().to_owned())),
        (REWARDS.to_owned(), Some(rewards.join("\n"))),
        (EXPIRY.to_owned(), Some(rules.expiry_months.unwrap_or(0).to_string())),
        (BIRTHDAY.to_owned(), flag(rules.birthday_double)),
    ];
    match rules.earning {
        Earning::Points { per_unit } => changes.push((PER_UNIT.to_owned(), Some(per_unit.to_string()))),
        Earning::Stamps { min_minor } => changes.push((STAMP_MIN.to_owned(), Some(Money::new(min_minor, currency).to_decimal_string()))),
    }
    for (stage, p) in STAGE_CODES.iter().zip(rules.stage_bonus_percent) {
        changes.push((format!("{STAGE_BONUS}{stage}"), Some(p.to_string())));
    }
    store.write_settings(&changes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_written_read_back_and_bad_ones_name_their_field() {
        let mut store = Store::open_in_memory().unwrap();
        let defaults = read(&store).unwrap();
        assert!(!defaults.enabled);
        assert_eq!(defaults.rewards[0].value_minor, Some(1000));
        let rules = LoyaltyRules {
            enabled: true,
            earning: Earning::Stamps { min_minor: 350 },
            rewards: vec![
                Reward { cost: 10, value_minor: None, label: "Un café offert; avec\nun croissant".into() },
                Reward { cost: 20, value_minor: Some(500), label: String::new() },
            ],
            expiry_months: Some(12),
            birthday_double: true,
            stage_bonus_percent: [0, 0, 10, 20, 30, 50],
        };
        write(&mut store, &rules).unwrap();
        let back = read(&store).unwrap();
        assert_eq!(back.rewards[0].label, "Un café offert; avec un croissant");
        assert_eq!(LoyaltyRules { rewards: back.rewards.clone(), ..rules.clone() }, back);
        let bad = LoyaltyRules { earning: Earning::Points { per_unit: 0 }, stage_bonus_percent: [0, 0, 0, 0, 0, 300], ..rules };
        let err = write(&mut store, &bad).unwrap_err();
        let text = err.to_string();
        assert!(text.contains("points_per_unit") && text.contains("stage_bonus.partner"), "{text}");
    }
}
