//! Where loyalty cards go on paper: sheets of business cards, or one card a page for a card
//! printer; and the printer's offset, which moves everything printed on a sheet (cards and
//! address labels alike) by what the calibration page measured.

const IN: f32 = 25.4;

/// ISO/IEC 7810 ID-1, the size of a bank card, in millimetres.
pub const ID1_WIDTH_MM: f32 = 85.60;
pub const ID1_HEIGHT_MM: f32 = 53.98;

/// How loyalty cards are put on paper.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardSheet {
    /// Avery C32011 (A4): 2 × 5 cards of 85 × 54 mm, the first 15 mm from the left and
    /// 13.5 mm from the top, 95 × 54 mm apart (glabels' "C32011-10").
    AveryC32011,
    /// Avery 5371 and 8371 (US Letter): 2 × 5 cards of 3½ × 2 in, the first ¾ in from the
    /// left and ½ in from the top, edge to edge.
    Avery5371,
    /// One ID-1 card (85.60 × 53.98 mm) a page, the page the card's size: for a card printer.
    Single,
}

/// A sheet's geometry, in millimetres from the top-left corner of the page.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SheetGeometry {
    pub page_width: f32,
    pub page_height: f32,
    pub columns: usize,
    pub rows: usize,
    pub card_width: f32,
    pub card_height: f32,
    /// The first card's left edge.
    pub left: f32,
    /// The first card's top edge.
    pub top: f32,
    /// From one card's left edge to the next's.
    pub pitch_x: f32,
    /// From one card's top edge to the next's.
    pub pitch_y: f32,
}

impl CardSheet {
    pub const ALL: [CardSheet; 3] = [CardSheet::AveryC32011, CardSheet::Avery5371, CardSheet::Single];

    /// The layout's code as typed on the command line and sent by the app.
    pub fn code(self) -> &'static str {
        match self {
            CardSheet::AveryC32011 => "c32011",
            CardSheet::Avery5371 => "5371",
            CardSheet::Single => "single",
        }
    }

    /// From its code (any case; `8371` is the same sheet as `5371`).
    pub fn parse(code: &str) -> Option<CardSheet> {
        match code.trim().to_ascii_lowercase().as_str() {
            "c32011" => Some(CardSheet::AveryC32011),
            "5371" | "8371" => Some(CardSheet::Avery5371),
            "single" => Some(CardSheet::Single),
            _ => None,
        }
    }

    pub fn per_page(self) -> usize {
        let g = self.geometry();
        g.columns * g.rows
    }

    pub fn geometry(self) -> SheetGeometry {
        match self {
            CardSheet::AveryC32011 => SheetGeometry {
                page_width: 210.0,
                page_height: 297.0,
                columns: 2,
                rows: 5,
                card_width: 85.0,
                card_height: 54.0,
                left: 15.0,
                top: 13.5,
                pitch_x: 95.0,
                pitch_y: 54.0,
            },
            CardSheet::Avery5371 => SheetGeometry {
                page_width: 8.5 * IN,
                page_height: 11.0 * IN,
                columns: 2,
                rows: 5,
                card_width: 3.5 * IN,
                card_height: 2.0 * IN,
                left: 0.75 * IN,
                top: 0.5 * IN,
                pitch_x: 3.5 * IN,
                pitch_y: 2.0 * IN,
            },
            CardSheet::Single => SheetGeometry {
                page_width: ID1_WIDTH_MM,
                page_height: ID1_HEIGHT_MM,
                columns: 1,
                rows: 1,
                card_width: ID1_WIDTH_MM,
                card_height: ID1_HEIGHT_MM,
                left: 0.0,
                top: 0.0,
                pitch_x: ID1_WIDTH_MM,
                pitch_y: ID1_HEIGHT_MM,
            },
        }
    }
}

impl SheetGeometry {
    /// The `index`th card's top-left corner on its page (reading order), in millimetres from
    /// the page's top-left corner, moved by the printer's offset.
    pub fn card_origin(&self, index: usize, offset: PrinterOffset) -> (f32, f32) {
        let (row, col) = (index / self.columns, index % self.columns);
        (self.left + col as f32 * self.pitch_x + offset.x_mm, self.top + row as f32 * self.pitch_y + offset.y_mm)
    }
}

/// What to add to every position on a printed sheet so it lands where it should, in
/// millimetres: `x_mm` to the right, `y_mm` down the page. A printer that prints 1.5 mm too
/// far right needs `x_mm = -1.5`. Measured with the calibration page
/// ([`crate::render_calibration_page`]).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct PrinterOffset {
    pub x_mm: f32,
    pub y_mm: f32,
}

impl PrinterOffset {
    /// The largest correction taken, either way: more than a centimetre is no longer a
    /// printer's drift but a wrong paper size or a page scaled to fit.
    pub const MAX_MM: f32 = 10.0;

    /// The move in PDF points: right, and up (PDF's y grows up the page).
    pub(crate) fn points(self) -> (f32, f32) {
        (crate::pdf::mm(self.x_mm), -crate::pdf::mm(self.y_mm))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sheet_holds_its_cards_inside_the_page() {
        for sheet in CardSheet::ALL {
            let g = sheet.geometry();
            let right = g.left + (g.columns - 1) as f32 * g.pitch_x + g.card_width;
            let bottom = g.top + (g.rows - 1) as f32 * g.pitch_y + g.card_height;
            assert!(right <= g.page_width + 0.01 && bottom <= g.page_height + 0.01, "{sheet:?}");
            assert!(g.pitch_x >= g.card_width && g.pitch_y >= g.card_height, "{sheet:?} cards overlap");
            assert_eq!(CardSheet::parse(sheet.code()), Some(sheet));
        }
        assert_eq!(CardSheet::parse("8371"), Some(CardSheet::Avery5371));
        assert_eq!(CardSheet::parse("A4"), None);
    }

    #[test]
    fn the_offset_moves_every_card_alike() {
        let g = CardSheet::AveryC32011.geometry();
        let offset = PrinterOffset { x_mm: -1.5, y_mm: 2.0 };
        assert_eq!(g.card_origin(0, PrinterOffset::default()), (15.0, 13.5));
        assert_eq!(g.card_origin(3, PrinterOffset::default()), (110.0, 67.5));
        assert_eq!(g.card_origin(3, offset), (108.5, 69.5));
    }
}
