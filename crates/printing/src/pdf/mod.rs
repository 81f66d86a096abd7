//! The PDF writer, over `pdf-writer`.
//!
//! Pages are streamed: each page's content is built, compressed and written out (with its page
//! object) as soon as it is laid out, so a 30,000-card batch never holds more than a few dozen
//! pages in memory. What pages share is written once: the designs (form XObjects) and the logo before
//! the pages, the fonts, the resource dictionary and the page tree after them, then the
//! cross-reference table.
//!
//! Page contents are compressed with zlib-rs at level 1. In documents of more than a few
//! dozen pages that runs on a second thread, in batches, while the next pages are laid out;
//! the bytes written are the same either way.
//!
//! Text is written as glyph ids of the *original* fonts (Identity-H, CIDs = glyph ids), so a
//! page can be written before the fonts are subset: the subset's renumbering is recorded once,
//! at the end, in each font's /CIDToGIDMap, next to its widths and its /ToUnicode map (which is
//! what copy/paste and `pdftotext` read).
//!
//! One module per concern: `page` (drawing a page's content stream), `sketch` (reusable
//! drawings and text as outlines), `compress` (zlib and the compressing thread), `sink` (objects,
//! offsets, the cross-reference table), `doc` (the document: pages, page tree, catalog),
//! `image` (the logo) and `embed` (font subsets, widths and ToUnicode maps).
//!
//! Limits, with their numbers: at most 128 pages per page-tree node; pages go to the
//! compressing thread in batches of 32, at most 4 batches in flight (so about 160 laid-out
//! pages are held at once), and only in documents of 64 pages or more; coordinates are rounded
//! to 1/100 pt and colours to 1/1000; at most 8 fonts per document (one bit each).

mod compress;
mod doc;
mod embed;
mod image;
mod page;
mod sink;
mod sketch;

use pdf_writer::Settings;

pub(crate) use doc::Doc;
pub(crate) use page::{FormRef, ImageRef, Page};
pub(crate) use sketch::Sketch;

pub(crate) const MM: f32 = 72.0 / 25.4;

/// Millimetres to points.
pub(crate) fn mm(v: f32) -> f32 {
    v * MM
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rgb(pub f32, pub f32, pub f32);

impl Rgb {
    /// From a 0xRRGGBB literal, the way designers write colours.
    pub const fn hex(v: u32) -> Rgb {
        Rgb(((v >> 16) & 0xff) as f32 / 255.0, ((v >> 8) & 0xff) as f32 / 255.0, (v & 0xff) as f32 / 255.0)
    }

    /// Mixes towards white: `t` = 0 keeps the colour, 1 gives white.
    pub fn tint(self, t: f32) -> Rgb {
        Rgb(self.0 + (1.0 - self.0) * t, self.1 + (1.0 - self.1) * t, self.2 + (1.0 - self.2) * t)
    }

    /// Components clamped and rounded to 1/1000: still exact for 8-bit colour, and short.
    fn parts(self) -> [f32; 3] {
        let c = |v: f32| round_to(v.clamp(0.0, 1.0), 1000.0);
        [c(self.0), c(self.1), c(self.2)]
    }
}

pub(crate) const BLACK: Rgb = Rgb(0.0, 0.0, 0.0);

/// Rounds to 1/`per` of a unit. pdf-writer prints the shortest decimal that reads back as the
/// same f32, so a rounded coordinate prints as "287.31", not "287.31143".
fn round_to(v: f32, per: f32) -> f32 {
    if v.is_finite() { (v * per).round() / per } else { 0.0 }
}

/// Coordinates: 1/100 pt (0.0035 mm) is far below what a printer can show.
fn pt(v: f32) -> f32 {
    round_to(v, 100.0)
}

/// Compact output: no indentation or line breaks inside dictionaries.
const SETTINGS: Settings = Settings { pretty: false };

/// Title and date written into the PDF's information dictionary.
#[derive(Debug, Clone)]
pub(crate) struct Meta {
    pub title: String,
    pub created: chrono::NaiveDateTime,
}
