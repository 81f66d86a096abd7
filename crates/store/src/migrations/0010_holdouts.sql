-- Schema version 9 on this branch (issue 16, "Do the cards pay?"; renumbered 0010 at merge,
-- after the counter's 0009): a monthly run may keep a random hold-out, the customers who get
-- no card that time, so that what the cards bring can be measured against them.
--
-- The draw is recorded with its seed and share, so the same run is the same draw; each
-- held-out customer is one row (their stage, the occasion they were held out of); each
-- recipient says whether they were in the draw (a customer held out last time, or marked
-- "always send", was not): the measurement compares the hold-out with recipients who could
-- have been drawn, and no one else.
ALTER TABLE card_runs ADD COLUMN holdout_percent INTEGER NOT NULL DEFAULT 0 CHECK (holdout_percent BETWEEN 0 AND 50);
ALTER TABLE card_runs ADD COLUMN holdout_seed INTEGER;
ALTER TABLE card_run_recipients ADD COLUMN in_draw INTEGER NOT NULL DEFAULT 0 CHECK (in_draw IN (0, 1));

CREATE TABLE card_run_holdouts (
    run_id       INTEGER NOT NULL REFERENCES card_runs (id) ON DELETE CASCADE,
    customer_id  INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    -- 'monthly:2026-03': one hold-out per customer and occasion, however often it is recorded.
    occasion     TEXT NOT NULL,
    -- The loyalty stage the draw put them in (its stratum).
    stage        TEXT,
    PRIMARY KEY (run_id, customer_id),
    UNIQUE (customer_id, occasion)
) STRICT;
CREATE INDEX card_run_holdouts_customer ON card_run_holdouts (customer_id, run_id);

-- A customer the shopkeeper marks "always send" is never held out.
ALTER TABLE customers ADD COLUMN always_send INTEGER NOT NULL DEFAULT 0 CHECK (always_send IN (0, 1));
