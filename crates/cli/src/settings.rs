//! `fidele settings`: the shop's settings that are no card's or run's own: the interface's
//! language (the app's) and the calendar years are printed in (the Buddhist Era for a Thai
//! shop). Read and written through the use cases' typed settings, as the app does.

use clap::Args;
use fidele_domain::Language;
use fidele_store::Store;
use fidele_usecases::{Calendar, Settings, SettingsMut};
use serde::Serialize;

use crate::{Failure, Outcome, json};

#[derive(Args)]
pub(crate) struct SettingsArgs {
    /// The app's interface language: fr, nl, en or th
    #[arg(long, value_name = "LANG")]
    pub language: Option<String>,
    /// How years are printed on cards and sheets: gregorian, or buddhist (the Thai Buddhist Era, 2569 for 2026)
    #[arg(long, value_parser = ["gregorian", "buddhist"])]
    pub calendar: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Serialize)]
struct SettingsOutput {
    /// `null` until one is chosen: the app then follows the system's.
    ui_language: Option<&'static str>,
    calendar: &'static str,
}

pub(crate) fn settings(store: &mut Store, args: SettingsArgs) -> Outcome {
    let language = match args.language.as_deref() {
        Some(code) => Some(Language::from_locale(code.trim()).ok_or_else(|| Failure::Usage(crate::words::t("cli-not-one-of", &crate::words::args!["field" => "language", "value" => code, "choices" => "fr, nl, en, th"])))?),
        None => None,
    };
    let calendar = args.calendar.as_deref().and_then(Calendar::parse);
    let mut write = SettingsMut::of(store);
    if let Some(l) = language {
        write.set_ui_language(l)?;
    }
    if let Some(c) = calendar {
        write.set_calendar(c)?;
    }
    let read = Settings::of(store);
    let out = SettingsOutput { ui_language: read.ui_language()?.map(Language::code), calendar: read.calendar()?.code() };
    if args.json {
        return json::print(&out);
    }
    println!("language: {}", out.ui_language.unwrap_or("-"));
    println!("calendar: {}", out.calendar);
    Ok(())
}
