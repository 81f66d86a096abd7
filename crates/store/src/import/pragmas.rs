//! The connection settings a purchase import changes for its duration, and puts back.

use rusqlite::Connection;

use crate::Result;

/// The page cache (KiB) while purchases are appended and their indexes rebuilt (below).
pub(super) const SORT_CACHE_KIB: i64 = 2_048;

/// The page cache (KiB) while an import adds customers: each new customer goes into the till
/// reference's index, and into five more (e-mail, phone, name and sort keys) when the import
/// keeps them, at random places, which with 2 MiB of cache were read back and written out
/// again from the OS for nearly every row. 16 MiB is as fast as 64 at 200,000 customers, with
/// 50 MiB less at the peak. Back to `SORT_CACHE_KIB` before the purchases' indexes are rebuilt.
pub(super) const CUSTOMERS_CACHE_KIB: i64 = 16 * 1024;

/// The connection's settings a purchase import changes for its duration, to put back.
pub(super) struct ImportPragmas {
    cache_size: i64,
    temp_store: i64,
    threads: i64,
    synchronous: i64,
    /// The import switched the file from its write-ahead log to a rollback journal.
    left_wal: bool,
}

impl ImportPragmas {
    /// `large`: the import is expected to hold `LARGE_IMPORT` (10,000) records or more,
    /// so it writes through a rollback journal.
    pub(super) fn set(conn: &Connection, large: bool, encrypted: bool) -> Result<ImportPragmas> {
        let get = |name: &str| conn.pragma_query_value(None, name, |r| r.get::<_, i64>(0));
        let mut saved = ImportPragmas {
            cache_size: get("cache_size")?,
            temp_store: get("temp_store")?,
            threads: get("threads")?,
            synchronous: get("synchronous")?,
            left_wal: false,
        };
        // 2 MiB of page cache: rows are appended, so a larger cache buys nothing, and it also
        // sizes the runs the index rebuild sorts, which sort fastest while they fit the
        // processor's cache (measured: 8 MiB runs took 0.37 s an index, 2 MiB 0.27 s). Memory
        // stays flat however large the file.
        conn.pragma_update(None, "cache_size", -SORT_CACHE_KIB)?;
        // Every customer id written comes from the index just read inside the same
        // transaction, or from a customer it added, so the per-row foreign-key lookup is
        // redundant. (The pragma cannot change inside a transaction, hence here.)
        conn.pragma_update(None, "foreign_keys", false)?;
        // Likewise the CHECKs on every row (a three-letter currency, a count not below zero):
        // the values come typed (`Currency`, `u32`, and the domain's draft for a customer
        // added for an unknown reference), so they hold by construction.
        conn.pragma_update(None, "ignore_check_constraints", true)?;
        // Rebuilding the indexes sorts runs of the cache's size and merges them from temporary
        // files, so memory stays flat however large the file; and only then does SQLite sort
        // on worker threads (it never does while temporary data is kept in memory). An
        // encrypted file keeps its temporary data in memory instead: SQLCipher does not
        // encrypt temporary files, and the sort's runs hold every purchase's customer, date
        // and ticket.
        conn.pragma_update(None, "temp_store", if encrypted { "MEMORY" } else { "FILE" })?;
        conn.pragma_update(None, "threads", 2)?;
        // A large import writes its new pages once, into the file, through a rollback journal,
        // rather than twice (into the log, then copied into the file): 0.2 s of a 636,000-row
        // import. A kill mid-import leaves a hot journal, which `schema::open_file` rolls back
        // before anything else reads the file. Not for an encrypted file, whose first look
        // must not replay pages before its passphrase is checked.
        //
        // Leaving the log needs the file to itself: while another connection has it open, the
        // import keeps the log rather than wait for it.
        if large && !encrypted && journal_mode(conn)? == "wal" {
            conn.busy_timeout(std::time::Duration::ZERO)?;
            saved.left_wal = matches!(set_journal_mode(conn, "DELETE").as_deref(), Ok("delete"));
            crate::busy::install(conn)?;
            // NORMAL is safe against power cuts with the log only; with a rollback journal,
            // FULL is (its extra syncs are of the journal, which holds few pages here).
            if saved.left_wal {
                conn.pragma_update(None, "synchronous", "FULL")?;
            }
        }
        Ok(saved)
    }

    pub(super) fn restore(&self, conn: &Connection) -> rusqlite::Result<()> {
        conn.pragma_update(None, "foreign_keys", true)?;
        conn.pragma_update(None, "ignore_check_constraints", false)?;
        conn.pragma_update(None, "cache_size", self.cache_size)?;
        conn.pragma_update(None, "temp_store", self.temp_store)?;
        conn.pragma_update(None, "threads", self.threads)?;
        if self.left_wal {
            set_journal_mode(conn, "WAL")?;
            conn.pragma_update(None, "synchronous", self.synchronous)?;
        }
        Ok(())
    }
}

fn journal_mode(conn: &Connection) -> rusqlite::Result<String> {
    conn.pragma_query_value(None, "journal_mode", |r| r.get(0))
}

/// Sets the journal mode and returns the one in force (SQLite keeps the old one when it
/// cannot change, e.g. while another connection reads the file).
fn set_journal_mode(conn: &Connection, mode: &str) -> rusqlite::Result<String> {
    conn.pragma_update_and_check(None, "journal_mode", mode, |r| r.get(0))
}
