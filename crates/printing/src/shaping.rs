//! Text shaping with rustybuzz, per-run font fallback, measuring and line wrapping.
//!
//! Widths are in thousandths of an em ("text units"): multiply by the font size and divide
//! by 1000 to get points. Everything that decides where a line breaks or how much a name
//! shrinks measures the same shaped advances that are later drawn, so nothing can overflow
//! by a rounding difference.

use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;
use std::sync::OnceLock;

use icu_segmenter::LineSegmenter;
use icu_segmenter::LineSegmenterBorrowed;
use icu_segmenter::options::LineBreakOptions;

use rustybuzz::{Direction, Feature, Script, ShapePlan, UnicodeBuffer, ttf_parser::Tag};

use crate::fonts::{FontKey, Style};

/// One glyph, placed relative to the start of its run, in text units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Glyph {
    pub gid: u16,
    pub x: f32,
    pub y: f32,
}

/// A stretch of text drawn with one font.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Run {
    pub font: FontKey,
    pub text: Box<str>,
    /// Each character became its own default glyph at its nominal advance, so the PDF can
    /// show the characters as they are (compact, and copy/paste maps them back). Runs with
    /// marks, contextual forms or kerning are drawn glyph by glyph instead.
    pub simple: bool,
    pub glyphs: Vec<Glyph>,
    pub width: f32,
}

/// A word (or any text without line breaks), shaped.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct Shaped {
    pub runs: Vec<Run>,
    pub width: f32,
}

/// A laid-out line: shaped words at their x positions (text units).
#[derive(Debug, Clone, Default)]
pub(crate) struct Line {
    pub pieces: Vec<(f32, Rc<Shaped>)>,
    pub width: f32,
}

impl Line {
    pub(crate) fn width_pt(&self, size: f32) -> f32 {
        self.width * size / 1000.0
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.pieces.is_empty()
    }

    /// The words of the line, as shaped, each with whether a space comes before it (none
    /// between Thai words, nor after a hyphen the line broke at).
    pub(crate) fn words(&self) -> Vec<(bool, String)> {
        let mut end = 0.0;
        self.pieces
            .iter()
            .enumerate()
            .map(|(i, (x, w))| {
                let spaced = i > 0 && *x > end + 0.01;
                end = x + w.width;
                (spaced, w.runs.iter().map(|r| &*r.text).collect())
            })
            .collect()
    }

    /// The line's text as shaped: its words with their spaces.
    #[cfg(test)]
    pub(crate) fn text(&self) -> String {
        self.words().into_iter().map(|(spaced, w)| if spaced { format!(" {w}") } else { w }).collect()
    }
}

/// Shapes text, caching words: a batch of cards repeats the same body, cities and first
/// names thousands of times, and a cache hit costs a hash instead of a shaping pass.
#[derive(Default)]
pub(crate) struct Shaper {
    cache: HashMap<(Style, bool), HashMap<Box<str>, Rc<Shaped>>>,
    cached: usize,
    /// Every glyph shaped so far, per font, with the text it stands for: what the fonts are
    /// subset to and what copy/paste gives back.
    used: [BTreeMap<u16, String>; 6],
    /// Shaping plans by (font, kerning, direction, script).
    plans: Vec<((FontKey, bool, Direction, Script), ShapePlan)>,
}

/// Above this many cached words the cache starts over, bounding memory on huge batches.
const CACHE_LIMIT: usize = 200_000;

impl Shaper {
    pub(crate) fn new() -> Shaper {
        Shaper::default()
    }

    pub(crate) fn used_glyphs(&self, font: FontKey) -> &BTreeMap<u16, String> {
        &self.used[font.index()]
    }

    /// Shapes text that holds no line break. `kern` turns on the font's pair kerning: worth it
    /// for large display text, invisible at reading sizes where it would only cost bytes.
    pub(crate) fn shape(&mut self, style: Style, kern: bool, text: &str) -> Rc<Shaped> {
        if let Some(hit) = self.cache.get(&(style, kern)).and_then(|words| words.get(text)) {
            return hit.clone();
        }
        let shaped = Rc::new(self.shape_uncached(style, kern, text));
        if self.cached >= CACHE_LIMIT {
            self.cache.clear();
            self.cached = 0;
        }
        self.cached += 1;
        self.cache.entry((style, kern)).or_default().insert(Box::from(text), shaped.clone());
        shaped
    }

    fn shape_uncached(&mut self, style: Style, kern: bool, text: &str) -> Shaped {
        let mut shaped = Shaped::default();
        for (font, segment) in segment_by_font(style, text) {
            let run = self.shape_run(font, kern, &segment);
            shaped.width += run.width;
            shaped.runs.push(run);
        }
        shaped
    }

    fn shape_run(&mut self, font: FontKey, kern: bool, text: &str) -> Run {
        let face = font.face();
        let scale = 1000.0 / font.units_per_em();
        let mut buffer = UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        let features = [Feature::new(Tag::from_bytes(b"kern"), u32::from(kern), ..)];
        // Building a shaping plan costs more than shaping a name with it; `rustybuzz::shape`
        // builds one per call, so plans are kept per font and buffer properties.
        let output = if buffer.language().is_none() {
            let key = (font, kern, buffer.direction(), buffer.script());
            let index = match self.plans.iter().position(|(k, _)| *k == key) {
                Some(i) => i,
                None => {
                    let plan = ShapePlan::new(face, key.2, Some(key.3), None, &features);
                    self.plans.push((key, plan));
                    self.plans.len() - 1
                }
            };
            rustybuzz::shape_with_plan(face, &self.plans[index].1, buffer)
        } else {
            rustybuzz::shape(face, &features, buffer)
        };
        let infos = output.glyph_infos();
        let positions = output.glyph_positions();

        let mut glyphs = Vec::with_capacity(infos.len());
        let mut pen = 0.0f32;
        let mut simple = infos.len() == text.chars().count();
        let used = &mut self.used[font.index()];
        for (i, (info, pos)) in infos.iter().zip(positions).enumerate() {
            let gid = info.glyph_id as u16;
            let start = info.cluster as usize;
            let end = infos.get(i + 1).map(|n| n.cluster as usize).filter(|&e| e > start).unwrap_or_else(|| {
                // Last glyph of its cluster: the cluster runs to the next cluster start.
                infos[i..].iter().map(|n| n.cluster as usize).find(|&c| c > start).unwrap_or(text.len())
            });
            let cluster = text.get(start..end).unwrap_or("");
            let mut chars = cluster.chars();
            let single = match (chars.next(), chars.next()) {
                (Some(c), None) => Some(c),
                _ => None,
            };
            let nominal = single.and_then(|c| face.glyph_index(c)).map(|g| g.0);
            let nominal_advance = face.glyph_hor_advance(rustybuzz::ttf_parser::GlyphId(gid));
            simple &= nominal == Some(gid)
                && pos.x_offset == 0
                && pos.y_offset == 0
                && nominal_advance.map(i32::from) == Some(pos.x_advance);
            // What copy/paste returns for this glyph. A PDF maps each glyph to one text for the
            // whole file, so a glyph that is some character's own stands for that character
            // alone (mapping a Thai consonant to the consonant-and-tone-mark cluster it was
            // first seen in garbled every later use of it). A glyph no character owns (a
            // ligature, a tone mark's lowered form) stands for the cluster's characters that
            // have no glyph of their own there, on the first such glyph of the cluster.
            if gid != 0 {
                let own = |c: char| face.glyph_index(c).map(|g| g.0);
                let meaning = match cluster.chars().find(|&c| own(c) == Some(gid)) {
                    Some(c) => c.to_string(),
                    None => {
                        let in_cluster = || infos.iter().filter(|n| n.cluster == info.cluster).map(|n| n.glyph_id as u16);
                        let first_alternate = infos[..i]
                            .iter()
                            .rev()
                            .take_while(|n| n.cluster == info.cluster)
                            .all(|n| cluster.chars().any(|c| own(c) == Some(n.glyph_id as u16)));
                        if first_alternate {
                            cluster.chars().filter(|&c| !own(c).is_some_and(|g| in_cluster().any(|h| h == g))).collect()
                        } else {
                            String::new()
                        }
                    }
                };
                used.entry(gid).or_insert(meaning);
            }
            glyphs.push(Glyph { gid, x: pen + pos.x_offset as f32 * scale, y: pos.y_offset as f32 * scale });
            pen += pos.x_advance as f32 * scale;
        }
        Run { font, text: Box::from(text), simple, glyphs, width: pen }
    }

    /// The width of a space in `style`, in text units.
    pub(crate) fn space(&mut self, style: Style) -> f32 {
        self.shape(style, false, " ").width
    }

    /// One line, no wrapping.
    pub(crate) fn line(&mut self, style: Style, kern: bool, text: &str) -> Line {
        let mut line = Line::default();
        let space = self.space(style);
        for word in text.split_whitespace() {
            if !line.pieces.is_empty() {
                line.width += space;
            }
            let shaped = self.shape(style, kern, word);
            line.pieces.push((line.width, shaped.clone()));
            line.width += shaped.width;
        }
        line
    }

    /// Greedy wrapping to `max_width` points at `size`, breaking only where Unicode's line
    /// breaking rules allow (UAX #14, through ICU4X's segmenter): at spaces and after hyphens,
    /// and inside Thai, Lao, Khmer and Burmese text between the words its dictionary finds, as
    /// those scripts write no spaces between words. A word longer than the line is cut between
    /// characters (never before a combining mark) so it never sticks out. Explicit newlines
    /// are kept.
    pub(crate) fn wrap(&mut self, style: Style, text: &str, size: f32, max_width: f32) -> Vec<Line> {
        let max = max_width.max(1.0) * 1000.0 / size.max(0.1);
        let space = self.space(style);
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let mut line = Line::default();
            // Whether a space stands between the line so far and the next word.
            let mut spaced = false;
            let mut words = break_words(paragraph);
            words.reverse();
            while let Some((word, space_after)) = words.pop() {
                let shaped = self.shape(style, false, &word);
                let start = match (line.is_empty(), spaced) {
                    (true, _) => 0.0,
                    (false, true) => line.width + space,
                    (false, false) => line.width,
                };
                if start + shaped.width <= max {
                    line.pieces.push((start, shaped.clone()));
                    line.width = start + shaped.width;
                    spaced = space_after;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    words.push((word, space_after));
                    continue;
                }
                // Alone on its line and still too wide: keep the longest prefix that fits.
                let (head, tail) = self.split_to_fit(style, &word, max);
                let head_shaped = self.shape(style, false, &head);
                line.width = head_shaped.width;
                line.pieces.push((0.0, head_shaped));
                lines.push(std::mem::take(&mut line));
                if tail.is_empty() {
                    spaced = space_after;
                } else {
                    words.push((tail, space_after));
                }
            }
            lines.push(line);
        }
        lines
    }

    /// Splits a word at the last character boundary that fits `max` text units, never before a
    /// combining mark (a Thai vowel or tone mark stays on its consonant); at least one
    /// character goes on the line so wrapping always makes progress.
    fn split_to_fit(&mut self, style: Style, word: &str, max: f32) -> (String, String) {
        let boundaries: Vec<usize> = word
            .char_indices()
            .skip(1)
            .filter(|(_, c)| !attaches_to_previous(*c))
            .map(|(i, _)| i)
            .chain([word.len()])
            .collect();
        let mut best = boundaries[0];
        for &b in &boundaries {
            if self.shape(style, false, &word[..b]).width <= max {
                best = b;
            } else {
                break;
            }
        }
        (word[..best].to_owned(), word[best..].to_owned())
    }
}

/// The line segmenter, built once: rules for every script, and the dictionaries of the
/// scripts written without spaces.
fn segmenter() -> LineSegmenterBorrowed<'static> {
    static SEGMENTER: OnceLock<LineSegmenterBorrowed<'static>> = OnceLock::new();
    *SEGMENTER.get_or_init(|| LineSegmenter::new_dictionary(LineBreakOptions::default()))
}

/// The byte offsets where a line may break in `text`, as the segmenter offers them (0 and the
/// end included).
pub(crate) fn break_opportunities(text: &str) -> Vec<usize> {
    segmenter().segment_str(text).collect()
}

/// The words of a paragraph between its break opportunities, trimmed, each with whether a
/// space follows it.
fn break_words(paragraph: &str) -> Vec<(String, bool)> {
    let breaks = break_opportunities(paragraph);
    let mut words: Vec<(String, bool)> = Vec::new();
    for pair in breaks.windows(2) {
        let segment = &paragraph[pair[0]..pair[1]];
        let word = segment.trim();
        if word.is_empty() {
            // Spaces alone (leading ones): they only separate.
            if let Some(last) = words.last_mut() {
                last.1 = true;
            }
            continue;
        }
        let space_after = segment.trim_end().len() < segment.len();
        words.push((word.to_owned(), space_after));
    }
    words
}

/// Cuts text into runs that one font can draw. Combining marks and joiners stay with the
/// character they belong to; characters no embedded font has (emoji) are dropped rather than
/// printed as empty boxes.
fn segment_by_font(style: Style, text: &str) -> Vec<(FontKey, String)> {
    let mut segments: Vec<(FontKey, String)> = Vec::new();
    for c in text.chars() {
        if c.is_control() {
            continue;
        }
        if let Some((font, segment)) = segments.last_mut()
            && (attaches_to_previous(c) || (c.is_whitespace() && font.covers(c))) {
                segment.push(c);
                continue;
            }
        let Some((font, c)) = pick(style, c).map(|f| (f, c)).or_else(|| {
            let sub = substitute(c)?;
            pick(style, sub).map(|f| (f, sub))
        }) else {
            continue;
        };
        match segments.last_mut() {
            Some((last, segment)) if *last == font => segment.push(c),
            _ => segments.push((font, c.to_string())),
        }
    }
    segments
}

/// A look-alike for characters the fonts lack (this Noto Sans has no U+2212 MINUS SIGN, which
/// Money::format and offers use), so "−10 %" does not print as "10 %".
fn substitute(c: char) -> Option<char> {
    match c {
        '\u{2212}' | '\u{2011}' | '\u{2010}' => Some('-'),
        '\u{202F}' | '\u{2009}' | '\u{2007}' | '\u{2008}' => Some('\u{A0}'),
        _ => None,
    }
}

fn pick(style: Style, c: char) -> Option<FontKey> {
    style.chain().iter().copied().find(|f| f.covers(c))
}

/// Combining marks, variation selectors and joiners: drawn by the font of their base.
fn attaches_to_previous(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F
        | 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E | 0x200C | 0x200D | 0xFE00..=0xFE0F)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_words_are_simple_runs_in_one_font() {
        let mut s = Shaper::new();
        let w = s.shape(Style::Regular, false, "Lefèvre");
        assert_eq!(w.runs.len(), 1);
        assert_eq!(w.runs[0].font, FontKey::Sans);
        assert!(w.runs[0].simple);
        assert!(w.width > 2000.0 && w.width < 5000.0, "{}", w.width);
    }

    #[test]
    fn thai_falls_back_to_the_thai_font() {
        let mut s = Shaper::new();
        let w = s.shape(Style::Regular, false, "Somchai สมชาย");
        let fonts: Vec<FontKey> = w.runs.iter().map(|r| r.font).collect();
        assert_eq!(fonts, [FontKey::Sans, FontKey::Thai]);
        assert_eq!(&*w.runs[1].text, "สมชาย");
        assert!(s.used_glyphs(FontKey::Thai).values().any(|t| t == "ส"));
    }

    #[test]
    fn thai_tone_marks_are_positioned_glyph_by_glyph() {
        let mut s = Shaper::new();
        // ป + ู + ่: a tall consonant, a vowel below and a tone mark above.
        let w = s.shape(Style::Regular, false, "ปู่");
        assert!(!w.runs[0].simple);
    }

    #[test]
    fn decomposed_vietnamese_keeps_its_marks_with_the_base_letter() {
        let mut s = Shaper::new();
        let w = s.shape(Style::Bold, false, "Nguye\u{302}\u{303}n");
        assert_eq!(w.runs.len(), 1);
        assert_eq!(w.runs[0].font, FontKey::SansBold);
    }

    #[test]
    fn a_missing_minus_sign_prints_as_a_hyphen() {
        let mut s = Shaper::new();
        let w = s.shape(Style::Italic, false, "−10");
        assert_eq!(w.runs.iter().map(|r| &*r.text).collect::<String>(), "-10");
    }

    #[test]
    fn emoji_is_dropped_not_boxed() {
        let mut s = Shaper::new();
        let w = s.shape(Style::Regular, false, "Zoé🎉");
        assert_eq!(w.runs.iter().map(|r| &*r.text).collect::<String>(), "Zoé");
        assert!(s.shape(Style::Regular, false, "🎉").runs.is_empty());
    }

    #[test]
    fn wrapping_respects_the_width_and_keeps_every_word() {
        let mut s = Shaper::new();
        let text = "Nous vous remercions chaleureusement pour votre fidélité tout au long de cette année";
        let lines = s.wrap(Style::Regular, text, 10.0, 120.0);
        assert!(lines.len() >= 3);
        for l in &lines {
            assert!(l.width_pt(10.0) <= 120.0 + 0.01);
        }
        let words: usize = lines.iter().map(|l| l.pieces.len()).sum();
        assert_eq!(words, text.split_whitespace().count());
    }

    #[test]
    fn an_overlong_word_is_cut_rather_than_overflowing() {
        let mut s = Shaper::new();
        let lines = s.wrap(Style::Regular, &"W".repeat(200), 10.0, 50.0);
        assert!(lines.len() > 5);
        assert!(lines.iter().all(|l| l.width_pt(10.0) <= 50.0 + 0.01));
        assert!(s.wrap(Style::Regular, "", 10.0, 50.0).iter().all(Line::is_empty));
        assert!(!s.wrap(Style::Regular, "x", 10.0, 0.0).is_empty());
    }

    /// Where each wrapped line ends in `text`, as a byte offset after the spaces that follow
    /// it: the places the wrapping broke the text.
    fn line_ends(text: &str, lines: &[Line]) -> Vec<usize> {
        let mut ends = Vec::new();
        let mut at = 0;
        for line in lines {
            for c in line.text().chars().filter(|c| !c.is_whitespace()) {
                let (i, found) = text[at..].char_indices().find(|(_, t)| !t.is_whitespace()).map(|(i, t)| (at + i, t)).unwrap();
                assert_eq!(found, c, "the lines hold the text in order");
                at = i + found.len_utf8();
            }
            at += text[at..].len() - text[at..].trim_start().len();
            ends.push(at);
        }
        ends
    }

    #[test]
    fn thai_lines_break_only_where_the_segmenter_offers_a_break() {
        let mut s = Shaper::new();
        let text = "ขอบคุณที่เป็นลูกค้าคนสำคัญของเรามาโดยตลอด ทางร้านขออวยพรให้คุณและครอบครัวมีความสุขในเทศกาลสงกรานต์ปีนี้ \
                    สุขภาพแข็งแรงและโชคดีตลอดปี หวังว่าจะได้พบคุณอีกครั้งที่ร้านของเราในเร็ววันนี้ ด้วยความเคารพอย่างสูงจากทีมงานทุกคน";
        let offered = break_opportunities(text);
        for width in [48.0, 60.0, 75.0, 110.0] {
            let lines = s.wrap(Style::Regular, text, 10.0, width);
            assert!(lines.len() >= 4, "{width} pt: {} lines", lines.len());
            for line in &lines {
                assert!(line.width_pt(10.0) <= width + 0.01, "{width} pt: {:?} is wider", line.text());
            }
            let ends = line_ends(text, &lines);
            assert_eq!(ends.last(), Some(&text.len()), "every character printed");
            for (line, end) in lines.iter().zip(&ends) {
                assert!(offered.contains(end), "{width} pt: the line {:?} ends at {end}, inside a word", line.text());
            }
            // Thai words touch: no space is drawn between them.
            assert!(lines.iter().any(|l| l.pieces.len() > 1 && !l.text().contains(' ')), "{width} pt");
        }
        // Across the segmenter's own breaks: "ลูกค้า" (customer) and "ครอบครัว" (family) are words.
        assert!(!offered.contains(&text.find("ค้า").unwrap()), "ลูกค้า is not cut");
        assert!(!offered.contains(&(text.find("ครอบครัว").unwrap() + "ครอบ".len())), "ครอบครัว is not cut");
    }

    #[test]
    fn french_keeps_a_non_breaking_space_and_breaks_after_a_hyphen() {
        let mut s = Shaper::new();
        let text = "Profitez de \u{2212}10\u{a0}% chez Fontaine-Lévêque";
        for width in [30.0, 45.0, 70.0] {
            let lines = s.wrap(Style::Regular, text, 10.0, width);
            assert!(lines.iter().all(|l| !l.text().starts_with('%')), "{width} pt: % stays with its number");
        }
        let lines = s.wrap(Style::Regular, "Fontaine-Lévêque", 10.0, 50.0);
        assert_eq!(lines.iter().map(Line::text).collect::<Vec<_>>(), ["Fontaine-", "Lévêque"]);
    }
}
