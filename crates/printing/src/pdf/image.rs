//! The shop's logo: a PNG decoded and written once per document, alpha as a soft mask.

use std::io::Write;

use pdf_writer::Filter;

use super::compress::deflate;
use super::{Doc, ImageRef};
use crate::Error;

impl<W: Write> Doc<W> {
    /// Decodes a PNG (any colour type, 8 or 16 bits, palette, alpha) and writes it once for
    /// the document, its alpha channel (if any) as a soft mask.
    pub(crate) fn add_png(&mut self, png_bytes: &[u8]) -> Result<ImageRef, Error> {
        let bad = |e: String| Error::Logo(e);
        let mut decoder = png::Decoder::new(std::io::Cursor::new(png_bytes));
        decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
        let mut reader = decoder.read_info().map_err(|e| bad(e.to_string()))?;
        let size = reader.output_buffer_size().ok_or_else(|| bad("image too large".into()))?;
        let mut buf = vec![0; size];
        let info = reader.next_frame(&mut buf).map_err(|e| bad(e.to_string()))?;
        buf.truncate(info.buffer_size());
        let (channels, alpha) = match info.color_type {
            png::ColorType::Grayscale => (1, false),
            png::ColorType::GrayscaleAlpha => (2, true),
            png::ColorType::Rgb => (3, false),
            png::ColorType::Rgba => (4, true),
            png::ColorType::Indexed => return Err(bad("unexpanded palette".into())),
        };
        let (width, height) = (info.width as usize, info.height as usize);
        if width == 0 || height == 0 {
            return Err(bad("empty image".into()));
        }
        let colour_channels = if alpha { channels - 1 } else { channels };
        let (colour, mask): (Vec<u8>, Option<Vec<u8>>) = if alpha {
            let px = buf.chunks_exact(channels);
            (px.clone().flat_map(|p| p[..colour_channels].iter().copied()).collect(), Some(px.map(|p| p[channels - 1]).collect()))
        } else {
            (buf, None)
        };
        let (w, h) = (width as i32, height as i32);
        let mask_id = match mask {
            Some(mask) => {
                let id = self.sink.alloc();
                let data = deflate(&mask)?;
                self.sink.object(id, |chunk| {
                    let mut image = chunk.image_xobject(id, &data);
                    image.filter(Filter::FlateDecode);
                    image.width(w).height(h).bits_per_component(8);
                    image.color_space().device_gray();
                })?;
                Some(id)
            }
            None => None,
        };
        let id = self.sink.alloc();
        let data = deflate(&colour)?;
        self.sink.object(id, |chunk| {
            let mut image = chunk.image_xobject(id, &data);
            image.filter(Filter::FlateDecode);
            image.width(w).height(h).bits_per_component(8);
            if let Some(mask) = mask_id {
                image.s_mask(mask);
            }
            if colour_channels == 1 {
                image.color_space().device_gray();
            } else {
                image.color_space().device_rgb();
            }
        })?;
        self.x_objects.push(id);
        Ok(ImageRef { index: self.x_objects.len() - 1, width, height })
    }

}
