//! Every row of every table but the undo log's own, sorted: what "as before" means in the
//! undo tests. One file for the unit tests and the integration tests (`tests/store/undo.rs`
//! includes it by path), so both compare the same thing.

/// The rows, each as `table: value|value|…`; the search index by its row and text.
pub(crate) fn dump(conn: &rusqlite::Connection) -> Vec<String> {
    let tables: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'undo_%'
             AND name NOT LIKE 'customer_search_%' ORDER BY name",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let mut out = Vec::new();
    for t in tables {
        let columns = if t == "customer_search" { "rowid, body" } else { "*" };
        let mut stmt = conn.prepare(&format!("SELECT {columns} FROM \"{t}\"")).unwrap();
        let n = stmt.column_count();
        let mut rows: Vec<String> = stmt
            .query_map([], |r| Ok((0..n).map(|i| format!("{:?}", r.get_ref(i).unwrap())).collect::<Vec<_>>().join("|")))
            .unwrap()
            .map(|r| format!("{t}: {}", r.unwrap()))
            .collect();
        rows.sort();
        out.extend(rows);
    }
    out
}
