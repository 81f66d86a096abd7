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

use std::collections::BTreeMap;
use std::io::{BufWriter, Write};

use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap};
use pdf_writer::writers::{Catalog, DocumentInfo};
use pdf_writer::{Chunk, Content, Date, Filter, Finish, Name, Rect, Ref, Settings, Str, TextStr};
use rustybuzz::ttf_parser::{GlyphId, OutlineBuilder};

use crate::Error;
use crate::fonts::FontKey;
use crate::shaping::Line;

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

/// One page being drawn. Coordinates are PDF points from the bottom-left corner. Drawing
/// writes the content stream directly; resources are named by index (/F0.. fonts in
/// `FontKey` order, /X0.. forms and images) and resolved through the document's one shared
/// resource dictionary.
pub(crate) struct Page {
    width: f32,
    height: f32,
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
                    } else {
                        self.flush(&mut pending, size, y);
                        let gids = run.glyphs.iter().flat_map(|g| g.gid.to_be_bytes()).collect();
                        pending = Some(Pending { font: run.font, x: run_x, end, gids });
                    }
                } else {
                    self.flush(&mut pending, size, y);
                    // Marks and contextual forms: each glyph where the shaper put it.
                    for g in &run.glyphs {
                        self.show(run.font, size, run_x + g.x * k, y + g.y * k, &g.gid.to_be_bytes());
                    }
                }
                run_x = end;
            }
        }
        self.flush(&mut pending, size, y);
    }

    /// The finished content stream and the fonts it uses.
    fn finish(mut self) -> (Vec<u8>, u8) {
        self.end_text();
        (self.content.finish().into_vec(), self.fonts)
    }
}

/// A font's space glyph and its advance per point of font size.
fn space_of(font: FontKey) -> Option<(u16, f32)> {
    let face = font.face();
    let gid = face.glyph_index(' ')?;
    let advance = face.glyph_hor_advance(gid)?;
    Some((gid.0, advance as f32 / font.units_per_em()))
}

/// A reusable drawing (a PDF form XObject): drawn once in the file, placed on many pages.
#[derive(Debug, Clone)]
pub(crate) struct FormRef(usize);

#[derive(Debug, Clone)]
pub(crate) struct ImageRef {
    index: usize,
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

/// Pages per intermediate node of the page tree: viewers find page 25,000 without walking a
/// 60,000-entry array.
const PAGES_PER_NODE: usize = 128;

/// A zlib compressor (zlib-rs). Page streams use level 1, which zlib-rs runs as its "quick"
/// strategy (static Huffman codes, one pass): a stream costs little more than its bytes, which
/// matters for 60,000 page streams of under 2 KB. Objects written once use level 6.
struct Deflater(zlib_rs::Deflate);

impl Deflater {
    fn new(level: i32) -> Deflater {
        Deflater(zlib_rs::Deflate::new(level, true, 15))
    }

    fn compress(&mut self, data: &[u8]) -> std::io::Result<Vec<u8>> {
        self.0.reset();
        // The bound holds the worst case, so one call with Finish ends the stream.
        let mut out = vec![0; zlib_rs::compress_bound(data.len())];
        match self.0.compress(data, &mut out, zlib_rs::DeflateFlush::Finish) {
            Ok(zlib_rs::Status::StreamEnd) => {
                out.truncate(self.0.total_out() as usize);
                Ok(out)
            }
            other => Err(std::io::Error::other(format!("deflate failed: {other:?}"))),
        }
    }
}

/// Compresses a stream written once per file (fonts, designs, logo) at the default level.
fn deflate(data: &[u8]) -> std::io::Result<Vec<u8>> {
    Deflater::new(6).compress(data)
}

/// A page waiting to be written: its object numbers, parent, size and content.
struct PageJob {
    page: Ref,
    content: Ref,
    parent: Ref,
    size: (f32, f32),
    data: Vec<u8>,
}

/// Pages are handed to the compressing thread in batches of this many, and at most
/// `BATCHES_IN_FLIGHT` batches wait: memory stays bounded and the hand-over costs little.
const BATCH: usize = 32;
const BATCHES_IN_FLIGHT: usize = 4;
/// Below this many pages (labels, the follow-up sheet, small mailings) everything stays on the
/// calling thread.
const THREAD_FROM_PAGES: usize = 2 * BATCH;

/// Compresses page contents on a second thread while the caller lays out the next pages. The
/// thread owns only its compressor and the page bytes it is sent; results come back in the
/// order sent (one thread, FIFO channels), so the file is identical to a one-thread run.
struct Compressor {
    jobs: Option<std::sync::mpsc::SyncSender<Vec<PageJob>>>,
    done: std::sync::mpsc::Receiver<std::io::Result<Vec<PageJob>>>,
    thread: Option<std::thread::JoinHandle<()>>,
    in_flight: usize,
}

impl Compressor {
    fn start() -> std::io::Result<Compressor> {
        let (jobs, inbox) = std::sync::mpsc::sync_channel::<Vec<PageJob>>(BATCHES_IN_FLIGHT);
        let (outbox, done) = std::sync::mpsc::channel();
        let thread = std::thread::Builder::new().name("pdf-deflate".into()).spawn(move || {
            let mut deflater = Deflater::new(1);
            for mut batch in inbox {
                let result = batch
                    .iter_mut()
                    .try_for_each(|job| deflater.compress(&job.data).map(|data| job.data = data))
                    .map(|()| batch);
                if outbox.send(result).is_err() {
                    break;
                }
            }
        })?;
        Ok(Compressor { jobs: Some(jobs), done, thread: Some(thread), in_flight: 0 })
    }

    fn send(&mut self, batch: Vec<PageJob>) -> std::io::Result<()> {
        let jobs = self.jobs.as_ref().expect("not closed");
        jobs.send(batch).map_err(|_| std::io::Error::other("the compressing thread stopped"))?;
        self.in_flight += 1;
        Ok(())
    }

    /// A compressed batch: waits for one if `wait`, else only takes one that is ready.
    fn receive(&mut self, wait: bool) -> std::io::Result<Option<Vec<PageJob>>> {
        if self.in_flight == 0 {
            return Ok(None);
        }
        let batch = if wait {
            self.done.recv().map_err(|_| std::io::Error::other("the compressing thread stopped"))?
        } else {
            match self.done.try_recv() {
                Ok(batch) => batch,
                Err(std::sync::mpsc::TryRecvError::Empty) => return Ok(None),
                Err(_) => return Err(std::io::Error::other("the compressing thread stopped")),
            }
        };
        self.in_flight -= 1;
        batch.map(Some)
    }
}

impl Drop for Compressor {
    fn drop(&mut self) {
        // Closing the channel ends the thread's loop; its panic, if any, is already an error
        // on this side (a closed channel).
        self.jobs.take();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Where the objects go: the output, how far into it we are, and each object's offset (for
/// the cross-reference table).
struct Sink<W: Write> {
    out: BufWriter<W>,
    pos: u64,
    /// Offset of object `id`, at index `id - 1`; `u64::MAX` until written.
    offsets: Vec<u64>,
}

impl<W: Write> Sink<W> {
    fn new(out: W) -> std::io::Result<Sink<W>> {
        let mut sink = Sink { out: BufWriter::with_capacity(256 * 1024, out), pos: 0, offsets: Vec::new() };
        // The header, and a comment of bytes above 127 so transfer tools treat it as binary.
        sink.raw(b"%PDF-1.7\n%\x80\x80\x80\x80\n\n")?;
        Ok(sink)
    }

    fn alloc(&mut self) -> Ref {
        self.offsets.push(u64::MAX);
        Ref::new(self.offsets.len() as i32)
    }

    fn raw(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        self.out.write_all(bytes)?;
        self.pos += bytes.len() as u64;
        Ok(())
    }

    /// Writes one indirect object, which `write` puts into the chunk it is given.
    fn object(&mut self, id: Ref, write: impl FnOnce(&mut Chunk)) -> std::io::Result<()> {
        let mut chunk = Chunk::with_settings(SETTINGS);
        write(&mut chunk);
        debug_assert!(chunk.refs().eq([id]), "one object per chunk");
        self.offsets[id.get() as usize - 1] = self.pos;
        self.raw(chunk.as_bytes())
    }

    /// Writes a page object and its (compressed) content stream.
    fn page(&mut self, job: &PageJob, resources: Ref) -> std::io::Result<()> {
        let (width, height) = job.size;
        self.object(job.page, |chunk| {
            let mut page = chunk.page(job.page);
            page.parent(job.parent).media_box(Rect::new(0.0, 0.0, pt(width), pt(height))).contents(job.content);
            page.pair(Name(b"Resources"), resources);
        })?;
        self.object(job.content, |chunk| {
            chunk.stream(job.content, &job.data).filter(Filter::FlateDecode);
        })
    }

    /// The cross-reference table and trailer (pdf-writer writes them only for a document it
    /// holds in memory), then flushes.
    fn finish(mut self, catalog: Ref, info: Ref) -> std::io::Result<W> {
        let xref = self.pos;
        let mut table = Vec::with_capacity(64 + 20 * (self.offsets.len() + 1));
        write!(table, "xref\n0 {}\n0000000000 65535 f\r\n", self.offsets.len() + 1)?;
        for &offset in &self.offsets {
            debug_assert!(offset != u64::MAX, "an allocated object was never written");
            write!(table, "{offset:010} 00000 n\r\n")?;
        }
        write!(
            table,
            "trailer\n<< /Size {} /Root {} 0 R /Info {} 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            self.offsets.len() + 1,
            catalog.get(),
            info.get()
        )?;
        self.raw(&table)?;
        let mut out = self.out.into_inner().map_err(|e| e.into_error())?;
        out.flush()?;
        Ok(out)
    }
}

/// A PDF being written into `W`.
pub(crate) struct Doc<W: Write> {
    pub shaper: crate::shaping::Shaper,
    sink: Sink<W>,
    meta: Meta,
    catalog: Ref,
    info: Ref,
    root: Ref,
    resources: Ref,
    /// Page tree nodes under the root, each holding up to `PAGES_PER_NODE` pages.
    nodes: Vec<Ref>,
    pages: Vec<Ref>,
    x_objects: Vec<Ref>,
    /// Fonts drawn with, one bit per `FontKey`.
    fonts: u8,
    /// Pages laid out, not yet compressed.
    batch: Vec<PageJob>,
    /// Compresses on a second thread, once the document is large enough to be worth it.
    compressor: Option<Compressor>,
    /// Compresses on this thread for small documents.
    deflater: Deflater,
    /// Whether large documents may use the second thread (tests compare both ways).
    threaded: bool,
}

impl<W: Write> Doc<W> {
    pub(crate) fn new(meta: &Meta, out: W) -> Result<Doc<W>, Error> {
        let mut sink = Sink::new(out)?;
        let (catalog, info, root, resources) = (sink.alloc(), sink.alloc(), sink.alloc(), sink.alloc());
        Ok(Doc {
            shaper: crate::shaping::Shaper::new(),
            sink,
            meta: meta.clone(),
            catalog,
            info,
            root,
            resources,
            nodes: Vec::new(),
            pages: Vec::new(),
            x_objects: Vec::new(),
            fonts: 0,
            batch: Vec::with_capacity(BATCH),
            compressor: None,
            deflater: Deflater::new(1),
            threaded: true,
        })
    }

    pub(crate) fn add_form(&mut self, sketch: Sketch, width: f32, height: f32) -> Result<FormRef, Error> {
        let id = self.sink.alloc();
        let data = deflate(sketch.out.as_bytes())?;
        self.sink.object(id, |chunk| {
            let mut form = chunk.form_xobject(id, &data);
            form.filter(Filter::FlateDecode);
            // /BBox is required: poppler skips a form without one.
            form.bbox(Rect::new(0.0, 0.0, pt(width), pt(height)));
            form.resources();
        })?;
        self.x_objects.push(id);
        Ok(FormRef(self.x_objects.len() - 1))
    }

    /// Decodes a PNG (any colour type, 8 or 16 bits, palette, alpha) and writes it once for
    /// the document, its alpha channel (if any) as a soft mask.
    pub(crate) fn add_png(&mut self, png_bytes: &[u8]) -> Result<ImageRef, Error> {
        let bad = |e: String| Error::Logo(e);
        let mut decoder = png::Decoder::new(std::io::Cursor::new(png_bytes));
        decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
        let mut reader = decoder.read_info().map_err(|e| bad(e.to_string()))?;
        let size = reader.output_buffer_size().ok_or_else(|| bad("image too large".into()))?;
        let mut buf = vec![0; size];
        let info = reader.next_frame(&mut buf).map_err(|e| bad(e.to_string()))?;
        buf.truncate(info.buffer_size());
        let (channels, alpha) = match info.color_type {
            png::ColorType::Grayscale => (1, false),
            png::ColorType::GrayscaleAlpha => (2, true),
            png::ColorType::Rgb => (3, false),
            png::ColorType::Rgba => (4, true),
            png::ColorType::Indexed => return Err(bad("unexpanded palette".into())),
        };
        let (width, height) = (info.width as usize, info.height as usize);
        if width == 0 || height == 0 {
            return Err(bad("empty image".into()));
        }
        let colour_channels = if alpha { channels - 1 } else { channels };
        let (colour, mask): (Vec<u8>, Option<Vec<u8>>) = if alpha {
            let px = buf.chunks_exact(channels);
            (px.clone().flat_map(|p| p[..colour_channels].iter().copied()).collect(), Some(px.map(|p| p[channels - 1]).collect()))
        } else {
            (buf, None)
        };
        let (w, h) = (width as i32, height as i32);
        let mask_id = match mask {
            Some(mask) => {
                let id = self.sink.alloc();
                let data = deflate(&mask)?;
                self.sink.object(id, |chunk| {
                    let mut image = chunk.image_xobject(id, &data);
                    image.filter(Filter::FlateDecode);
                    image.width(w).height(h).bits_per_component(8);
                    image.color_space().device_gray();
                })?;
                Some(id)
            }
            None => None,
        };
        let id = self.sink.alloc();
        let data = deflate(&colour)?;
        self.sink.object(id, |chunk| {
            let mut image = chunk.image_xobject(id, &data);
            image.filter(Filter::FlateDecode);
            image.width(w).height(h).bits_per_component(8);
            if let Some(mask) = mask_id {
                image.s_mask(mask);
            }
            if colour_channels == 1 {
                image.color_space().device_gray();
            } else {
                image.color_space().device_rgb();
            }
        })?;
        self.x_objects.push(id);
        Ok(ImageRef { index: self.x_objects.len() - 1, width, height })
    }

    /// Queues the page to be compressed and written; only its reference is kept.
    pub(crate) fn push_page(&mut self, page: Page) -> Result<(), Error> {
        let size = (page.width, page.height);
        let (data, fonts) = page.finish();
        self.fonts |= fonts;
        if self.pages.len().is_multiple_of(PAGES_PER_NODE) {
            let node = self.sink.alloc();
            self.nodes.push(node);
        }
        let parent = *self.nodes.last().expect("a node for this page");
        let (page, content) = (self.sink.alloc(), self.sink.alloc());
        self.pages.push(page);
        self.batch.push(PageJob { page, content, parent, size, data });
        if self.batch.len() == BATCH {
            self.flush_pages(false)?;
        }
        Ok(())
    }

    /// Sends the batch to be compressed and writes what is compressed; with `all`, waits
    /// until every page is written.
    fn flush_pages(&mut self, all: bool) -> std::io::Result<()> {
        if self.threaded && self.compressor.is_none() && self.pages.len() >= THREAD_FROM_PAGES && !all {
            self.compressor = Some(Compressor::start()?);
        }
        let batch = std::mem::replace(&mut self.batch, Vec::with_capacity(BATCH));
        let resources = self.resources;
        match &mut self.compressor {
            None => {
                for mut job in batch {
                    job.data = self.deflater.compress(&job.data)?;
                    self.sink.page(&job, resources)?;
                }
            }
            Some(compressor) => {
                if !batch.is_empty() {
                    compressor.send(batch)?;
                }
                // Keep the channel from filling up: write what is ready, and wait only when
                // every slot is taken (or at the end).
                let mut wait = all || compressor.in_flight >= BATCHES_IN_FLIGHT;
                while let Some(done) = compressor.receive(wait)? {
                    for job in &done {
                        self.sink.page(job, resources)?;
                    }
                    wait = all;
                }
            }
        }
        Ok(())
    }

    /// Writes the fonts (subset to the glyphs shaped), the shared resources, the page tree,
    /// the catalog and the information dictionary, then the cross-reference table. Returns
    /// the output.
    pub(crate) fn finish(mut self) -> Result<W, Error> {
        self.flush_pages(true)?;
        self.compressor.take();
        let mut fonts = Vec::new();
        for key in FontKey::ALL {
            if self.fonts & (1 << key.index()) != 0 {
                fonts.push((key, self.write_font(key)?));
            }
        }
        let (resources, x_objects) = (self.resources, std::mem::take(&mut self.x_objects));
        self.sink.object(resources, |chunk| {
            let mut dict = chunk.indirect(resources).dict();
            let mut font_dict = dict.insert(Name(b"Font")).dict();
            for (key, id) in &fonts {
                let name = [b'F', b'0' + key.index() as u8];
                font_dict.pair(Name(&name), *id);
            }
            font_dict.finish();
            let mut xo = dict.insert(Name(b"XObject")).dict();
            for (i, id) in x_objects.iter().enumerate() {
                xo.pair(Name(format!("X{i}").as_bytes()), *id);
            }
        })?;

        let (root, pages) = (self.root, std::mem::take(&mut self.pages));
        for (node, kids) in self.nodes.clone().into_iter().zip(pages.chunks(PAGES_PER_NODE)) {
            self.sink.object(node, |chunk| {
                chunk.pages(node).parent(root).kids(kids.iter().copied()).count(kids.len() as i32);
            })?;
        }
        let nodes = self.nodes.clone();
        self.sink.object(root, |chunk| {
            chunk.pages(root).kids(nodes.iter().copied()).count(pages.len() as i32);
        })?;
        let catalog = self.catalog;
        self.sink.object(catalog, |chunk| {
            chunk.indirect(catalog).start::<Catalog>().pages(root);
        })?;
        let (info, meta) = (self.info, &self.meta);
        let c = meta.created;
        use chrono::{Datelike, Timelike};
        let date = Date::new(c.year().clamp(0, 9999) as u16)
            .month(c.month() as u8)
            .day(c.day() as u8)
            .hour(c.hour() as u8)
            .minute(c.minute() as u8)
            .second(c.second().min(59) as u8);
        self.sink.object(info, |chunk| {
            let mut doc_info = chunk.indirect(info).start::<DocumentInfo>();
            doc_info.title(TextStr(&meta.title));
            doc_info.creator(TextStr("Fidèle"));
            doc_info.producer(TextStr("Fidèle (pdf-writer 0.15)"));
            doc_info.creation_date(date);
            doc_info.modified_date(date);
        })?;
        let out = self.sink.finish(catalog, info)?;
        Ok(out)
    }

    /// Writes one font as a Type 0 font over a CIDFontType2 whose CIDs are the original
    /// font's glyph ids: the subset, its descriptor, widths, CID-to-glyph map and ToUnicode.
    fn write_font(&mut self, key: FontKey) -> Result<Ref, Error> {
        let mut used = self.shaper.used_glyphs(key).clone();
        // Joined words are shown with the font's own space.
        if let Some((space, _)) = space_of(key) {
            used.entry(space).or_insert_with(|| " ".to_owned());
        }
        used.remove(&0);
        let Subset { program, remap, name } = subset(key, &used)?;
        let face = key.face();
        let per_unit = 1000.0 / key.units_per_em();
        let ids: Vec<Ref> = (0..6).map(|_| self.sink.alloc()).collect();
        let [type0, cid, descriptor, file, to_unicode, cid_map] = ids[..] else { unreachable!() };

        let data = deflate(&program)?;
        self.sink.object(file, |chunk| {
            let mut stream = chunk.stream(file, &data);
            stream.filter(Filter::FlateDecode);
            stream.pair(Name(b"Length1"), program.len() as i32);
        })?;

        let bbox = face.global_bounding_box();
        let mut flags = FontFlags::SYMBOLIC;
        if key == FontKey::Display {
            flags |= FontFlags::SERIF;
        }
        if face.is_italic() {
            flags |= FontFlags::ITALIC;
        }
        let scaled = |v: i16| (f32::from(v) * per_unit).round();
        self.sink.object(descriptor, |chunk| {
            chunk
                .font_descriptor(descriptor)
                .name(Name(name.as_bytes()))
                .flags(flags)
                .bbox(Rect::new(scaled(bbox.x_min), scaled(bbox.y_min), scaled(bbox.x_max), scaled(bbox.y_max)))
                .italic_angle(face.italic_angle())
                .ascent(scaled(face.ascender()))
                .descent(scaled(face.descender()))
                .cap_height(scaled(face.capital_height().unwrap_or(face.ascender())))
                .stem_v(80.0)
                .font_file2(file);
        })?;

        // CID (original glyph id) to subset glyph id, two bytes each.
        let max_cid = used.keys().next_back().copied().unwrap_or(0) as usize;
        let mut map = vec![0u8; 2 * (max_cid + 1)];
        for (&old, &new) in &remap {
            if let Some(slot) = map.get_mut(2 * old as usize..2 * old as usize + 2) {
                slot.copy_from_slice(&new.to_be_bytes());
            }
        }
        let data = deflate(&map)?;
        self.sink.object(cid_map, |chunk| {
            chunk.stream(cid_map, &data).filter(Filter::FlateDecode);
        })?;

        let system = SystemInfo { registry: Str(b"Adobe"), ordering: Str(b"Identity"), supplement: 0 };
        let width = |gid: u16| face.glyph_hor_advance(GlyphId(gid)).map_or(0.0, |a| (f32::from(a) * per_unit).round());
        self.sink.object(cid, |chunk| {
            let mut font = chunk.cid_font(cid);
            font.subtype(CidFontType::Type2)
                .base_font(Name(name.as_bytes()))
                .system_info(system)
                .font_descriptor(descriptor)
                .default_width(1000.0)
                .cid_to_gid_map_stream(cid_map);
            let mut widths = font.widths();
            let gids: Vec<u16> = used.keys().copied().collect();
            for group in gids.chunk_by(|a, b| b.checked_sub(*a) == Some(1)) {
                widths.consecutive(group[0], group.iter().map(|&g| width(g)));
            }
        })?;

        let mut cmap = UnicodeCmap::new(Name(b"Custom"), system);
        for (&gid, text) in &used {
            if !text.is_empty() {
                cmap.pair_with_multiple(gid, text.chars());
            }
        }
        let data = deflate(cmap.finish().as_slice())?;
        self.sink.object(to_unicode, |chunk| {
            chunk.cmap(to_unicode, &data).filter(Filter::FlateDecode);
        })?;

        self.sink.object(type0, |chunk| {
            chunk
                .type0_font(type0)
                .base_font(Name(name.as_bytes()))
                .encoding_predefined(Name(b"Identity-H"))
                .descendant_font(cid)
                .to_unicode(to_unicode);
        })?;
        Ok(type0)
    }
}

/// A font cut down to the glyphs a document uses.
struct Subset {
    program: Vec<u8>,
    /// Original glyph id to the subset's (allsorts numbers glyphs in the order they are asked
    /// for, .notdef first).
    remap: BTreeMap<u16, u16>,
    /// The PostScript name with its subset tag.
    name: String,
}

/// Subsets one font to the glyphs shaped for this document.
fn subset(key: FontKey, used: &BTreeMap<u16, String>) -> Result<Subset, Error> {
    use allsorts::binary::read::ReadScope;
    use allsorts::font_data::FontData;
    use allsorts::subset::{CmapTarget, SubsetProfile};

    let fail = |e: String| Error::Font(format!("{}: {e}", key.postscript_name()));
    let ids: Vec<u16> = std::iter::once(0).chain(used.keys().copied().filter(|&g| g != 0)).collect();
    let data = ReadScope::new(key.bytes()).read::<FontData<'_>>().map_err(|e| fail(e.to_string()))?;
    let provider = data.table_provider(0).map_err(|e| fail(e.to_string()))?;
    let bytes = allsorts::subset::subset(&provider, &ids, &SubsetProfile::Pdf, CmapTarget::Unicode)
        .map_err(|e| fail(e.to_string()))?;
    // The six-letter tag marks a subset (ISO 32000-1, 9.6.4); derived from the glyph set so
    // the same text gives the same file.
    let mut hash: u32 = 2_166_136_261;
    for id in &ids {
        hash = (hash ^ u32::from(*id)).wrapping_mul(16_777_619);
    }
    let tag: String = (0..6).map(|i| (b'A' + ((hash >> (i * 5)) % 26) as u8) as char).collect();
    let remap = ids.iter().enumerate().map(|(new, &old)| (old, new as u16)).collect();
    Ok(Subset { program: bytes, remap, name: format!("{tag}+{}", key.postscript_name()) })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fonts::Style;

    fn document(pages: usize, threaded: bool) -> Vec<u8> {
        let created = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap().and_hms_opt(9, 30, 0).unwrap();
        let mut doc = Doc::new(&Meta { title: "Test".into(), created }, Vec::new()).unwrap();
        doc.threaded = threaded;
        for i in 0..pages {
            let mut page = Page::new(200.0, 100.0);
            page.fill_rect(10.0, 10.0, 50.0, 20.0, Rgb::hex(0x336699));
            let line = doc.shaper.line(Style::Regular, false, &format!("Page {i} สมชาย"));
            page.text(&line, 10.0, 50.0, 12.0, BLACK);
            doc.push_page(page).unwrap();
        }
        doc.finish().unwrap()
    }

    #[test]
    fn the_compressing_thread_changes_nothing_in_the_file() {
        let pages = THREAD_FROM_PAGES + 3 * BATCH + 5;
        assert_eq!(document(pages, true), document(pages, false));
    }

    #[test]
    fn every_xref_entry_points_at_its_object() {
        let pdf = document(PAGES_PER_NODE + 7, true);
        // The table and trailer are ASCII; the streams before them are not.
        let marker = b"startxref\n";
        let at = pdf.windows(marker.len()).rposition(|w| w == marker).unwrap() + marker.len();
        let start: usize = std::str::from_utf8(&pdf[at..]).unwrap().lines().next().unwrap().parse().unwrap();
        let tail = std::str::from_utf8(&pdf[start..]).unwrap();
        let mut lines = tail.lines();
        assert_eq!(lines.next(), Some("xref"));
        let count: usize = lines.next().unwrap().split(' ').nth(1).unwrap().parse().unwrap();
        assert!(lines.next().unwrap().ends_with(" f"));
        for id in 1..count {
            let offset: usize = lines.next().unwrap()[..10].parse().unwrap();
            let head = format!("{id} 0 obj");
            assert_eq!(&pdf[offset..offset + head.len()], head.as_bytes(), "object {id}");
        }
        assert!(lines.next().unwrap().starts_with("trailer"));
    }
}
