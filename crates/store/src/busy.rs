//! Waiting for another program's write: bounded, and said.
//!
//! SQLite lets one connection write at a time. A statement that finds the file being written
//! waits for up to [`wait_limit`] (30 s, or `FIDELE_BUSY_WAIT_MS`), then fails with SQLite's
//! "busy", which [`crate::Error::is_busy`] recognises. A front end that wants to say what it
//! waits for (the CLI on a terminal) registers a [`set_observer`] called when a wait starts;
//! [`crate::lock::who_writes`] tells it who holds the file.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use rusqlite::Connection;

/// How long a write waits for the file when nothing else is said.
pub const DEFAULT_WAIT: Duration = Duration::from_secs(30);

/// Milliseconds to wait instead of [`DEFAULT_WAIT`] (tests shorten it).
pub const WAIT_ENV: &str = "FIDELE_BUSY_WAIT_MS";

/// One sleep between two attempts.
const STEP: Duration = Duration::from_millis(25);

static LIMIT_MS: AtomicU64 = AtomicU64::new(u64::MAX);
static OBSERVER: OnceLock<fn(Duration)> = OnceLock::new();

/// How long a statement waits for the file: `FIDELE_BUSY_WAIT_MS` if set, else 30 s.
pub fn wait_limit() -> Duration {
    let mut ms = LIMIT_MS.load(Ordering::Relaxed);
    if ms == u64::MAX {
        ms = std::env::var(WAIT_ENV).ok().and_then(|v| v.trim().parse().ok()).unwrap_or(DEFAULT_WAIT.as_millis() as u64);
        LIMIT_MS.store(ms, Ordering::Relaxed);
    }
    Duration::from_millis(ms)
}

/// Sets the wait for this process (instead of `FIDELE_BUSY_WAIT_MS` or 30 s).
pub fn set_wait_limit(limit: Duration) {
    LIMIT_MS.store(limit.as_millis() as u64, Ordering::Relaxed);
}

/// `observer(limit)` is called each time a statement starts to wait for the file (once per
/// wait, before the first sleep). Set once per process; later calls are ignored.
pub fn set_observer(observer: fn(Duration)) {
    let _ = OBSERVER.set(observer);
}

/// SQLite's busy handler: `attempts` is how many times it was called for this wait.
fn wait(attempts: i32) -> bool {
    let limit = wait_limit();
    if attempts == 0
        && let Some(observer) = OBSERVER.get()
    {
        observer(limit);
    }
    let again = may_wait_again(attempts, limit);
    if again {
        std::thread::sleep(STEP);
    }
    again
}

/// Whether a wait that has slept `attempts` steps may sleep once more within `limit`.
fn may_wait_again(attempts: i32, limit: Duration) -> bool {
    STEP * (attempts.max(0) as u32) < limit
}

/// Runs `op` again while it finds the file busy, until the wait limit. SQLite answers "busy"
/// at once, without waiting, where waiting could deadlock: a connection that has read the
/// file and now wants to change it (opening switches the file to its write-ahead log) while
/// another holds the write, as a large import does through its rollback journal.
pub(crate) fn retry<T>(mut op: impl FnMut() -> crate::Result<T>) -> crate::Result<T> {
    let started = std::time::Instant::now();
    let mut attempts = 0;
    loop {
        match op() {
            Err(e) if e.is_busy() && started.elapsed() < wait_limit() => {
                if attempts == 0
                    && let Some(observer) = OBSERVER.get()
                {
                    observer(wait_limit());
                }
                attempts += 1;
                std::thread::sleep(STEP);
            }
            other => return other,
        }
    }
}

/// Makes `conn` wait for the file as described above.
pub(crate) fn install(conn: &Connection) -> rusqlite::Result<()> {
    conn.busy_handler(Some(wait))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wait_stops_at_its_limit() {
        let limit = Duration::from_millis(100);
        assert!(may_wait_again(0, limit) && may_wait_again(3, limit));
        assert!(!may_wait_again(4, limit), "4 steps of 25 ms are the limit");
        assert!(!may_wait_again(0, Duration::ZERO), "no wait at all");
    }

    #[test]
    fn a_locked_file_is_busy() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("shop.db");
        let holder = Connection::open(&path).unwrap();
        holder.execute_batch("PRAGMA journal_mode=WAL; CREATE TABLE t (x); BEGIN IMMEDIATE; INSERT INTO t VALUES (1);").unwrap();
        let waiter = Connection::open(&path).unwrap();
        waiter.busy_timeout(Duration::ZERO).unwrap();
        let err = waiter.execute_batch("BEGIN IMMEDIATE").unwrap_err();
        assert!(crate::Error::from(err).is_busy());
        assert!(!crate::Error::NotAFideleFile("x".into()).is_busy());
    }
}
