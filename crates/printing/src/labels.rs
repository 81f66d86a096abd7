//! Mailing labels on standard Avery sheets, with the published geometry.

use fidele_domain::Language;

use crate::card::{AddressBlock, fit_block};
use crate::fonts::Style;
use crate::pdf::{Doc, Meta, Page, Rgb, mm};
use crate::Result;
use crate::sheets::PrinterOffset;

/// A label sheet. Geometry from Avery's templates (all in millimetres).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LabelSheet {
    /// A4, 3 × 7 labels of 63.5 × 38.1 mm; margins 15.15 mm top, 7.25 mm left; pitch
    /// 66.04 mm across (2.54 mm gap) and 38.1 mm down.
    AveryL7160,
    /// US Letter, 3 × 10 labels of 2⅝ × 1 in; margins ½ in top, 3⁄16 in left; pitch 2¾ in
    /// across (⅛ in gap) and 1 in down.
    Avery5160,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Geometry {
    pub page_w: f32,
    pub page_h: f32,
    pub cols: usize,
    pub rows: usize,
    pub label_w: f32,
    pub label_h: f32,
    pub left: f32,
    pub top: f32,
    pub pitch_x: f32,
    pub pitch_y: f32,
}

impl LabelSheet {
    pub fn per_page(self) -> usize {
        let g = self.geometry();
        g.cols * g.rows
    }

    /// In millimetres.
    pub(crate) fn geometry(self) -> Geometry {
        const IN: f32 = 25.4;
        match self {
            LabelSheet::AveryL7160 => Geometry {
                page_w: 210.0,
                page_h: 297.0,
                cols: 3,
                rows: 7,
                label_w: 63.5,
                label_h: 38.1,
                left: 7.25,
                top: 15.15,
                pitch_x: 66.04,
                pitch_y: 38.1,
            },
            LabelSheet::Avery5160 => Geometry {
                page_w: 8.5 * IN,
                page_h: 11.0 * IN,
                cols: 3,
                rows: 10,
                label_w: 2.625 * IN,
                label_h: 1.0 * IN,
                left: 0.1875 * IN,
                top: 0.5 * IN,
                pitch_x: 2.75 * IN,
                pitch_y: 1.0 * IN,
            },
        }
    }
}

/// One address per label, in order, filling rows left to right. Each block is centred
/// vertically; long lines shrink (down to 6 pt) and are cut with "…" rather than leave the
/// label.
/// `offset` moves every label by the printer's measured shift (see [`PrinterOffset`]).
/// `language` is the shop's: the document's title is in it.
pub fn render_labels(
    addresses: &[AddressBlock],
    sheet: LabelSheet,
    offset: PrinterOffset,
    language: Language,
    created: Option<chrono::NaiveDateTime>,
) -> Result<Vec<u8>> {
    let g = sheet.geometry();
    let created = created.unwrap_or_else(|| chrono::Local::now().naive_local());
    let title = fidele_words::words(language).text("print-labels-title");
    let mut doc = Doc::new(&Meta { title, created }, Vec::new())?;
    // Inside each label: 4 mm from the sides (the corners are rounded) and 2.5 mm top/bottom.
    let (pad_x, pad_y) = (mm(4.0), mm(2.5));
    let (w, h) = (mm(g.label_w) - 2.0 * pad_x, mm(g.label_h) - 2.0 * pad_y);
    let (dx, dy) = offset.points();
    for chunk in addresses.chunks(sheet.per_page()) {
        let mut page = Page::new(mm(g.page_w), mm(g.page_h));
        for (i, address) in chunk.iter().enumerate() {
            let (row, col) = (i / g.cols, i % g.cols);
            let x = mm(g.left + col as f32 * g.pitch_x) + pad_x + dx;
            let top = mm(g.page_h - g.top - row as f32 * g.pitch_y) - pad_y + dy;
            let lines = address.print_lines();
            if lines.is_empty() {
                continue;
            }
            // The size at which all lines stack into the height, at most 10 pt.
            let size = (h / (lines.len() as f32 * 1.2)).clamp(4.0, 10.0);
            let mut laid = Vec::new();
            for (j, text) in lines.iter().enumerate() {
                let style = if j == 0 { Style::Bold } else { Style::Regular };
                let (ls, s) = fit_block(&mut doc.shaper, style, text, size, size.min(6.0), w, 1);
                laid.extend(ls.into_iter().map(|l| (l, s)));
            }
            let block: f32 = laid.iter().map(|(_, s)| s * 1.2).sum();
            let mut y = top - (h - block).max(0.0) / 2.0;
            for (line, s) in &laid {
                y -= s * 0.95;
                page.text(line, x, y, *s, Rgb::hex(0x111111));
                y -= s * 0.25;
            }
        }
        doc.push_page(page)?;
    }
    doc.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn published_geometry_adds_up_to_the_page() {
        for sheet in [LabelSheet::AveryL7160, LabelSheet::Avery5160] {
            let g = sheet.geometry();
            let right = g.page_w - g.left - (g.cols - 1) as f32 * g.pitch_x - g.label_w;
            let bottom = g.page_h - g.top - (g.rows - 1) as f32 * g.pitch_y - g.label_h;
            assert!((right - g.left).abs() < 0.2, "{sheet:?} is not centred across: {right}");
            assert!((bottom - g.top).abs() < 0.2, "{sheet:?} is not centred down: {bottom}");
            assert!(g.pitch_x >= g.label_w && g.pitch_y >= g.label_h);
        }
        assert_eq!(LabelSheet::AveryL7160.per_page(), 21);
        assert_eq!(LabelSheet::Avery5160.per_page(), 30);
    }
}
