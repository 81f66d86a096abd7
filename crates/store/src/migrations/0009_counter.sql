-- Schema version 9: at the counter. Member numbers (the loyalty card's), the points or stamps
-- ledger, and the offer codes redeemed at the counter.

-- A customer's member numbers: the current one (stopped_at NULL, one per customer at most)
-- and those stopped when a card was lost, kept so that a scan of an old card can say whose
-- it was and that it no longer counts. `number` is the ten digits (a nine-digit body and
-- Damm's check digit, see crates/domain/src/member_number.rs), as an integer.
CREATE TABLE member_numbers (
    id           INTEGER PRIMARY KEY,
    number       INTEGER NOT NULL UNIQUE CHECK (number BETWEEN 1000000000 AND 9999999999),
    customer_id  INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    issued_at    TEXT NOT NULL,
    stopped_at   TEXT
) STRICT;
CREATE UNIQUE INDEX member_numbers_current ON member_numbers (customer_id) WHERE stopped_at IS NULL;
CREATE INDEX member_numbers_customer ON member_numbers (customer_id, issued_at);

-- Every customer not erased gets a number now: the body is 100000000 + their id (the numbers
-- issued later continue after the largest body), its check digit computed by walking Damm's
-- table (row = interim digit, column = next digit; the 100 digits below, row by row).
WITH RECURSIVE walk (id, body, i, interim) AS (
    SELECT id, CAST(100000000 + id AS TEXT), 1, 0 FROM customers WHERE erased_at IS NULL
    UNION ALL
    SELECT id, body, i + 1,
           CAST(substr('0317598642709215486342068713591750983426612304597836742095815869720134894536201794386172052581436790',
                       interim * 10 + CAST(substr(body, i, 1) AS INTEGER) + 1, 1) AS INTEGER)
      FROM walk WHERE i <= length(body)
)
INSERT INTO member_numbers (number, customer_id, issued_at)
SELECT CAST(w.body || w.interim AS INTEGER), w.id, c.created_at
  FROM walk w JOIN customers c ON c.id = w.id
 WHERE w.i = length(w.body) + 1;

-- The points (or stamps) ledger: dated entries, never a balance overwritten. A customer's
-- balance is the sum of their entries. Earned and refunded entries name their purchase (the
-- sale, the refund); a purchase earns once (`points_earned_once`), so a till's file imported
-- again earns nothing. `points` is signed: earned > 0; spent, expired, refunded < 0;
-- adjusted either way.
CREATE TABLE points_entries (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    at           TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('earned', 'spent', 'expired', 'refunded', 'adjusted')),
    points       INTEGER NOT NULL,
    purchase_id  INTEGER REFERENCES purchases (id) ON DELETE SET NULL,
    -- What a spent entry bought ("10 €", "a free coffee"), as the shopkeeper named the reward.
    note         TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    CHECK (kind <> 'earned' OR points >= 0),
    CHECK (kind NOT IN ('spent', 'expired', 'refunded') OR points <= 0)
) STRICT;
CREATE INDEX points_entries_customer ON points_entries (customer_id, at);
CREATE UNIQUE INDEX points_earned_once ON points_entries (purchase_id) WHERE kind = 'earned';
CREATE UNIQUE INDEX points_refunded_once ON points_entries (purchase_id) WHERE kind = 'refunded';

-- Offer codes redeemed at the counter: which card's code, with which sale, when, by whom.
-- A code is redeemed once (`offer_redemptions_once`); one the counter refused (expired,
-- already used, another customer's) that the shopkeeper accepted anyway is recorded with the
-- reason it was refused for.
CREATE TABLE offer_redemptions (
    id                INTEGER PRIMARY KEY,
    offer_code        TEXT NOT NULL,
    customer_id       INTEGER REFERENCES customers (id) ON DELETE SET NULL,
    purchase_id       INTEGER REFERENCES purchases (id) ON DELETE SET NULL,
    at                TEXT NOT NULL,
    accepted_despite  TEXT CHECK (accepted_despite IN ('expired', 'already_used', 'other_customer')),
    created_at        TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX offer_redemptions_once ON offer_redemptions (offer_code) WHERE accepted_despite IS NULL;
CREATE INDEX offer_redemptions_code ON offer_redemptions (offer_code);
CREATE INDEX offer_redemptions_customer ON offer_redemptions (customer_id);
