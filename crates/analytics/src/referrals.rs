//! Who brought whom, and what it was worth.
//!
//! The tree follows `referred_by`. Links to unknown customers or to oneself are ignored; a
//! cycle (bad data) is cut where the walk meets a customer it has already placed, so every
//! customer appears at most once.

use fidele_domain::CustomerId;

use crate::input::AnalysisInput;
use crate::ledger::Ledger;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReferralNode {
    pub customer: CustomerId,
    pub parent: Option<CustomerId>,
    /// 0 for a customer who was not referred (or whose referrer is outside the tree).
    pub depth: u32,
    pub revenue_minor: i64,
    /// Their own revenue plus that of everyone below them.
    pub subtree_revenue_minor: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AdvocateSummary {
    pub customer: CustomerId,
    pub referred: u32,
    /// Referees who bought at least once.
    pub referred_buyers: u32,
    /// Revenue of the customers they referred directly.
    pub direct_revenue_minor: i64,
    /// Revenue of everyone below them in the tree.
    pub tree_revenue_minor: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Referrals {
    /// Depth-first, each referrer before the customers they brought; only customers who
    /// referred or were referred.
    pub tree: Vec<ReferralNode>,
    /// Customers who referred someone, by tree revenue, highest first.
    pub advocates: Vec<AdvocateSummary>,
}

pub fn referrals(input: &AnalysisInput, ledger: &Ledger) -> Referrals {
    let n = ledger.len();
    let mut parent = vec![u32::MAX; n];
    let mut child_count = vec![0u32; n + 1];
    for (i, c) in input.customers.iter().enumerate() {
        if let Some(p) = c.referred_by.and_then(|by| ledger.position(by)).map(|p| p as u32)
            && p as usize != i
        {
            parent[i] = p;
            child_count[p as usize + 1] += 1;
        }
    }
    for i in 0..n {
        child_count[i + 1] += child_count[i];
    }
    let start = child_count;
    let mut fill = start.clone();
    let mut children = vec![0u32; start[n] as usize];
    for (i, &p) in parent.iter().enumerate() {
        if p != u32::MAX {
            children[fill[p as usize] as usize] = i as u32;
            fill[p as usize] += 1;
        }
    }
    let kids = |i: usize| &children[start[i] as usize..start[i + 1] as usize];
    // Roots first (not referred), then whatever only a cycle reaches.
    let involved = |i: usize| parent[i] != u32::MAX || !kids(i).is_empty();
    let roots = (0..n).filter(|&i| involved(i) && parent[i] == u32::MAX).chain((0..n).filter(|&i| parent[i] != u32::MAX));
    let mut placed = vec![false; n];
    let mut tree_parent = vec![u32::MAX; n];
    let mut order: Vec<(u32, u32)> = Vec::new();
    let mut stack: Vec<(u32, u32)> = Vec::new();
    for root in roots {
        if placed[root] {
            continue;
        }
        stack.push((root as u32, 0));
        placed[root] = true;
        while let Some((i, depth)) = stack.pop() {
            order.push((i, depth));
            for &k in kids(i as usize).iter().rev() {
                if !placed[k as usize] {
                    placed[k as usize] = true;
                    tree_parent[k as usize] = i;
                    stack.push((k, depth + 1));
                }
            }
        }
    }
    let mut subtree: Vec<i64> = ledger.revenue.clone();
    for &(i, _) in order.iter().rev() {
        let p = tree_parent[i as usize];
        if p != u32::MAX {
            subtree[p as usize] += subtree[i as usize];
        }
    }
    let tree = order
        .iter()
        .map(|&(i, depth)| {
            let i = i as usize;
            ReferralNode {
                customer: ledger.ids[i],
                parent: (tree_parent[i] != u32::MAX).then(|| ledger.ids[tree_parent[i] as usize]),
                depth,
                revenue_minor: ledger.revenue[i],
                subtree_revenue_minor: subtree[i],
            }
        })
        .collect();
    let mut advocates: Vec<AdvocateSummary> = (0..n)
        .filter(|&i| !kids(i).is_empty())
        .map(|i| AdvocateSummary {
            customer: ledger.ids[i],
            referred: kids(i).len() as u32,
            referred_buyers: kids(i).iter().filter(|&&k| !ledger.occasions(k as usize).is_empty()).count() as u32,
            direct_revenue_minor: kids(i).iter().map(|&k| ledger.revenue[k as usize]).sum(),
            tree_revenue_minor: subtree[i] - ledger.revenue[i],
        })
        .collect();
    advocates.sort_by_key(|a| (std::cmp::Reverse(a.tree_revenue_minor), a.customer));
    Referrals { tree, advocates }
}
