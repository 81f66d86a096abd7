//! Embedding the fonts: each subset to the glyphs the document shaped, as a Type 0 font whose
//! CIDs are the original glyph ids, with its widths, CID-to-glyph map and ToUnicode map.

use std::collections::BTreeMap;
use std::io::Write;

use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap};
use pdf_writer::{Filter, Name, Rect, Ref, Str};
use rustybuzz::ttf_parser::GlyphId;

use super::Doc;
use super::compress::deflate;
use super::page::space_of;
use crate::Error;
use crate::fonts::FontKey;

impl<W: Write> Doc<W> {
    /// Writes one font as a Type 0 font over a CIDFontType2 whose CIDs are the original
    /// font's glyph ids: the subset, its descriptor, widths, CID-to-glyph map and ToUnicode.
    pub(super) fn write_font(&mut self, key: FontKey) -> Result<Ref, Error> {
        let mut used = self.shaper.used_glyphs(key).clone();
        // Joined words are shown with the font's own space.
        if let Some((space, _)) = space_of(key) {
            used.entry(space).or_insert_with(|| " ".to_owned());
        }
        used.remove(&0);
        let Subset { program, remap, name } = subset(key, &used)?;
        let face = key.face();
        let per_unit = 1000.0 / key.units_per_em();
        let ids: Vec<Ref> = (0..6).map(|_| self.sink.alloc()).collect();
        let [type0, cid, descriptor, file, to_unicode, cid_map] = ids[..] else { unreachable!() };

        let data = deflate(&program)?;
        self.sink.object(file, |chunk| {
            let mut stream = chunk.stream(file, &data);
            stream.filter(Filter::FlateDecode);
            stream.pair(Name(b"Length1"), program.len() as i32);
        })?;

        let bbox = face.global_bounding_box();
        let mut flags = FontFlags::SYMBOLIC;
        if key == FontKey::Display {
            flags |= FontFlags::SERIF;
        }
        if face.is_italic() {
            flags |= FontFlags::ITALIC;
        }
        let scaled = |v: i16| (f32::from(v) * per_unit).round();
        self.sink.object(descriptor, |chunk| {
            chunk
                .font_descriptor(descriptor)
                .name(Name(name.as_bytes()))
                .flags(flags)
                .bbox(Rect::new(scaled(bbox.x_min), scaled(bbox.y_min), scaled(bbox.x_max), scaled(bbox.y_max)))
                .italic_angle(face.italic_angle())
                .ascent(scaled(face.ascender()))
                .descent(scaled(face.descender()))
                .cap_height(scaled(face.capital_height().unwrap_or(face.ascender())))
                .stem_v(80.0)
                .font_file2(file);
        })?;

        // CID (original glyph id) to subset glyph id, two bytes each.
        let max_cid = used.keys().next_back().copied().unwrap_or(0) as usize;
        let mut map = vec![0u8; 2 * (max_cid + 1)];
        for (&old, &new) in &remap {
            if let Some(slot) = map.get_mut(2 * old as usize..2 * old as usize + 2) {
                slot.copy_from_slice(&new.to_be_bytes());
            }
        }
        let data = deflate(&map)?;
        self.sink.object(cid_map, |chunk| {
            chunk.stream(cid_map, &data).filter(Filter::FlateDecode);
        })?;

        let system = SystemInfo { registry: Str(b"Adobe"), ordering: Str(b"Identity"), supplement: 0 };
        let width = |gid: u16| face.glyph_hor_advance(GlyphId(gid)).map_or(0.0, |a| (f32::from(a) * per_unit).round());
        self.sink.object(cid, |chunk| {
            let mut font = chunk.cid_font(cid);
            font.subtype(CidFontType::Type2)
                .base_font(Name(name.as_bytes()))
                .system_info(system)
                .font_descriptor(descriptor)
                .default_width(1000.0)
                .cid_to_gid_map_stream(cid_map);
            let mut widths = font.widths();
            let gids: Vec<u16> = used.keys().copied().collect();
            for group in gids.chunk_by(|a, b| b.checked_sub(*a) == Some(1)) {
                widths.consecutive(group[0], group.iter().map(|&g| width(g)));
            }
        })?;

        let mut cmap = UnicodeCmap::new(Name(b"Custom"), system);
        for (&gid, text) in &used {
            if !text.is_empty() {
                cmap.pair_with_multiple(gid, text.chars());
            }
        }
        let data = deflate(cmap.finish().as_slice())?;
        self.sink.object(to_unicode, |chunk| {
            chunk.cmap(to_unicode, &data).filter(Filter::FlateDecode);
        })?;

        self.sink.object(type0, |chunk| {
            chunk
                .type0_font(type0)
                .base_font(Name(name.as_bytes()))
                .encoding_predefined(Name(b"Identity-H"))
                .descendant_font(cid)
                .to_unicode(to_unicode);
        })?;
        Ok(type0)
    }
}

/// A font cut down to the glyphs a document uses.
struct Subset {
    program: Vec<u8>,
    /// Original glyph id to the subset's (allsorts numbers glyphs in the order they are asked
    /// for, .notdef first).
    remap: BTreeMap<u16, u16>,
    /// The PostScript name with its subset tag.
    name: String,
}

/// Subsets one font to the glyphs shaped for this document.
fn subset(key: FontKey, used: &BTreeMap<u16, String>) -> Result<Subset, Error> {
    use allsorts::binary::read::ReadScope;
    use allsorts::font_data::FontData;
    use allsorts::subset::{CmapTarget, SubsetProfile};

    let fail = |e: String| Error::Font(format!("{}: {e}", key.postscript_name()));
    let ids: Vec<u16> = std::iter::once(0).chain(used.keys().copied().filter(|&g| g != 0)).collect();
    let data = ReadScope::new(key.bytes()).read::<FontData<'_>>().map_err(|e| fail(e.to_string()))?;
    let provider = data.table_provider(0).map_err(|e| fail(e.to_string()))?;
    let bytes = allsorts::subset::subset(&provider, &ids, &SubsetProfile::Pdf, CmapTarget::Unicode)
        .map_err(|e| fail(e.to_string()))?;
    // The six-letter tag marks a subset (ISO 32000-1, 9.6.4); derived from the glyph set so
    // the same text gives the same file.
    let mut hash: u32 = 2_166_136_261;
    for id in &ids {
        hash = (hash ^ u32::from(*id)).wrapping_mul(16_777_619);
    }
    let tag: String = (0..6).map(|i| (b'A' + ((hash >> (i * 5)) % 26) as u8) as char).collect();
    let remap = ids.iter().enumerate().map(|(new, &old)| (old, new as u16)).collect();
    Ok(Subset { program: bytes, remap, name: format!("{tag}+{}", key.postscript_name()) })
}
