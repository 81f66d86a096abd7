-- Schema version 1: the whole domain known at the start, so later work mostly adds behaviour.
-- Every table is STRICT. Dates are ISO 8601 text in the shop's local time ("2025-03-14T10:22:00"
-- or "2025-03-14"); money is INTEGER minor units with its currency code beside it.

CREATE TABLE shop_profile (
    id                    INTEGER PRIMARY KEY CHECK (id = 1),
    name                  TEXT NOT NULL DEFAULT '',
    address_line1         TEXT NOT NULL DEFAULT '',
    address_line2         TEXT NOT NULL DEFAULT '',
    postal_code           TEXT NOT NULL DEFAULT '',
    city                  TEXT NOT NULL DEFAULT '',
    country               TEXT NOT NULL DEFAULT 'FR' CHECK (length(country) = 2),
    language              TEXT NOT NULL DEFAULT 'fr' CHECK (language IN ('fr', 'en', 'nl')),
    currency              TEXT NOT NULL DEFAULT 'EUR' CHECK (length(currency) = 3),
    phone                 TEXT NOT NULL DEFAULT '',
    email                 TEXT NOT NULL DEFAULT '',
    signature             TEXT NOT NULL DEFAULT '',
    margin_rate_permille  INTEGER NOT NULL DEFAULT 400 CHECK (margin_rate_permille BETWEEN 0 AND 1000),
    logo_png              BLOB,
    paper_size            TEXT NOT NULL DEFAULT 'a4' CHECK (paper_size IN ('a4', 'letter'))
) STRICT;
INSERT INTO shop_profile (id) VALUES (1);

-- Free-form settings the analytics and printing features tune (thresholds, texts per month).
CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) STRICT;

CREATE TABLE households (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    created_at  TEXT NOT NULL
) STRICT;

CREATE TABLE customers (
    id              INTEGER PRIMARY KEY,
    salutation      TEXT CHECK (salutation IN ('mrs', 'ms', 'mr', 'mx')),
    formality       TEXT NOT NULL DEFAULT 'formal' CHECK (formality IN ('formal', 'first_name')),
    first_name      TEXT NOT NULL DEFAULT '',
    last_name       TEXT NOT NULL DEFAULT '',
    company         TEXT NOT NULL DEFAULT '',
    address_line1   TEXT NOT NULL DEFAULT '',
    address_line2   TEXT NOT NULL DEFAULT '',
    postal_code     TEXT NOT NULL DEFAULT '',
    city            TEXT NOT NULL DEFAULT '',
    country         TEXT NOT NULL DEFAULT '',
    birth_year      INTEGER CHECK (birth_year BETWEEN 1900 AND 2200),
    birth_month     INTEGER CHECK (birth_month BETWEEN 1 AND 12),
    birth_day       INTEGER CHECK (birth_day BETWEEN 1 AND 31),
    household_id    INTEGER REFERENCES households (id) ON DELETE SET NULL,
    referred_by     INTEGER REFERENCES customers (id) ON DELETE SET NULL,
    language        TEXT CHECK (language IN ('fr', 'en', 'nl')),
    preferences     TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT '',
    source          TEXT NOT NULL DEFAULT '',
    -- The customer's number in the till or the file they came from, to match later imports.
    external_ref    TEXT UNIQUE,
    -- A stage set by hand (e.g. 'partner') that wins over the computed loyalty stage.
    manual_stage    TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    archived_at     TEXT,
    -- Set when personal data was erased on request; the row stays so purchases keep counting.
    erased_at       TEXT,
    CHECK ((birth_month IS NULL) = (birth_day IS NULL)),
    CHECK (birth_year IS NULL OR birth_month IS NOT NULL)
) STRICT;
CREATE INDEX customers_household ON customers (household_id) WHERE household_id IS NOT NULL;
CREATE INDEX customers_referred_by ON customers (referred_by) WHERE referred_by IS NOT NULL;
CREATE INDEX customers_birthday ON customers (birth_month, birth_day) WHERE birth_month IS NOT NULL;
CREATE INDEX customers_sort_name ON customers (last_name COLLATE NOCASE, first_name COLLATE NOCASE);

CREATE TABLE customer_emails (
    customer_id  INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    address      TEXT NOT NULL,
    PRIMARY KEY (customer_id, position)
) STRICT, WITHOUT ROWID;
CREATE INDEX customer_emails_address ON customer_emails (address COLLATE NOCASE);

CREATE TABLE customer_phones (
    customer_id  INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    number       TEXT NOT NULL,
    -- Digits only, for matching whatever the spacing.
    digits       TEXT NOT NULL,
    PRIMARY KEY (customer_id, position)
) STRICT, WITHOUT ROWID;
CREATE INDEX customer_phones_digits ON customer_phones (digits);

CREATE TABLE tags (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE COLLATE NOCASE
) STRICT;

CREATE TABLE customer_tags (
    customer_id  INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    tag_id       INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (customer_id, tag_id)
) STRICT, WITHOUT ROWID;

-- Consents are events: the latest per channel is the state; nothing is ever updated.
CREATE TABLE consent_events (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    channel      TEXT NOT NULL CHECK (channel IN ('post', 'email', 'phone', 'sms')),
    granted      INTEGER NOT NULL CHECK (granted IN (0, 1)),
    at           TEXT NOT NULL,
    source       TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX consent_events_customer ON consent_events (customer_id, channel, at);

CREATE TABLE purchases (
    id            INTEGER PRIMARY KEY,
    -- NULL once the customer was erased: the sale still counts in the shop's totals.
    customer_id   INTEGER REFERENCES customers (id) ON DELETE SET NULL,
    at            TEXT NOT NULL,
    amount_minor  INTEGER NOT NULL,
    currency      TEXT NOT NULL CHECK (length(currency) = 3),
    margin_minor  INTEGER,
    category      TEXT NOT NULL DEFAULT '',
    item_count    INTEGER CHECK (item_count >= 0),
    ticket_ref    TEXT NOT NULL DEFAULT '',
    offer_code    TEXT NOT NULL DEFAULT '',
    refund_of     INTEGER REFERENCES purchases (id) ON DELETE SET NULL,
    note          TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL
) STRICT;
CREATE INDEX purchases_customer_at ON purchases (customer_id, at);
CREATE INDEX purchases_at ON purchases (at);
CREATE INDEX purchases_offer_code ON purchases (offer_code) WHERE offer_code <> '';
CREATE INDEX purchases_ticket ON purchases (ticket_ref) WHERE ticket_ref <> '';

CREATE TABLE interactions (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('complaint', 'return', 'service_request', 'consultation',
                     'call', 'visit', 'card_sent', 'promotion_response', 'note')),
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'resolved')),
    at           TEXT NOT NULL,
    summary      TEXT NOT NULL,
    details      TEXT NOT NULL DEFAULT '',
    due_date     TEXT,
    resolved_at  TEXT,
    resolution   TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL
) STRICT;
CREATE INDEX interactions_customer_at ON interactions (customer_id, at);
CREATE INDEX interactions_open ON interactions (kind, at) WHERE status <> 'resolved';

CREATE TABLE reminders (
    id             INTEGER PRIMARY KEY,
    customer_id    INTEGER REFERENCES customers (id) ON DELETE CASCADE,
    title          TEXT NOT NULL,
    due_date       TEXT NOT NULL,
    repeat_every   INTEGER CHECK (repeat_every > 0),
    repeat_unit    TEXT CHECK (repeat_unit IN ('day', 'month')),
    done_at        TEXT,
    snoozed_until  TEXT,
    created_at     TEXT NOT NULL,
    CHECK ((repeat_every IS NULL) = (repeat_unit IS NULL))
) STRICT;
CREATE INDEX reminders_due ON reminders (due_date) WHERE done_at IS NULL;

-- Search over folded text (lowercase ASCII, see fidele_domain::text::fold), kept up to date by
-- the store in the same transaction as the customer row. rowid = customers.id.
CREATE VIRTUAL TABLE customer_search USING fts5 (
    body,
    tokenize = 'unicode61',
    prefix = '2 3 4'
);
