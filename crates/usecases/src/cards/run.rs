//! A planned run written and recorded: the PDF streamed into the chosen file page by page
//! (memory stays flat however many cards; the app and the CLI take this same path), its
//! address labels, and the run recorded through the store.

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;

use fidele_printing::{AddressBlock, LabelSheet, Layout, PrinterOffset};
use fidele_store::{NewCard, NewCardRun, NewHoldout, RecordedRun, Result, RunKind, Store};
use fidele_words::args;

use super::{CardPlan, design_code, layout_code};
use crate::files::{WriteError, write_whole};
use crate::settings::Settings;

/// How a write ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    Done,
    /// `stop` said so: nothing is left under the file's name (an older file there stays).
    Stopped,
}

/// Streams the run's cards into `path`, written whole or not at all. `stop` is asked as the
/// pages go out; when it says yes, the write ends and leaves nothing.
pub fn write(plan: &CardPlan, layout: Layout, path: &Path, stop: &dyn Fn() -> bool) -> std::result::Result<Written, WriteError> {
    let outcome = write_whole(path, |out| fidele_printing::write_cards(&plan.batch, layout, Stoppable { out, stop }));
    match outcome {
        Err(_) if stop() => Ok(Written::Stopped),
        Err(e) => Err(e),
        Ok(()) => Ok(Written::Done),
    }
}

/// A writer that fails once `stop` says so (not with `Interrupted`, which `write_all` retries).
struct Stoppable<'a, W> {
    out: W,
    stop: &'a dyn Fn() -> bool,
}

impl<W: Write> Write for Stoppable<'_, W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if (self.stop)() {
            return Err(std::io::Error::other("stopped"));
        }
        self.out.write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

/// The run's addresses as a sheet of labels (the shop's sheet size), moved by the printer
/// offset (`Settings::printer_offset`), written whole.
pub fn write_labels(plan: &CardPlan, sheet: LabelSheet, offset: PrinterOffset, path: &Path) -> std::result::Result<(), WriteError> {
    let addresses: Vec<AddressBlock> = plan.batch.cards.iter().map(|c| c.recipient.clone()).collect();
    write_whole(path, |out| -> std::result::Result<(), crate::files::WriteSource> {
        let bytes = fidele_printing::render_labels(&addresses, sheet, offset, plan.batch.language, None)?;
        out.write_all(&bytes)?;
        Ok(())
    })
}

/// Records a planned run in one transaction: the run, each customer not yet recorded for the
/// occasion, and a `card_sent` interaction for each. Nothing when all were recorded.
///
/// The interaction's note is the shopkeeper's (in the shop's language, in its calendar); it
/// quotes the greeting the card itself carries, in the recipient's.
pub fn record(store: &mut Store, plan: &CardPlan, layout: Layout) -> Result<RecordedRun> {
    let language = store.shop_profile()?.language;
    let dates = Settings::of(store).dates(language)?;
    let req = &plan.request;
    let when = match req.kind {
        RunKind::Monthly => dates.month_year(req.from),
        _ => dates.period(req.from, req.to),
    };
    let words = dates.words();
    let greetings: HashMap<i64, String> =
        plan.cards.iter().zip(&plan.batch.cards).map(|(p, c)| (p.to.0, plan.batch.design.greeting(c.language))).collect();
    let cards = plan
        .cards
        .iter()
        .map(|card| NewCard {
            to: card.to,
            members: card.members.clone(),
            occasion: card.occasion.clone(),
            stage: card.stage,
            offer_percent: card.offer_percent,
            offer_code: card.offer_code.clone(),
            summary: words.format("plan-card-sent", &args!["greeting" => greetings.get(&card.to.0).map_or("", String::as_str), "when" => when.as_str()]),
            details: match (card.offer_percent, &card.offer_code) {
                (Some(p), Some(code)) => words.format("plan-offer-details", &args!["percent" => p, "code" => code.as_str()]),
                _ => String::new(),
            },
            in_draw: card.in_draw,
        })
        .collect();
    let held_out = plan
        .held_out
        .iter()
        .flat_map(|card| card.members.iter().map(|m| NewHoldout { customer: *m, occasion: card.occasion.clone(), stage: card.stage }))
        .collect();
    store.record_card_run(&NewCardRun {
        kind: req.kind,
        period: req.period_code(),
        design: design_code(req.occasion()),
        layout: layout_code(layout),
        households: req.households,
        cards,
        holdout_percent: req.holdout_percent,
        holdout_seed: plan.holdout_seed,
        held_out,
    })
}
