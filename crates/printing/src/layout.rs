//! Where cards go on paper: one A6 postcard per page, or four on an A4 sheet with crop marks.

use crate::pdf::{BLACK, Page, mm};

/// How cards are put on paper.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// One A6 landscape card per page (148 × 105 mm): the front, then its address side, so a
    /// duplex print on A6 card stock gives finished postcards. 2 pages per card.
    Postcard,
    /// Four cards on A4 landscape for home printers: a sheet of fronts, then a sheet of their
    /// address sides with the columns mirrored, so that printing duplex with the sheet turned
    /// left-to-right ("flip on short edge" for a landscape page) puts each back behind its
    /// front. Four A6 fill A4 exactly and home printers cannot print to the edge, so the
    /// cards are set at 92 % (136 × 97 mm) to leave room for crop marks.
    FourUpA4,
}

pub(crate) const A6_W: f32 = 148.0 * 72.0 / 25.4;
pub(crate) const A6_H: f32 = 105.0 * 72.0 / 25.4;
pub(crate) const A4_W: f32 = 210.0 * 72.0 / 25.4;
pub(crate) const A4_H: f32 = 297.0 * 72.0 / 25.4;
const FOUR_UP_SCALE: f32 = 0.92;

/// A card's place on a page: its origin and scale. Card code draws in card coordinates
/// (points on an unscaled A6, origin bottom-left) and maps them through the frame.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Frame {
    pub x: f32,
    pub y: f32,
    pub scale: f32,
}

impl Frame {
    pub(crate) fn px(&self, x: f32) -> f32 {
        self.x + x * self.scale
    }
    pub(crate) fn py(&self, y: f32) -> f32 {
        self.y + y * self.scale
    }
    pub(crate) fn len(&self, v: f32) -> f32 {
        v * self.scale
    }
}

/// Slot frames on a four-up sheet, in reading order (top-left, top-right, bottom-left,
/// bottom-right). `mirrored` swaps the columns for the backs.
pub(crate) fn four_up_frames(mirrored: bool) -> [Frame; 4] {
    let (sheet_w, sheet_h) = (A4_H, A4_W); // landscape
    let (w, h) = (A6_W * FOUR_UP_SCALE, A6_H * FOUR_UP_SCALE);
    let gx = (sheet_w - 2.0 * w) / 3.0;
    let gy = (sheet_h - 2.0 * h) / 3.0;
    let col_x = |c: usize| gx + c as f32 * (w + gx);
    let row_y = |r: usize| sheet_h - (gy + h) * (r as f32 + 1.0);
    std::array::from_fn(|i| {
        let (row, col) = (i / 2, i % 2);
        let col = if mirrored { 1 - col } else { col };
        Frame { x: col_x(col), y: row_y(row), scale: FOUR_UP_SCALE }
    })
}

pub(crate) fn four_up_page() -> Page {
    Page::new(A4_H, A4_W)
}

/// Crop marks in the sheet margins, continuing each cut line so a guillotine or a ruler
/// and knife can follow them. They stay out of the cards and out of the gutters.
pub(crate) fn crop_marks(page: &mut Page) {
    let frames = four_up_frames(false);
    let (w, h) = (A6_W * FOUR_UP_SCALE, A6_H * FOUR_UP_SCALE);
    let (sheet_w, sheet_h) = (page.width(), page.height());
    let left = frames[0].x;
    let bottom = frames[2].y;
    let gap = mm(1.0);
    let len = (left.min(bottom) - 2.0 * gap).max(mm(1.0));
    let xs = [frames[0].x, frames[0].x + w, frames[1].x, frames[1].x + w];
    let ys = [frames[2].y, frames[2].y + h, frames[0].y, frames[0].y + h];
    for &x in &xs {
        page.line(x, sheet_h - gap, x, sheet_h - gap - len, 0.3, BLACK);
        page.line(x, gap, x, gap + len, 0.3, BLACK);
    }
    for &y in &ys {
        page.line(gap, y, gap + len, y, 0.3, BLACK);
        page.line(sheet_w - gap, y, sheet_w - gap - len, y, 0.3, BLACK);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn four_cards_fit_the_sheet_without_touching() {
        let f = four_up_frames(false);
        let (w, h) = (A6_W * FOUR_UP_SCALE, A6_H * FOUR_UP_SCALE);
        for fr in &f {
            assert!(fr.x >= mm(4.0) && fr.y >= mm(4.0), "{fr:?} too close to the edge for a home printer");
            assert!(fr.x + w <= A4_H - mm(4.0) && fr.y + h <= A4_W - mm(4.0));
        }
        assert!(f[1].x > f[0].x + w && f[0].y > f[2].y + h);
    }

    #[test]
    fn backs_mirror_the_columns_and_keep_the_rows() {
        let (front, back) = (four_up_frames(false), four_up_frames(true));
        assert_eq!(front[0].x, back[1].x);
        assert_eq!(front[1].x, back[0].x);
        assert_eq!(front[0].y, back[0].y);
        assert_eq!(front[2].y, back[2].y);
    }
}
