//! The BG/NBD fit recovers the parameters of data simulated from the model itself.

use fidele_analytics::bgnbd::{self, RepeatData};

use crate::sim::{Truth, bgnbd_rows};

#[test]
fn bgnbd_fit_recovers_simulated_parameters() {
    let truth = Truth { r: 0.5, alpha: 6.0, a: 0.7, b: 3.0 };
    let rows = bgnbd_rows(&truth, 20_000, 7);
    let fit = bgnbd::fit(&RepeatData::from_weeks(&rows), 30).unwrap();
    let p = fit.params;
    let close = |name: &str, got: f64, want: f64, tol: f64| {
        assert!((got / want - 1.0).abs() < tol, "{name}: fitted {got}, true {want} ({p:?})");
    };
    // r and alpha are pinned down by the purchase counts; a and b only by the drop-outs the
    // silences reveal, so they get a wider margin.
    close("r", p.r, truth.r, 0.10);
    close("alpha", p.alpha, truth.alpha, 0.15);
    close("a", p.a, truth.a, 0.25);
    close("b", p.b, truth.b, 0.30);
}
