//! A customer file another program is writing to: the wait is bounded (`fidele_store::busy`,
//! 30 s or `FIDELE_BUSY_WAIT_MS`), said on a terminal while it lasts, and its failure names
//! who holds the file and what to do (exit 1).

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use fidele_store::who_writes;

use crate::{Failure, words};

static FILE: OnceLock<PathBuf> = OnceLock::new();

/// From here on, waits for `path` are said on stderr when it is a terminal.
pub(crate) fn watch(path: &Path) {
    let _ = FILE.set(path.to_owned());
    fidele_store::busy::set_observer(on_wait);
}

fn on_wait(limit: Duration) {
    static SAID: AtomicBool = AtomicBool::new(false);
    let Some(path) = FILE.get() else { return };
    if std::io::stderr().is_terminal() && !words::quiet() && !SAID.swap(true, Ordering::Relaxed) {
        eprintln!("fidele: {}", words::busy_waiting(path, who_writes(path), limit));
    }
}

/// The failure of a command that waited for the file in vain.
pub(crate) fn failure() -> Failure {
    let Some(path) = FILE.get() else {
        let unnamed = words::text("cli-busy-the-file");
        return Failure::Other(words::busy_failed(Path::new(&unnamed), fidele_store::Writer::Other, fidele_store::busy::wait_limit()));
    };
    Failure::Other(words::busy_failed(path, who_writes(path), fidele_store::busy::wait_limit()))
}
