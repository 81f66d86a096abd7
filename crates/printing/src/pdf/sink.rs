//! Where the objects go: the output, each object's offset, and the cross-reference table.

use std::io::{BufWriter, Write};

use pdf_writer::{Chunk, Filter, Name, Rect, Ref};

use super::compress::PageJob;
use super::{SETTINGS, pt};

/// Where the objects go: the output, how far into it we are, and each object's offset (for
/// the cross-reference table).
pub(super) struct Sink<W: Write> {
    out: BufWriter<W>,
    pos: u64,
    /// Offset of object `id`, at index `id - 1`; `u64::MAX` until written.
    offsets: Vec<u64>,
}

impl<W: Write> Sink<W> {
    pub(super) fn new(out: W) -> std::io::Result<Sink<W>> {
        let mut sink = Sink { out: BufWriter::with_capacity(256 * 1024, out), pos: 0, offsets: Vec::new() };
        // The header, and a comment of bytes above 127 so transfer tools treat it as binary.
        sink.raw(b"%PDF-1.7\n%\x80\x80\x80\x80\n\n")?;
        Ok(sink)
    }

    pub(super) fn alloc(&mut self) -> Ref {
        self.offsets.push(u64::MAX);
        Ref::new(self.offsets.len() as i32)
    }

    pub(super) fn raw(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        self.out.write_all(bytes)?;
        self.pos += bytes.len() as u64;
        Ok(())
    }

    /// Writes one indirect object, which `write` puts into the chunk it is given.
    pub(super) fn object(&mut self, id: Ref, write: impl FnOnce(&mut Chunk)) -> std::io::Result<()> {
        let mut chunk = Chunk::with_settings(SETTINGS);
        write(&mut chunk);
        debug_assert!(chunk.refs().eq([id]), "one object per chunk");
        self.offsets[id.get() as usize - 1] = self.pos;
        self.raw(chunk.as_bytes())
    }

    /// Writes a page object and its (compressed) content stream.
    pub(super) fn page(&mut self, job: &PageJob, resources: Ref) -> std::io::Result<()> {
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
    pub(super) fn finish(mut self, catalog: Ref, info: Ref) -> std::io::Result<W> {
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
