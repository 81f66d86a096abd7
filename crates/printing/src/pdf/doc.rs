//! The document: pages as they come, the shared resources, the page tree, the catalog and the
//! information dictionary.

use std::io::Write;

use pdf_writer::writers::{Catalog, DocumentInfo};
use pdf_writer::{Date, Filter, Finish, Name, Rect, Ref, TextStr};

use super::compress::{BATCH, BATCHES_IN_FLIGHT, Compressor, Deflater, PageJob, THREAD_FROM_PAGES, deflate};
use super::sink::Sink;
use super::{FormRef, Meta, Page, Sketch, pt};
use crate::Error;
use crate::fonts::FontKey;

/// Pages per intermediate node of the page tree: viewers find page 25,000 without walking a
/// 60,000-entry array.
const PAGES_PER_NODE: usize = 128;

/// A PDF being written into `W`.
pub(crate) struct Doc<W: Write> {
    pub shaper: crate::shaping::Shaper,
    pub(super) sink: Sink<W>,
    pub(super) meta: Meta,
    pub(super) catalog: Ref,
    pub(super) info: Ref,
    pub(super) root: Ref,
    pub(super) resources: Ref,
    /// Page tree nodes under the root, each holding up to `PAGES_PER_NODE` pages.
    pub(super) nodes: Vec<Ref>,
    pub(super) pages: Vec<Ref>,
    pub(super) x_objects: Vec<Ref>,
    /// Fonts drawn with, one bit per `FontKey`.
    pub(super) fonts: u8,
    /// Pages laid out, not yet compressed.
    pub(super) batch: Vec<PageJob>,
    /// Compresses on a second thread, once the document is large enough to be worth it.
    pub(super) compressor: Option<Compressor>,
    /// Compresses on this thread for small documents.
    pub(super) deflater: Deflater,
    /// Whether large documents may use the second thread (tests compare both ways).
    pub(super) threaded: bool,
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

}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fonts::Style;
    use crate::pdf::{BLACK, Rgb};

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
