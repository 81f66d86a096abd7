//! The printed loyalty card: the shop's name and logo, the customer's name, the member number
//! in digits, as a Code 128 barcode and as a QR code, and optionally the ladder stage's
//! colour; on a sheet of business cards or one a page (see [`CardSheet`]).

use fidele_domain::Language;

use crate::barcode::{CODE128_QUIET, Code128, QR_QUIET, Qr};
use crate::card::{ShopIdentity, fit_block};
use crate::fonts::Style;
use crate::pdf::{Doc, ImageRef, Meta, Page, Rgb, mm};
use crate::sheets::{CardSheet, PrinterOffset};
use crate::{Error, Result};

/// One customer's card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoyaltyCard {
    /// The card's words ("Carte de fidélité") are in this language: the customer's.
    pub language: Language,
    pub name: String,
    /// ASCII digits only: what the barcode, the QR code and the printed line carry.
    pub member_number: String,
    pub stage: Option<StageMark>,
}

/// The ladder stage a card shows: its name, worded by the caller, and its colour (0xRRGGBB).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StageMark {
    pub name: String,
    pub colour: u32,
}

/// Cards printed together, on one kind of sheet.
#[derive(Debug, Clone, PartialEq)]
pub struct LoyaltyCardBatch {
    pub shop: ShopIdentity,
    /// The shop's language: the document's title.
    pub language: Language,
    pub sheet: CardSheet,
    /// Applied to sheets; a card printer places its card itself, so `Single` ignores it.
    pub offset: PrinterOffset,
    pub cards: Vec<LoyaltyCard>,
    /// Written into the PDF; `None` means now.
    pub created: Option<chrono::NaiveDateTime>,
}

const INK: Rgb = Rgb::hex(0x1f1f1f);
const GREY: Rgb = Rgb::hex(0x6b6b6b);
const RULE: Rgb = Rgb::hex(0xb8b8b8);
/// Nothing printed within this of a card's edge: the sheet's cut or the offset's error.
const MARGIN: f32 = 3.5;
/// The QR code's side, quiet zone not counted.
const QR_SIDE: f32 = 15.0;
/// The widest Code 128 module: about 12 mil, which every handheld scanner reads at arm's length.
const BAR_MODULE: f32 = 0.33;
const BAR_HEIGHT: f32 = 12.0;

/// The cards as one PDF, sheet after sheet, in the order given. Refuses a member number that
/// is not digits (`Error::MemberNumber`), before anything is drawn.
pub fn render_loyalty_cards(batch: &LoyaltyCardBatch) -> Result<Vec<u8>> {
    let mut symbols = Vec::with_capacity(batch.cards.len());
    for card in &batch.cards {
        let bars = Code128::digits(&card.member_number).ok_or_else(|| Error::MemberNumber(card.member_number.clone()))?;
        let qr = Qr::new(&card.member_number).ok_or_else(|| Error::MemberNumber(card.member_number.clone()))?;
        symbols.push((bars, qr));
    }
    let words = fidele_words::words(batch.language);
    let title = format!("{} – {}", words.text("print-loyalty-title"), batch.shop.name);
    let created = batch.created.unwrap_or_else(|| chrono::Local::now().naive_local());
    let mut doc = Doc::new(&Meta { title, created }, Vec::new())?;
    let logo = match &batch.shop.logo_png {
        Some(png) => Some(doc.add_png(png)?),
        None => None,
    };
    let g = batch.sheet.geometry();
    let offset = if batch.sheet == CardSheet::Single { PrinterOffset::default() } else { batch.offset };
    let per_page = batch.sheet.per_page();
    for (chunk, symbols) in batch.cards.chunks(per_page).zip(symbols.chunks(per_page)) {
        let mut page = Page::new(mm(g.page_width), mm(g.page_height));
        for (i, (card, (bars, qr))) in chunk.iter().zip(symbols).enumerate() {
            let (left, top) = g.card_origin(i, offset);
            let frame = CardBox { x: mm(left), y: mm(g.page_height - top - g.card_height), w: mm(g.card_width), h: mm(g.card_height) };
            draw_card(&mut doc, &mut page, frame, &batch.shop, logo.as_ref(), card, bars, qr);
        }
        doc.push_page(page)?;
    }
    doc.finish()
}

/// A card's place on the page, in points, from its bottom-left corner.
#[derive(Debug, Clone, Copy)]
struct CardBox {
    x: f32,
    y: f32,
    w: f32,
    h: f32,
}

#[allow(clippy::too_many_arguments)]
fn draw_card(
    doc: &mut Doc<Vec<u8>>,
    page: &mut Page,
    b: CardBox,
    shop: &ShopIdentity,
    logo: Option<&ImageRef>,
    card: &LoyaltyCard,
    bars: &Code128,
    qr: &Qr,
) {
    let words = fidele_words::words(card.language);
    let (left, right, top) = (b.x + mm(MARGIN), b.x + b.w - mm(MARGIN), b.y + b.h - mm(MARGIN));
    let width = right - left;
    let accent = card.stage.as_ref().map(|s| Rgb::hex(s.colour));

    // The header: the logo, the shop's name and what the card is; the stage on the right.
    let header_h = mm(10.0);
    let mut text_x = left;
    if let Some(logo) = logo {
        page.image(logo, left, top - header_h, mm(16.0), header_h);
        text_x += mm(18.0);
    }
    let stage_w = match &card.stage {
        Some(stage) => {
            let size = 6.5;
            let (lines, size) = fit_block(&mut doc.shaper, Style::Bold, &stage.name, size, 5.0, mm(22.0), 1);
            let line = &lines[0];
            let line_w = line.width_pt(size);
            let chip = mm(3.0);
            let chip_x = right - line_w - chip - mm(1.2);
            page.fill_rect(chip_x, top - mm(0.5) - chip, chip, chip, Rgb::hex(stage.colour));
            page.text(line, right - line_w, top - mm(0.5) - chip + mm(0.5), size, INK);
            right - chip_x + mm(2.0)
        }
        None => 0.0,
    };
    let name_w = right - text_x - stage_w;
    let (shop_lines, shop_size) = fit_block(&mut doc.shaper, Style::Bold, &shop.name, 10.0, 6.5, name_w, 1);
    page.text(&shop_lines[0], text_x, top - mm(3.6), shop_size, INK);
    let kind = words.text("print-loyalty-card");
    let (kind_lines, kind_size) = fit_block(&mut doc.shaper, Style::Regular, &kind, 7.0, 5.5, right - text_x - stage_w, 1);
    page.text(&kind_lines[0], text_x, top - mm(7.6), kind_size, GREY);
    let rule_y = top - header_h - mm(1.5);
    page.fill_rect(left, rule_y, width, mm(if accent.is_some() { 0.8 } else { 0.25 }), accent.unwrap_or(RULE));

    // The customer, under the rule.
    let (name_lines, name_size) = fit_block(&mut doc.shaper, Style::Bold, &card.name, 12.0, 7.5, width, 1);
    let name_base = rule_y - mm(5.5);
    page.text(&name_lines[0], left, name_base, name_size, INK);
    let number_line = words.format("print-loyalty-number", &fidele_words::args!["number" => card.member_number.clone()]);
    let (number_lines, number_size) = fit_block(&mut doc.shaper, Style::Regular, &number_line, 8.0, 6.0, width, 1);
    page.text(&number_lines[0], left, name_base - mm(4.2), number_size, GREY);

    // The QR code in the bottom-right corner, its quiet zone inside the card.
    let qr_module = mm(QR_SIDE) / qr.width() as f32;
    let qr_x = right - mm(QR_SIDE);
    let qr_top = b.y + mm(MARGIN) + mm(QR_SIDE);
    qr.draw(page, qr_x, qr_top, qr_module);

    // The barcode bottom left, as wide as the space before the QR code's quiet zone allows,
    // the digits under it.
    let digits_h = mm(3.2);
    let bars_room = qr_x - QR_QUIET as f32 * qr_module - (b.x + mm(1.0));
    let module = (bars_room / bars.modules_with_quiet_zones() as f32).min(mm(BAR_MODULE));
    let bars_x = b.x + mm(1.0) + CODE128_QUIET as f32 * module;
    let bars_y = b.y + mm(MARGIN) + digits_h;
    let bars_h = mm(BAR_HEIGHT).min(name_base - mm(4.2) - mm(3.5) - bars_y);
    bars.draw(page, bars_x, bars_y, module, bars_h);
    let digits = doc.shaper.line(Style::Regular, false, &card.member_number);
    let digits_size = 7.0;
    let bars_w = bars.modules() as f32 * module;
    page.text(&digits, bars_x + (bars_w - digits.width_pt(digits_size)) / 2.0, b.y + mm(MARGIN) + mm(0.4), digits_size, INK);
}
