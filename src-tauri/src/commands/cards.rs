//! Cards and the weekly follow-up: plan and preview a run, edit each occasion's words,
//! generate the PDF with progress and cancel, save it through the native dialog (and open it
//! in the system viewer), record exactly what was printed; the week's follow-up sheet.
//!
//! Preview: the UI draws the card from its texts (greeting, opening, message, personal line,
//! signature, address) with `dom.ts`, rather than a one-card PDF opened in a viewer: it
//! updates as the shopkeeper types, needs no file or window, and shows every recipient's card
//! by clicking them. The printed card is the PDF; the preview uses the design's colours.
//!
//! The IPC shapes of this feature live here, beside their commands, rather than in `ipc.rs`
//! (which several people edit at once).

use std::path::Path;
use std::sync::Arc;

use fidele_analytics::Stage;
use fidele_domain::Language;
use fidele_usecases::print::{FollowUpReason, Layout, PersonalLine};
use fidele_usecases::cards::{RunKind, pages, run};
use fidele_usecases::{CardPlan, CardSettings, FollowUpSettings, RunRequest, Settings, SettingsMut, follow_up};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use tauri::ipc::Channel;
use tauri::{AppHandle, Runtime, State};

use super::{dialog_words, today, ui_language, write_failed};
use crate::contract::codes;
use crate::dialogs::{FileChooser, file_name, run_dialog};
use crate::ipc::parse_day;
use crate::jobs::Progress;
use crate::{AppState, IpcError};

/// What the UI asks for: a monthly run (`month` = `YYYY-MM`) or birthday / anniversary cards
/// from `from` to `to`.
#[derive(Deserialize, Clone, Default, TS)]
#[serde(default)]
pub struct RunInput {
    /// `monthly`, `birthday` or `anniversary`.
    #[ts(as = "codes::RunKind")]
    pub kind: String,
    pub month: String,
    pub from: String,
    pub to: String,
    pub households: bool,
    /// A monthly run's hold-out share in percent (0 to 50).
    pub holdout_percent: u32,
}

impl RunInput {
    fn request(&self) -> Result<RunRequest, IpcError> {
        let kind = RunKind::parse(&self.kind).ok_or_else(|| IpcError::not_one_of("kind", &self.kind, "monthly, birthday, anniversary"))?;
        let today = today();
        Ok(match kind {
            RunKind::Monthly => RunRequest::monthly(&self.month, self.households, today)?.with_holdout(self.holdout_percent)?,
            _ => {
                let from = parse_day("from", &self.from).map_err(fidele_store::Error::from)?.ok_or_else(|| IpcError::invalid("from", fidele_domain::Refusal::new(fidele_domain::ErrorCode::Empty)))?;
                let to = parse_day("to", &self.to).map_err(fidele_store::Error::from)?.ok_or_else(|| IpcError::invalid("to", fidele_domain::Refusal::new(fidele_domain::ErrorCode::Empty)))?;
                RunRequest::period(kind, from, to, self.households, today)?
            }
        })
    }
}

#[derive(Serialize, TS)]
pub struct CardRunView {
    #[ts(as = "codes::RunKind")]
    pub kind: &'static str,
    pub period: String,
    /// `month-03`, `birthday`, `anniversary`: the UI picks the preview's colours by it.
    pub design: String,
    /// The shop's language and the greeting and message of its cards (each card says its own).
    #[ts(as = "codes::Language")]
    pub language: &'static str,
    pub greeting: String,
    pub message: String,
    pub signature: String,
    pub shop_name: String,
    pub shop_address: Vec<String>,
    pub cards: Vec<CardView>,
    pub skipped: Vec<SkippedView>,
    /// Reason code → count.
    #[ts(as = "std::collections::BTreeMap<codes::SkipReason, usize>")]
    pub skipped_counts: std::collections::BTreeMap<&'static str, usize>,
    pub customers: usize,
    pub household_members: usize,
    pub new_cards: usize,
    /// `ladder`, or `purchase_count` when the loyalty ladder could not be computed.
    #[ts(type = r#""ladder" | "purchase_count""#)]
    pub stages: &'static str,
    /// Customers held out of this run (no card: the comparison group), and the share asked.
    pub held_out: usize,
    pub holdout_percent: u32,
}

#[derive(Serialize, TS)]
pub struct CardView {
    pub customer_id: i64,
    pub members: Vec<i64>,
    pub name: String,
    /// `fr`, `en` or `nl`: the card is written in its recipient's language.
    #[ts(as = "codes::Language")]
    pub language: &'static str,
    /// The greeting and message this card carries, in its language.
    pub greeting: String,
    pub message: String,
    pub salutation: String,
    /// `thanks`, `offer` or null.
    #[ts(type = r#""thanks" | "offer" | null"#)]
    pub personal_kind: Option<&'static str>,
    pub personal: String,
    pub offer_code: Option<String>,
    /// "Kortingscode: M2603-07X": the code as the card prints it, in its language.
    pub offer_line: Option<String>,
    pub offer_percent: Option<u32>,
    #[ts(as = "Option<codes::Stage>")]
    pub stage: Option<&'static str>,
    pub address: Vec<String>,
    /// Already recorded for this occasion: printing it again records nothing.
    pub recorded: bool,
}

#[derive(Serialize, TS)]
pub struct SkippedView {
    pub customer_id: i64,
    pub name: String,
    #[ts(as = "codes::SkipReason")]
    pub reason: &'static str,
}

fn run_view(plan: &CardPlan) -> CardRunView {
    let batch = &plan.batch;
    let cards = plan
        .cards
        .iter()
        .zip(&batch.cards)
        .map(|(p, c)| {
            let (personal_kind, personal) = match &c.personal {
                Some(line @ PersonalLine::Thanks { .. }) => (Some("thanks"), fidele_usecases::print::personal_text(c.language, c.voice, line)),
                Some(line @ PersonalLine::Offer { .. }) => (Some("offer"), fidele_usecases::print::personal_text(c.language, c.voice, line)),
                None => (None, String::new()),
            };
            CardView {
                customer_id: p.to.0,
                members: p.members.iter().map(|m| m.0).collect(),
                name: p.name.clone(),
                language: c.language.code(),
                greeting: batch.design.greeting(c.language),
                message: c.body.clone(),
                salutation: c.salutation.clone(),
                personal_kind,
                personal,
                offer_code: p.offer_code.clone(),
                offer_line: p.offer_code.as_deref().map(|code| fidele_usecases::print::offer_code_line(c.language, code)),
                offer_percent: p.offer_percent,
                stage: p.stage.map(Stage::code),
                address: c.recipient.print_lines(),
                recorded: p.recorded,
            }
        })
        .collect();
    CardRunView {
        kind: plan.request.kind.code(),
        period: plan.request.period_code(),
        design: fidele_usecases::design_code(plan.request.occasion()),
        language: batch.language.code(),
        greeting: batch.design.greeting(batch.language),
        message: batch.cards.iter().find(|c| c.language == batch.language).map(|c| c.body.clone()).unwrap_or_default(),
        signature: batch.cards.first().map(|c| c.signature.clone()).unwrap_or_default(),
        shop_name: batch.shop.name.clone(),
        shop_address: batch.shop.address_lines.clone(),
        cards,
        skipped: plan.skipped.iter().map(|s| SkippedView { customer_id: s.customer.0, name: s.name.clone(), reason: s.reason.code() }).collect(),
        skipped_counts: plan.skipped_counts(),
        customers: plan.cards.iter().map(|c| c.members.len()).sum(),
        household_members: plan.household_members(),
        new_cards: plan.new_cards(),
        stages: match plan.stages {
            fidele_usecases::StageSource::Ladder => "ladder",
            fidele_usecases::StageSource::PurchaseCount(_) => "purchase_count",
        },
        held_out: plan.held_out_customers(),
        holdout_percent: plan.request.holdout_percent,
    }
}

/// Who gets a card and who is skipped and why, with each card's words: nothing is written.
#[tauri::command]
pub async fn card_run_preview(state: State<'_, AppState>, run: RunInput) -> Result<CardRunView, IpcError> {
    let req = run.request()?;
    state.run(move |store| Ok(run_view(&fidele_usecases::cards::plan(store, &req)?))).await
}

#[derive(Serialize, TS)]
pub struct CardTextsView {
    pub occasion: String,
    pub greeting: String,
    pub message: String,
    pub default_greeting: String,
    pub default_message: String,
    /// The language the cards are written in (the shop's).
    #[ts(as = "codes::Language")]
    pub language: &'static str,
}

/// `fr`, `en` or `nl`; none means the shop's language.
fn language(code: Option<&str>, store: &fidele_store::Store) -> Result<Language, IpcError> {
    match code.map(str::trim).filter(|c| !c.is_empty()) {
        None => Ok(store.shop_profile()?.language),
        Some(c) => Language::from_locale(c).ok_or_else(|| IpcError::invalid("language", fidele_domain::Refusal::new(fidele_domain::ErrorCode::NotALanguage).with("value", c))),
    }
}

/// An occasion's greeting and message in `language` (the shop's when none).
#[tauri::command]
pub async fn get_card_texts(state: State<'_, AppState>, occasion: String, language: Option<String>) -> Result<CardTextsView, IpcError> {
    let o = fidele_usecases::parse_occasion(&occasion)?;
    state
        .run(move |store| {
            let l = self::language(language.as_deref(), store)?;
            let t = Settings::of(store).card_texts(o, l)?;
            Ok(CardTextsView {
                occasion: fidele_usecases::design_code(o),
                greeting: t.greeting,
                message: t.message,
                default_greeting: t.default_greeting,
                default_message: t.default_message,
                language: t.language.code(),
            })
        })
        .await
}

/// Saves an occasion's greeting and message in `language` (the shop's when none); empty goes
/// back to the default.
#[tauri::command]
pub async fn set_card_texts(
    state: State<'_, AppState>,
    occasion: String,
    language: Option<String>,
    greeting: String,
    message: String,
) -> Result<(), IpcError> {
    let o = fidele_usecases::parse_occasion(&occasion)?;
    state
        .run(move |store| {
            let l = self::language(language.as_deref(), store)?;
            Ok(SettingsMut::of(store).set_card_texts(o, l, &greeting, &message)?)
        })
        .await
}

/// The last generated run of this window (in the app state), kept so that recording records exactly the cards
/// that were printed (same people, same codes), even if the file changed in between.
pub(crate) struct Generated {
    token: u64,
    plan: CardPlan,
    layout: Layout,
}


#[derive(Serialize, TS)]
pub struct GeneratedView {
    /// Pass it to `record_card_run` once the cards are posted.
    pub token: u64,
    /// `null` when the save dialog was cancelled (nothing written) or the job was cancelled.
    pub file_name: Option<String>,
    pub cards: usize,
    pub pages: usize,
    pub new_cards: usize,
    pub cancelled: bool,
}

fn parse_layout(layout: &str) -> Result<Layout, IpcError> {
    Ok(fidele_usecases::parse_layout(layout)?)
}

/// The file name the save dialog proposes, in the UI's language: "cartes-2026-03.pdf".
fn suggested_name(plan: &CardPlan) -> fidele_words::FluentArgs<'static> {
    let r = &plan.request;
    fidele_words::args!["kind" => r.kind.code(), "period" => r.period_code(), "from" => r.from.to_string()]
}

/// Plans the run, asks where to save it and streams it into that file page by page, as the
/// CLI does (memory stays flat however many cards), reporting progress (plan, choose, write)
/// over `on_progress`; `open` shows it in the system viewer. `cancel_job` stops it and leaves
/// no file.
#[tauri::command]
pub async fn generate_cards<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    run: RunInput,
    layout: String,
    open: bool,
    on_progress: Channel<Progress>,
) -> Result<GeneratedView, IpcError> {
    let req = run.request()?;
    let layout = parse_layout(&layout)?;
    let job = Arc::new(state.jobs.start(on_progress, "cards"));
    let running = Arc::clone(&job);
    let planned = state
        .run(move |store| {
            running.report(0, 3);
            let plan = fidele_usecases::cards::plan(store, &req)?;
            if plan.cards.is_empty() {
                return Err(IpcError::conflict("nobody"));
            }
            running.report(1, 3);
            Ok(plan)
        })
        .await;
    let finish = |cancelled: bool, plan: Option<&CardPlan>| GeneratedView {
        token: 0,
        file_name: None,
        cards: plan.map_or(0, |p| p.cards.len()),
        pages: plan.map_or(0, |p| pages(p.cards.len(), layout)),
        new_cards: plan.map_or(0, CardPlan::new_cards),
        cancelled,
    };
    let plan = match planned {
        Ok(plan) if !job.is_cancelled() => plan,
        Ok(_) => {
            state.jobs.finish(&job);
            return Ok(finish(true, None));
        }
        Err(e) => {
            state.jobs.finish(&job);
            return Err(e);
        }
    };
    let words = match (dialog_words(&state, "dialog-file-cards", suggested_name(&plan)).await, dialog_words(&state, "dialog-save-cards-title", fidele_words::args![]).await) {
        (Ok(name), Ok(title)) => (name, title),
        (Err(e), _) | (_, Err(e)) => {
            state.jobs.finish(&job);
            return Err(e);
        }
    };
    let files = state.files.clone();
    let chooser = files.clone();
    let path = run_dialog(move || chooser.save(&app, &words.1, &words.0, ("PDF", &["pdf"]))).await;
    let path = match path {
        Ok(Some(p)) if !job.is_cancelled() => p,
        Ok(_) => {
            state.jobs.finish(&job);
            return Ok(finish(job.is_cancelled(), Some(&plan)));
        }
        Err(e) => {
            state.jobs.finish(&job);
            return Err(e);
        }
    };
    job.report(2, 3);
    let writing = Arc::clone(&job);
    let written = tauri::async_runtime::spawn_blocking(move || {
        let written = run::write(&plan, layout, &path, &|| writing.is_cancelled());
        (plan, path, written)
    })
    .await;
    let (plan, path, written) = match written {
        Ok(x) => x,
        Err(e) => {
            state.jobs.finish(&job);
            return Err(IpcError::internal(format!("the card run stopped: {e}")));
        }
    };
    job.report(3, 3);
    state.jobs.finish(&job);
    if written.map_err(write_failed)? == run::Written::Stopped {
        return Ok(finish(true, Some(&plan)));
    }
    if open {
        open_in_viewer(&files, &path)?;
    }
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    let token = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let view = GeneratedView {
        token,
        file_name: Some(file_name(&path)),
        cards: plan.cards.len(),
        pages: pages(plan.cards.len(), layout),
        new_cards: plan.new_cards(),
        cancelled: false,
    };
    *state.last_card_run.lock().unwrap_or_else(|p| p.into_inner()) = Some(Generated { token, plan, layout });
    Ok(view)
}

#[derive(Serialize, TS)]
pub struct RecordedView {
    pub run_id: Option<i64>,
    pub customers: usize,
    pub cards: usize,
    pub held_out: usize,
}

/// Records the generated run (`token` from `generate_cards`): "card sent" for each customer
/// not yet recorded for the occasion, in one transaction.
#[tauri::command]
pub async fn record_card_run(state: State<'_, AppState>, token: u64) -> Result<RecordedView, IpcError> {
    let last = state.last_card_run.lock().unwrap_or_else(|p| p.into_inner()).take();
    let Some(g) = last.filter(|g| g.token == token) else {
        return Err(IpcError::invalid("token", fidele_domain::Refusal::new(fidele_domain::ErrorCode::GenerateAgain)));
    };
    let out = state
        .run(move |store| {
            let r = run::record(store, &g.plan, g.layout)?;
            Ok((RecordedView { run_id: r.run_id, customers: r.customers, cards: r.cards, held_out: r.held_out }, g))
        })
        .await;
    match out {
        Ok((view, g)) => {
            // Kept: recording twice is harmless (nothing is recorded twice).
            *state.last_card_run.lock().unwrap_or_else(|p| p.into_inner()) = Some(g);
            Ok(view)
        }
        Err(e) => Err(e),
    }
}

#[derive(Serialize, TS)]
pub struct CardRunReportView {
    pub id: i64,
    #[ts(as = "codes::RunKind")]
    pub kind: &'static str,
    pub period: String,
    pub design: String,
    pub layout: String,
    pub households: bool,
    pub created_at: String,
    pub customers: i64,
    pub cards: i64,
    pub offers: i64,
    pub redeemed: i64,
    pub redeemed_amount: String,
}

/// Recorded runs, newest first, with the offers that came back.
#[tauri::command]
pub async fn card_runs(state: State<'_, AppState>) -> Result<Vec<CardRunReportView>, IpcError> {
    state
        .run(|store| {
            let money = super::money_format(store)?;
            Ok(store
                .card_runs()?
                .into_iter()
                .map(|r| CardRunReportView {
                    id: r.id,
                    kind: r.kind.code(),
                    period: r.period,
                    design: r.design,
                    layout: r.layout,
                    households: r.households,
                    created_at: r.created_at.format("%Y-%m-%dT%H:%M").to_string(),
                    customers: r.customers,
                    cards: r.cards,
                    offers: r.offers,
                    redeemed: r.redeemed,
                    redeemed_amount: money.format(r.redeemed_minor),
                })
                .collect())
        })
        .await
}

#[derive(Serialize, Deserialize, TS)]
pub struct CardSettingsView {
    /// Percent per stage code (`prospect` .. `partner`), 0 for no offer.
    #[ts(as = "std::collections::BTreeMap<codes::Stage, u32>")]
    pub offers: std::collections::BTreeMap<String, u32>,
    pub thanks_days: u32,
    pub purchase_days: u32,
    /// As typed in the shop's currency: `100.00`.
    pub purchase_min: String,
    pub complaint_days: u32,
    pub drifting_max: u32,
}

#[tauri::command]
pub async fn get_card_settings(state: State<'_, AppState>) -> Result<CardSettingsView, IpcError> {
    state
        .run(|store| {
            let c = Settings::of(store).cards()?;
            let f = Settings::of(store).follow_up()?;
            let currency = store.shop_profile()?.currency;
            Ok(CardSettingsView {
                offers: Stage::ALL.iter().map(|s| (s.code().to_owned(), c.percent_for(*s))).collect(),
                thanks_days: c.thanks_days,
                purchase_days: f.purchase_days,
                purchase_min: fidele_domain::Money::new(f.purchase_min_minor, currency).to_decimal_string(),
                complaint_days: f.complaint_days,
                drifting_max: f.drifting_max,
            })
        })
        .await
}

/// Saves the offers per stage and the follow-up thresholds (two settings groups, each in one
/// transaction; the offers are checked before either is written).
#[tauri::command]
pub async fn set_card_settings(state: State<'_, AppState>, settings: CardSettingsView) -> Result<(), IpcError> {
    state
        .run(move |store| {
            let currency = store.shop_profile()?.currency;
            let mut offer_percent = [0u32; 6];
            for (i, s) in Stage::ALL.iter().enumerate() {
                offer_percent[i] = settings.offers.get(s.code()).copied().unwrap_or_else(|| CardSettings::default().offer_percent[i]);
            }
            let min = fidele_domain::Money::parse(&settings.purchase_min, currency)
                .map_err(|e| IpcError::invalid("purchase_min", e.refusal()))?;
            let cards = CardSettings { offer_percent, thanks_days: settings.thanks_days };
            let follow = FollowUpSettings {
                purchase_days: settings.purchase_days,
                purchase_min_minor: min.minor,
                complaint_days: settings.complaint_days,
                drifting_max: settings.drifting_max,
            };
            let mut settings = SettingsMut::of(store);
            settings.set_cards(&cards)?;
            settings.set_follow_up(&follow)?;
            Ok(())
        })
        .await
}

#[derive(Serialize, TS)]
pub struct FollowUpView {
    pub week: String,
    /// The week by its dates, in the UI's language: "semaine du 30 novembre au 6 décembre".
    pub week_label: String,
    pub monday: String,
    pub sunday: String,
    pub groups: Vec<FollowUpGroupView>,
    /// Why the drifting customers were left out, when they were.
    pub drifting_unavailable: Option<String>,
}

#[derive(Serialize, TS)]
pub struct FollowUpGroupView {
    /// `birthday_coming`, `after_purchase`, `open_complaint`, `drifting_away`, `near_reward`,
    /// `reminder`.
    pub reason: &'static str,
    pub entries: Vec<FollowUpEntryView>,
}

#[derive(Serialize, TS)]
pub struct FollowUpEntryView {
    pub customer_id: Option<i64>,
    pub reminder_id: Option<i64>,
    pub name: String,
    pub phone: String,
    /// The phone as a `tel:` link, when it reads as a number.
    pub tel: Option<String>,
    pub date: Option<String>,
    pub why: String,
}

fn reason_code(r: FollowUpReason) -> &'static str {
    match r {
        FollowUpReason::BirthdayComing => "birthday_coming",
        FollowUpReason::AfterPurchase => "after_purchase",
        FollowUpReason::OpenComplaint => "open_complaint",
        FollowUpReason::DriftingAway => "drifting_away",
        FollowUpReason::NearReward => "near_reward",
        FollowUpReason::Reminder => "reminder",
    }
}

/// `YYYY-Www`, or empty for this week.
fn monday_of(week: &str) -> Result<chrono::NaiveDate, IpcError> {
    if week.trim().is_empty() {
        let t = today();
        return Ok(t - chrono::Days::new(u64::from(chrono::Datelike::weekday(&t).num_days_from_monday())));
    }
    Ok(fidele_usecases::parse_iso_week(week)?)
}

/// The week's follow-up: who to call or see, grouped by reason, the why in the UI's language.
#[tauri::command]
pub async fn follow_up_week(state: State<'_, AppState>, week: String) -> Result<FollowUpView, IpcError> {
    let monday = monday_of(&week)?;
    state
        .run(move |store| {
            // The screen's words follow the UI's language, in the shop's calendar.
            let dates = Settings::of(store).dates(ui_language(store)?)?;
            let f = follow_up::week(store, monday, today())?;
            let mut groups: Vec<FollowUpGroupView> = Vec::new();
            for item in &f.items {
                let reason = reason_code(item.reason);
                if groups.last().is_none_or(|g| g.reason != reason) {
                    groups.push(FollowUpGroupView { reason, entries: Vec::new() });
                }
                if let Some(g) = groups.last_mut() {
                    g.entries.push(FollowUpEntryView {
                        customer_id: item.customer.map(|c| c.0),
                        reminder_id: item.reminder_id(),
                        name: item.name.clone(),
                        phone: item.phone.clone(),
                        tel: item.tel.clone(),
                        date: item.date.map(|d| d.to_string()),
                        why: item.why(&dates),
                    });
                }
            }
            Ok(FollowUpView {
                week: monday.format("%G-W%V").to_string(),
                week_label: dates.week(monday),
                monday: monday.to_string(),
                sunday: (monday + chrono::Days::new(6)).to_string(),
                groups,
                drifting_unavailable: f.drifting.err(),
            })
        })
        .await
}

/// The week's follow-up sheet as a PDF (in the shop's language), saved where the dialog says;
/// `null` when the dialog is cancelled.
#[tauri::command]
pub async fn save_follow_up_sheet<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, week: String, open: bool) -> Result<Option<String>, IpcError> {
    let monday = monday_of(&week)?;
    let pdf = state
        .run(move |store| {
            follow_up::sheet_pdf(store, monday, today()).map_err(|e| match e {
                fidele_usecases::DrawError::Store(e) => e.into(),
                fidele_usecases::DrawError::Draw(e) => IpcError::internal(format!("the sheet could not be drawn: {e}")),
            })
        })
        .await?;
    let files = state.files.clone();
    let chooser = files.clone();
    let name = dialog_words(&state, "dialog-file-follow-up", fidele_words::args!["week" => monday.format("%G-W%V").to_string()]).await?;
    let title = dialog_words(&state, "dialog-save-follow-up-title", fidele_words::args![]).await?;
    let Some(path) = run_dialog(move || chooser.save(&app, &title, &name, ("PDF", &["pdf"]))).await? else {
        return Ok(None);
    };
    crate::files::write_whole(&path, &pdf)?;
    if open {
        open_in_viewer(&files, &path)?;
    }
    Ok(Some(file_name(&path)))
}

/// Opens the PDF in the system viewer. Not in scripted (test) runs: no viewer there.
pub(crate) fn open_in_viewer(files: &FileChooser, path: &Path) -> Result<(), IpcError> {
    if matches!(files, FileChooser::Scripted(_)) {
        return Ok(());
    }
    tauri_plugin_opener::open_path(path, None::<&str>).map_err(|e| IpcError::internal(format!("could not open {}: {e}", path.display())))
}
