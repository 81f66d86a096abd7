//! The weekly follow-up sheet: who to call or see this week, and why, grouped by reason, with
//! a box to tick. Printed on A4 and paginated with the group's header repeated.

use fidele_domain::{Calendar, Language};
use fidele_words::{args, words};

use crate::card::fit_block;
use crate::fonts::Style;
use crate::pdf::{Doc, Meta, Page, Rgb, mm};
use crate::Result;

/// Why someone is on the sheet. Groups print in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FollowUpReason {
    BirthdayComing,
    AfterPurchase,
    OpenComplaint,
    DriftingAway,
    /// A points or stamps balance close to the next reward.
    NearReward,
    Reminder,
}

impl FollowUpReason {
    /// The group's heading on the sheet.
    pub fn title(self, language: Language) -> String {
        let id = match self {
            FollowUpReason::BirthdayComing => "print-sheet-reason-birthday",
            FollowUpReason::AfterPurchase => "print-sheet-reason-purchase",
            FollowUpReason::OpenComplaint => "print-sheet-reason-complaint",
            FollowUpReason::DriftingAway => "print-sheet-reason-drifting",
            FollowUpReason::NearReward => "print-sheet-reason-near-reward",
            FollowUpReason::Reminder => "print-sheet-reason-reminder",
        };
        words(language).text(id)
    }

    fn color(self) -> Rgb {
        match self {
            FollowUpReason::BirthdayComing => Rgb::hex(0xc2185b),
            FollowUpReason::AfterPurchase => Rgb::hex(0x2e7d32),
            FollowUpReason::OpenComplaint => Rgb::hex(0xc62828),
            FollowUpReason::DriftingAway => Rgb::hex(0xef6c00),
            FollowUpReason::NearReward => Rgb::hex(0x6a1b9a),
            FollowUpReason::Reminder => Rgb::hex(0x1565c0),
        }
    }
}

/// One person to contact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUpEntry {
    pub name: String,
    pub phone: String,
    /// A short why, in the sheet's language: "anniversaire jeudi 3 décembre", "complaint open
    /// for 12 days" (dates written with [`crate::day_month`] or [`crate::full_date`]).
    pub why: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUpGroup {
    pub reason: FollowUpReason,
    pub entries: Vec<FollowUpEntry>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FollowUpSheet {
    pub language: Language,
    pub shop_name: String,
    /// The Monday of the week; the sheet names the week by its dates, in its language ("semaine
    /// du 30 novembre au 6 décembre"), its years (when it spans two) in `calendar`.
    pub week_of: chrono::NaiveDate,
    pub calendar: Calendar,
    pub groups: Vec<FollowUpGroup>,
    /// Written into the PDF; `None` means now.
    pub created: Option<chrono::NaiveDateTime>,
}

const MARGIN: f32 = 18.0; // mm
const NAME_W: f32 = 52.0; // mm
const PHONE_W: f32 = 34.0; // mm

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

pub fn render_follow_up_sheet(sheet: &FollowUpSheet) -> Result<Vec<u8>> {
    let lang = sheet.language;
    let w = words(lang);
    let (title, nobody) = (w.text("print-sheet-title"), w.text("print-sheet-nobody"));
    let week = capitalised(&crate::dates::week_label(lang, sheet.calendar, sheet.week_of));
    let created = sheet.created.unwrap_or_else(|| chrono::Local::now().naive_local());
    let mut doc = Doc::new(&Meta { title: format!("{title} – {week}"), created }, Vec::new())?;
    let (pw, ph) = (mm(210.0), mm(297.0));
    let (left, right, top, bottom) = (mm(MARGIN), pw - mm(MARGIN), ph - mm(MARGIN), mm(MARGIN) + 14.0);
    let ink = Rgb::hex(0x222222);
    let grey = Rgb::hex(0x777777);
    let why_x = left + mm(6.0 + NAME_W + PHONE_W);
    let why_w = right - why_x;

    let mut pages: Vec<Page> = Vec::new();
    let new_page = |doc: &mut Doc<Vec<u8>>, pages: &mut Vec<Page>| -> f32 {
        let mut page = Page::new(pw, ph);
        let head = doc.shaper.line(Style::Bold, false, &title);
        page.text(&head, left, top - 14.0, 16.0, ink);
        let sub = doc.shaper.line(Style::Regular, false, &format!("{} · {week}", sheet.shop_name.trim()));
        page.text(&sub, left, top - 30.0, 10.0, grey);
        page.line(left, top - 38.0, right, top - 38.0, 0.8, ink);
        pages.push(page);
        top - 58.0
    };
    let mut y = new_page(&mut doc, &mut pages);
    let groups: Vec<&FollowUpGroup> = sheet.groups.iter().filter(|g| !g.entries.is_empty()).collect();
    if groups.is_empty() {
        let line = doc.shaper.line(Style::Italic, false, &nobody);
        if let Some(page) = pages.last_mut() {
            page.text(&line, left, y, 11.0, grey);
        }
    }
    for group in groups {
        let header = |doc: &mut Doc<Vec<u8>>, page: &mut Page, y: f32, continued: bool| {
            let text = if continued {
                w.format("print-sheet-continued", &args!["group" => group.reason.title(lang)])
            } else {
                format!("{} · {}", group.reason.title(lang), group.entries.len())
            };
            let line = doc.shaper.line(Style::Bold, false, &text);
            page.fill_rect(left, y - 5.0, 3.0, 16.0, group.reason.color());
            page.text(&line, left + 8.0, y, 12.0, group.reason.color());
            page.line(left, y - 7.0, right, y - 7.0, 0.4, group.reason.color().tint(0.5));
        };
        let mut first_row = true;
        for (i, entry) in group.entries.iter().enumerate() {
            let (name, name_size) = fit_block(&mut doc.shaper, Style::Bold, &entry.name, 10.0, 7.0, mm(NAME_W - 3.0), 2);
            let (phone, phone_size) = fit_block(&mut doc.shaper, Style::Regular, &entry.phone, 10.0, 7.0, mm(PHONE_W - 3.0), 1);
            let (why, why_size) = fit_block(&mut doc.shaper, Style::Regular, &entry.why, 9.5, 7.5, why_w, 3);
            let rows = name.len().max(why.len()).max(1) as f32;
            let row_h = rows * 12.5 + 8.0;
            let header_h = if first_row { 30.0 } else { 0.0 };
            if y - header_h - row_h < bottom {
                y = new_page(&mut doc, &mut pages);
                if let Some(page) = pages.last_mut() {
                    header(&mut doc, page, y, !first_row);
                }
                y -= 26.0;
            } else if first_row {
                if let Some(page) = pages.last_mut() {
                    header(&mut doc, page, y, false);
                }
                y -= 26.0;
            }
            first_row = false;
            let Some(page) = pages.last_mut() else { break };
            // Tick box, then name, phone and why on the same first baseline.
            page.stroke_rect(left + 1.0, y - 2.0, 10.0, 10.0, 0.8, ink);
            for (k, l) in name.iter().enumerate() {
                page.text(l, left + mm(6.0), y - k as f32 * 12.5, name_size, ink);
            }
            for l in &phone {
                page.text(l, left + mm(6.0 + NAME_W), y, phone_size, ink);
            }
            for (k, l) in why.iter().enumerate() {
                page.text(l, why_x, y - k as f32 * 12.5, why_size, grey);
            }
            y -= row_h;
            if i + 1 < group.entries.len() {
                page.line(left + mm(6.0), y + 10.0, right, y + 10.0, 0.3, Rgb::hex(0xdddddd));
            }
        }
        y -= 14.0;
    }
    let total = pages.len();
    for (i, mut page) in pages.into_iter().enumerate() {
        let footer = doc.shaper.line(Style::Regular, false, &w.format("print-sheet-page", &args!["page" => i + 1, "pages" => total]));
        page.text(&footer, right - footer.width_pt(8.0), mm(MARGIN) - 4.0, 8.0, grey);
        doc.push_page(page)?;
    }
    doc.finish()
}
