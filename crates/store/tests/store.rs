//! The store seen from outside: files on disk, versions, refusals.

use std::path::Path;

#[path = "store/cdnow.rs"]
mod cdnow;
#[path = "store/soak.rs"]
mod soak;
#[path = "store/failures.rs"]
mod failures;

use fidele_domain::{Channel, CustomerDraft, CustomerId};
use fidele_store::{Error, LATEST_VERSION, ListOrder, Store};

fn bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap()
}

#[test]
fn a_customer_survives_closing_and_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested/shop.db");
    let id = {
        let mut store = Store::open(&path).unwrap();
        store.add_customer(CustomerDraft { first_name: "Zoë".into(), last_name: "Lœillet".into(), ..Default::default() }, &[(Channel::Email, true)], "").unwrap()
    };
    let store = Store::open(&path).unwrap();
    assert_eq!(store.customer(id).unwrap().display_name(), "Zoë Lœillet");
    assert_eq!(store.list_customers("loeillet", ListOrder::Name, 5, 0).unwrap().len(), 1);
    assert_eq!(store.schema_version().unwrap(), LATEST_VERSION);
}

#[test]
fn a_file_from_a_newer_version_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("future.db");
    drop(Store::open(&path).unwrap());
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", LATEST_VERSION + 1).unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let before = bytes(&path);
    let err = Store::open(&path).err().expect("refused");
    assert!(matches!(err, Error::TooNew { found, supported } if found == LATEST_VERSION + 1 && supported == LATEST_VERSION));
    assert!(err.to_string().contains("newer version of Fidèle"), "{err}");
    assert_eq!(bytes(&path), before, "the file must not change");
    assert!(!dir.path().join("future.db-wal").exists());
}

#[test]
fn other_files_are_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("notes.db");
    std::fs::write(&text, "Ceci n'est pas une base de données, mais une liste de courses.\n".repeat(20)).unwrap();
    let before = bytes(&text);
    assert!(matches!(Store::open(&text), Err(Error::NotAFideleFile(_))));
    assert_eq!(bytes(&text), before);

    let other = dir.path().join("other.sqlite");
    rusqlite::Connection::open(&other).unwrap().execute_batch("CREATE TABLE t (x); PRAGMA journal_mode = DELETE;").unwrap();
    let before = bytes(&other);
    assert!(matches!(Store::open(&other), Err(Error::NotAFideleFile(_))));
    assert_eq!(bytes(&other), before);
}

#[test]
fn a_failed_transaction_writes_nothing() {
    let mut store = Store::open_in_memory().unwrap();
    let result: Result<(), Error> = store.write(|tx| {
        fidele_store::bulk::insert_customer(tx, &CustomerDraft { last_name: "Janssens".into(), ..Default::default() }, chrono::Local::now().naive_local())?;
        Err(Error::NotFound { what: "anything", id: 1 })
    });
    assert!(result.is_err());
    assert_eq!(store.count_customers("").unwrap(), 0);
    assert_eq!(store.count_customers("janssens").unwrap(), 0);
}

/// Row counts of every table of a file, read straight from it (FTS5's own shadow tables left
/// out: they follow the index's rows).
fn table_counts(conn: &rusqlite::Connection) -> Vec<(String, i64)> {
    let mut stmt = conn
        .prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
             AND name NOT LIKE 'customer_search_%' ORDER BY name",
        )
        .unwrap();
    let tables: Vec<String> = stmt.query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect();
    tables.into_iter().map(|t| (t.clone(), conn.query_row(&format!("SELECT count(*) FROM \"{t}\""), [], |r| r.get(0)).unwrap())).collect()
}

/// A file left by each earlier schema version (committed fixtures: `schema-v1.db` written by the
/// first schema, the others by `fixtures/make-fixtures.sh`) opens, migrates to the latest
/// version, and keeps every row of every table it had. Every version has its fixture.
#[test]
fn a_file_of_every_schema_version_upgrades_with_every_row() {
    for version in 1..=LATEST_VERSION {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(format!("v{version}.db"));
        let fixture = format!("{}/tests/fixtures/schema-v{version}.db", env!("CARGO_MANIFEST_DIR"));
        std::fs::copy(&fixture, &path).unwrap_or_else(|e| panic!("{fixture}: {e} (run tests/fixtures/make-fixtures.sh)"));
        let before = {
            let conn = rusqlite::Connection::open(&path).unwrap();
            assert_eq!(conn.pragma_query_value(None, "user_version", |r| r.get::<_, u32>(0)).unwrap(), version);
            table_counts(&conn)
        };
        assert!(before.iter().any(|(t, n)| t == "purchases" && *n > 20), "v{version}: {before:?}");

        let store = Store::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), LATEST_VERSION);
        assert!(store.check_integrity().unwrap().is_empty(), "v{version}");
        assert_eq!(store.shop_profile().unwrap().name, "Librairie du Parc");
        let hits = store.list_customers("helene dubo", ListOrder::Name, 50, 0).unwrap();
        assert!(!hits.is_empty() && hits[0].name.starts_with("Hélène Dubœuf"), "v{version}: {hits:?}");
        drop(store);

        let conn = rusqlite::Connection::open(&path).unwrap();
        // Every customer has the list's sort keys, computed on opening when the file had none.
        let unsorted: i64 = conn.query_row("SELECT count(*) FROM customers WHERE sort_key IS NULL", [], |r| r.get(0)).unwrap();
        assert_eq!(unsorted, 0, "v{version}");
        // Every customer's purchase totals, filled by schema 8 from their purchases.
        let astray: i64 = conn
            .query_row(
                "SELECT count(*) FROM customers c WHERE (c.purchase_count, c.total_minor, c.last_purchase_at) IS NOT
                    (SELECT count(*), coalesce(sum(amount_minor), 0), max(at) FROM purchases WHERE customer_id = c.id)",
                [],
                |r| r.get(0),
            )
            .unwrap();
        let buyers: i64 = conn.query_row("SELECT count(*) FROM customers WHERE purchase_count > 0", [], |r| r.get(0)).unwrap();
        assert_eq!((astray, buyers > 10), (0, true), "v{version}");
        // Every customer not erased has one current member number, its check digit right.
        let numbers: Vec<(i64, i64)> = conn
            .prepare("SELECT c.id, m.number FROM customers c LEFT JOIN member_numbers m ON m.customer_id = c.id AND m.stopped_at IS NULL WHERE c.erased_at IS NULL")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get::<_, Option<i64>>(1)?.unwrap_or(0))))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert!(!numbers.is_empty());
        for (id, number) in numbers {
            assert!(fidele_domain::MemberNumber::parse(&number.to_string()).is_ok(), "v{version}: customer {id} has {number}");
        }
        let after = table_counts(&conn);
        for (table, n) in &before {
            let now = after.iter().find(|(t, _)| t == table).map(|(_, n)| *n);
            assert_eq!(now, Some(*n), "v{version}: every row of {table} survived");
        }
    }
}

/// Schema 9 gives each customer of a version-8 file the number Rust would compute for them
/// (the migration's check digit, walked through Damm's table in SQL, agrees with the domain's),
/// and the next customer gets the number after the largest.
#[test]
fn schema_9_numbers_the_customers_of_a_version_8_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v8.db");
    std::fs::copy(format!("{}/tests/fixtures/schema-v8.db", env!("CARGO_MANIFEST_DIR")), &path).unwrap();
    let mut store = Store::open(&path).unwrap();
    let ids: Vec<i64> = {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.prepare("SELECT id FROM customers ORDER BY id").unwrap().query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect()
    };
    assert!(ids.len() >= 20);
    for &id in &ids {
        let expected = fidele_domain::MemberNumber::from_body(100_000_000 + id as u64).unwrap();
        assert_eq!(store.member_number_of(CustomerId(id)).unwrap(), Some(expected), "customer {id}");
        assert_eq!(store.find_member_number(expected).unwrap().unwrap().customer, CustomerId(id));
    }
    let found = store.list_customers(&store.member_number_of(CustomerId(ids[0])).unwrap().unwrap().to_string(), ListOrder::Name, 50, 0).unwrap();
    assert_eq!(found.iter().map(|c| c.id).collect::<Vec<_>>(), vec![CustomerId(ids[0])]);
    let last = *ids.last().unwrap() as u64;
    let new = store.add_customer(fidele_domain::CustomerDraft { last_name: "Nouveau".into(), ..Default::default() }, &[], "").unwrap();
    assert_eq!(store.member_number_of(new).unwrap().unwrap().body(), 100_000_000 + last + 1);
}

#[path = "store/encryption.rs"]
mod encryption;

#[path = "store/undo.rs"]
mod undo;
