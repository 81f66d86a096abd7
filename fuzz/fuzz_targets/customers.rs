//! Any bytes as a customer file: CSV (any encoding, delimiter) or vCard. Must not panic.
#![no_main]
use fidele_interchange::{FileFormat, ReadOptions, read_customers};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = read_customers(data, &ReadOptions::default());
    // Force the vCard path too, whatever the start of the input says.
    let _ = read_customers(data, &ReadOptions { format: Some(FileFormat::VCard), ..ReadOptions::default() });
});
