-- Schema version 3: the search index also keeps one-letter prefixes, so "pierre e" (a first
-- name and the first letter of the surname, as people type) is a lookup rather than a scan of
-- every word starting with "e". The folded text moves over as it is.
CREATE VIRTUAL TABLE customer_search_v3 USING fts5 (
    body,
    tokenize = 'unicode61',
    prefix = '1 2 3 4'
);
INSERT INTO customer_search_v3 (rowid, body) SELECT rowid, body FROM customer_search;
DROP TABLE customer_search;
ALTER TABLE customer_search_v3 RENAME TO customer_search;
