//! Reusable drawings (form XObjects): vector shapes and text as glyph outlines.

use rustybuzz::ttf_parser::{GlyphId, OutlineBuilder};

use super::Rgb;
use crate::shaping::Line;

/// Raw content-stream writer for form XObjects: vector shapes and text as outlines.
#[derive(Default)]
pub(crate) struct Sketch {
    pub(super) out: String,
}

impl Sketch {
    pub(crate) fn new() -> Sketch {
        Sketch::default()
    }

    #[cfg(test)]
    pub(crate) fn into_string(self) -> String {
        self.out
    }

    fn num(&mut self, v: f32) {
        use std::fmt::Write;
        let v = if v.is_finite() { v } else { 0.0 };
        let _ = write!(self.out, "{} ", (v * 100.0).round() / 100.0);
    }

    fn op(&mut self, args: &[f32], op: &str) {
        for &a in args {
            self.num(a);
        }
        self.out.push_str(op);
        self.out.push('\n');
    }

    pub(crate) fn fill_color(&mut self, c: Rgb) {
        self.op(&[c.0, c.1, c.2], "rg");
    }
    pub(crate) fn stroke_color(&mut self, c: Rgb) {
        self.op(&[c.0, c.1, c.2], "RG");
    }
    pub(crate) fn line_width(&mut self, w: f32) {
        self.op(&[w], "w");
    }
    /// Round caps and joins: drawn motifs look hand-made rather than technical.
    pub(crate) fn round(&mut self) {
        self.out.push_str("1 J 1 j\n");
    }
    pub(crate) fn move_to(&mut self, x: f32, y: f32) {
        self.op(&[x, y], "m");
    }
    pub(crate) fn line_to(&mut self, x: f32, y: f32) {
        self.op(&[x, y], "l");
    }
    pub(crate) fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        self.op(&[x1, y1, x2, y2, x, y], "c");
    }
    pub(crate) fn close(&mut self) {
        self.out.push_str("h\n");
    }
    pub(crate) fn fill(&mut self) {
        self.out.push_str("f\n");
    }
    pub(crate) fn stroke(&mut self) {
        self.out.push_str("S\n");
    }
    pub(crate) fn rect(&mut self, x: f32, y: f32, w: f32, h: f32) {
        self.op(&[x, y, w, h], "re");
    }
    pub(crate) fn save(&mut self) {
        self.out.push_str("q\n");
    }
    pub(crate) fn restore(&mut self) {
        self.out.push_str("Q\n");
    }
    /// Moves, rotates (degrees, counter-clockwise) and scales what follows, until `restore`.
    pub(crate) fn transform(&mut self, x: f32, y: f32, degrees: f32, scale: f32) {
        let (s, c) = degrees.to_radians().sin_cos();
        self.op(&[c * scale, s * scale, -s * scale, c * scale, x, y], "cm");
    }
    /// A circle path (four Bézier quarters).
    pub(crate) fn circle(&mut self, cx: f32, cy: f32, r: f32) {
        self.ellipse(cx, cy, r, r);
    }
    pub(crate) fn ellipse(&mut self, cx: f32, cy: f32, rx: f32, ry: f32) {
        const K: f32 = 0.552_284_8;
        let (kx, ky) = (rx * K, ry * K);
        self.move_to(cx + rx, cy);
        self.curve_to(cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry);
        self.curve_to(cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy);
        self.curve_to(cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry);
        self.curve_to(cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy);
        self.close();
    }

    /// Fills a shaped line as glyph outlines. Used for the greeting inside a card's design,
    /// so the whole front of a card is one reusable drawing.
    pub(crate) fn text_outlines(&mut self, line: &Line, x: f32, y: f32, size: f32) {
        let k = size / 1000.0;
        for (offset, shaped) in &line.pieces {
            let mut run_x = x + offset * k;
            for run in &shaped.runs {
                let face = run.font.face();
                let scale = size / run.font.units_per_em();
                for g in &run.glyphs {
                    let mut pen = OutlinePen { sketch: self, x: run_x + g.x * k, y: y + g.y * k, scale, last: (0.0, 0.0) };
                    face.outline_glyph(GlyphId(g.gid), &mut pen);
                }
                run_x += run.width * k;
            }
        }
        self.fill();
    }
}

struct OutlinePen<'a> {
    sketch: &'a mut Sketch,
    x: f32,
    y: f32,
    scale: f32,
    last: (f32, f32),
}

impl OutlinePen<'_> {
    fn at(&self, x: f32, y: f32) -> (f32, f32) {
        (self.x + x * self.scale, self.y + y * self.scale)
    }
}

impl OutlineBuilder for OutlinePen<'_> {
    fn move_to(&mut self, x: f32, y: f32) {
        let p = self.at(x, y);
        self.sketch.move_to(p.0, p.1);
        self.last = p;
    }
    fn line_to(&mut self, x: f32, y: f32) {
        let p = self.at(x, y);
        self.sketch.line_to(p.0, p.1);
        self.last = p;
    }
    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        // TrueType quadratics as PDF cubics: control points two thirds of the way.
        let (c, p, l) = (self.at(x1, y1), self.at(x, y), self.last);
        let c1 = (l.0 + 2.0 / 3.0 * (c.0 - l.0), l.1 + 2.0 / 3.0 * (c.1 - l.1));
        let c2 = (p.0 + 2.0 / 3.0 * (c.0 - p.0), p.1 + 2.0 / 3.0 * (c.1 - p.1));
        self.sketch.curve_to(c1.0, c1.1, c2.0, c2.1, p.0, p.1);
        self.last = p;
    }
    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        let (a, b, p) = (self.at(x1, y1), self.at(x2, y2), self.at(x, y));
        self.sketch.curve_to(a.0, a.1, b.0, b.1, p.0, p.1);
        self.last = p;
    }
    fn close(&mut self) {
        self.sketch.close();
    }
}
