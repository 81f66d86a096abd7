//! Drawing one page: its content stream, written as the page is laid out.

use pdf_writer::{Content, Name, Str, TextStr};

use super::{Rgb, SETTINGS, pt, round_to};
use crate::fonts::FontKey;
use crate::shaping::Line;

/// One page being drawn. Coordinates are PDF points from the bottom-left corner. Drawing
/// writes the content stream directly; resources are named by index (/F0.. fonts in
/// `FontKey` order, /X0.. forms and images) and resolved through the document's one shared
/// resource dictionary.
pub(crate) struct Page {
    pub(super) width: f32,
    pub(super) height: f32,
    content: Content,
    in_text: bool,
    font: Option<(FontKey, f32)>,
    fill: Option<Rgb>,
    stroke: Option<(Rgb, f32)>,
    /// Fonts drawn with, one bit per `FontKey`.
    fonts: u8,
}

/// Simple runs waiting to be shown as one string: words on one baseline, one space apart.
struct Pending {
    font: FontKey,
    x: f32,
    end: f32,
    gids: Vec<u8>,
}

impl Page {
    pub(crate) fn new(width: f32, height: f32) -> Page {
        Page {
            width,
            height,
            content: Content::with_settings_and_capacity(SETTINGS, 4096),
            in_text: false,
            font: None,
            fill: None,
            stroke: None,
            fonts: 0,
        }
    }

    pub(crate) fn width(&self) -> f32 {
        self.width
    }

    pub(crate) fn height(&self) -> f32 {
        self.height
    }

    fn end_text(&mut self) {
        if self.in_text {
            self.content.end_text();
            self.in_text = false;
        }
    }

    fn set_fill(&mut self, color: Rgb) {
        if self.fill != Some(color) {
            let [r, g, b] = color.parts();
            self.content.set_fill_rgb(r, g, b);
            self.fill = Some(color);
        }
    }

    fn stroke_style(&mut self, width: f32, color: Rgb) {
        if self.stroke != Some((color, width)) {
            let [r, g, b] = color.parts();
            self.content.set_stroke_rgb(r, g, b);
            self.content.set_line_width(pt(width));
            self.stroke = Some((color, width));
        }
    }

    pub(crate) fn fill_rect(&mut self, x: f32, y: f32, w: f32, h: f32, color: Rgb) {
        self.end_text();
        self.set_fill(color);
        self.content.rect(pt(x), pt(y), pt(w), pt(h)).fill_nonzero();
    }

    pub(crate) fn stroke_rect(&mut self, x: f32, y: f32, w: f32, h: f32, width: f32, color: Rgb) {
        self.end_text();
        self.stroke_style(width, color);
        self.content.rect(pt(x), pt(y), pt(w), pt(h)).stroke();
    }

    pub(crate) fn line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, width: f32, color: Rgb) {
        self.end_text();
        self.stroke_style(width, color);
        self.content.move_to(pt(x1), pt(y1)).line_to(pt(x2), pt(y2)).stroke();
    }

    /// Draws an XObject with the matrix, in its own graphics state (so colours and line
    /// widths set here stay as they were).
    fn x_object(&mut self, index: usize, matrix: [f32; 6]) {
        self.end_text();
        let name = format!("X{index}");
        self.content.save_state().transform(matrix).x_object(Name(name.as_bytes())).restore_state();
    }

    /// Draws a form (see `Doc::add_form`) with its origin at (x, y), scaled.
    pub(crate) fn form(&mut self, form: &FormRef, x: f32, y: f32, scale: f32) {
        let s = round_to(scale, 10_000.0);
        self.x_object(form.0, [s, 0.0, 0.0, s, pt(x), pt(y)]);
    }

    /// Draws an image into the box, keeping its proportions, centred.
    pub(crate) fn image(&mut self, image: &ImageRef, x: f32, y: f32, w: f32, h: f32) {
        // One pixel is one point before scaling.
        let scale = (w / image.width as f32).min(h / image.height as f32);
        let (dw, dh) = (image.width as f32 * scale, image.height as f32 * scale);
        self.x_object(image.index, [pt(dw), 0.0, 0.0, pt(dh), pt(x + (w - dw) / 2.0), pt(y + (h - dh) / 2.0)]);
    }

    fn begin_text(&mut self) {
        if !self.in_text {
            self.content.begin_text();
            self.in_text = true;
            self.font = None;
        }
    }

    fn set_font(&mut self, font: FontKey, size: f32) {
        self.fonts |= 1 << font.index();
        if self.font != Some((font, size)) {
            let name = [b'F', b'0' + font.index() as u8];
            self.content.set_font(Name(&name), round_to(size, 1000.0));
            self.font = Some((font, size));
        }
    }

    fn show(&mut self, font: FontKey, size: f32, x: f32, y: f32, gids: &[u8]) {
        self.set_font(font, size);
        self.content.set_text_matrix([1.0, 0.0, 0.0, 1.0, pt(x), pt(y)]);
        self.content.show(Str(gids));
    }

    fn flush(&mut self, pending: &mut Option<Pending>, size: f32, y: f32) {
        if let Some(p) = pending.take() {
            self.show(p.font, size, p.x, y, &p.gids);
        }
    }

    /// Draws a shaped line with its baseline starting at (x, y). Words in one font that
    /// follow each other one space apart are shown as one string, spaces included: a line
    /// costs one text operation, not one per word, and copies back with its spaces.
    pub(crate) fn text(&mut self, line: &Line, x: f32, y: f32, size: f32, color: Rgb) {
        if line.is_empty() {
            return;
        }
        self.begin_text();
        self.set_fill(color);
        let k = size / 1000.0;
        let mut pending: Option<Pending> = None;
        for (offset, shaped) in &line.pieces {
            let mut run_x = x + offset * k;
            for run in &shaped.runs {
                let end = run_x + run.width * k;
                if run.simple {
                    if let Some(p) = &mut pending
                        && p.font == run.font
                        && let Some((space_gid, space)) = space_of(run.font)
                        && (p.end + space * size - run_x).abs() < 0.01
                    {
                        p.gids.extend_from_slice(&space_gid.to_be_bytes());
                        p.gids.extend(run.glyphs.iter().flat_map(|g| g.gid.to_be_bytes()));
                        p.end = end;
                    } else if let Some(p) = &mut pending
                        && p.font == run.font
                        && (p.end - run_x).abs() < 0.01
                    {
                        // Words that touch (Thai writes none between them): one string too.
                        p.gids.extend(run.glyphs.iter().flat_map(|g| g.gid.to_be_bytes()));
                        p.end = end;
                    } else {
                        self.flush(&mut pending, size, y);
                        let gids = run.glyphs.iter().flat_map(|g| g.gid.to_be_bytes()).collect();
                        pending = Some(Pending { font: run.font, x: run_x, end, gids });
                    }
                } else {
                    self.flush(&mut pending, size, y);
                    // Marks and contextual forms: each glyph where the shaper put it, the run's
                    // text given as /ActualText, since glyphs drawn out of reading order (Thai
                    // marks) or split from one character (SARA AM) do not copy back as written.
                    self.content.begin_marked_content_with_properties(Name(b"Span")).properties().actual_text(TextStr(&run.text));
                    for g in &run.glyphs {
                        self.show(run.font, size, run_x + g.x * k, y + g.y * k, &g.gid.to_be_bytes());
                    }
                    self.content.end_marked_content();
                }
                run_x = end;
            }
        }
        self.flush(&mut pending, size, y);
    }

    /// The finished content stream and the fonts it uses.
    pub(super) fn finish(mut self) -> (Vec<u8>, u8) {
        self.end_text();
        (self.content.finish().into_vec(), self.fonts)
    }
}

/// A font's space glyph and its advance per point of font size.
pub(super) fn space_of(font: FontKey) -> Option<(u16, f32)> {
    let face = font.face();
    let gid = face.glyph_index(' ')?;
    let advance = face.glyph_hor_advance(gid)?;
    Some((gid.0, advance as f32 / font.units_per_em()))
}

/// A reusable drawing (a PDF form XObject): drawn once in the file, placed on many pages.
#[derive(Debug, Clone)]
pub(crate) struct FormRef(pub(super) usize);

#[derive(Debug, Clone)]
pub(crate) struct ImageRef {
    pub(super) index: usize,
    pub(super) width: usize,
    pub(super) height: usize,
}
