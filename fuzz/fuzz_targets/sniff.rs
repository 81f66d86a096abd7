//! Encoding and delimiter sniffing on any bytes, whole or cut. Must not panic.
#![no_main]
use fidele_interchange::{encoding, sniff};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for complete in [true, false] {
        let enc = encoding::detect(data, complete);
        let text = encoding::decode(data, enc);
        let _ = sniff::detect_delimiter(&text, complete);
        let _ = sniff::detect_format(&text);
    }
});
