//! Any bytes as a till export, read to the end. Must not panic.
#![no_main]
use fidele_interchange::{PurchaseOptions, read_purchases};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(reader) = read_purchases(data, &PurchaseOptions::default()) {
        for row in reader {
            let _ = row;
        }
    }
});
