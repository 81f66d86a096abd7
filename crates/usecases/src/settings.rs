//! Typed settings over the store's key-value `settings` table: the interface language, the
//! calendar the shop prints years in, the card offers, the follow-up thresholds, and each
//! occasion's card texts per language. The store keeps text; what a value means, its bounds
//! and its default live here, read and written the same way by both front ends.
//!
//! Keys: `ui.language` (`fr`, `nl`, `en`, `th`), `ui.calendar` (`gregorian`, `buddhist`),
//! `cards.offer.<stage>` (0–50), `cards.thanks_days` (0–365), `followup.purchase_days`,
//! `followup.purchase_min` (an amount in the shop's currency), `followup.complaint_days`,
//! `followup.drifting_max`, `cards.text.<design>.<lang>.{greeting,message}`, `cards.cost_minor`
//! (what a card costs, minor units), `print.offset_x_mm` and `print.offset_y_mm` (the printer
//! offset, −10 to 10, in tenths of a millimetre written as a decimal with a point).

use fidele_analytics::Stage;
use fidele_domain::{Invalid, Language, Money};
use fidele_printing::{CardDesign, Occasion, PrinterOffset, Voice, default_greeting};
use fidele_store::{Result, Store};

use crate::cards::design_code;
use crate::dates::{Calendar, Dates};

mod keys {
    pub const UI_LANGUAGE: &str = "ui.language";
    pub const CALENDAR: &str = "ui.calendar";
    pub const THANKS_DAYS: &str = "cards.thanks_days";
    pub const OFFER_PREFIX: &str = "cards.offer.";
    pub const TEXT_PREFIX: &str = "cards.text.";
    pub const PURCHASE_DAYS: &str = "followup.purchase_days";
    pub const PURCHASE_MIN: &str = "followup.purchase_min";
    pub const COMPLAINT_DAYS: &str = "followup.complaint_days";
    pub const DRIFTING_MAX: &str = "followup.drifting_max";
    pub const OFFSET_X: &str = "print.offset_x_mm";
    pub const OFFSET_Y: &str = "print.offset_y_mm";
    pub const CARD_COST: &str = "cards.cost_minor";
}

/// What one card costs (card, printing, postage) in minor units of the shop's currency when
/// the shopkeeper has not said: a printed postcard and a domestic stamp in the shop's country,
/// as of 2026 (La Poste's, bpost's, PostNL's and Thailand Post's letter rates), rounded up.
pub fn default_card_cost_minor(country: &str) -> i64 {
    match country.trim().to_ascii_uppercase().as_str() {
        "FR" => 170,
        "BE" => 220,
        "NL" => 170,
        "LU" => 150,
        "CH" => 160,
        "TH" => 1_500,
        "GB" => 150,
        "US" | "CA" => 100,
        _ => 150,
    }
}

const MAX_GREETING: usize = 60;
const MAX_MESSAGE: usize = 400;
const MAX_PERCENT: u32 = 50;

/// Offer percentages per stage (in [`Stage::ALL`] order, 0 = no offer) and the thank-you window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardSettings {
    pub offer_percent: [u32; 6],
    /// A purchase this many days before the run gets a thank-you line instead of an offer.
    pub thanks_days: u32,
}

impl Default for CardSettings {
    /// Rising with loyalty: 5 % to bring a prospect in, up to 20 % for a partner.
    fn default() -> Self {
        CardSettings { offer_percent: [5, 7, 10, 12, 15, 20], thanks_days: 30 }
    }
}

impl CardSettings {
    pub fn percent_for(&self, stage: Stage) -> u32 {
        self.offer_percent[Stage::ALL.iter().position(|s| *s == stage).unwrap_or(0)]
    }
}

/// Thresholds of the follow-up sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUpSettings {
    /// Call this many days after a purchase...
    pub purchase_days: u32,
    /// ...of at least this much (minor units, the shop's currency).
    pub purchase_min_minor: i64,
    /// Complaints open this many days or more.
    pub complaint_days: u32,
    /// At most this many valuable customers drifting away (the most valuable first).
    pub drifting_max: u32,
}

impl Default for FollowUpSettings {
    fn default() -> Self {
        FollowUpSettings { purchase_days: 7, purchase_min_minor: 10_000, complaint_days: 7, drifting_max: 10 }
    }
}

/// A card's words for an occasion, in one language: the shop's own when edited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardTexts {
    pub greeting: String,
    pub message: String,
    pub default_greeting: String,
    /// The message to a reader of unknown gender, formal; a card's own default follows its
    /// reader (see `fidele_printing::Voice`).
    pub default_message: String,
    pub language: Language,
}

/// The settings, read.
#[derive(Clone, Copy)]
pub struct Settings<'s> {
    store: &'s Store,
}

/// The settings, read and written (each setter is one transaction).
pub struct SettingsMut<'s> {
    store: &'s mut Store,
}

impl<'s> Settings<'s> {
    pub fn of(store: &'s Store) -> Settings<'s> {
        Settings { store }
    }

    /// The interface language chosen in Settings; `None` until one is (the app then follows
    /// the system's, the CLI the shop's).
    pub fn ui_language(&self) -> Result<Option<Language>> {
        Ok(self.store.setting(keys::UI_LANGUAGE)?.and_then(|l| Language::from_locale(&l)))
    }

    /// How years are printed: the Buddhist Era when the shop chose it, else the Gregorian years.
    /// The calendar chosen, else the shop's country's: the Buddhist Era in Thailand, where it is
    /// the official one; Gregorian elsewhere.
    pub fn calendar(&self) -> Result<Calendar> {
        Ok(match self.store.setting(keys::CALENDAR)?.and_then(|c| Calendar::parse(&c)) {
            Some(c) => c,
            None if self.store.shop_profile()?.country.trim().eq_ignore_ascii_case("TH") => Calendar::Buddhist,
            None => Calendar::Gregorian,
        })
    }

    /// Dates in `language`, in the shop's calendar.
    pub fn dates(&self, language: Language) -> Result<Dates> {
        Ok(Dates::new(language, self.calendar()?))
    }

    /// Offer percentages per stage and the thank-you window: the defaults, overridden by
    /// `cards.offer.<stage>` (0–50) and `cards.thanks_days` (0–365).
    pub fn cards(&self) -> Result<CardSettings> {
        let mut s = CardSettings::default();
        let mut errors = Invalid::default();
        for (i, stage) in Stage::ALL.iter().enumerate() {
            let key = format!("{}{}", keys::OFFER_PREFIX, stage.code());
            if let Some(v) = self.store.setting(&key)? {
                match v.trim().parse::<u32>() {
                    Ok(p) if p <= MAX_PERCENT => s.offer_percent[i] = p,
                    _ => errors.push(fidele_domain::FieldError::new(key, fidele_domain::ErrorCode::NotInRange).with("value", v).with("min", 0).with("max", MAX_PERCENT)),
                }
            }
        }
        if let Some(v) = self.store.setting(keys::THANKS_DAYS)? {
            match v.trim().parse::<u32>() {
                Ok(d) if d <= 365 => s.thanks_days = d,
                _ => errors.push(fidele_domain::FieldError::new(keys::THANKS_DAYS, fidele_domain::ErrorCode::NotInRange).with("value", v).with("min", 0).with("max", 365)),
            }
        }
        errors.into_result()?;
        Ok(s)
    }

    /// What one card costs, in minor units of the shop's currency: `cards.cost_minor`, else
    /// the default of the shop's country ([`default_card_cost_minor`]).
    pub fn card_cost_minor(&self) -> Result<i64> {
        match self.store.setting(keys::CARD_COST)?.and_then(|v| v.trim().parse::<i64>().ok()).filter(|v| *v >= 0) {
            Some(v) => Ok(v),
            None => Ok(default_card_cost_minor(&self.store.shop_profile()?.country)),
        }
    }

    /// The follow-up thresholds: the defaults, overridden by `followup.purchase_days`,
    /// `followup.purchase_min` (an amount in the shop's currency), `followup.complaint_days`
    /// and `followup.drifting_max`.
    pub fn follow_up(&self) -> Result<FollowUpSettings> {
        let mut s = FollowUpSettings::default();
        let currency = self.store.shop_profile()?.currency;
        let mut errors = Invalid::default();
        let days = |key: &str, slot: &mut u32, max: u32, errors: &mut Invalid| -> Result<()> {
            if let Some(v) = self.store.setting(key)? {
                match v.trim().parse::<u32>() {
                    Ok(d) if d <= max => *slot = d,
                    _ => errors.push(fidele_domain::FieldError::new(key, fidele_domain::ErrorCode::NotInRange).with("value", v).with("min", 0).with("max", max)),
                }
            }
            Ok(())
        };
        days(keys::PURCHASE_DAYS, &mut s.purchase_days, 365, &mut errors)?;
        days(keys::COMPLAINT_DAYS, &mut s.complaint_days, 365, &mut errors)?;
        days(keys::DRIFTING_MAX, &mut s.drifting_max, 1000, &mut errors)?;
        if let Some(v) = self.store.setting(keys::PURCHASE_MIN)? {
            match Money::parse(&v, currency) {
                Ok(m) if m.minor >= 0 => s.purchase_min_minor = m.minor,
                _ => errors.push(fidele_domain::FieldError::new(keys::PURCHASE_MIN, fidele_domain::ErrorCode::NotAnAmount).with("value", v)),
            }
        }
        errors.into_result()?;
        Ok(s)
    }

    /// The printer offset applied to loyalty cards and address labels: none until set.
    pub fn printer_offset(&self) -> Result<PrinterOffset> {
        let mut errors = Invalid::default();
        let mut read = |key: &str| -> Result<f32> {
            Ok(match self.store.setting(key)? {
                Some(v) => parse_millimetres(key, &v).unwrap_or_else(|e| {
                    errors.push(e);
                    0.0
                }),
                None => 0.0,
            })
        };
        let offset = PrinterOffset { x_mm: read(keys::OFFSET_X)?, y_mm: read(keys::OFFSET_Y)? };
        errors.into_result()?;
        Ok(offset)
    }

    /// The greeting and message of an occasion's cards in `language`.
    pub fn card_texts(&self, occasion: Occasion, language: Language) -> Result<CardTexts> {
        let shop = self.store.shop_profile()?;
        let design = CardDesign::for_occasion(occasion, crate::cards::shop_year(&shop, self.calendar()?));
        let (dg, dm) = (default_greeting(design.theme, language), design.default_message(language, Voice::default()));
        let shops = language == shop.language;
        let edited = |part: &str| -> Result<Option<String>> {
            let text = match self.store.setting(&text_key(occasion, Some(language), part))? {
                Some(t) => Some(t),
                None if shops => self.store.setting(&text_key(occasion, None, part))?,
                None => None,
            };
            Ok(text.filter(|t| !t.trim().is_empty()))
        };
        let (greeting, message) = (edited("greeting")?, edited("message")?);
        Ok(CardTexts {
            greeting: greeting.unwrap_or_else(|| dg.clone()),
            message: message.unwrap_or_else(|| dm.clone()),
            default_greeting: dg,
            default_message: dm,
            language,
        })
    }
}

impl<'s> SettingsMut<'s> {
    pub fn of(store: &'s mut Store) -> SettingsMut<'s> {
        SettingsMut { store }
    }

    pub fn read(&self) -> Settings<'_> {
        Settings { store: self.store }
    }

    pub fn set_ui_language(&mut self, language: Language) -> Result<()> {
        self.store.set_setting(keys::UI_LANGUAGE, language.code())
    }

    pub fn set_calendar(&mut self, calendar: Calendar) -> Result<()> {
        self.store.set_setting(keys::CALENDAR, calendar.code())
    }

    pub fn set_cards(&mut self, s: &CardSettings) -> Result<()> {
        let mut errors = Invalid::default();
        for (i, p) in s.offer_percent.iter().enumerate() {
            if *p > MAX_PERCENT {
                errors.push(fidele_domain::FieldError::new(format!("offer_{}", Stage::ALL[i].code()), fidele_domain::ErrorCode::MoreThanPercent).with("max", MAX_PERCENT));
            }
        }
        if s.thanks_days > 365 {
            errors.push(fidele_domain::FieldError::new("thanks_days", fidele_domain::ErrorCode::MoreThan).with("max", 365));
        }
        errors.into_result()?;
        let mut changes: Vec<(String, Option<String>)> =
            Stage::ALL.iter().zip(s.offer_percent).map(|(st, p)| (format!("{}{}", keys::OFFER_PREFIX, st.code()), Some(p.to_string()))).collect();
        changes.push((keys::THANKS_DAYS.into(), Some(s.thanks_days.to_string())));
        self.store.write_settings(&changes)
    }

    /// Sets what one card costs (minor units, 0 to 100.00 in the shop's currency).
    pub fn set_card_cost_minor(&mut self, minor: i64) -> Result<()> {
        if !(0..=10_000).contains(&minor) {
            return Err(Invalid::one(fidele_domain::FieldError::new("card_cost", fidele_domain::ErrorCode::NotInRange).with("value", minor).with("min", 0).with("max", 10_000)).into());
        }
        self.store.set_setting(keys::CARD_COST, &minor.to_string())
    }

    pub fn set_follow_up(&mut self, s: &FollowUpSettings) -> Result<()> {
        let mut errors = Invalid::default();
        if s.purchase_days > 365 {
            errors.push(fidele_domain::FieldError::new("purchase_days", fidele_domain::ErrorCode::MoreThan).with("max", 365));
        }
        if s.complaint_days > 365 {
            errors.push(fidele_domain::FieldError::new("complaint_days", fidele_domain::ErrorCode::MoreThan).with("max", 365));
        }
        if s.purchase_min_minor < 0 {
            errors.push(fidele_domain::FieldError::new("purchase_min", fidele_domain::ErrorCode::Negative));
        }
        if s.drifting_max > 1000 {
            errors.push(fidele_domain::FieldError::new("drifting_max", fidele_domain::ErrorCode::MoreThan).with("max", 1000));
        }
        errors.into_result()?;
        let currency = self.store.shop_profile()?.currency;
        self.store.write_settings(&[
            (keys::PURCHASE_DAYS.to_owned(), Some(s.purchase_days.to_string())),
            (keys::PURCHASE_MIN.to_owned(), Some(Money::new(s.purchase_min_minor, currency).to_decimal_string())),
            (keys::COMPLAINT_DAYS.to_owned(), Some(s.complaint_days.to_string())),
            (keys::DRIFTING_MAX.to_owned(), Some(s.drifting_max.to_string())),
        ])
    }

    /// Sets the printer offset from what the shopkeeper typed (`-1,5`, `−1.5`, `2`; empty is
    /// 0): each in millimetres, −10 to 10, kept to a tenth. Refused with the field
    /// (`printer_offset_x`, `printer_offset_y`) when either is not such a number; nothing is then written.
    pub fn set_printer_offset(&mut self, x: &str, y: &str) -> Result<PrinterOffset> {
        let mut errors = Invalid::default();
        let mut parse = |field: &str, text: &str| match parse_millimetres(field, text) {
            Ok(v) => v,
            Err(e) => {
                errors.push(e);
                0.0
            }
        };
        let offset = PrinterOffset { x_mm: parse("printer_offset_x", x), y_mm: parse("printer_offset_y", y) };
        errors.into_result()?;
        self.store.write_settings(&[
            (keys::OFFSET_X.to_owned(), Some(format!("{:.1}", offset.x_mm))),
            (keys::OFFSET_Y.to_owned(), Some(format!("{:.1}", offset.y_mm))),
        ])?;
        Ok(offset)
    }

    /// Sets the greeting and message of an occasion's cards in `language`; empty (or the
    /// default) goes back to the default.
    pub fn set_card_texts(&mut self, occasion: Occasion, language: Language, greeting: &str, message: &str) -> Result<()> {
        let (greeting, message) = (greeting.trim(), message.trim());
        let mut errors = Invalid::default();
        if greeting.chars().count() > MAX_GREETING {
            errors.push(fidele_domain::FieldError::new("greeting", fidele_domain::ErrorCode::TooLong).with("max", MAX_GREETING));
        }
        if message.chars().count() > MAX_MESSAGE {
            errors.push(fidele_domain::FieldError::new("message", fidele_domain::ErrorCode::TooLong).with("max", MAX_MESSAGE));
        }
        errors.into_result()?;
        let shop = self.store.shop_profile()?;
        let design = CardDesign::for_occasion(occasion, crate::cards::shop_year(&shop, self.read().calendar()?));
        let mut changes = Vec::new();
        for (part, value, default) in [
            ("greeting", greeting, default_greeting(design.theme, language)),
            ("message", message, design.default_message(language, Voice::default())),
        ] {
            let shop_language = shop.language;
            if language == shop_language {
                changes.push((text_key(occasion, None, part), None));
            }
            let kept = (!value.is_empty() && value != default).then(|| value.to_owned());
            changes.push((text_key(occasion, Some(language), part), kept));
        }
        self.store.write_settings(&changes)
    }
}

/// The setting an occasion's edited text is kept under: `cards.text.month-03.nl.greeting`.
/// Files from before texts had a language keep theirs without one
/// (`cards.text.month-03.greeting`): they were written in the shop's language, and are read
/// as such until edited again.
fn text_key(occasion: Occasion, language: Option<Language>, part: &str) -> String {
    let code = design_code(occasion);
    match language {
        Some(l) => format!("{}{code}.{}.{part}", keys::TEXT_PREFIX, l.code()),
        None => format!("{}{code}.{part}", keys::TEXT_PREFIX),
    }
}

/// Millimetres as typed in any of the four languages: a decimal comma or point, a hyphen or a
/// true minus sign, "mm" after it or not; empty is 0. Rounded to a tenth (finer than a printer
/// places a dot). Out of ±[`PrinterOffset::MAX_MM`], or not a number, it is refused as
/// `not_in_range` on `field`.
pub fn parse_millimetres(field: &str, text: &str) -> std::result::Result<f32, fidele_domain::FieldError> {
    let cleaned: String = text.trim().trim_end_matches("mm").trim().replace(',', ".").replace('\u{2212}', "-").chars().filter(|c| !c.is_whitespace()).collect();
    let max = PrinterOffset::MAX_MM;
    let refused = || {
        fidele_domain::FieldError::new(field, fidele_domain::ErrorCode::NotInRange).with("value", text.trim()).with("min", -(max as i64)).with("max", max as i64)
    };
    if cleaned.is_empty() {
        return Ok(0.0);
    }
    let v: f32 = cleaned.parse().map_err(|_| refused())?;
    if !v.is_finite() || v.abs() > max {
        return Err(refused());
    }
    // -0.0 prints as "-0.0": a tenth rounded to nothing is plain 0.
    let rounded = (v * 10.0).round() / 10.0;
    Ok(if rounded == 0.0 { 0.0 } else { rounded })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_interface_language_and_the_calendar_are_typed() {
        let mut store = Store::open_in_memory().unwrap();
        assert_eq!(Settings::of(&store).ui_language().unwrap(), None);
        assert_eq!(Settings::of(&store).calendar().unwrap(), Calendar::Gregorian);
        let mut s = SettingsMut::of(&mut store);
        s.set_ui_language(Language::Th).unwrap();
        s.set_calendar(Calendar::Buddhist).unwrap();
        assert_eq!(s.read().ui_language().unwrap(), Some(Language::Th));
        assert_eq!(store.setting("ui.calendar").unwrap().as_deref(), Some("buddhist"));
        let dates = Settings::of(&store).dates(Language::Th).unwrap();
        assert_eq!(dates.day_month_year(chrono::NaiveDate::from_ymd_opt(2026, 12, 5).unwrap()), "5 ธันวาคม 2569");
        store.set_setting("ui.calendar", "lunar").unwrap();
        assert_eq!(Settings::of(&store).calendar().unwrap(), Calendar::Gregorian, "an unknown calendar reads as the default");
    }

    #[test]
    fn card_and_follow_up_settings_are_checked_both_ways() {
        let mut store = Store::open_in_memory().unwrap();
        assert_eq!(Settings::of(&store).cards().unwrap(), CardSettings::default());
        let mut s = SettingsMut::of(&mut store);
        s.set_cards(&CardSettings { offer_percent: [0, 5, 25, 25, 30, 30], thanks_days: 10 }).unwrap();
        assert_eq!(s.read().cards().unwrap().percent_for(Stage::Client), 25);
        let err = s.set_cards(&CardSettings { offer_percent: [0, 5, 95, 25, 30, 30], thanks_days: 30 }).unwrap_err();
        assert!(err.to_string().contains("offer_client"), "{err}");
        s.set_follow_up(&FollowUpSettings { purchase_min_minor: 2_550, ..FollowUpSettings::default() }).unwrap();
        assert_eq!(store.setting("followup.purchase_min").unwrap().as_deref(), Some("25.50"));
        assert_eq!(Settings::of(&store).follow_up().unwrap().purchase_min_minor, 2_550);
        store.set_setting("cards.offer.client", "ninety").unwrap();
        assert!(Settings::of(&store).cards().unwrap_err().to_string().contains("cards.offer.client"));
    }

    #[test]
    fn edited_texts_replace_the_defaults_and_empty_goes_back() {
        let mut store = Store::open_in_memory().unwrap();
        let mut s = SettingsMut::of(&mut store);
        s.set_card_texts(Occasion::Month(3), Language::Fr, "Vive le printemps", "Les lilas sont en fleurs.").unwrap();
        assert_eq!(s.read().card_texts(Occasion::Month(3), Language::Fr).unwrap().greeting, "Vive le printemps");
        s.set_card_texts(Occasion::Month(3), Language::Fr, "", " ").unwrap();
        let t = s.read().card_texts(Occasion::Month(3), Language::Fr).unwrap();
        assert_eq!((&t.greeting, &t.message), (&t.default_greeting, &t.default_message));
        assert!(s.set_card_texts(Occasion::Month(3), Language::Fr, &"x".repeat(61), "").is_err());
    }

    /// A file from before texts had a language: its edited text was written in the shop's
    /// language, and is read as such until edited again.
    #[test]
    fn texts_edited_before_languages_are_the_shops() {
        let mut store = Store::open_in_memory().unwrap();
        store.set_setting("cards.text.month-03.greeting", "Vive le printemps").unwrap();
        let read = Settings::of(&store);
        assert_eq!(read.card_texts(Occasion::Month(3), Language::Fr).unwrap().greeting, "Vive le printemps");
        assert_eq!(read.card_texts(Occasion::Month(3), Language::Nl).unwrap().greeting, default_greeting(fidele_printing::Theme::Spring, Language::Nl));
        SettingsMut::of(&mut store).set_card_texts(Occasion::Month(3), Language::Fr, "Printemps !", "").unwrap();
        assert_eq!(store.setting("cards.text.month-03.greeting").unwrap(), None, "moved to the language's key");
        assert_eq!(Settings::of(&store).card_texts(Occasion::Month(3), Language::Fr).unwrap().greeting, "Printemps !");
    }

    #[test]
    fn the_printer_offset_is_read_as_typed_in_any_language_and_kept_in_range() {
        let mut store = Store::open_in_memory().unwrap();
        assert_eq!(Settings::of(&store).printer_offset().unwrap(), PrinterOffset::default());
        for (typed, mm) in [("-1,5", -1.5), ("\u{2212}1.5 mm", -1.5), (" 2 ", 2.0), ("", 0.0), ("0,04", 0.0), ("-0,04", 0.0), ("10", 10.0), ("9,96", 10.0)] {
            assert_eq!(parse_millimetres("offset_x", typed), Ok(mm), "{typed:?}");
        }
        let set = SettingsMut::of(&mut store).set_printer_offset("-1,5", "2.25").unwrap();
        assert_eq!(set, PrinterOffset { x_mm: -1.5, y_mm: 2.3 });
        assert_eq!(store.setting("print.offset_x_mm").unwrap().as_deref(), Some("-1.5"));
        assert_eq!(Settings::of(&store).printer_offset().unwrap(), set);
        // A bad field names itself and writes nothing, not even the good one.
        let err = SettingsMut::of(&mut store).set_printer_offset("0", "douze").unwrap_err();
        let fields = format!("{err:?}");
        assert!(fields.contains("offset_y") && fields.contains("NotInRange") && !fields.contains("offset_x"), "{fields}");
        assert!(SettingsMut::of(&mut store).set_printer_offset("10,1", "0").is_err());
        assert_eq!(Settings::of(&store).printer_offset().unwrap(), set);
    }
}

