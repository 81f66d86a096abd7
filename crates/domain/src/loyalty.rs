//! The shop's loyalty rules: points per euro (or baht) spent, or a stamp per visit over a
//! minimum amount; the rewards they buy; an optional expiry, double points in the birthday
//! month, and a bonus by ladder stage.
//!
//! The rules say how much a sale earns; the store's ledger (`points_entries`) keeps what was
//! earned and spent, so changing a rule never rewrites a balance.

/// The ladder's stages by code, in the ladder's order (the analytics' `Stage::ALL`): the order
/// of [`LoyaltyRules::stage_bonus_percent`].
pub const STAGE_CODES: [&str; 6] = ["prospect", "customer", "client", "supporter", "advocate", "partner"];

/// How a sale earns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Earning {
    /// `per_unit` points for each whole euro (or baht, ...) of the sale.
    Points { per_unit: u32 },
    /// One stamp for a visit whose sale reaches `min_minor` (minor units).
    Stamps { min_minor: i64 },
}

/// What a balance counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoyaltyUnit {
    Points,
    Stamps,
}

impl LoyaltyUnit {
    pub fn code(self) -> &'static str {
        match self {
            LoyaltyUnit::Points => "points",
            LoyaltyUnit::Stamps => "stamps",
        }
    }
}

impl Earning {
    pub fn unit(self) -> LoyaltyUnit {
        match self {
            Earning::Points { .. } => LoyaltyUnit::Points,
            Earning::Stamps { .. } => LoyaltyUnit::Stamps,
        }
    }

    pub fn code(self) -> &'static str {
        self.unit().code()
    }
}

/// What a number of points or stamps buys ("200 points = 10 €", "10 stamps = a free coffee").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reward {
    /// Points or stamps it costs.
    pub cost: i64,
    /// The money off it gives, in minor units, when it is money off; `None` for a gift.
    pub value_minor: Option<i64>,
    /// The shopkeeper's name for it ("un café offert"); may be empty for money off.
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoyaltyRules {
    /// Whether sales earn at all (a shop that does not run a loyalty scheme).
    pub enabled: bool,
    pub earning: Earning,
    /// Cheapest first.
    pub rewards: Vec<Reward>,
    /// Points expire this many months after they were earned, oldest first; `None`: never.
    pub expiry_months: Option<u32>,
    /// A sale in the customer's birthday month earns twice.
    pub birthday_double: bool,
    /// Extra percent earned by each ladder stage ([`STAGE_CODES`] order); 0 = none.
    pub stage_bonus_percent: [u32; 6],
}

impl Default for LoyaltyRules {
    /// One point per euro, 200 points = 10 € off; off until the shop turns it on.
    fn default() -> Self {
        LoyaltyRules {
            enabled: false,
            earning: Earning::Points { per_unit: 1 },
            rewards: vec![Reward { cost: 200, value_minor: Some(1000), label: String::new() }],
            expiry_months: None,
            birthday_double: false,
            stage_bonus_percent: [0; 6],
        }
    }
}

impl LoyaltyRules {
    /// What a sale of `amount_minor` (in a currency of `minor_digits`) earns, before the
    /// birthday and stage bonuses: points for its whole units, or a stamp when it reaches the
    /// minimum. A refund or a zero sale earns nothing.
    pub fn base(&self, amount_minor: i64, minor_digits: u32) -> i64 {
        if !self.enabled || amount_minor <= 0 {
            return 0;
        }
        match self.earning {
            Earning::Points { per_unit } => amount_minor / 10_i64.pow(minor_digits) * i64::from(per_unit),
            Earning::Stamps { min_minor } => i64::from(amount_minor >= min_minor),
        }
    }

    /// What a sale earns: the base, doubled in the birthday month (when the shop wants), plus
    /// the stage's bonus percent (rounded down).
    pub fn earned(&self, amount_minor: i64, minor_digits: u32, birthday_month: bool, stage: Option<&str>) -> i64 {
        let base = self.base(amount_minor, minor_digits) * if self.birthday_double && birthday_month { 2 } else { 1 };
        base + base * i64::from(self.bonus_for(stage)) / 100
    }

    pub fn bonus_for(&self, stage: Option<&str>) -> u32 {
        stage.and_then(|s| STAGE_CODES.iter().position(|c| *c == s)).map_or(0, |i| self.stage_bonus_percent[i])
    }

    /// Of a sale that earned `earned` and has `net_minor` left of its `amount_minor` after
    /// refunds, what it keeps: points in proportion (rounded down), a stamp only while the
    /// sale still reaches the minimum. A refund takes the rest back.
    pub fn kept_after_refund(&self, earned: i64, amount_minor: i64, net_minor: i64) -> i64 {
        if net_minor <= 0 || amount_minor <= 0 {
            return 0;
        }
        match self.earning {
            Earning::Points { .. } => earned * net_minor.min(amount_minor) / amount_minor,
            Earning::Stamps { min_minor } => {
                if net_minor >= min_minor {
                    earned
                } else {
                    0
                }
            }
        }
    }

    /// The dearest reward a balance buys, if any, and the next one it does not yet: what the
    /// counter and the month's card say ("plus que 20 pour votre bon de 10 €").
    pub fn standing(&self, balance: i64) -> (Option<&Reward>, Option<&Reward>) {
        let affordable = self.rewards.iter().filter(|r| r.cost <= balance).max_by_key(|r| r.cost);
        let next = self.rewards.iter().filter(|r| r.cost > balance).min_by_key(|r| r.cost);
        (affordable, next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn points(per_unit: u32) -> LoyaltyRules {
        LoyaltyRules { enabled: true, earning: Earning::Points { per_unit }, ..LoyaltyRules::default() }
    }

    #[test]
    fn points_count_whole_units_and_stamps_a_visit_over_the_minimum() {
        assert_eq!(points(1).earned(2490, 2, false, None), 24);
        assert_eq!(points(10).earned(2490, 2, false, None), 240);
        assert_eq!(points(1).earned(-2490, 2, false, None), 0);
        assert_eq!(points(1).earned(125_000, 0, false, None), 125_000);
        let stamps = LoyaltyRules { enabled: true, earning: Earning::Stamps { min_minor: 500 }, ..LoyaltyRules::default() };
        assert_eq!(stamps.earned(499, 2, false, None), 0);
        assert_eq!(stamps.earned(500, 2, false, None), 1);
        assert_eq!(LoyaltyRules::default().earned(5000, 2, false, None), 0, "off until the shop turns it on");
    }

    #[test]
    fn the_birthday_month_doubles_and_the_stage_adds_its_percent() {
        let mut r = points(1);
        r.birthday_double = true;
        r.stage_bonus_percent[3] = 50;
        assert_eq!(r.earned(2000, 2, true, None), 40);
        assert_eq!(r.earned(2000, 2, true, Some("supporter")), 60);
        assert_eq!(r.earned(2000, 2, false, Some("client")), 20);
    }

    #[test]
    fn a_refund_leaves_what_the_rest_of_the_sale_earns() {
        let r = points(1);
        assert_eq!(r.kept_after_refund(24, 2490, 1000), 9);
        assert_eq!(r.kept_after_refund(24, 2490, 0), 0);
        let stamps = LoyaltyRules { enabled: true, earning: Earning::Stamps { min_minor: 500 }, ..LoyaltyRules::default() };
        assert_eq!(stamps.kept_after_refund(1, 800, 600), 1);
        assert_eq!(stamps.kept_after_refund(1, 800, 400), 0);
    }

    #[test]
    fn the_standing_names_the_reward_bought_and_the_next() {
        let mut r = points(1);
        r.rewards = vec![
            Reward { cost: 100, value_minor: Some(500), label: String::new() },
            Reward { cost: 200, value_minor: Some(1000), label: String::new() },
        ];
        assert_eq!(r.standing(180).0.map(|r| r.cost), Some(100));
        assert_eq!(r.standing(180).1.map(|r| r.cost), Some(200));
        assert_eq!(r.standing(50).0, None);
        assert_eq!(r.standing(250).1, None);
    }
}
