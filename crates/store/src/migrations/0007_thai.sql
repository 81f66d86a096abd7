-- Schema version 7: Thai as a shop's and a customer's language. Version 1's CHECKs listed
-- fr, en and nl; a CHECK cannot be altered, so each table's definition is edited in place, the
-- way SQLite documents for loosening a constraint (sqlite.org/lang_altertable.html, "simpler
-- procedure"): every stored row already satisfies the wider CHECK, so no row is rewritten.
-- The connection that runs this bumps `schema_version` afterwards (schema.rs), so it and any
-- other open connection read the new definitions.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
   SET sql = replace(sql, 'CHECK (language IN (''fr'', ''en'', ''nl''))', 'CHECK (language IN (''fr'', ''en'', ''nl'', ''th''))')
 WHERE type = 'table' AND name IN ('shop_profile', 'customers');
PRAGMA writable_schema = OFF;
