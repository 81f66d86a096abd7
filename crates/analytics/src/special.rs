//! Special functions the models need.
//!
//! ln-gamma and digamma come from `statrs` (Lanczos / asymptotic series, accurate to about
//! 1e-14). The Gauss hypergeometric function is written here because the BG/NBD conditional
//! expectation needs only the well-behaved case (all parameters positive, 0 ≤ z < 1) and needs
//! it scaled, for many horizons at once: see [`scaled_hyp2f1_many`].

pub use statrs::function::gamma::{digamma, ln_gamma};

/// `ln(e^u + e^v)` without overflow: the larger term is factored out.
pub fn log_add_exp(u: f64, v: f64) -> f64 {
    let m = u.max(v);
    if m == f64::NEG_INFINITY {
        return m;
    }
    m + (-(u - v).abs()).exp().ln_1p()
}

/// Most terms a series may take before it is declared not converged.
const MAX_TERMS: usize = 200_000;

/// `(1 − z_k)^s · ₂F₁(a, b; c; z_k)` for each `z_k` in `zs`, with `a, b, c > 0` and
/// `0 ≤ z_k < 1`, by the power series.
///
/// The factor `(1 − z)^s` is folded in because the BG/NBD expectation needs exactly that
/// product: `₂F₁` alone overflows for a customer with hundreds of purchases while the product
/// stays moderate. The series is summed with a running log scale, so neither the hypergeometric
/// value nor the small prefactor is ever formed on its own. All horizons share one pass over the
/// coefficient ratios, which keeps the loop tight enough to vectorise.
///
/// Returns `None` when an argument is out of range or the series has not converged after
/// 200,000 terms (z extremely close to 1).
pub fn scaled_hyp2f1_many<const K: usize>(a: f64, b: f64, c: f64, s: f64, zs: &[f64; K]) -> Option<[f64; K]> {
    if !(a > 0.0 && b > 0.0 && c > 0.0) || zs.iter().any(|z| !(0.0..1.0).contains(z)) {
        return None;
    }
    let mut term = [1.0f64; K];
    let mut sum = [1.0f64; K];
    let mut log_scale = [0.0f64; K];
    let mut done = [false; K];
    let mut remaining = K;
    for n in 0..MAX_TERMS {
        let nf = n as f64;
        let ratio = (a + nf) * (b + nf) / ((c + nf) * (nf + 1.0));
        for k in 0..K {
            if done[k] {
                continue;
            }
            let rho = ratio * zs[k];
            term[k] *= rho;
            sum[k] += term[k];
            if sum[k] > 1e250 {
                term[k] *= 1e-250;
                sum[k] *= 1e-250;
                log_scale[k] += 250.0 * std::f64::consts::LN_10;
            }
            // Terms are positive; once their ratio is below 1 for good (it tends to z from
            // above), what is left is at most term·ρ/(1−ρ).
            if rho < 1.0 && nf > (a + b) && term[k] * rho / (1.0 - rho) <= 1e-15 * sum[k] {
                done[k] = true;
                remaining -= 1;
            }
        }
        if remaining == 0 {
            let mut out = [0.0; K];
            for k in 0..K {
                out[k] = (sum[k].ln() + log_scale[k] + s * (-zs[k]).ln_1p()).exp();
            }
            return Some(out);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log_add_exp_matches_the_direct_formula_and_survives_large_terms() {
        let direct = (2.0f64.exp() + 3.0f64.exp()).ln();
        assert!((log_add_exp(2.0, 3.0) - direct).abs() < 1e-12);
        assert!((log_add_exp(-1000.0, -1000.0) - (-1000.0 + 2f64.ln())).abs() < 1e-9);
        assert_eq!(log_add_exp(f64::NEG_INFINITY, 5.0), 5.0);
    }

    #[test]
    fn hypergeometric_matches_closed_forms() {
        // ₂F₁(1, 1; 2; z) = −ln(1 − z) / z
        let zs = [0.1, 0.5, 0.9, 0.99];
        let got = scaled_hyp2f1_many(1.0, 1.0, 2.0, 0.0, &zs).unwrap();
        for (z, g) in zs.iter().zip(got) {
            let want = -(-z).ln_1p() / z;
            assert!((g - want).abs() < 1e-10 * want, "z={z}: {g} vs {want}");
        }
        // ₂F₁(a, b; b; z) = (1 − z)^(−a): scaled by (1 − z)^a it is exactly 1.
        let got = scaled_hyp2f1_many(3.5, 2.0, 2.0, 3.5, &[0.3, 0.8]).unwrap();
        for g in got {
            assert!((g - 1.0).abs() < 1e-12, "{g}");
        }
        // A large first parameter overflows ₂F₁ alone but not the scaled product.
        let got = scaled_hyp2f1_many(800.0, 5.0, 5.0, 800.0, &[0.6]).unwrap();
        assert!((got[0] - 1.0).abs() < 1e-9, "{}", got[0]);
        assert!(scaled_hyp2f1_many(1.0, 1.0, 2.0, 0.0, &[1.0]).is_none());
        assert!(scaled_hyp2f1_many(-1.0, 1.0, 2.0, 0.0, &[0.5]).is_none());
    }

    #[test]
    fn gamma_functions_agree_with_known_values() {
        assert!((ln_gamma(5.0) - 24f64.ln()).abs() < 1e-12);
        let euler = 0.577_215_664_901_532_9;
        assert!((digamma(1.0) + euler).abs() < 1e-12);
    }
}
