//! Greeting cards: the personal front (greeting, opening, message, signature) and the
//! address side, drawn on top of the design which is stored once per file.

use std::collections::HashMap;

use fidele_domain::{Address, Language, ShopProfile};

use crate::barcode::{QR_QUIET, Qr};
use crate::designs::CardDesign;
use crate::fonts::Style;
use crate::greetings::{self, Voice};
use crate::layout::{self, A6_H, A6_W, Frame, Layout};
use crate::pdf::{Doc, FormRef, ImageRef, Page, Rgb, Sketch};
use crate::shaping::{Line, Shaper};
use crate::Result;

/// Who sends the cards.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ShopIdentity {
    pub name: String,
    /// Street, postcode and city, ...: printed as given, one per line.
    pub address_lines: Vec<String>,
    pub logo_png: Option<Vec<u8>>,
}

impl ShopIdentity {
    pub fn from_profile(shop: &ShopProfile) -> ShopIdentity {
        let city = format!("{} {}", shop.postal_code.trim(), shop.city.trim()).trim().to_owned();
        let address_lines = [shop.address_line1.trim(), shop.address_line2.trim(), city.as_str()]
            .into_iter()
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect();
        ShopIdentity { name: shop.name.trim().to_owned(), address_lines, logo_png: shop.logo_png.clone() }
    }
}

/// A postal address as printed: the name, then street lines, then postcode and city, then the
/// country when the letter goes abroad.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AddressBlock {
    pub name: String,
    pub lines: Vec<String>,
    pub postal_code: String,
    pub city: String,
    /// Printed in full as the last line; leave empty for mail within the shop's country.
    pub country: String,
}

impl AddressBlock {
    /// From a stored address. `country_name` is the country as it should be printed (empty
    /// within the shop's own country).
    pub fn from_address(name: &str, address: &Address, country_name: &str) -> AddressBlock {
        AddressBlock {
            name: name.trim().to_owned(),
            lines: [&address.line1, &address.line2].iter().map(|l| l.trim().to_owned()).filter(|l| !l.is_empty()).collect(),
            postal_code: address.postal_code.trim().to_owned(),
            city: address.city.trim().to_owned(),
            country: country_name.trim().to_owned(),
        }
    }

    /// The lines in printing order, empty ones left out.
    pub fn print_lines(&self) -> Vec<String> {
        let city = format!("{} {}", self.postal_code.trim(), self.city.trim()).trim().to_owned();
        std::iter::once(self.name.trim().to_owned())
            .chain(self.lines.iter().map(|l| l.trim().to_owned()))
            .chain([city, self.country.trim().to_uppercase()])
            .filter(|l| !l.is_empty())
            .collect()
    }
}

/// The line under the message that makes a card personal, worded in the card's language and
/// voice when printed (see [`crate::personal_text`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PersonalLine {
    /// Thanks for a recent visit: "Merci pour votre visite du 3 mars, à très bientôt !"
    Thanks { visit: chrono::NaiveDate },
    /// An offer until a day, and the code to give at the till: "−10 % sur votre prochain
    /// achat, jusqu'au 31 janvier."
    Offer { percent: u32, until: chrono::NaiveDate, first_purchase: bool, code: String },
}

/// One card to print, in its recipient's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    /// Every word on the card is in this language: the greeting on the band, the personal line
    /// and the offer-code label are worded here; the opening and message come written in it.
    pub language: Language,
    /// Whom the card speaks to: the personal line follows its register (the message and the
    /// opening were written in it, see [`crate::Voice::of`]).
    pub voice: Voice,
    /// The opening, without its punctuation: see [`crate::salutation_line`].
    pub salutation: String,
    pub body: String,
    pub personal: Option<PersonalLine>,
    pub signature: String,
    pub recipient: AddressBlock,
}

/// Cards sharing one design: a month's mailing, or the birthdays of a week.
#[derive(Debug, Clone, PartialEq)]
pub struct CardBatch {
    pub design: CardDesign,
    /// The shop's language: the address side (the stamp box) and the document's title.
    pub language: Language,
    pub shop: ShopIdentity,
    pub cards: Vec<Card>,
    /// Written into the PDF; `None` means now.
    pub created: Option<chrono::NaiveDateTime>,
}

/// Renders a batch of cards as one PDF, in memory. For large batches prefer [`write_cards`]
/// into a file: the PDF is then never held whole in memory.
pub fn render_cards(batch: &CardBatch, layout: Layout) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    write_cards(batch, layout, &mut out)?;
    Ok(out)
}

/// Renders a batch of cards as one PDF written into `out` as it is laid out: each page is
/// compressed and written as soon as it is drawn, so memory stays flat however many cards
/// the batch holds. `out` is buffered here; pass a `File` (or `&mut File`) as it is.
/// On error, what was written is an incomplete PDF the caller should discard.
pub fn write_cards<W: std::io::Write>(batch: &CardBatch, layout: Layout, out: W) -> Result<()> {
    let title = format!("{} – {}", batch.design.greeting(batch.language), batch.shop.name);
    let created = batch.created.unwrap_or_else(|| chrono::Local::now().naive_local());
    let mut doc = Doc::new(&crate::pdf::Meta { title, created }, out)?;
    let mut art = CardArt::new(&mut doc, batch)?;
    match layout {
        Layout::Postcard => {
            for card in &batch.cards {
                let frame = Frame { x: 0.0, y: 0.0, scale: 1.0 };
                let mut front = Page::new(A6_W, A6_H);
                art.front(&mut doc.shaper, &mut front, frame, card);
                doc.push_page(front)?;
                let mut back = Page::new(A6_W, A6_H);
                art.back(&mut doc.shaper, &mut back, frame, card);
                doc.push_page(back)?;
            }
        }
        Layout::FourUpA4 => {
            for sheet in batch.cards.chunks(4) {
                let mut fronts = layout::four_up_page();
                layout::crop_marks(&mut fronts);
                for (card, frame) in sheet.iter().zip(layout::four_up_frames(false)) {
                    art.front(&mut doc.shaper, &mut fronts, frame, card);
                }
                doc.push_page(fronts)?;
                let mut backs = layout::four_up_page();
                layout::crop_marks(&mut backs);
                for (card, frame) in sheet.iter().zip(layout::four_up_frames(true)) {
                    art.back(&mut doc.shaper, &mut backs, frame, card);
                }
                doc.push_page(backs)?;
            }
        }
    }
    doc.finish()?;
    Ok(())
}

// Card geometry, in points on the A6 card.
const BAND_H: f32 = A6_H * 0.38;
const PANEL_X: f32 = 18.0;
const PANEL_Y: f32 = 16.0;
const PANEL_W: f32 = A6_W - 2.0 * PANEL_X;
const PANEL_TOP: f32 = A6_H - BAND_H + 8.0;
const PAD: f32 = 14.0;
const TEXT_W: f32 = PANEL_W - 2.0 * PAD;
const INK: Rgb = Rgb::hex(0x2b2b2b);
/// The offer code's QR code: 10.5 mm across, a module of 0.5 mm for a short code (version 1),
/// which a phone or a till's scanner reads from the hand.
const OFFER_QR_SIDE: f32 = 10.5 * 72.0 / 25.4;
/// Its quiet zone (4 modules of a version 1 code), kept clear of text and of the panel's frame.
const OFFER_QR_QUIET: f32 = OFFER_QR_SIDE / 21.0 * QR_QUIET as f32;

/// The QR code of the card's offer code, when it carries one.
fn offer_qr(card: &Card) -> Option<Qr> {
    match &card.personal {
        Some(PersonalLine::Offer { code, .. }) if !code.trim().is_empty() => Qr::new(code.trim()),
        _ => None,
    }
}

/// What every card of the batch shares: the drawn sides (a front per language, as the
/// greeting is part of it), the logo, the palette.
struct CardArt {
    fronts: Vec<(Language, FormRef)>,
    back: FormRef,
    logo: Option<ImageRef>,
    ink: Rgb,
    accent: Rgb,
    /// Wrapped message bodies: a mailing usually sends one text to everyone.
    wrapped: HashMap<(String, u32), Vec<Line>>,
}

impl CardArt {
    fn new<W: std::io::Write>(doc: &mut Doc<W>, batch: &CardBatch) -> Result<CardArt> {
        let palette = batch.design.palette();
        let logo = match &batch.shop.logo_png {
            Some(png) => Some(doc.add_png(png)?),
            None => None,
        };
        let mut fronts = Vec::new();
        for card in &batch.cards {
            if !fronts.iter().any(|(l, _)| *l == card.language) {
                fronts.push((card.language, draw_front(doc, batch, card.language)?));
            }
        }
        let back = draw_back(doc, batch)?;
        Ok(CardArt { fronts, back, logo, ink: palette.ink, accent: palette.accent, wrapped: HashMap::new() })
    }

    fn front(&mut self, shaper: &mut Shaper, page: &mut Page, f: Frame, card: &Card) {
        if let Some((_, front)) = self.fronts.iter().find(|(l, _)| *l == card.language) {
            page.form(front, f.x, f.y, f.scale);
        }
        let x = PANEL_X + PAD;
        let top = PANEL_TOP - PAD - 9.0;
        let bottom = PANEL_Y + PAD;

        // The offer code's QR code in the panel's bottom-right corner, where the till scans it;
        // the signature then ends to its left.
        let qr = offer_qr(card);
        let qr_room = if qr.is_some() { OFFER_QR_SIDE + 10.0 } else { 0.0 };
        if let Some(qr) = &qr {
            let module = OFFER_QR_SIDE / qr.width() as f32;
            let top = bottom - 4.0 + OFFER_QR_SIDE;
            qr.draw(page, f.px(x + TEXT_W - OFFER_QR_SIDE), f.py(top), f.len(module));
        }
        // Signature and logo along the bottom of the panel.
        let sig_size = 10.0;
        let sig_w = (TEXT_W * 0.6).min(TEXT_W - qr_room - 64.0);
        let sig = shaper.line(Style::Italic, false, &card.signature);
        let (sig_lines, sig_size) = if sig.width_pt(sig_size) <= sig_w {
            (vec![sig], sig_size)
        } else {
            fit_block(shaper, Style::Italic, &card.signature, sig_size, 7.0, sig_w, 2)
        };
        let mut y = bottom + (sig_lines.len() as f32 - 1.0) * sig_size * 1.2;
        for line in &sig_lines {
            page.text(line, f.px(x + TEXT_W - qr_room - line.width_pt(sig_size)), f.py(y), f.len(sig_size), self.ink);
            y -= sig_size * 1.2;
        }
        if let Some(logo) = &self.logo {
            page.image(logo, f.px(x), f.py(bottom - 4.0), f.len(60.0), f.len(24.0));
        }
        let mut floor = bottom + sig_lines.len() as f32 * sig_size * 1.2 + 6.0;
        if qr.is_some() {
            // The text runs the panel's width: it stays above the code and its quiet zone.
            floor = floor.max(bottom - 4.0 + OFFER_QR_SIDE + OFFER_QR_QUIET + 9.0);
        }

        // Opening, message and personal line, top down, shrinking the message until it fits.
        let opening = greetings::opening_line(card.language, &card.salutation);
        let (open_lines, open_size) = fit_block(shaper, Style::Bold, &opening, 12.0, 8.0, TEXT_W, 2);
        let personal = self.personal_lines(shaper, card);
        let mut body_size = 9.5;
        let body = loop {
            let key = (card.body.clone(), (body_size * 10.0) as u32);
            let lines = self
                .wrapped
                .entry(key)
                .or_insert_with(|| shaper.wrap(Style::Regular, card.body.trim(), body_size, TEXT_W))
                .clone();
            let needed = open_lines.len() as f32 * open_size * 1.25
                + 5.0
                + lines.len() as f32 * body_size * 1.35
                + personal.iter().map(|(_, _, s)| s * 1.35).sum::<f32>()
                + 4.0;
            if top - needed >= floor - 9.0 || body_size <= 6.5 {
                break lines;
            }
            body_size -= 0.5;
        };
        let mut y = top;
        for line in &open_lines {
            page.text(line, f.px(x), f.py(y), f.len(open_size), self.ink);
            y -= open_size * 1.25;
        }
        y -= 5.0;
        for line in &body {
            if y < floor {
                break; // only when even the smallest size cannot hold the text
            }
            page.text(line, f.px(x), f.py(y), f.len(body_size), INK);
            y -= body_size * 1.35;
        }
        y -= 4.0;
        for (line, color, size) in &personal {
            if y < floor {
                break;
            }
            page.text(line, f.px(x), f.py(y), f.len(*size), *color);
            y -= size * 1.35;
        }
    }

    fn personal_lines(&self, shaper: &mut Shaper, card: &Card) -> Vec<(Line, Rgb, f32)> {
        let size = 9.5;
        match &card.personal {
            None => Vec::new(),
            // Each line is drawn at the size `fit_block` shrank it to, so a long line wraps or
            // shrinks inside the card instead of running off its edge.
            Some(line @ PersonalLine::Thanks { .. }) => {
                let text = greetings::personal_text(card.language, card.voice, line);
                let (lines, fitted) = fit_block(shaper, Style::Italic, &text, size, 7.0, TEXT_W, 2);
                lines.into_iter().map(|l| (l, self.accent, fitted)).collect()
            }
            Some(line @ PersonalLine::Offer { code, .. }) => {
                let text = greetings::personal_text(card.language, card.voice, line);
                let (lines, fitted) = fit_block(shaper, Style::Italic, &text, size, 7.0, TEXT_W, 2);
                let mut out: Vec<(Line, Rgb, f32)> = lines.into_iter().map(|l| (l, self.accent, fitted)).collect();
                if !code.trim().is_empty() {
                    let label = greetings::offer_code_line(card.language, code);
                    let (lines, s) = fit_block(shaper, Style::Bold, &label, size, 7.0, TEXT_W, 1);
                    out.extend(lines.into_iter().map(|l| (l, self.accent, s)));
                }
                out
            }
        }
    }

    fn back(&mut self, shaper: &mut Shaper, page: &mut Page, f: Frame, card: &Card) {
        page.form(&self.back, f.x, f.y, f.scale);
        if let Some(logo) = &self.logo {
            page.image(logo, f.px(18.0), f.py(A6_H - 18.0 - 30.0), f.len(70.0), f.len(30.0));
        }
        // The recipient, in the right half, lower middle: where post offices read addresses.
        let x = A6_W / 2.0 + 16.0;
        let width = A6_W / 2.0 - 34.0;
        let lines = card.recipient.print_lines();
        let mut laid: Vec<(Line, f32, Style)> = Vec::new();
        for (i, text) in lines.iter().enumerate() {
            let style = if i == 0 { Style::Bold } else { Style::Regular };
            let (ls, size) = fit_block(shaper, style, text, 10.5, 7.0, width, 2);
            laid.extend(ls.into_iter().map(|l| (l, size, style)));
        }
        laid.truncate(8);
        let mut y = A6_H * 0.5;
        for (line, size, _) in &laid {
            page.text(line, f.px(x), f.py(y), f.len(*size), INK);
            y -= size * 1.4;
        }
    }
}

/// The front of the batch's design with the greeting in `language`: drawn once per file and
/// language, each card's words then written over it.
fn draw_front<W: std::io::Write>(doc: &mut Doc<W>, batch: &CardBatch, language: Language) -> Result<FormRef> {
    let palette = batch.design.palette();
    let mut s = Sketch::new();
    batch.design.draw_front(&mut s, A6_W, A6_H, BAND_H);
    // The greeting: display italic, on the band, light on dark bands.
    let band_dark = luminance(palette.band) < 0.45;
    s.fill_color(if band_dark { Rgb::hex(0xffffff) } else { palette.ink });
    let greeting = batch.design.greeting(language);
    let (lines, size) = fit_block(&mut doc.shaper, Style::Display, &greeting, 30.0, 15.0, A6_W * 0.5, 2);
    let lead = size * 1.1;
    let block_h = lead * (lines.len() as f32 - 1.0);
    let (ascent, descent) = crate::fonts::FontKey::Display.vertical_metrics();
    let centre = A6_H - BAND_H / 2.0 + -((ascent + descent) / 2000.0 * size) + 4.0;
    for (i, line) in lines.iter().enumerate() {
        let y = centre + block_h / 2.0 - i as f32 * lead;
        s.text_outlines(line, (A6_W - line.width_pt(size)) / 2.0, y, size);
    }
    // The white panel the message is written on.
    s.fill_color(Rgb::hex(0xffffff));
    s.rect(PANEL_X, PANEL_Y, PANEL_W, PANEL_TOP - PANEL_Y);
    s.fill();
    s.stroke_color(palette.accent.tint(0.4));
    s.line_width(0.6);
    s.rect(PANEL_X + 3.0, PANEL_Y + 3.0, PANEL_W - 6.0, PANEL_TOP - PANEL_Y - 6.0);
    s.stroke();
    doc.add_form(s, A6_W, A6_H)
}

fn draw_back<W: std::io::Write>(doc: &mut Doc<W>, batch: &CardBatch) -> Result<FormRef> {
    let palette = batch.design.palette();
    let mut s = Sketch::new();
    s.fill_color(Rgb::hex(0xffffff));
    s.rect(0.0, 0.0, A6_W, A6_H);
    s.fill();
    // Divider between message side and address side.
    s.stroke_color(palette.accent.tint(0.3));
    s.line_width(0.6);
    s.move_to(A6_W / 2.0, 24.0);
    s.line_to(A6_W / 2.0, A6_H - 24.0);
    s.stroke();
    // Stamp box.
    let (sw, sh) = (62.0, 72.0);
    s.stroke_color(Rgb::hex(0xb0b0b0));
    s.line_width(0.5);
    s.rect(A6_W - 18.0 - sw, A6_H - 18.0 - sh, sw, sh);
    s.stroke();
    let stamp = fidele_words::words(batch.language).text("print-card-stamp");
    s.fill_color(Rgb::hex(0xb0b0b0));
    let line = doc.shaper.line(Style::Regular, false, &stamp);
    s.text_outlines(&line, A6_W - 18.0 - sw / 2.0 - line.width_pt(7.0) / 2.0, A6_H - 18.0 - sh / 2.0 - 2.5, 7.0);
    // Return address, top left (below the logo when there is one).
    let mut y = A6_H - 22.0 - if batch.shop.logo_png.is_some() { 36.0 } else { 0.0 };
    let width = A6_W / 2.0 - 36.0;
    s.fill_color(palette.ink);
    let (name_lines, name_size) = fit_block(&mut doc.shaper, Style::Bold, &batch.shop.name, 9.0, 6.0, width, 2);
    for l in &name_lines {
        s.text_outlines(l, 18.0, y, name_size);
        y -= name_size * 1.3;
    }
    s.fill_color(Rgb::hex(0x555555));
    for text in batch.shop.address_lines.iter().take(4) {
        let (ls, size) = fit_block(&mut doc.shaper, Style::Regular, text, 7.5, 5.5, width, 1);
        for l in &ls {
            s.text_outlines(l, 18.0, y, size);
            y -= size * 1.35;
        }
    }
    batch.design.draw_back_accent(&mut s, 18.0, 18.0, A6_W / 2.0 - 36.0, 26.0);
    doc.add_form(s, A6_W, A6_H)
}

/// Fits text into `max_lines` lines of `width` points: first shrinks from `size` down to
/// `min` on one line, then wraps at `min`; lines beyond `max_lines` are dropped, the last
/// one ending in "…". Returns the lines and the size used.
pub(crate) fn fit_block(
    shaper: &mut Shaper,
    style: Style,
    text: &str,
    size: f32,
    min: f32,
    width: f32,
    max_lines: usize,
) -> (Vec<Line>, f32) {
    let one = shaper.line(style, false, text);
    if one.width_pt(size) <= width || one.is_empty() {
        return (vec![one], size);
    }
    let fitted = width / one.width_pt(1.0);
    if fitted >= min {
        return (vec![one], fitted.min(size));
    }
    let mut lines = shaper.wrap(style, text, min, width);
    if lines.len() > max_lines.max(1) {
        lines.truncate(max_lines.max(1));
        if let Some(last) = lines.last_mut() {
            let mut words = last.words();
            // Drop words until the ellipsis fits.
            loop {
                let text: String = words.iter().map(|(spaced, w)| if *spaced { format!(" {w}") } else { w.clone() }).collect();
                let candidate = format!("{text}…");
                let l = shaper.line(style, false, &candidate);
                if l.width_pt(min) <= width || words.len() <= 1 {
                    *last = if l.width_pt(min) <= width { l } else { shaper.wrap(style, &candidate, min, width).swap_remove(0) };
                    break;
                }
                words.pop();
            }
        }
    }
    (lines, min)
}

fn luminance(c: Rgb) -> f32 {
    0.2126 * c.0 + 0.7152 * c.1 + 0.0722 * c.2
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{CardDesign, PersonalLine};

    /// The greeting is drawn into the design's front, so each language in the batch gets its
    /// own front, once.
    #[test]
    fn one_front_per_language_in_the_batch() {
        let card = |language| Card {
            language,
            voice: Voice::default(),
            salutation: String::new(),
            body: String::new(),
            personal: None,
            signature: String::new(),
            recipient: AddressBlock { name: "X".into(), lines: vec![], postal_code: String::new(), city: String::new(), country: String::new() },
        };
        let batch = CardBatch {
            design: CardDesign::month(3),
            language: Language::Fr,
            shop: ShopIdentity::default(),
            cards: vec![card(Language::Fr), card(Language::Nl), card(Language::Fr)],
            created: None,
        };
        let mut doc = Doc::new(&crate::pdf::Meta { title: "t".into(), created: chrono::NaiveDateTime::default() }, Vec::new()).unwrap();
        let art = CardArt::new(&mut doc, &batch).unwrap();
        assert_eq!(art.fronts.iter().map(|(l, _)| *l).collect::<Vec<_>>(), [Language::Fr, Language::Nl]);
    }

    /// Regression: personal lines were drawn at 9.5 pt whatever size `fit_block` shrank them
    /// to, so a long thank-you ran off the card.
    #[test]
    fn long_personal_lines_stay_inside_the_card() {
        let batch = CardBatch {
            design: CardDesign::month(3),
            language: Language::Fr,
            shop: ShopIdentity { name: "Vélos Martin".into(), address_lines: vec![], logo_png: None },
            cards: Vec::new(),
            created: None,
        };
        let visit = chrono::NaiveDate::from_ymd_opt(2026, 9, 30).unwrap();
        let mut doc = Doc::new(&crate::pdf::Meta { title: "t".into(), created: chrono::NaiveDateTime::default() }, Vec::new()).unwrap();
        let art = CardArt::new(&mut doc, &batch).unwrap();
        let offer = PersonalLine::Offer { percent: 15, until: visit, first_purchase: true, code: "M2603-2K7-LONGER-THAN-THE-CARD-IS-WIDE".into() };
        for (language, personal) in Language::ALL.into_iter().flat_map(|l| [(l, PersonalLine::Thanks { visit }), (l, offer.clone())]) {
            let card = Card {
                language,
                voice: Voice::default(),
                salutation: "Chère Madame".into(),
                body: String::new(),
                personal: Some(personal),
                signature: String::new(),
                recipient: AddressBlock { name: "X".into(), lines: vec![], postal_code: String::new(), city: String::new(), country: String::new() },
            };
            let lines = art.personal_lines(&mut doc.shaper, &card);
            assert!(!lines.is_empty());
            for (line, _, size) in &lines {
                assert!(line.width_pt(*size) <= TEXT_W + 0.01, "{} pt wide at {size} pt, card text is {TEXT_W}", line.width_pt(*size));
            }
        }
    }
}
