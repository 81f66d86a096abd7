//! The calibration page: two crosses at known distances from the paper's edges, a scale bar of
//! known length and, in the shop's language, how to measure them and what to enter as the
//! printer offset ([`PrinterOffset`]). Printed without any offset, so that what is measured is
//! the printer's own shift.

use fidele_domain::Language;

use crate::fonts::Style;
use crate::pdf::{BLACK, Doc, Meta, Page, Rgb, mm};
use crate::sheets::PrinterOffset;
use crate::Result;

/// The paper the cards and labels are printed on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paper {
    A4,
    Letter,
}

impl Paper {
    /// Width and height in millimetres.
    pub fn size_mm(self) -> (f32, f32) {
        match self {
            Paper::A4 => (210.0, 297.0),
            Paper::Letter => (215.9, 279.4),
        }
    }
}

/// How far each cross's centre stands from the two nearest edges of the paper, in millimetres.
pub const CROSS_INSET_MM: f32 = 20.0;
/// The scale bar's length in millimetres.
pub const SCALE_BAR_MM: f32 = 100.0;

const INK: Rgb = Rgb::hex(0x1f1f1f);
const ARM: f32 = 12.0;

/// The calibration page as a PDF. `current` is the offset in force, quoted on the page (it is
/// not applied to it).
pub fn render_calibration_page(paper: Paper, language: Language, current: PrinterOffset, created: Option<chrono::NaiveDateTime>) -> Result<Vec<u8>> {
    let words = fidele_words::words(language);
    let created = created.unwrap_or_else(|| chrono::Local::now().naive_local());
    let mut doc = Doc::new(&Meta { title: words.text("print-calibration-title"), created }, Vec::new())?;
    let (w, h) = paper.size_mm();
    let mut page = Page::new(mm(w), mm(h));
    // In millimetres from the top-left corner, as the shopkeeper measures.
    let at = |x: f32, y: f32| (mm(x), mm(h - y));

    // Cross A, top left; cross B, bottom right: each with its letter and a small ring.
    for (cx, cy, letter) in [(CROSS_INSET_MM, CROSS_INSET_MM, "A"), (w - CROSS_INSET_MM, h - CROSS_INSET_MM, "B")] {
        let (x, y) = at(cx, cy);
        page.line(x - mm(ARM), y, x + mm(ARM), y, 0.5, BLACK);
        page.line(x, y - mm(ARM), x, y + mm(ARM), 0.5, BLACK);
        page.stroke_rect(x - mm(2.0), y - mm(2.0), mm(4.0), mm(4.0), 0.3, BLACK);
        let label = doc.shaper.line(Style::Bold, false, letter);
        page.text(&label, x + mm(3.0), y + mm(3.0), 12.0, INK);
    }
    // Millimetre ticks along cross A's arms, towards both edges, every 1 mm, longer every 5:
    // the shopkeeper's ruler is laid from the paper's edge to the cross.
    let (ax, ay) = at(CROSS_INSET_MM, CROSS_INSET_MM);
    for i in 1..=(ARM as i32) {
        let len = if i % 5 == 0 { mm(2.0) } else { mm(1.0) };
        page.line(ax - mm(i as f32), ay, ax - mm(i as f32), ay - len, 0.25, BLACK);
        page.line(ax, ay + mm(i as f32), ax + len, ay + mm(i as f32), 0.25, BLACK);
    }

    let margin = 30.0;
    let text_w = mm(w - 2.0 * margin);
    let mut y = mm(h - 45.0);
    let title = doc.shaper.line(Style::Bold, false, &words.text("print-calibration-title"));
    page.text(&title, mm(margin), y, 16.0, INK);
    y -= mm(10.0);

    let number = |v: f32| decimal(language, v);
    let inset = number(CROSS_INSET_MM);
    let steps = [
        words.text("print-calibration-actual-size"),
        words.format("print-calibration-scale", &fidele_words::args!["length" => number(SCALE_BAR_MM)]),
        words.format("print-calibration-left", &fidele_words::args!["inset" => inset.clone()]),
        words.format("print-calibration-top", &fidele_words::args!["inset" => inset.clone()]),
        words.format("print-calibration-enter", &fidele_words::args!["inset" => inset.clone(), "example" => number(21.5), "offset" => number(-1.5)]),
        words.format("print-calibration-check", &fidele_words::args!["inset" => inset]),
    ];
    let size = 10.5;
    for (i, step) in steps.iter().enumerate() {
        let marker = doc.shaper.line(Style::Bold, false, &format!("{}.", i + 1));
        page.text(&marker, mm(margin), y, size, INK);
        for line in doc.shaper.wrap(Style::Regular, step, size, text_w - mm(8.0)) {
            page.text(&line, mm(margin + 8.0), y, size, INK);
            y -= size * 1.45;
        }
        y -= size * 0.6;
        if i == 1 {
            // The scale bar, right under the step that names it.
            y -= mm(2.0);
            let (x0, x1) = (mm(margin + 8.0), mm(margin + 8.0 + SCALE_BAR_MM));
            page.line(x0, y, x1, y, 0.6, BLACK);
            for k in 0..=10 {
                let x = x0 + mm(k as f32 * 10.0);
                page.line(x, y, x, y + if k % 5 == 0 { mm(3.0) } else { mm(1.5) }, 0.4, BLACK);
            }
            let label = doc.shaper.line(Style::Regular, false, &format!("{} mm", number(SCALE_BAR_MM)));
            page.text(&label, x1 + mm(3.0), y - 3.0, 9.0, INK);
            y -= mm(8.0);
        }
    }
    y -= mm(4.0);
    let current_line = words.format(
        "print-calibration-current",
        &fidele_words::args!["x" => number(current.x_mm), "y" => number(current.y_mm)],
    );
    for line in doc.shaper.wrap(Style::Italic, &current_line, 9.5, text_w) {
        page.text(&line, mm(margin), y, 9.5, Rgb::hex(0x555555));
        y -= 9.5 * 1.45;
    }
    doc.push_page(page)?;
    doc.finish()
}

/// A number of millimetres as the language writes it: one decimal at most, a decimal comma in
/// French and Dutch, a true minus sign.
fn decimal(language: Language, v: f32) -> String {
    let rounded = (v * 10.0).round() / 10.0;
    let mut text = if rounded.fract() == 0.0 { format!("{}", rounded.abs() as i64) } else { format!("{:.1}", rounded.abs()) };
    if matches!(language, Language::Fr | Language::Nl) {
        text = text.replace('.', ",");
    }
    if rounded < 0.0 { format!("−{text}") } else { text }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn millimetres_are_written_the_reader_s_way() {
        assert_eq!(decimal(Language::Fr, -1.5), "−1,5");
        assert_eq!(decimal(Language::En, 21.5), "21.5");
        assert_eq!(decimal(Language::Nl, 20.0), "20");
        assert_eq!(decimal(Language::Th, 0.0), "0");
        assert_eq!(decimal(Language::En, -0.04), "0");
    }
}
