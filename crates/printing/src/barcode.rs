//! Code 128 and QR symbols, drawn as vector rectangles: crisp at any printer resolution, no
//! image to scale. The symbologies' tables, check digits and error correction are the
//! `barcoders` and `qrcode` crates'; this module only places their modules on the page,
//! each run of dark modules as one rectangle, and keeps the quiet zones the scanners need
//! (10 modules either side of a Code 128 symbol, 4 around a QR code) clear of anything else.

use crate::pdf::{BLACK, Page};

/// Quiet zone either side of a Code 128 symbol, in modules (ISO/IEC 15417 §4.4.2).
pub(crate) const CODE128_QUIET: usize = 10;
/// Quiet zone around a QR code, in modules (ISO/IEC 18004 §6.3.8).
pub(crate) const QR_QUIET: usize = 4;

/// A Code 128 symbol: one entry per module, `true` for a bar; the quiet zones not included.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Code128(Vec<bool>);

impl Code128 {
    /// The symbol for a string of digits, in code set C (two digits a symbol character); an odd
    /// last digit is written in code set B. `None` for an empty string or one with anything
    /// but ASCII digits: member numbers are digits only, so a scanner that "types" them on an
    /// AZERTY keyboard is read back by its keys.
    pub(crate) fn digits(digits: &str) -> Option<Code128> {
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let even = digits.len() - digits.len() % 2;
        // barcoders' syntax: Ć starts (or switches to) code set C, Ɓ switches to code set B.
        let mut data = String::from("Ć");
        data.push_str(&digits[..even]);
        if even < digits.len() {
            data.push('Ɓ');
            data.push_str(&digits[even..]);
        }
        let modules = barcoders::sym::code128::Code128::new(&data).ok()?.encode();
        Some(Code128(modules.into_iter().map(|m| m == 1).collect()))
    }

    /// Modules in the symbol, quiet zones not counted.
    pub(crate) fn modules(&self) -> usize {
        self.0.len()
    }

    /// Modules with both quiet zones.
    pub(crate) fn modules_with_quiet_zones(&self) -> usize {
        self.0.len() + 2 * CODE128_QUIET
    }

    /// Draws the bars with the symbol's left edge (after the quiet zone) at `x`, its bottom at
    /// `y`, `module` points a module, `height` points tall.
    pub(crate) fn draw(&self, page: &mut Page, x: f32, y: f32, module: f32, height: f32) {
        for (start, len) in dark_runs(&self.0) {
            page.fill_rect(x + start as f32 * module, y, len as f32 * module, height, BLACK);
        }
    }
}

/// A QR code's module matrix, row by row from the top, `true` for dark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Qr {
    width: usize,
    dark: Vec<bool>,
}

impl Qr {
    /// The smallest QR code holding `text` at error correction level M (15 % of the symbol
    /// can be lost: a worn card, a smudge). Digits are encoded in numeric mode and upper-case
    /// codes in alphanumeric mode, so a member number or an offer code makes a version 1 or 2
    /// symbol. `None` for empty text or text too long for any QR code.
    pub(crate) fn new(text: &str) -> Option<Qr> {
        if text.is_empty() {
            return None;
        }
        let code = qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::M).ok()?;
        let width = code.width();
        let dark = code.to_colors().into_iter().map(|c| c == qrcode::Color::Dark).collect();
        Some(Qr { width, dark })
    }

    /// Modules across (and down), quiet zone not counted.
    pub(crate) fn width(&self) -> usize {
        self.width
    }

    /// Modules across with the quiet zone on both sides.
    #[cfg(test)]
    pub(crate) fn width_with_quiet_zone(&self) -> usize {
        self.width + 2 * QR_QUIET
    }

    /// Draws the symbol with its top-left module's corner at (x, top), `module` points a
    /// module. Each row's runs of dark modules are one rectangle each, a hair taller than a
    /// module so that no hairline shows between rows when a viewer anti-aliases them.
    pub(crate) fn draw(&self, page: &mut Page, x: f32, top: f32, module: f32) {
        for (row, cells) in self.dark.chunks(self.width).enumerate() {
            let y = top - (row + 1) as f32 * module;
            let overlap = if row + 1 < self.width { module * 0.02 } else { 0.0 };
            for (start, len) in dark_runs(cells) {
                page.fill_rect(x + start as f32 * module, y - overlap, len as f32 * module, module + overlap, BLACK);
            }
        }
    }
}

/// Each run of `true` as (first index, length).
fn dark_runs(cells: &[bool]) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut start = None;
    for (i, &dark) in cells.iter().chain(std::iter::once(&false)).enumerate() {
        match (dark, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                runs.push((s, i - s));
                start = None;
            }
            _ => {}
        }
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code128_of_digits_uses_code_set_c_and_ends_with_the_stop_pattern() {
        // Start C (11) + 4 pairs (44) + check (11) + stop (13).
        let even = Code128::digits("12345678").unwrap();
        assert_eq!(even.modules(), 11 + 44 + 11 + 13);
        // An odd count: 3 pairs, a switch to B and one digit in B.
        let odd = Code128::digits("1234567").unwrap();
        assert_eq!(odd.modules(), 11 + 33 + 11 + 11 + 11 + 13);
        // The stop pattern 2331112 as bars and spaces, ending on a bar.
        let stop: Vec<bool> = [(true, 2), (false, 3), (true, 3), (false, 1), (true, 1), (false, 1), (true, 2)]
            .iter()
            .flat_map(|&(b, n)| std::iter::repeat_n(b, n))
            .collect();
        assert!(even.0.ends_with(&stop));
        assert_eq!(even.modules_with_quiet_zones(), even.modules() + 20);
    }

    #[test]
    fn code128_refuses_what_is_not_digits() {
        assert!(Code128::digits("").is_none());
        assert!(Code128::digits("12a4").is_none());
        assert!(Code128::digits("١٢").is_none(), "Arabic-Indic digits are not ASCII digits");
    }

    #[test]
    fn a_member_number_is_a_small_qr_code() {
        let qr = Qr::new("1000042").unwrap();
        assert_eq!(qr.width(), 21, "version 1");
        assert_eq!(qr.width_with_quiet_zone(), 29);
        // The finder pattern's top row: 7 dark modules from the corner.
        assert!(qr.dark[..7].iter().all(|&d| d) && !qr.dark[7]);
        assert!(Qr::new("").is_none());
    }

    #[test]
    fn runs_cover_every_dark_module_once() {
        let cells = [true, true, false, true, false, false, true];
        assert_eq!(dark_runs(&cells), [(0, 2), (3, 1), (6, 1)]);
        assert_eq!(dark_runs(&[false, false]), []);
    }
}
