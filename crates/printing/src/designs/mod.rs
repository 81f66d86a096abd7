//! The built-in card designs: one per month (seasonal motifs), one for birthdays and one for
//! the anniversary of a customer's first purchase. Drawn with vector shapes only, so they
//! print sharp at any size and need no image files.
//!
//! A month's design follows the shop's year ([`ShopYear`]): twelve designs in every year, with
//! an alternative where a month's occasion does not travel. A Thai shop's April is Songkran
//! (instead of Easter) and its November Loy Krathong (instead of autumn leaves); December is
//! Christmas only in a shop that sends Christmas cards, and otherwise the end-of-year feasts.

mod motifs;

use fidele_domain::{Calendar, Language};

use crate::greetings::{self, Voice};
use crate::pdf::{Rgb, Sketch};
use motifs::*;

/// What a card celebrates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Occasion {
    /// The seasonal card of a month, 1..=12; what it celebrates follows the shop's year (see
    /// [`ShopYear::theme`]).
    Month(u32),
    Birthday,
    /// A year since the customer's first purchase.
    PurchaseAnniversary,
}

/// What a design shows and its greeting says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Theme {
    NewYear,
    Valentine,
    Spring,
    Easter,
    May,
    Summer,
    Holidays,
    LateSummer,
    BackToSchool,
    Halloween,
    Autumn,
    Christmas,
    /// December without Christmas: the end-of-year feasts.
    YearEnd,
    /// The Thai New Year, 13 to 15 April: water poured in blessing, jasmine.
    Songkran,
    /// The November full moon: candles floated on the water in banana-leaf boats.
    LoyKrathong,
    Birthday,
    Anniversary,
}

impl Theme {
    pub const ALL: [Theme; 17] = [
        Theme::NewYear,
        Theme::Valentine,
        Theme::Spring,
        Theme::Easter,
        Theme::May,
        Theme::Summer,
        Theme::Holidays,
        Theme::LateSummer,
        Theme::BackToSchool,
        Theme::Halloween,
        Theme::Autumn,
        Theme::Christmas,
        Theme::YearEnd,
        Theme::Songkran,
        Theme::LoyKrathong,
        Theme::Birthday,
        Theme::Anniversary,
    ];

    /// The theme's code, as its words are named in `print-cards.ftl`.
    pub fn code(self) -> &'static str {
        match self {
            Theme::NewYear => "new-year",
            Theme::Valentine => "valentine",
            Theme::Spring => "spring",
            Theme::Easter => "easter",
            Theme::May => "may",
            Theme::Summer => "summer",
            Theme::Holidays => "holidays",
            Theme::LateSummer => "late-summer",
            Theme::BackToSchool => "back-to-school",
            Theme::Halloween => "halloween",
            Theme::Autumn => "autumn",
            Theme::Christmas => "christmas",
            Theme::YearEnd => "year-end",
            Theme::Songkran => "songkran",
            Theme::LoyKrathong => "loy-krathong",
            Theme::Birthday => "birthday",
            Theme::Anniversary => "anniversary",
        }
    }
}

/// The year of occasions a shop keeps. A shop in Thailand, or one that counts years in the
/// Buddhist Era, keeps the Thai year (Songkran, Loy Krathong); any shop may send a Christmas
/// card or not, and by default does where Christmas is a public holiday (not in Thailand).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ShopYear {
    thai: bool,
    christmas: bool,
}

impl Default for ShopYear {
    /// The French year the designs were first drawn for.
    fn default() -> ShopYear {
        ShopYear { thai: false, christmas: true }
    }
}

impl ShopYear {
    /// `country` is the shop's ISO 3166-1 code; `christmas` the shop's choice, `None` when it
    /// has not made one.
    pub fn new(country: &str, calendar: Calendar, christmas: Option<bool>) -> ShopYear {
        let thai = country.trim().eq_ignore_ascii_case("TH") || calendar == Calendar::Buddhist;
        ShopYear { thai, christmas: christmas.unwrap_or(!thai) }
    }

    /// What the occasion celebrates in this year.
    pub fn theme(self, occasion: Occasion) -> Theme {
        match occasion {
            Occasion::Birthday => Theme::Birthday,
            Occasion::PurchaseAnniversary => Theme::Anniversary,
            Occasion::Month(m) => match (m.max(1) - 1) % 12 + 1 {
                1 => Theme::NewYear,
                2 => Theme::Valentine,
                3 => Theme::Spring,
                4 if self.thai => Theme::Songkran,
                4 => Theme::Easter,
                5 => Theme::May,
                6 => Theme::Summer,
                7 => Theme::Holidays,
                8 => Theme::LateSummer,
                9 => Theme::BackToSchool,
                10 => Theme::Halloween,
                11 if self.thai => Theme::LoyKrathong,
                11 => Theme::Autumn,
                _ if self.christmas => Theme::Christmas,
                _ => Theme::YearEnd,
            },
        }
    }
}

/// A card design and its greeting. The greeting defaults to the theme's, in each card's
/// language; the shopkeeper may replace it, language by language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardDesign {
    pub occasion: Occasion,
    /// What the design shows, from the occasion and the shop's year.
    pub theme: Theme,
    /// The shopkeeper's own greetings, by language.
    pub greetings: Vec<(Language, String)>,
}

/// Colours of a design: `paper` behind everything, `band` behind the motifs, `ink` for the
/// greeting and headings, `accent` for rules and the personal line, `a`/`b`/`c` for motifs.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Palette {
    pub paper: Rgb,
    pub band: Rgb,
    pub ink: Rgb,
    pub accent: Rgb,
    pub a: Rgb,
    pub b: Rgb,
    pub c: Rgb,
}

impl CardDesign {
    /// The design of an occasion in the shop's year.
    pub fn for_occasion(occasion: Occasion, year: ShopYear) -> CardDesign {
        let occasion = match occasion {
            Occasion::Month(m) => Occasion::Month((m.max(1) - 1) % 12 + 1),
            other => other,
        };
        CardDesign { occasion, theme: year.theme(occasion), greetings: Vec::new() }
    }

    /// The seasonal design of a month in the default (French) year; months outside 1..=12 wrap
    /// around (13 is January).
    pub fn month(month: u32) -> CardDesign {
        CardDesign::for_occasion(Occasion::Month(month), ShopYear::default())
    }

    pub fn birthday() -> CardDesign {
        CardDesign::for_occasion(Occasion::Birthday, ShopYear::default())
    }

    pub fn purchase_anniversary() -> CardDesign {
        CardDesign::for_occasion(Occasion::PurchaseAnniversary, ShopYear::default())
    }

    /// Replaces the default greeting of the cards in `language`.
    pub fn with_greeting(mut self, language: Language, greeting: impl Into<String>) -> CardDesign {
        self.greetings.retain(|(l, _)| *l != language);
        self.greetings.push((language, greeting.into()));
        self
    }

    /// The greeting printed on the front of a card in `language`: the shopkeeper's, or the
    /// theme's default.
    pub fn greeting(&self, language: Language) -> String {
        match self.greetings.iter().find(|(l, _)| *l == language) {
            Some((_, g)) if !g.trim().is_empty() => g.trim().to_owned(),
            _ => greetings::default_greeting(self.theme, language),
        }
    }

    /// The theme's ready-made message in `language`, in the card's voice.
    pub fn default_message(&self, language: Language, voice: Voice) -> String {
        greetings::default_message(self.theme, language, voice)
    }

    pub(crate) fn palette(&self) -> Palette {
        let p = |paper, band, ink, accent, a, b, c| Palette {
            paper: Rgb::hex(paper),
            band: Rgb::hex(band),
            ink: Rgb::hex(ink),
            accent: Rgb::hex(accent),
            a: Rgb::hex(a),
            b: Rgb::hex(b),
            c: Rgb::hex(c),
        };
        match self.theme {
            Theme::NewYear => p(0xf3f7fb, 0x1f3b63, 0x1f3b63, 0x3f7cbf, 0xffffff, 0xa9cbee, 0xd9b44a),
            Theme::Valentine => p(0xfff5f6, 0xf7d4da, 0x8e1b33, 0xd23a57, 0xd23a57, 0xf08ca0, 0xffffff),
            Theme::Spring => p(0xf8fbf1, 0xdcefc4, 0x35602a, 0x6aa84f, 0xf4c430, 0xf7f3e3, 0x6aa84f),
            Theme::Easter => p(0xfbf8ff, 0xe6dcf5, 0x5b3f8c, 0x8e6cc4, 0xf6c6d8, 0xb9e3d2, 0xfbe29b),
            Theme::May => p(0xf7fbf6, 0xd7ecd9, 0x2f5d3a, 0x4f9a62, 0xffffff, 0x4f9a62, 0xf2b6c6),
            Theme::Summer => p(0xfffaf0, 0xffe7a8, 0x9a4a00, 0xf29a1f, 0xffc629, 0xf28c1f, 0x6cc3d5),
            Theme::Holidays => p(0xf2fafc, 0xbfe6f0, 0x0f4c68, 0x1b8bb4, 0x1b8bb4, 0xffffff, 0xf2674a),
            Theme::LateSummer => p(0xfffaf2, 0xf6dfb0, 0x6b4a10, 0xc98a16, 0xf6c026, 0x6b3e12, 0x7aa63d),
            Theme::BackToSchool => p(0xfbf9f4, 0xf1e2c8, 0x7a2e1f, 0xc0462c, 0xc0392b, 0x7aa63d, 0xe8a33d),
            Theme::Halloween => p(0xfaf5fb, 0x3b2550, 0x3b2550, 0xe8731c, 0xef7d1f, 0x4e8a3a, 0xf5d35c),
            Theme::Autumn => p(0xfbf7f1, 0xeddcc5, 0x6d3b1a, 0xb5541c, 0xc4561d, 0xd9962b, 0x8c3b1a),
            Theme::Christmas => p(0xfbf7f2, 0x1d5a3c, 0x8c1c24, 0xb8262f, 0x2e7d52, 0xe3b341, 0xc8303a),
            // Burgundy and gold: festive without a Christian motif.
            Theme::YearEnd => p(0xfbf8f2, 0x7a1f3d, 0x7a1f3d, 0xc9a13b, 0xe8c25a, 0xffffff, 0xe86a8a),
            // Water blue, jasmine white, the marigold of the garlands.
            Theme::Songkran => p(0xf2f9fc, 0x17769e, 0x0d4a6b, 0x1f8fbf, 0xffffff, 0x9fdcf5, 0xf2a541),
            // The full-moon night, banana-leaf green, candle gold, lotus pink.
            Theme::LoyKrathong => p(0xf7f5fb, 0x1c2553, 0x1c2553, 0xd9a441, 0x5fa35a, 0xf5c542, 0xf29fc5),
            Theme::Birthday => p(0xfffaf3, 0xfde3cf, 0x7d2a5a, 0xe0507e, 0xe0507e, 0x4aa3d8, 0xf5b82e),
            Theme::Anniversary => p(0xfbfaf6, 0x233a4d, 0x233a4d, 0xb8912f, 0xd9b44a, 0xf3e6bd, 0xffffff),
        }
    }

    /// The front's shared artwork on a `w`×`h` pt card: paper, the motif band across the top
    /// `band_h` points, and a frame. The greeting and the panel for the message are drawn by
    /// the card layout.
    pub(crate) fn draw_front(&self, s: &mut Sketch, w: f32, h: f32, band_h: f32) {
        let pal = self.palette();
        s.fill_color(pal.paper);
        s.rect(0.0, 0.0, w, h);
        s.fill();
        let y0 = h - band_h;
        s.fill_color(pal.band);
        s.rect(0.0, y0, w, band_h);
        s.fill();
        // Motifs sit at both ends of the band; the middle is kept for the greeting.
        let cy = y0 + band_h * 0.5;
        let unit = band_h / 2.0;
        match self.theme {
            Theme::NewYear => {
                for (fx, fy, r) in SPRINKLE {
                    snowflake(s, fx * w, y0 + fy * band_h, r * unit * 0.55, if r > 0.5 { pal.a } else { pal.b });
                }
                star(s, w * 0.5, y0 + band_h * 0.9, unit * 0.07, 5, 0.45, pal.c);
            }
            Theme::Valentine => {
                for (i, (fx, fy, r)) in SPRINKLE.iter().enumerate() {
                    heart(s, fx * w, y0 + fy * band_h, r * unit * 0.5, if i % 3 == 0 { pal.b } else { pal.a });
                }
            }
            Theme::Spring => {
                for (i, fx) in [0.05f32, 0.11, 0.17, 0.83, 0.89, 0.95].iter().enumerate() {
                    let bloom = if i % 2 == 0 { pal.a } else { Rgb::hex(0xe0507e) };
                    tulip(s, fx * w, cy - unit * 0.15 + (i % 2) as f32 * unit * 0.2, unit * 1.2, bloom, pal.c);
                }
            }
            Theme::Easter => {
                for (i, (fx, fy)) in [(0.07f32, 0.45f32), (0.15, 0.35), (0.11, 0.7), (0.85, 0.38), (0.93, 0.5), (0.89, 0.72)].iter().enumerate() {
                    let (shell, band) = [(pal.a, pal.accent), (pal.b, Rgb::hex(0xe0507e)), (pal.c, pal.accent)][i % 3];
                    egg(s, fx * w, y0 + fy * band_h, unit * 0.32, shell, band);
                }
            }
            Theme::May => {
                for (fx, flip) in [(0.06f32, false), (0.14, true), (0.86, false), (0.94, true)] {
                    lily_of_the_valley(s, fx * w - if flip { unit * 0.2 } else { 0.0 }, cy, unit * 1.1, pal.a, pal.b);
                }
                for (fx, fy, r) in SPRINKLE.iter().step_by(3) {
                    flower(s, fx * w, y0 + fy * band_h, r * unit * 0.3, 5, pal.c, Rgb::hex(0xf6d55c));
                }
            }
            Theme::Summer => {
                sun(s, w * 0.1, cy, unit * 0.62, pal.a, pal.b);
                sun(s, w * 0.9, cy + unit * 0.2, unit * 0.45, pal.a, pal.b);
                for (fx, fy, r) in SPRINKLE.iter().step_by(2) {
                    s.fill_color(pal.c);
                    s.circle(fx * w, y0 + fy * band_h, r * unit * 0.12);
                    s.fill();
                }
            }
            Theme::Holidays => {
                for i in 0..3 {
                    wave(s, -5.0, w + 5.0, y0 + unit * (0.15 + i as f32 * 0.16), unit * 0.06, unit * 0.5, unit * 0.05, pal.b);
                }
                sailboat(s, w * 0.1, y0 + unit * 0.55, unit * 0.9, pal.accent, pal.b);
                sailboat(s, w * 0.9, y0 + unit * 0.6, unit * 0.7, pal.ink, pal.c);
                sun(s, w * 0.76, y0 + band_h * 0.82, unit * 0.2, Rgb::hex(0xffc629), Rgb::hex(0xf6a21f));
            }
            Theme::LateSummer => {
                for (fx, fy, r) in [(0.08f32, 0.5f32, 0.55f32), (0.17, 0.78, 0.32), (0.9, 0.45, 0.5), (0.82, 0.8, 0.3)] {
                    leaf(s, fx * w, y0 + fy * band_h - r * unit, r * unit * 1.1, -60.0, pal.c);
                    sunflower(s, fx * w, y0 + fy * band_h, r * unit, pal.a, pal.b);
                }
            }
            Theme::BackToSchool => {
                for (i, (fx, fy)) in [(0.07f32, 0.4f32), (0.15, 0.65), (0.86, 0.42), (0.94, 0.68)].iter().enumerate() {
                    apple(s, fx * w, y0 + fy * band_h, unit * 0.34, if i % 2 == 0 { pal.a } else { pal.c }, pal.b);
                }
                for (fx, fy, _) in SPRINKLE.iter().step_by(2) {
                    autumn_leaf(s, fx * w, y0 + fy * band_h, unit * 0.12, fx * 400.0, pal.c);
                }
            }
            Theme::Halloween => {
                pumpkin(s, w * 0.1, cy - unit * 0.2, unit * 0.5, pal.a, pal.b);
                pumpkin(s, w * 0.19, cy - unit * 0.45, unit * 0.3, pal.a, pal.b);
                pumpkin(s, w * 0.89, cy - unit * 0.25, unit * 0.45, pal.a, pal.b);
                s.fill_color(pal.c);
                s.circle(w * 0.82, y0 + band_h * 0.8, unit * 0.16);
                s.fill();
                s.fill_color(pal.band);
                s.circle(w * 0.835, y0 + band_h * 0.82, unit * 0.14);
                s.fill();
                for (fx, fy, r) in SPRINKLE.iter().step_by(2) {
                    star(s, fx * w, y0 + fy * band_h, r * unit * 0.12, 5, 0.45, pal.c);
                }
            }
            Theme::Autumn => {
                for (i, (fx, fy, r)) in SPRINKLE.iter().enumerate() {
                    let c = [pal.a, pal.b, pal.c][i % 3];
                    autumn_leaf(s, fx * w, y0 + fy * band_h, r * unit * 0.45, i as f32 * 47.0, c);
                }
            }
            Theme::Christmas => {
                for (fx, h) in [(0.07f32, 1.3f32), (0.15, 0.9), (0.86, 1.0), (0.94, 1.35)] {
                    fir_tree(s, fx * w, cy - unit * 0.1 - (1.3 - h) * unit * 0.4, unit * h, pal.a, Rgb::hex(0x6b4226));
                }
                for (fx, fy, r) in SPRINKLE.iter() {
                    star(s, fx * w, y0 + fy * band_h, r * unit * 0.14, 5, 0.45, pal.b);
                }
                star(s, w * 0.07, cy + unit * 0.62, unit * 0.14, 5, 0.45, pal.b);
            }
            Theme::YearEnd => {
                for (fx, fy, r, i) in [(0.07f32, 0.42f32, 0.42f32, 0usize), (0.16, 0.3, 0.3, 1), (0.87, 0.38, 0.38, 2), (0.95, 0.62, 0.26, 0)] {
                    let (box_c, ribbon) = [(pal.a, pal.b), (pal.c, pal.a), (pal.b, pal.c)][i];
                    gift(s, fx * w, y0 + fy * band_h, r * unit, box_c, ribbon);
                }
                for (i, (fx, fy, r)) in SPRINKLE.iter().enumerate() {
                    if i % 2 == 0 {
                        star(s, fx * w, y0 + fy * band_h, r * unit * 0.14, 5, 0.45, pal.a);
                    } else {
                        confetti(s, fx * w, y0 + fy * band_h, r * unit * 0.08, i as f32 * 37.0, pal.c);
                    }
                }
            }
            Theme::Songkran => {
                for i in 0..3 {
                    wave(s, -5.0, w + 5.0, y0 + unit * (0.12 + i as f32 * 0.14), unit * 0.05, unit * 0.45, unit * 0.045, pal.b);
                }
                water_bowl(s, w * 0.1, cy - unit * 0.1, unit * 0.5, Rgb::hex(0xd9dde2), pal.b);
                for (dx, dy, r) in [(-0.035f32, 0.66f32, 0.07f32), (0.0, 0.82, 0.09), (0.04, 0.7, 0.06), (0.07, 0.9, 0.05)] {
                    water_drop(s, w * (0.1 + dx), y0 + band_h * dy, unit * r, pal.b);
                }
                // A jasmine garland (phuang malai) hanging on the right, marigold at its foot.
                s.stroke_color(pal.a.tint(0.2));
                s.line_width(unit * 0.025);
                s.move_to(w * 0.8, y0 + band_h * 0.88);
                s.curve_to(w * 0.83, y0 + band_h * 0.15, w * 0.91, y0 + band_h * 0.15, w * 0.94, y0 + band_h * 0.88);
                s.stroke();
                for i in 0..7 {
                    let t = i as f32 / 6.0;
                    let (fx, fy) = (0.8 + 0.14 * t, 0.88 - 0.55 * (1.0 - (2.0 * t - 1.0).powi(2)));
                    flower(s, w * fx, y0 + band_h * fy, unit * 0.11, 5, pal.a, pal.c);
                }
                flower(s, w * 0.87, y0 + band_h * 0.22, unit * 0.16, 8, pal.c, Rgb::hex(0xd9822b));
                for (fx, fy, r) in SPRINKLE.iter().skip(1).step_by(3) {
                    water_drop(s, fx * w, y0 + fy * band_h, r * unit * 0.09, pal.b);
                }
            }
            Theme::LoyKrathong => {
                s.fill_color(Rgb::hex(0xfdf3c4));
                s.circle(w * 0.9, y0 + band_h * 0.74, unit * 0.22);
                s.fill();
                for i in 0..3 {
                    wave(s, -5.0, w + 5.0, y0 + unit * (0.1 + i as f32 * 0.13), unit * 0.04, unit * 0.55, unit * 0.035, Rgb::hex(0x3a4a8a));
                }
                for (fx, fy, r) in [(0.09f32, 0.3f32, 0.5f32), (0.19, 0.2, 0.32), (0.82, 0.25, 0.4)] {
                    krathong(s, fx * w, y0 + band_h * fy, unit * r, pal.a, pal.c, pal.b);
                }
                for (fx, fy, r) in SPRINKLE.iter().step_by(2) {
                    if *fy > 0.5 {
                        star(s, fx * w, y0 + fy * band_h, r * unit * 0.08, 4, 0.4, pal.b);
                    }
                }
            }
            Theme::Birthday => {
                for (i, (fx, fy)) in [(0.06f32, 0.55f32), (0.12, 0.7), (0.18, 0.5), (0.83, 0.6), (0.9, 0.75), (0.95, 0.5)].iter().enumerate() {
                    balloon(s, fx * w, y0 + fy * band_h, unit * 0.25, [pal.a, pal.b, pal.c][i % 3]);
                }
                for (i, (fx, fy, r)) in SPRINKLE.iter().enumerate() {
                    confetti(s, fx * w, y0 + fy * band_h, r * unit * 0.09, i as f32 * 37.0, [pal.a, pal.b, pal.c][i % 3]);
                }
            }
            Theme::Anniversary => {
                for (fx, fy, r) in SPRINKLE {
                    star(s, fx * w, y0 + fy * band_h, r * unit * 0.2, 5, 0.42, if r > 0.5 { pal.a } else { pal.b });
                }
                for side in [-1.0f32, 1.0] {
                    // Two laurel branches framing the greeting.
                    for i in 0..6 {
                        let t = i as f32 / 5.0;
                        let x = w * 0.5 + side * w * (0.36 - 0.05 * t);
                        let y = y0 + band_h * (0.25 + 0.5 * t);
                        leaf(s, x, y, unit * 0.28, if side < 0.0 { 120.0 - t * 50.0 } else { 60.0 + t * 50.0 }, pal.a);
                    }
                }
            }
        }
        // A thin frame inside the trim, in the accent colour.
        s.stroke_color(pal.accent);
        s.line_width(0.8);
        s.rect(6.0, 6.0, w - 12.0, h - 12.0);
        s.stroke();
    }

    /// A small strip of the design's motif for the address side, so both sides belong together.
    pub(crate) fn draw_back_accent(&self, s: &mut Sketch, x: f32, y: f32, w: f32, h: f32) {
        let pal = self.palette();
        s.fill_color(pal.band);
        s.rect(x, y, w, h);
        s.fill();
        let r = h * 0.32;
        let n = ((w / (h * 1.4)).floor() as usize).max(1);
        for i in 0..n {
            let cx = x + (i as f32 + 0.5) * w / n as f32;
            let cy = y + h / 2.0;
            match self.theme {
                Theme::NewYear => snowflake(s, cx, cy, r, pal.a),
                Theme::Valentine => heart(s, cx, cy, r, pal.a),
                Theme::Spring | Theme::May => flower(s, cx, cy, r, 5, pal.a, pal.accent),
                Theme::Easter => egg(s, cx, cy - r * 0.15, r * 0.7, pal.a, pal.accent),
                Theme::Summer => sun(s, cx, cy, r * 0.8, pal.a, pal.b),
                Theme::Holidays => heart(s, cx, cy, r * 0.6, pal.c),
                Theme::LateSummer => sunflower(s, cx, cy, r, pal.a, pal.b),
                Theme::BackToSchool => apple(s, cx, cy - r * 0.1, r * 0.75, pal.a, pal.b),
                Theme::Halloween => pumpkin(s, cx, cy - r * 0.1, r * 0.8, pal.a, pal.b),
                Theme::Autumn => autumn_leaf(s, cx, cy, r, i as f32 * 40.0, pal.a),
                Theme::Christmas => star(s, cx, cy, r, 5, 0.45, pal.b),
                Theme::YearEnd => gift(s, cx, cy - r * 0.1, r * 0.6, pal.a, pal.b),
                Theme::Songkran => water_drop(s, cx, cy - r * 0.3, r * 0.5, pal.b),
                Theme::LoyKrathong => krathong(s, cx, cy - r * 0.55, r * 0.75, pal.a, pal.c, pal.b),
                Theme::Birthday => balloon(s, cx, cy + r * 0.3, r * 0.6, [pal.a, pal.b, pal.c][i % 3]),
                Theme::Anniversary => star(s, cx, cy, r, 5, 0.42, pal.a),
            }
        }
    }
}

/// Hand-placed positions (share of band width, share of band height, relative size) for
/// scattered motifs, kept away from the middle where the greeting goes.
const SPRINKLE: [(f32, f32, f32); 14] = [
    (0.05, 0.3, 0.9),
    (0.13, 0.68, 0.6),
    (0.2, 0.28, 0.45),
    (0.09, 0.86, 0.35),
    (0.25, 0.8, 0.3),
    (0.3, 0.15, 0.25),
    (0.95, 0.7, 0.85),
    (0.87, 0.3, 0.65),
    (0.8, 0.75, 0.45),
    (0.92, 0.14, 0.35),
    (0.74, 0.18, 0.3),
    (0.7, 0.86, 0.25),
    (0.4, 0.9, 0.2),
    (0.6, 0.1, 0.2),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twelve_distinct_month_designs() {
        let mut drawings: Vec<String> = (1..=12)
            .map(|m| {
                let mut s = Sketch::new();
                CardDesign::month(m).draw_front(&mut s, 420.0, 298.0, 120.0);
                s.into_string()
            })
            .collect();
        assert!(drawings.iter().all(|d| d.len() > 500), "every month draws motifs");
        drawings.sort();
        drawings.dedup();
        assert_eq!(drawings.len(), 12);
    }

    #[test]
    fn months_wrap_and_greetings_can_be_replaced() {
        assert_eq!(CardDesign::month(13).occasion, Occasion::Month(1));
        assert_eq!(CardDesign::month(0).occasion, Occasion::Month(1));
        assert_eq!(CardDesign::month(12).greeting(Language::Fr), "Joyeux Noël");
        assert_eq!(CardDesign::month(13).greeting(Language::Th), "สวัสดีปีใหม่");
        let own = CardDesign::month(12).with_greeting(Language::Fr, "Bonnes fêtes !");
        assert_eq!(own.greeting(Language::Fr), "Bonnes fêtes !");
        assert_eq!(own.greeting(Language::Nl), "Vrolijk kerstfeest", "each language has its own");
        assert_eq!(CardDesign::birthday().with_greeting(Language::En, "  ").greeting(Language::En), "Happy birthday");
    }

    #[test]
    fn a_thai_year_has_songkran_loy_krathong_and_christmas_only_when_chosen() {
        let thai = ShopYear::new("TH", Calendar::Gregorian, None);
        let themes: Vec<Theme> = (1..=12).map(|m| thai.theme(Occasion::Month(m))).collect();
        assert_eq!(themes[0], Theme::NewYear);
        assert_eq!(themes[3], Theme::Songkran);
        assert_eq!(themes[10], Theme::LoyKrathong);
        assert_eq!(themes[11], Theme::YearEnd, "no Christmas card unless the shop chooses one");
        assert_eq!(ShopYear::new("th", Calendar::Buddhist, Some(true)).theme(Occasion::Month(12)), Theme::Christmas);
        assert_eq!(ShopYear::new("FR", Calendar::Buddhist, None).theme(Occasion::Month(4)), Theme::Songkran, "the Buddhist Era is a Thai year");
        let french = ShopYear::new("FR", Calendar::Gregorian, None);
        assert_eq!(french.theme(Occasion::Month(4)), Theme::Easter);
        assert_eq!(french.theme(Occasion::Month(12)), Theme::Christmas);
        assert_eq!(ShopYear::new("BE", Calendar::Gregorian, Some(false)).theme(Occasion::Month(12)), Theme::YearEnd);
        // Twelve distinct designs in the Thai year too.
        let mut drawings: Vec<String> = (1..=12)
            .map(|m| {
                let mut s = Sketch::new();
                CardDesign::for_occasion(Occasion::Month(m), thai).draw_front(&mut s, 420.0, 298.0, 120.0);
                s.into_string()
            })
            .collect();
        drawings.sort();
        drawings.dedup();
        assert_eq!(drawings.len(), 12);
        assert_eq!(CardDesign::for_occasion(Occasion::Month(4), thai).greeting(Language::Nl), "Fijne Songkran");
    }
}
