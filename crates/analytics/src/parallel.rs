//! Deterministic data parallelism over the shop's few cores.
//!
//! Floating-point sums depend on the order of their terms, so a parallel reduction whose
//! grouping followed the thread count would give slightly different fits on different
//! machines. Here the rows are cut into chunks of a fixed size, whatever the number of
//! threads, and the chunks' partial sums are added in chunk order: the same input gives the
//! same bits everywhere. Small inputs (one chunk) are summed on the calling thread.

use std::ops::Range;

use rayon::prelude::*;

/// Rows per chunk: large enough that scheduling costs nothing next to the work (a chunk of
/// likelihood terms is tens of microseconds), small enough to balance two to eight cores.
pub(crate) const CHUNK: usize = 8192;

/// `Σ f(chunk)` over `0..n` cut into [`CHUNK`]-sized ranges, added in chunk order.
pub(crate) fn chunked_sum<const N: usize>(n: usize, f: impl Fn(Range<usize>) -> [f64; N] + Sync) -> [f64; N] {
    let chunks = n.div_ceil(CHUNK);
    if chunks <= 1 {
        return f(0..n);
    }
    let parts: Vec<[f64; N]> = (0..chunks).into_par_iter().map(|c| f(c * CHUNK..((c + 1) * CHUNK).min(n))).collect();
    let mut out = [0.0; N];
    for part in parts {
        for (o, p) in out.iter_mut().zip(part) {
            *o += p;
        }
    }
    out
}

/// `f` of each item, in the items' order, the items shared out over the cores: each result
/// depends on its item alone, so the answer is the same whatever the number of threads.
pub fn map_in_order<T: Sync, R: Send>(items: &[T], f: impl Fn(usize, &T) -> R + Sync) -> Vec<R> {
    items.par_iter().enumerate().map(|(i, x)| f(i, x)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunked_sum_covers_every_row_once_and_is_reproducible() {
        let n = 3 * CHUNK + 17;
        let values: Vec<f64> = (0..n).map(|i| 1.0 / (1.0 + i as f64)).collect();
        let sum = |r: Range<usize>| [values[r.clone()].iter().sum::<f64>(), r.len() as f64];
        let got = chunked_sum(n, sum);
        assert_eq!(got[1], n as f64);
        let serial: f64 = values.iter().sum();
        assert!((got[0] - serial).abs() < 1e-12 * serial);
        // Same grouping on a one-thread pool: bit for bit the same.
        let pool = rayon::ThreadPoolBuilder::new().num_threads(1).build().unwrap();
        assert_eq!(pool.install(|| chunked_sum(n, sum)), got);
        assert_eq!(chunked_sum(0, |r| [r.len() as f64]), [0.0]);
    }
}
