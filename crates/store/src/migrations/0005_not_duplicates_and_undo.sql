-- Schema version 5: nothing lost by a click.
--
-- Two customers the shopkeeper said are two people ("Ce sont deux personnes"): the pair is
-- never offered as a probable duplicate again. `a` is the lower id. Erasing or merging away
-- either customer drops the mark with them.
CREATE TABLE not_duplicates (
    a          INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    b          INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    marked_at  TEXT NOT NULL,
    PRIMARY KEY (a, b),
    CHECK (a < b)
) STRICT, WITHOUT ROWID;
CREATE INDEX not_duplicates_b ON not_duplicates (b);

-- What a merge or a deleted purchase needs to be taken back, for a short while (see
-- `undo.rs`): one row per act, and the rows it changed or removed as they were before, each a
-- JSON object of the row's columns. Expired acts are purged by the next act or undo; erasing a
-- customer purges every act that involves them.
CREATE TABLE undo_acts (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('merge', 'delete_purchase')),
    -- The customer the act was about (the kept one for a merge) and, for a merge, the one
    -- merged away.
    customer_id  INTEGER,
    other_id     INTEGER,
    done_at      TEXT NOT NULL,
    expires_at   TEXT NOT NULL
) STRICT;
CREATE INDEX undo_acts_customer ON undo_acts (customer_id);
CREATE INDEX undo_acts_other ON undo_acts (other_id);

CREATE TABLE undo_rows (
    act_id  INTEGER NOT NULL REFERENCES undo_acts (id) ON DELETE CASCADE,
    tbl     TEXT NOT NULL,
    -- The row's columns (and `rowid` for a table without an INTEGER PRIMARY KEY), as JSON.
    data    TEXT NOT NULL
) STRICT;
CREATE INDEX undo_rows_act ON undo_rows (act_id, tbl);
