//! The PDF document builder over printpdf's op API.
//!
//! Pages are first recorded in a compact form (text as strings, not ops) while the fonts'
//! glyph sets grow; `finish` then subsets each font once, registers it, and turns the pages
//! into printpdf ops. printpdf only subsets with its heavy `text_layout` feature, so we
//! subset with allsorts (which printpdf already depends on) and hand printpdf the small font.

use std::collections::BTreeMap;

use printpdf::{
    Codepoint, Color, DictItem, ExternalStream, ExternalXObject, FontId, Line as PdfLine, LinePoint, Mm, Op,
    OffsetDateTime, ParsedFont, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, RawImage,
    RawImageData, RawImageFormat, Rect, Rgb as PdfRgb, TextItem, TextMatrix, XObject, XObjectId, XObjectTransform,
};
use rustybuzz::ttf_parser::{GlyphId, OutlineBuilder};

use crate::Error;
use crate::fonts::FontKey;
use crate::shaping::{Line, Shaper};

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

    fn to_color(self) -> Color {
        Color::Rgb(PdfRgb { r: self.0.clamp(0.0, 1.0), g: self.1.clamp(0.0, 1.0), b: self.2.clamp(0.0, 1.0), icc_profile: None })
    }
}

pub(crate) const BLACK: Rgb = Rgb(0.0, 0.0, 0.0);

enum Item {
    Op(Op),
    Fill(Rgb),
    /// Characters drawn as themselves (a simple run, see `shaping::Run::simple`).
    Text { font: FontKey, size: f32, x: f32, y: f32, end: f32, text: Box<str> },
    /// Glyphs placed one by one: (original glyph id, x, y) in points.
    Glyphs { font: FontKey, size: f32, glyphs: Box<[(u16, f32, f32)]> },
}

/// One page being recorded. Coordinates are PDF points from the bottom-left corner.
pub(crate) struct Page {
    width: f32,
    height: f32,
    items: Vec<Item>,
}

impl Page {
    pub(crate) fn new(width: f32, height: f32) -> Page {
        Page { width, height, items: Vec::new() }
    }

    pub(crate) fn width(&self) -> f32 {
        self.width
    }

    pub(crate) fn height(&self) -> f32 {
        self.height
    }

    pub(crate) fn fill_rect(&mut self, x: f32, y: f32, w: f32, h: f32, color: Rgb) {
        self.items.push(Item::Op(Op::SetFillColor { col: color.to_color() }));
        self.items.push(Item::Op(Op::DrawRectangle {
            rectangle: Rect { x: Pt(x), y: Pt(y), width: Pt(w), height: Pt(h), mode: Some(printpdf::PaintMode::Fill), winding_order: None },
        }));
    }

    pub(crate) fn stroke_rect(&mut self, x: f32, y: f32, w: f32, h: f32, width: f32, color: Rgb) {
        self.stroke_style(width, color);
        self.items.push(Item::Op(Op::DrawRectangle {
            rectangle: Rect { x: Pt(x), y: Pt(y), width: Pt(w), height: Pt(h), mode: Some(printpdf::PaintMode::Stroke), winding_order: None },
        }));
    }

    pub(crate) fn line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, width: f32, color: Rgb) {
        self.stroke_style(width, color);
        let p = |x: f32, y: f32| LinePoint { p: Point { x: Pt(x), y: Pt(y) }, bezier: false };
        self.items.push(Item::Op(Op::DrawLine { line: PdfLine { points: vec![p(x1, y1), p(x2, y2)], is_closed: false } }));
    }

    fn stroke_style(&mut self, width: f32, color: Rgb) {
        self.items.push(Item::Op(Op::SetOutlineColor { col: color.to_color() }));
        self.items.push(Item::Op(Op::SetOutlineThickness { pt: Pt(width) }));
    }

    /// Draws a form (see `Doc::add_form`) with its origin at (x, y), scaled.
    pub(crate) fn form(&mut self, form: &FormRef, x: f32, y: f32, scale: f32) {
        self.items.push(Item::Op(Op::UseXobject {
            id: form.0.clone(),
            transform: XObjectTransform {
                translate_x: Some(Pt(x)),
                translate_y: Some(Pt(y)),
                scale_x: Some(scale),
                scale_y: Some(scale),
                ..XObjectTransform::default()
            },
        }));
    }

    /// Draws an image into the box, keeping its proportions, centred.
    pub(crate) fn image(&mut self, image: &ImageRef, x: f32, y: f32, w: f32, h: f32) {
        let scale = (w / image.width as f32).min(h / image.height as f32);
        let (dw, dh) = (image.width as f32 * scale, image.height as f32 * scale);
        self.items.push(Item::Op(Op::UseXobject {
            id: image.id.clone(),
            transform: XObjectTransform {
                translate_x: Some(Pt(x + (w - dw) / 2.0)),
                translate_y: Some(Pt(y + (h - dh) / 2.0)),
                scale_x: Some(scale),
                scale_y: Some(scale),
                // One pixel is one point before scaling.
                dpi: Some(72.0),
                ..XObjectTransform::default()
            },
        }));
    }

    /// Draws a shaped line with its baseline starting at (x, y).
    pub(crate) fn text(&mut self, line: &Line, x: f32, y: f32, size: f32, color: Rgb) {
        if line.is_empty() {
            return;
        }
        self.items.push(Item::Fill(color));
        let k = size / 1000.0;
        for (offset, shaped) in &line.pieces {
            let mut run_x = x + offset * k;
            for run in &shaped.runs {
                if run.simple {
                    self.push_simple(run.font, size, run_x, y, run_x + run.width * k, &run.text);
                } else {
                    let glyphs = run.glyphs.iter().map(|g| (g.gid, run_x + g.x * k, y + g.y * k)).collect();
                    self.items.push(Item::Glyphs { font: run.font, size, glyphs });
                }
                run_x += run.width * k;
            }
        }
    }

    /// Appends a word to the previous text item when it continues it on the same baseline
    /// one space further: a line then costs one text op, not one per word.
    fn push_simple(&mut self, font: FontKey, size: f32, x: f32, y: f32, end: f32, text: &str) {
        if let Some(Item::Text { font: f, size: s, y: py, end: pend, text: prev, .. }) = self.items.last_mut()
            && *f == font && *s == size && *py == y {
                let space = font.face().glyph_index(' ').and_then(|g| font.face().glyph_hor_advance(g)).unwrap_or(0) as f32
                    * size / font.units_per_em();
                if (*pend + space - x).abs() < 0.01 {
                    let mut joined = String::with_capacity(prev.len() + 1 + text.len());
                    joined.push_str(prev);
                    joined.push(' ');
                    joined.push_str(text);
                    *prev = joined.into_boxed_str();
                    *pend = end;
                    return;
                }
            }
        self.items.push(Item::Text { font, size, x, y, end, text: Box::from(text) });
    }
}

/// A reusable drawing (a PDF form XObject): drawn once in the file, placed on many pages.
#[derive(Debug, Clone)]
pub(crate) struct FormRef(XObjectId);

#[derive(Debug, Clone)]
pub(crate) struct ImageRef {
    id: XObjectId,
    width: usize,
    height: usize,
}

/// Raw content-stream writer for form XObjects: vector shapes and text as outlines.
#[derive(Default)]
pub(crate) struct Sketch {
    out: String,
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

/// Title and date written into the PDF's information dictionary.
#[derive(Debug, Clone)]
pub(crate) struct Meta {
    pub title: String,
    pub created: chrono::NaiveDateTime,
}

/// A PDF being built.
pub(crate) struct Doc {
    pub shaper: Shaper,
    pdf: PdfDocument,
    pages: Vec<Page>,
    drawn: [bool; 6],
}

impl Doc {
    pub(crate) fn new(meta: &Meta) -> Doc {
        let mut pdf = PdfDocument::new(&meta.title);
        let stamp = meta.created.and_utc().timestamp();
        if let Ok(date) = OffsetDateTime::from_unix_timestamp(stamp) {
            pdf.metadata.info.creation_date = date;
            pdf.metadata.info.modification_date = date;
            pdf.metadata.info.metadata_date = date;
        }
        pdf.metadata.info.creator = "Fidèle".into();
        pdf.metadata.info.producer = "Fidèle (printpdf 0.12)".into();
        Doc { shaper: Shaper::new(), pdf, pages: Vec::new(), drawn: [false; 6] }
    }

    pub(crate) fn add_form(&mut self, sketch: Sketch, width: f32, height: f32) -> FormRef {
        let mut dict = BTreeMap::new();
        dict.insert("Type".to_owned(), DictItem::Name(b"XObject".to_vec()));
        dict.insert("Subtype".to_owned(), DictItem::Name(b"Form".to_vec()));
        // /BBox is required: poppler skips a form without one. printpdf's own FormXObject does
        // not write it, hence an "external" stream with the dictionary spelled out.
        dict.insert(
            "BBox".to_owned(),
            DictItem::Array(vec![DictItem::Real(0.0), DictItem::Real(0.0), DictItem::Real(width), DictItem::Real(height)]),
        );
        dict.insert("Resources".to_owned(), DictItem::Dict { map: BTreeMap::new() });
        let xobject = ExternalXObject {
            stream: ExternalStream { dict, content: sketch.out.into_bytes(), compress: true },
            width: None,
            height: None,
            dpi: None,
        };
        let id = XObjectId::new();
        self.pdf.resources.xobjects.map.insert(id.clone(), XObject::External(xobject));
        FormRef(id)
    }

    /// Decodes a PNG (any colour type, 8 or 16 bits, palette, alpha) once for the document.
    pub(crate) fn add_png(&mut self, png_bytes: &[u8]) -> Result<ImageRef, Error> {
        let bad = |e: String| Error::Logo(e);
        let mut decoder = png::Decoder::new(std::io::Cursor::new(png_bytes));
        decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
        let mut reader = decoder.read_info().map_err(|e| bad(e.to_string()))?;
        let size = reader.output_buffer_size().ok_or_else(|| bad("image too large".into()))?;
        let mut buf = vec![0; size];
        let info = reader.next_frame(&mut buf).map_err(|e| bad(e.to_string()))?;
        buf.truncate(info.buffer_size());
        let format = match info.color_type {
            png::ColorType::Grayscale => RawImageFormat::R8,
            png::ColorType::GrayscaleAlpha => RawImageFormat::RG8,
            png::ColorType::Rgb => RawImageFormat::RGB8,
            png::ColorType::Rgba => RawImageFormat::RGBA8,
            png::ColorType::Indexed => return Err(bad("unexpanded palette".into())),
        };
        let (width, height) = (info.width as usize, info.height as usize);
        if width == 0 || height == 0 {
            return Err(bad("empty image".into()));
        }
        let image = RawImage { pixels: RawImageData::U8(buf), width, height, data_format: format, tag: Vec::new() };
        Ok(ImageRef { id: self.pdf.add_image(&image), width, height })
    }

    pub(crate) fn push_page(&mut self, page: Page) {
        for item in &page.items {
            match item {
                Item::Text { font, .. } | Item::Glyphs { font, .. } => self.drawn[font.index()] = true,
                _ => {}
            }
        }
        self.pages.push(page);
    }

    /// Subsets the fonts, converts the pages and writes the file.
    pub(crate) fn finish(mut self) -> Result<Vec<u8>, Error> {
        let mut fonts: FontTable = Default::default();
        for key in FontKey::ALL {
            if !self.drawn[key.index()] {
                continue;
            }
            let (parsed, remap) = subset(key, self.shaper.used_glyphs(key))?;
            let unmapped = self
                .shaper
                .used_glyphs(key)
                .iter()
                .filter_map(|(gid, text)| {
                    let mut chars = text.chars();
                    let c = chars.next().filter(|_| chars.next().is_none())?;
                    (parsed.lookup_glyph_index(c as u32) != remap.get(gid).copied()).then_some(c)
                })
                .collect();
            fonts[key.index()] = Some((self.pdf.add_font(&parsed), remap, unmapped));
        }
        let used = std::array::from_fn::<_, 6, _>(|i| self.shaper.used_glyphs(FontKey::ALL[i]).clone());
        let pages = std::mem::take(&mut self.pages);
        let mut pdf_pages = Vec::with_capacity(pages.len());
        for page in pages {
            pdf_pages.push(convert(page, &fonts, &used));
        }
        self.pdf.with_pages(pdf_pages);

        let options = PdfSaveOptions { optimize: true, subset_fonts: false, secure: true, image_optimization: None };
        let mut warnings = Vec::new();
        // printpdf's `save` is `to_lopdf_doc` + lopdf's one-core, best-level compression; the
        // compression is done here instead (see `compress_streams`).
        let mut doc = printpdf::serialize::to_lopdf_doc(&self.pdf, &options, &mut warnings);
        compress_streams(&mut doc);
        let mut out = Vec::new();
        let _ = doc.save_to(&mut out);
        Ok(out)
    }
}

/// Per font: its id, the glyph renumbering, and the characters the subset's own cmap does not
/// map back to the shaped glyph (allsorts leaves a few out, U+2212 MINUS for one). Text with
/// those characters is written as glyph ids instead of characters.
type FontTable = [Option<(FontId, BTreeMap<u16, u16>, std::collections::HashSet<char>)>; 6];

fn convert(page: Page, fonts: &FontTable, used: &[BTreeMap<u16, String>; 6]) -> PdfPage {
    let mut ops = Vec::with_capacity(page.items.len() + 8);
    let mut in_text = false;
    let mut current: Option<(FontKey, f32)> = None;
    let mut fill: Option<Rgb> = None;
    for item in page.items {
        if let Item::Fill(c) = &item {
            if fill == Some(*c) {
                continue;
            }
            fill = Some(*c);
        } else if let Item::Op(Op::SetFillColor { .. } | Op::UseXobject { .. }) = &item {
            fill = None;
        }
        let text_font = match &item {
            Item::Text { font, size, .. } | Item::Glyphs { font, size, .. } => Some((*font, *size)),
            _ => None,
        };
        match (&item, in_text) {
            (Item::Op(_), true) => {
                ops.push(Op::EndTextSection);
                in_text = false;
            }
            (Item::Text { .. } | Item::Glyphs { .. }, false) => {
                ops.push(Op::StartTextSection);
                in_text = true;
                current = None;
            }
            _ => {}
        }
        if let Some((font, size)) = text_font
            && current != Some((font, size)) {
                if let Some((id, _, _)) = &fonts[font.index()] {
                    ops.push(Op::SetFont { font: PdfFontHandle::External(id.clone()), size: Pt(size) });
                }
                current = Some((font, size));
            }
        match item {
            Item::Op(op) => ops.push(op),
            Item::Fill(c) => ops.push(Op::SetFillColor { col: c.to_color() }),
            Item::Text { font, x, y, text, .. } => {
                ops.push(Op::SetTextMatrix { matrix: TextMatrix::Translate(Pt(x), Pt(y)) });
                let item = match &fonts[font.index()] {
                    Some((_, remap, unmapped)) if !unmapped.is_empty() && text.chars().any(|c| unmapped.contains(&c)) => {
                        let face = font.face();
                        TextItem::GlyphIds(
                            text.chars()
                                .map(|c| {
                                    let gid = face.glyph_index(c).map_or(0, |g| g.0);
                                    Codepoint { gid: remap.get(&gid).copied().unwrap_or(0), offset: 0.0, cid: Some(c.to_string()) }
                                })
                                .collect(),
                        )
                    }
                    _ => TextItem::Text(text.into()),
                };
                ops.push(Op::ShowText { items: vec![item] });
            }
            Item::Glyphs { font, glyphs, .. } => {
                let Some((_, remap, _)) = &fonts[font.index()] else { continue };
                for (gid, x, y) in glyphs.iter().copied() {
                    let meaning = used[font.index()].get(&gid).filter(|m| !m.is_empty()).cloned();
                    ops.push(Op::SetTextMatrix { matrix: TextMatrix::Translate(Pt(x), Pt(y)) });
                    ops.push(Op::ShowText {
                        items: vec![TextItem::GlyphIds(vec![Codepoint {
                            gid: remap.get(&gid).copied().unwrap_or(0),
                            offset: 0.0,
                            cid: meaning,
                        }])],
                    });
                }
            }
        }
    }
    if in_text {
        ops.push(Op::EndTextSection);
    }
    PdfPage::new(Mm(page.width / MM), Mm(page.height / MM), ops)
}

/// Subsets one font to the glyphs shaped for this document. Returns the font printpdf embeds
/// and the old-to-new glyph numbering (allsorts numbers glyphs in the order they are asked for,
/// .notdef first).
fn subset(key: FontKey, used: &BTreeMap<u16, String>) -> Result<(ParsedFont, BTreeMap<u16, u16>), Error> {
    use allsorts::binary::read::ReadScope;
    use allsorts::font_data::FontData;
    use allsorts::subset::{CmapTarget, SubsetProfile};

    let fail = |e: String| Error::Font(format!("{}: {e}", key.postscript_name()));
    let ids: Vec<u16> = std::iter::once(0).chain(used.keys().copied().filter(|&g| g != 0)).collect();
    let data = ReadScope::new(key.bytes()).read::<FontData<'_>>().map_err(|e| fail(e.to_string()))?;
    let provider = data.table_provider(0).map_err(|e| fail(e.to_string()))?;
    let bytes = allsorts::subset::subset(&provider, &ids, &SubsetProfile::Pdf, CmapTarget::Unicode)
        .map_err(|e| fail(e.to_string()))?;
    let mut warnings = Vec::new();
    let mut parsed = ParsedFont::from_bytes(&bytes, 0, &mut warnings).ok_or_else(|| fail("subset unreadable".into()))?;
    // The six-letter tag marks a subset (ISO 32000-1, 9.6.4); derived from the glyph set so
    // the same text gives the same file.
    let mut hash: u32 = 2_166_136_261;
    for id in &ids {
        hash = (hash ^ u32::from(*id)).wrapping_mul(16_777_619);
    }
    let tag: String = (0..6).map(|i| (b'A' + ((hash >> (i * 5)) % 26) as u8) as char).collect();
    parsed.font_name = Some(format!("{tag}+{}", key.postscript_name()));
    let remap = ids.iter().enumerate().map(|(new, &old)| (old, new as u16)).collect();
    Ok((parsed, remap))
}

/// Compresses every stream that is not compressed yet, on two threads at a fast level:
/// lopdf's own `compress` uses the slowest level on one core, which dominated large batches.
fn compress_streams(doc: &mut lopdf::Document) {
    use std::io::Write;
    let mut streams: Vec<&mut lopdf::Stream> = doc
        .objects
        .values_mut()
        .filter_map(|o| match o {
            lopdf::Object::Stream(s) if s.allows_compression && s.dict.get(b"Filter").is_err() => Some(s),
            _ => None,
        })
        .collect();
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, 4);
    let chunk = streams.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        for part in streams.chunks_mut(chunk) {
            scope.spawn(move || {
                for stream in part {
                    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
                    if encoder.write_all(&stream.content).is_err() {
                        continue;
                    }
                    if let Ok(compressed) = encoder.finish()
                        && compressed.len() < stream.content.len() {
                            stream.dict.set("Filter", "FlateDecode");
                            stream.set_content(compressed);
                        }
                }
            });
        }
    });
}
