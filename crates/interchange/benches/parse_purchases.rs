//! Times the purchase reader on a till export the size of a busy shop's history: 636,000 sales
//! by 200,000 customers. Run with `cargo bench -p fidele-interchange --bench parse_purchases`.
//!
//! The import's budget is 2× SQLite's `.import` of the same file (≈ 0.55 s), so parsing must
//! stay near 0.3 s; peak memory (VmHWM) must not grow with the file, which a second, smaller
//! file shows: both reads end at about the same peak.

use std::io::{BufWriter, Write};
use std::time::Instant;

use fidele_interchange::{PurchaseOptions, read_purchases};

const CUSTOMERS: u64 = 200_000;
const ROWS: u64 = 636_000;

/// A deterministic file in the shape French tills write: semicolons, day-first dates with a
/// time, amounts with decimal commas (a few with thousands and the euro sign), refunds.
fn write_file(path: &std::path::Path, rows: u64) -> std::io::Result<u64> {
    let mut out = BufWriter::new(std::fs::File::create(path)?);
    writeln!(out, "customer_ref;date;amount;category;ticket")?;
    let categories = [
        "Fleurs",
        "Plantes",
        "Bijoux",
        "Librairie",
        "Épicerie fine",
        "Cadeaux",
    ];
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    for i in 0..rows {
        // xorshift: cheap, repeatable variety.
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let customer = x % CUSTOMERS;
        match customer % 3 {
            0 => write!(out, "client{customer}@exemple.fr;")?,
            1 => write!(
                out,
                "06 {:02} {:02} {:02} {:02};",
                customer / 1_000_000 % 100,
                customer / 10_000 % 100,
                customer / 100 % 100,
                customer % 100
            )?,
            _ => write!(out, "C-{customer:06};")?,
        }
        let (day, month, year) = (x % 28 + 1, (x >> 8) % 12 + 1, 2019 + (x >> 16) % 6);
        write!(
            out,
            "{day:02}/{month:02}/{year} {:02}:{:02};",
            9 + (x >> 20) % 10,
            (x >> 24) % 60
        )?;
        let cents = (x >> 28) % 25_000 + 1;
        if i % 97 == 0 {
            write!(out, "-{},{:02};", cents / 100, cents % 100)?;
        } else if cents >= 100_000 || i % 50 == 0 {
            write!(
                out,
                "{} {:03},{:02} €;",
                cents / 100_000,
                cents / 100 % 1000,
                cents % 100
            )?;
        } else {
            write!(out, "{},{:02};", cents / 100, cents % 100)?;
        }
        writeln!(
            out,
            "{};T{i:07}",
            categories[(x >> 40) as usize % categories.len()]
        )?;
    }
    out.flush()?;
    Ok(std::fs::metadata(path)?.len())
}

fn vm_hwm_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn parse(path: &std::path::Path) -> (u64, u64, i64, f64) {
    let start = Instant::now();
    let file = std::fs::File::open(path).expect("open");
    let reader = read_purchases(file, &PurchaseOptions::default()).expect("sniff");
    let (mut ok, mut rejected, mut total) = (0u64, 0u64, 0i64);
    for row in reader {
        match row {
            Ok(p) => {
                ok += 1;
                total += p.amount.minor;
            }
            Err(_) => rejected += 1,
        }
    }
    (ok, rejected, total, start.elapsed().as_secs_f64())
}

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let small = dir.path().join("small.csv");
    let big = dir.path().join("big.csv");
    write_file(&small, ROWS / 10).expect("write small");
    let bytes = write_file(&big, ROWS).expect("write big");

    let (small_ok, ..) = parse(&small);
    let hwm_small = vm_hwm_kib();
    let mut best = f64::MAX;
    let mut result = (0, 0, 0);
    for _ in 0..3 {
        let (ok, rejected, total, secs) = parse(&big);
        best = best.min(secs);
        result = (ok, rejected, total);
    }
    let hwm_big = vm_hwm_kib();
    let (ok, rejected, total) = result;
    assert_eq!(ok + rejected, ROWS);
    assert_eq!(rejected, 0, "the generated file is valid");
    println!(
        "parse_purchases: {ROWS} rows ({:.1} MB, {CUSTOMERS} customers) in {:.3} s (best of 3): {:.0} rows/s, {:.0} ns/row",
        bytes as f64 / 1e6,
        best,
        ROWS as f64 / best,
        best * 1e9 / ROWS as f64
    );
    println!("  checksum {total} minor units; {small_ok} rows in the small file");
    match (hwm_small, hwm_big) {
        (Some(s), Some(b)) => println!(
            "  peak RSS (VmHWM): {s} KiB after {} rows, {b} KiB after {ROWS} rows",
            ROWS / 10
        ),
        _ => println!("  peak RSS: /proc/self/status not available"),
    }
}
