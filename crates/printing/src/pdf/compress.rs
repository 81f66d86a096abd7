//! Compressing streams: zlib-rs at level 1 for page contents (on a second thread for large
//! documents) and level 6 for what is written once.

use pdf_writer::Ref;

/// A zlib compressor (zlib-rs). Page streams use level 1, which zlib-rs runs as its "quick"
/// strategy (static Huffman codes, one pass): a stream costs little more than its bytes, which
/// matters for 60,000 page streams of under 2 KB. Objects written once use level 6.
pub(super) struct Deflater(zlib_rs::Deflate);

impl Deflater {
    pub(super) fn new(level: i32) -> Deflater {
        Deflater(zlib_rs::Deflate::new(level, true, 15))
    }

    pub(super) fn compress(&mut self, data: &[u8]) -> std::io::Result<Vec<u8>> {
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
pub(super) fn deflate(data: &[u8]) -> std::io::Result<Vec<u8>> {
    Deflater::new(6).compress(data)
}

/// A page waiting to be written: its object numbers, parent, size and content.
pub(super) struct PageJob {
    pub(super) page: Ref,
    pub(super) content: Ref,
    pub(super) parent: Ref,
    pub(super) size: (f32, f32),
    pub(super) data: Vec<u8>,
}

/// Pages are handed to the compressing thread in batches of this many, and at most
/// `BATCHES_IN_FLIGHT` batches wait: memory stays bounded and the hand-over costs little.
pub(super) const BATCH: usize = 32;
pub(super) const BATCHES_IN_FLIGHT: usize = 4;
/// Below this many pages (labels, the follow-up sheet, small mailings) everything stays on the
/// calling thread.
pub(super) const THREAD_FROM_PAGES: usize = 2 * BATCH;

/// Compresses page contents on a second thread while the caller lays out the next pages. The
/// thread owns only its compressor and the page bytes it is sent; results come back in the
/// order sent (one thread, FIFO channels), so the file is identical to a one-thread run.
pub(super) struct Compressor {
    jobs: Option<std::sync::mpsc::SyncSender<Vec<PageJob>>>,
    done: std::sync::mpsc::Receiver<std::io::Result<Vec<PageJob>>>,
    thread: Option<std::thread::JoinHandle<()>>,
    pub(super) in_flight: usize,
}

impl Compressor {
    pub(super) fn start() -> std::io::Result<Compressor> {
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

    pub(super) fn send(&mut self, batch: Vec<PageJob>) -> std::io::Result<()> {
        let jobs = self.jobs.as_ref().expect("not closed");
        jobs.send(batch).map_err(|_| std::io::Error::other("the compressing thread stopped"))?;
        self.in_flight += 1;
        Ok(())
    }

    /// A compressed batch: waits for one if `wait`, else only takes one that is ready.
    pub(super) fn receive(&mut self, wait: bool) -> std::io::Result<Option<Vec<PageJob>>> {
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
