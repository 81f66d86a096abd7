-- Schema version 11: the Campaigns view reads fast (issue 16, "Do the cards pay?": 24
-- monthly runs on 100,000 customers and 2,000,000 purchases in 300 ms).
--
-- The purchases' date index carries what the measurement reads of a sale (customer, amount,
-- margin, offer code), so the sales of the measured months come from one sequential walk
-- of the index, without fetching each row from the table. The extra columns are small (a
-- margin and an offer code are mostly absent) and the index is kept anyway.
DROP INDEX purchases_at;
CREATE INDEX purchases_at ON purchases (at, customer_id, amount_minor, margin_minor, offer_code);

-- Each measured run's draw, packed: who was in it (recipients in the draw, recipients outside
-- it, the hold-out), their stage and offer, as one blob the measurement decodes in
-- milliseconds instead of reading 60,000 rows a run. Written when the run is recorded (and
-- for older runs by this migration); `cards` is the run's count of cards (a household's
-- counted once). It is a copy: whenever a row of the run's recipients or hold-out is
-- inserted, changed or deleted (a merge, an undo, an erasure), the triggers below drop the
-- run's copy, and the run is read from its rows until it is packed again.
CREATE TABLE card_run_draws (
    run_id   INTEGER PRIMARY KEY REFERENCES card_runs (id) ON DELETE CASCADE,
    cards    INTEGER NOT NULL,
    members  BLOB NOT NULL
) STRICT;

CREATE TRIGGER card_run_draws_recipient_added AFTER INSERT ON card_run_recipients
BEGIN DELETE FROM card_run_draws WHERE run_id = NEW.run_id; END;
CREATE TRIGGER card_run_draws_recipient_changed AFTER UPDATE OF run_id, customer_id, card_to, stage, offer_percent, in_draw ON card_run_recipients
BEGIN DELETE FROM card_run_draws WHERE run_id IN (OLD.run_id, NEW.run_id); END;
CREATE TRIGGER card_run_draws_recipient_removed AFTER DELETE ON card_run_recipients
BEGIN DELETE FROM card_run_draws WHERE run_id = OLD.run_id; END;
CREATE TRIGGER card_run_draws_holdout_added AFTER INSERT ON card_run_holdouts
BEGIN DELETE FROM card_run_draws WHERE run_id = NEW.run_id; END;
CREATE TRIGGER card_run_draws_holdout_changed AFTER UPDATE OF run_id, customer_id, stage ON card_run_holdouts
BEGIN DELETE FROM card_run_draws WHERE run_id IN (OLD.run_id, NEW.run_id); END;
CREATE TRIGGER card_run_draws_holdout_removed AFTER DELETE ON card_run_holdouts
BEGIN DELETE FROM card_run_draws WHERE run_id = OLD.run_id; END;
