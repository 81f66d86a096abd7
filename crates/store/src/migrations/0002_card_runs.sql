-- Schema version 2: card runs. Every recorded mailing and who got which card, so that a month
-- is never recorded twice for anyone, nobody gets the same design twice in a row, and a
-- personal offer code printed on a card can be traced when it comes back at the till
-- (purchases.offer_code).

CREATE TABLE card_runs (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('monthly', 'birthday', 'anniversary')),
    -- 'YYYY-MM' for a monthly run; 'YYYY-MM-DD/YYYY-MM-DD' for birthdays and anniversaries.
    period      TEXT NOT NULL,
    -- 'month-01' .. 'month-12', 'birthday', 'anniversary'.
    design      TEXT NOT NULL,
    layout      TEXT NOT NULL CHECK (layout IN ('single', '4up')),
    households  INTEGER NOT NULL CHECK (households IN (0, 1)),
    created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX card_runs_kind_period ON card_runs (kind, period);

CREATE TABLE card_run_recipients (
    run_id          INTEGER NOT NULL REFERENCES card_runs (id) ON DELETE CASCADE,
    customer_id     INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    -- The customer the card was addressed to: themselves, or the household member whose
    -- address the household card went to.
    card_to         INTEGER NOT NULL,
    -- What the card was for: 'monthly:2026-03', 'birthday:2026', 'anniversary:2026'. One
    -- card per customer and occasion, whatever how often the run is repeated.
    occasion        TEXT NOT NULL,
    design          TEXT NOT NULL,
    -- The loyalty stage the offer was chosen by, when there was one.
    stage           TEXT,
    offer_percent   INTEGER CHECK (offer_percent BETWEEN 1 AND 90),
    -- The personal code printed on the card; NULL for the other members of a household card.
    offer_code      TEXT UNIQUE,
    interaction_id  INTEGER REFERENCES interactions (id) ON DELETE SET NULL,
    PRIMARY KEY (run_id, customer_id),
    UNIQUE (customer_id, occasion)
) STRICT;
CREATE INDEX card_run_recipients_customer ON card_run_recipients (customer_id, run_id);
