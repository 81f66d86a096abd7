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
    /// The printer offset across, in millimetres (-10 to 10; negative moves left), as measured
    /// with `fidele calibration-page`; applied to loyalty cards and address labels
    #[arg(long, value_name = "MM", allow_hyphen_values = true)]
    pub printer_offset_x: Option<String>,
    /// The printer offset down, in millimetres (-10 to 10; negative moves up)
    #[arg(long, value_name = "MM", allow_hyphen_values = true)]
    pub printer_offset_y: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Serialize)]
struct SettingsOutput {
    /// `null` until one is chosen: the app then follows the system's.
    ui_language: Option<&'static str>,
    calendar: &'static str,
    printer_offset_x_mm: f32,
    printer_offset_y_mm: f32,
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
    if args.printer_offset_x.is_some() || args.printer_offset_y.is_some() {
        // The one not given stays as it was.
        let now = write.read().printer_offset()?;
        let x = args.printer_offset_x.unwrap_or_else(|| now.x_mm.to_string());
        let y = args.printer_offset_y.unwrap_or_else(|| now.y_mm.to_string());
        write.set_printer_offset(&x, &y)?;
    }
    let read = Settings::of(store);
    let offset = read.printer_offset()?;
    let out = SettingsOutput {
        ui_language: read.ui_language()?.map(Language::code),
        calendar: read.calendar()?.code(),
        printer_offset_x_mm: offset.x_mm,
        printer_offset_y_mm: offset.y_mm,
    };
    if args.json {
        return json::print(&out);
    }
    println!("language: {}", out.ui_language.unwrap_or("-"));
    println!("calendar: {}", out.calendar);
    println!("printer_offset_x_mm: {}", out.printer_offset_x_mm);
    println!("printer_offset_y_mm: {}", out.printer_offset_y_mm);
    Ok(())
}
