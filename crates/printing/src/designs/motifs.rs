//! Seasonal motifs drawn as vector paths: each takes a centre and a size in points and
//! draws into a `Sketch` with the colours it is given.

use crate::pdf::{Rgb, Sketch};

pub(crate) fn snowflake(s: &mut Sketch, x: f32, y: f32, r: f32, c: Rgb) {
    s.save();
    s.stroke_color(c);
    s.line_width(r * 0.09);
    s.round();
    for i in 0..6 {
        let a = (i as f32 * 60.0 + 90.0).to_radians();
        let (dx, dy) = (a.cos(), a.sin());
        s.move_to(x, y);
        s.line_to(x + dx * r, y + dy * r);
        // Two small branches on each arm.
        for (t, len) in [(0.55, 0.32), (0.8, 0.2)] {
            let (bx, by) = (x + dx * r * t, y + dy * r * t);
            for side in [-1.0f32, 1.0] {
                let b = a + side * 50f32.to_radians();
                s.move_to(bx, by);
                s.line_to(bx + b.cos() * r * len, by + b.sin() * r * len);
            }
        }
    }
    s.stroke();
    s.restore();
}

pub(crate) fn heart(s: &mut Sketch, x: f32, y: f32, r: f32, c: Rgb) {
    s.fill_color(c);
    s.move_to(x, y - r);
    s.curve_to(x - r * 0.2, y - r * 0.55, x - r * 1.1, y - r * 0.1, x - r * 0.95, y + r * 0.4);
    s.curve_to(x - r * 0.8, y + r * 0.95, x - r * 0.15, y + r * 0.95, x, y + r * 0.45);
    s.curve_to(x + r * 0.15, y + r * 0.95, x + r * 0.8, y + r * 0.95, x + r * 0.95, y + r * 0.4);
    s.curve_to(x + r * 1.1, y - r * 0.1, x + r * 0.2, y - r * 0.55, x, y - r);
    s.close();
    s.fill();
}

/// A round flower: petals as ellipses around a centre disc.
pub(crate) fn flower(s: &mut Sketch, x: f32, y: f32, r: f32, petals: u32, petal: Rgb, heart: Rgb) {
    s.fill_color(petal);
    let n = petals.max(3);
    for i in 0..n {
        s.save();
        s.transform(x, y, i as f32 * 360.0 / n as f32, 1.0);
        s.ellipse(0.0, r * 0.55, r * 0.3, r * 0.48);
        s.fill();
        s.restore();
    }
    s.fill_color(heart);
    s.circle(x, y, r * 0.3);
    s.fill();
}

pub(crate) fn tulip(s: &mut Sketch, x: f32, y: f32, h: f32, bloom: Rgb, stem: Rgb) {
    s.stroke_color(stem);
    s.line_width(h * 0.05);
    s.round();
    s.move_to(x, y - h * 0.5);
    s.curve_to(x, y - h * 0.2, x + h * 0.03, y, x, y + h * 0.15);
    s.stroke();
    leaf(s, x + h * 0.08, y - h * 0.25, h * 0.35, 35.0, stem);
    s.fill_color(bloom);
    let (w, top) = (h * 0.2, y + h * 0.5);
    s.move_to(x - w, top - h * 0.1);
    s.curve_to(x - w, y + h * 0.05, x + w, y + h * 0.05, x + w, top - h * 0.1);
    s.line_to(x + w * 0.5, top - h * 0.22);
    s.line_to(x, top);
    s.line_to(x - w * 0.5, top - h * 0.22);
    s.close();
    s.fill();
}

/// A leaf pointing at `angle` degrees (0 = right), starting at (x, y).
pub(crate) fn leaf(s: &mut Sketch, x: f32, y: f32, len: f32, angle: f32, c: Rgb) {
    s.save();
    s.transform(x, y, angle, 1.0);
    s.fill_color(c);
    s.move_to(0.0, 0.0);
    s.curve_to(len * 0.3, len * 0.32, len * 0.75, len * 0.28, len, 0.0);
    s.curve_to(len * 0.75, -len * 0.28, len * 0.3, -len * 0.32, 0.0, 0.0);
    s.close();
    s.fill();
    s.stroke_color(c.tint(0.45));
    s.line_width(len * 0.025);
    s.move_to(len * 0.05, 0.0);
    s.line_to(len * 0.85, 0.0);
    s.stroke();
    s.restore();
}

/// A maple-ish autumn leaf: three lobes and a stalk.
pub(crate) fn autumn_leaf(s: &mut Sketch, x: f32, y: f32, r: f32, angle: f32, c: Rgb) {
    s.save();
    s.transform(x, y, angle, 1.0);
    for a in [90.0f32, 30.0, 150.0, -20.0, 200.0] {
        let len = if a == 90.0 { r } else if a == 30.0 || a == 150.0 { r * 0.85 } else { r * 0.55 };
        leaf(s, 0.0, 0.0, len, a, c);
    }
    s.stroke_color(c);
    s.line_width(r * 0.08);
    s.move_to(0.0, 0.0);
    s.line_to(0.0, -r * 0.5);
    s.stroke();
    s.restore();
}

pub(crate) fn egg(s: &mut Sketch, x: f32, y: f32, r: f32, shell: Rgb, band: Rgb) {
    s.fill_color(shell);
    s.move_to(x, y + r * 1.3);
    s.curve_to(x + r * 0.75, y + r * 1.3, x + r, y - r * 0.1, x + r, y - r * 0.35);
    s.curve_to(x + r, y - r * 0.95, x + r * 0.55, y - r, x, y - r);
    s.curve_to(x - r * 0.55, y - r, x - r, y - r * 0.95, x - r, y - r * 0.35);
    s.curve_to(x - r, y - r * 0.1, x - r * 0.75, y + r * 1.3, x, y + r * 1.3);
    s.close();
    s.fill();
    // A zigzag band across the middle.
    s.stroke_color(band);
    s.line_width(r * 0.16);
    s.round();
    let steps = 6;
    s.move_to(x - r * 0.97, y);
    for i in 1..=steps {
        let px = x - r * 0.97 + i as f32 * (r * 1.94 / steps as f32);
        s.line_to(px, y + if i % 2 == 1 { r * 0.2 } else { 0.0 });
    }
    s.stroke();
    s.fill_color(band);
    for dx in [-0.45f32, 0.0, 0.45] {
        s.circle(x + dx * r, y + r * 0.6, r * 0.1);
    }
    s.fill();
}

pub(crate) fn sun(s: &mut Sketch, x: f32, y: f32, r: f32, disc: Rgb, rays: Rgb) {
    s.fill_color(rays);
    for i in 0..12 {
        s.save();
        s.transform(x, y, i as f32 * 30.0, 1.0);
        s.move_to(-r * 0.16, r * 0.72);
        s.line_to(0.0, r * 1.25);
        s.line_to(r * 0.16, r * 0.72);
        s.close();
        s.fill();
        s.restore();
    }
    s.fill_color(disc);
    s.circle(x, y, r * 0.7);
    s.fill();
}

// Extent, height, period, pen width and colour are what a wave is; a struct would not read better.
#[allow(clippy::too_many_arguments)]
pub(crate) fn wave(s: &mut Sketch, x0: f32, x1: f32, y: f32, amp: f32, period: f32, width: f32, c: Rgb) {
    s.stroke_color(c);
    s.line_width(width);
    s.round();
    s.move_to(x0, y);
    let mut x = x0;
    let mut up = true;
    while x < x1 {
        let h = if up { amp } else { -amp };
        s.curve_to(x + period * 0.25, y + h, x + period * 0.25, y + h, x + period * 0.5, y);
        x += period * 0.5;
        up = !up;
    }
    s.stroke();
}

pub(crate) fn sailboat(s: &mut Sketch, x: f32, y: f32, h: f32, hull: Rgb, sail: Rgb) {
    s.fill_color(hull);
    s.move_to(x - h * 0.5, y);
    s.line_to(x + h * 0.5, y);
    s.line_to(x + h * 0.35, y - h * 0.18);
    s.line_to(x - h * 0.35, y - h * 0.18);
    s.close();
    s.fill();
    s.fill_color(sail);
    s.move_to(x + h * 0.03, y + h * 0.05);
    s.line_to(x + h * 0.03, y + h * 0.9);
    s.line_to(x + h * 0.42, y + h * 0.05);
    s.close();
    s.fill();
    s.fill_color(sail.tint(0.35));
    s.move_to(x - h * 0.03, y + h * 0.12);
    s.line_to(x - h * 0.03, y + h * 0.7);
    s.line_to(x - h * 0.32, y + h * 0.12);
    s.close();
    s.fill();
}

pub(crate) fn sunflower(s: &mut Sketch, x: f32, y: f32, r: f32, petal: Rgb, heart: Rgb) {
    flower(s, x, y, r, 14, petal, heart);
    s.fill_color(heart.tint(0.3));
    for i in 0..6 {
        let a = (i as f32 * 60.0).to_radians();
        s.circle(x + a.cos() * r * 0.15, y + a.sin() * r * 0.15, r * 0.04);
    }
    s.fill();
}

pub(crate) fn apple(s: &mut Sketch, x: f32, y: f32, r: f32, skin: Rgb, leaf_c: Rgb) {
    s.fill_color(skin);
    s.move_to(x, y + r * 0.7);
    s.curve_to(x + r * 0.4, y + r * 1.05, x + r * 1.05, y + r * 0.8, x + r, y + r * 0.1);
    s.curve_to(x + r * 0.95, y - r * 0.6, x + r * 0.5, y - r, x, y - r * 0.85);
    s.curve_to(x - r * 0.5, y - r, x - r * 0.95, y - r * 0.6, x - r, y + r * 0.1);
    s.curve_to(x - r * 1.05, y + r * 0.8, x - r * 0.4, y + r * 1.05, x, y + r * 0.7);
    s.close();
    s.fill();
    s.stroke_color(Rgb::hex(0x5b3a1e));
    s.line_width(r * 0.09);
    s.round();
    s.move_to(x, y + r * 0.65);
    s.curve_to(x, y + r * 0.9, x + r * 0.05, y + r, x + r * 0.12, y + r * 1.1);
    s.stroke();
    leaf(s, x + r * 0.08, y + r * 0.95, r * 0.55, 25.0, leaf_c);
}

pub(crate) fn pumpkin(s: &mut Sketch, x: f32, y: f32, r: f32, body: Rgb, stalk: Rgb) {
    for (dx, w, t) in [(-0.5f32, 0.55f32, 0.12f32), (0.5, 0.55, 0.12), (0.0, 0.6, 0.0)] {
        s.fill_color(body.tint(t));
        s.ellipse(x + dx * r, y, r * w, r * 0.78);
        s.fill();
    }
    s.stroke_color(body.tint(0.35));
    s.line_width(r * 0.04);
    for dx in [-0.22f32, 0.22] {
        s.move_to(x + dx * r, y + r * 0.7);
        s.curve_to(x + dx * r * 1.6, y + r * 0.2, x + dx * r * 1.6, y - r * 0.2, x + dx * r, y - r * 0.7);
    }
    s.stroke();
    s.fill_color(stalk);
    s.move_to(x - r * 0.1, y + r * 0.7);
    s.line_to(x - r * 0.04, y + r * 1.05);
    s.line_to(x + r * 0.14, y + r * 1.1);
    s.line_to(x + r * 0.1, y + r * 0.7);
    s.close();
    s.fill();
}

/// A star with `points` points; `inner` is the inner radius as a share of `r`.
pub(crate) fn star(s: &mut Sketch, x: f32, y: f32, r: f32, points: u32, inner: f32, c: Rgb) {
    s.fill_color(c);
    let n = points.max(3) * 2;
    for i in 0..n {
        let a = (90.0 + i as f32 * 360.0 / n as f32).to_radians();
        let rr = if i % 2 == 0 { r } else { r * inner };
        let (px, py) = (x + a.cos() * rr, y + a.sin() * rr);
        if i == 0 { s.move_to(px, py) } else { s.line_to(px, py) }
    }
    s.close();
    s.fill();
}

pub(crate) fn fir_tree(s: &mut Sketch, x: f32, y: f32, h: f32, needles: Rgb, trunk: Rgb) {
    s.fill_color(trunk);
    s.rect(x - h * 0.06, y - h * 0.5, h * 0.12, h * 0.14);
    s.fill();
    s.fill_color(needles);
    for (base, top, half) in [(-0.38f32, 0.05f32, 0.36f32), (-0.15, 0.28, 0.28), (0.08, 0.5, 0.2)] {
        s.move_to(x - h * half, y + h * base);
        s.line_to(x + h * half, y + h * base);
        s.line_to(x, y + h * top);
        s.close();
    }
    s.fill();
}

pub(crate) fn balloon(s: &mut Sketch, x: f32, y: f32, r: f32, c: Rgb) {
    s.stroke_color(Rgb::hex(0x8a8a8a));
    s.line_width(r * 0.05);
    s.move_to(x, y - r * 1.15);
    s.curve_to(x - r * 0.3, y - r * 1.6, x + r * 0.3, y - r * 2.0, x, y - r * 2.5);
    s.stroke();
    s.fill_color(c);
    s.ellipse(x, y, r * 0.85, r * 1.05);
    s.fill();
    s.move_to(x, y - r * 1.02);
    s.line_to(x - r * 0.14, y - r * 1.2);
    s.line_to(x + r * 0.14, y - r * 1.2);
    s.close();
    s.fill();
    s.fill_color(c.tint(0.55));
    s.ellipse(x - r * 0.35, y + r * 0.4, r * 0.14, r * 0.26);
    s.fill();
}

pub(crate) fn lily_of_the_valley(s: &mut Sketch, x: f32, y: f32, h: f32, bell: Rgb, stem: Rgb) {
    leaf(s, x - h * 0.05, y - h * 0.5, h * 0.8, 78.0, stem);
    s.stroke_color(stem);
    s.line_width(h * 0.025);
    s.move_to(x, y - h * 0.5);
    s.curve_to(x + h * 0.05, y, x + h * 0.2, y + h * 0.4, x + h * 0.45, y + h * 0.45);
    s.stroke();
    s.fill_color(bell);
    for i in 0..5 {
        let t = i as f32 / 4.0;
        let (bx, by) = (x + h * (0.05 + 0.38 * t), y + h * (-0.05 + 0.45 * t.sqrt()) - h * 0.09);
        s.circle(bx, by, h * 0.055);
    }
    s.fill();
}

pub(crate) fn confetti(s: &mut Sketch, x: f32, y: f32, r: f32, angle: f32, c: Rgb) {
    s.save();
    s.transform(x, y, angle, 1.0);
    s.fill_color(c);
    s.rect(-r, -r * 0.35, r * 2.0, r * 0.7);
    s.fill();
    s.restore();
}

/// A water drop, its point up (also a candle's flame).
pub(crate) fn water_drop(s: &mut Sketch, x: f32, y: f32, r: f32, c: Rgb) {
    s.fill_color(c);
    s.move_to(x, y + r * 1.7);
    s.curve_to(x + r * 0.25, y + r * 1.05, x + r, y + r * 0.6, x + r, y);
    s.curve_to(x + r, y - r * 0.6, x + r * 0.55, y - r, x, y - r);
    s.curve_to(x - r * 0.55, y - r, x - r, y - r * 0.6, x - r, y);
    s.curve_to(x - r, y + r * 0.6, x - r * 0.25, y + r * 1.05, x, y + r * 1.7);
    s.close();
    s.fill();
}

/// The silver bowl of Songkran's water blessing, brimming, on its foot; (x, y) is the rim's
/// centre and `r` its half-width.
pub(crate) fn water_bowl(s: &mut Sketch, x: f32, y: f32, r: f32, metal: Rgb, water: Rgb) {
    s.fill_color(metal.tint(0.1));
    s.rect(x - r * 0.38, y - r * 0.92, r * 0.76, r * 0.16);
    s.fill();
    s.fill_color(metal);
    s.move_to(x - r, y);
    s.curve_to(x - r, y - r * 1.0, x + r, y - r * 1.0, x + r, y);
    s.close();
    s.fill();
    // The embossed band that Thai silver bowls carry.
    s.stroke_color(metal.tint(0.55));
    s.line_width(r * 0.06);
    s.round();
    s.move_to(x - r * 0.9, y - r * 0.28);
    s.curve_to(x - r * 0.5, y - r * 0.48, x + r * 0.5, y - r * 0.48, x + r * 0.9, y - r * 0.28);
    s.stroke();
    for i in 0..5 {
        let dx = (i as f32 - 2.0) * r * 0.34;
        s.fill_color(metal.tint(0.55));
        s.circle(x + dx, y - r * 0.52 + (dx / r).powi(2) * r * 0.1, r * 0.05);
        s.fill();
    }
    s.fill_color(water);
    s.ellipse(x, y, r, r * 0.2);
    s.fill();
    s.stroke_color(metal.tint(0.3));
    s.line_width(r * 0.05);
    s.ellipse(x, y, r, r * 0.2);
    s.stroke();
}

/// A krathong: a banana-leaf float with folded points round its rim, lotus petals, a candle
/// and two incense sticks; (x, y) is the middle of its rim and `r` its half-width.
pub(crate) fn krathong(s: &mut Sketch, x: f32, y: f32, r: f32, leaf_c: Rgb, lotus: Rgb, flame: Rgb) {
    s.fill_color(leaf_c.tint(0.3));
    for i in 0..7 {
        let px = x - r * 0.9 + i as f32 * r * 0.3;
        s.move_to(px - r * 0.15, y);
        s.line_to(px + r * 0.15, y);
        s.line_to(px, y + r * 0.3);
        s.close();
    }
    s.fill();
    s.fill_color(leaf_c);
    s.move_to(x - r, y);
    s.line_to(x + r, y);
    s.curve_to(x + r * 0.9, y - r * 0.25, x + r * 0.7, y - r * 0.35, x + r * 0.6, y - r * 0.35);
    s.line_to(x - r * 0.6, y - r * 0.35);
    s.curve_to(x - r * 0.7, y - r * 0.35, x - r * 0.9, y - r * 0.25, x - r, y);
    s.close();
    s.fill();
    // Incense behind the candle.
    s.stroke_color(Rgb::hex(0x9a6a3a));
    s.line_width(r * 0.03);
    for side in [-1.0f32, 1.0] {
        s.move_to(x + side * r * 0.14, y + r * 0.3);
        s.line_to(x + side * r * 0.26, y + r * 1.0);
    }
    s.stroke();
    for angle in [-56.0f32, -28.0, 0.0, 28.0, 56.0] {
        s.save();
        s.transform(x, y + r * 0.05, angle, 1.0);
        s.fill_color(if angle == 0.0 { lotus } else { lotus.tint(0.2) });
        s.move_to(0.0, 0.0);
        s.curve_to(r * 0.24, r * 0.18, r * 0.16, r * 0.5, 0.0, r * 0.72);
        s.curve_to(-r * 0.16, r * 0.5, -r * 0.24, r * 0.18, 0.0, 0.0);
        s.close();
        s.fill();
        s.restore();
    }
    s.fill_color(Rgb::hex(0xfff6e0));
    s.rect(x - r * 0.05, y + r * 0.55, r * 0.1, r * 0.38);
    s.fill();
    water_drop(s, x, y + r * 1.03, r * 0.07, flame);
}

/// A wrapped present with its ribbon and bow; (x, y) is its centre, `r` its half-width.
pub(crate) fn gift(s: &mut Sketch, x: f32, y: f32, r: f32, box_c: Rgb, ribbon: Rgb) {
    s.fill_color(box_c);
    s.rect(x - r, y - r, r * 2.0, r * 1.5);
    s.fill();
    s.fill_color(box_c.tint(0.2));
    s.rect(x - r * 1.1, y + r * 0.4, r * 2.2, r * 0.38);
    s.fill();
    s.fill_color(ribbon);
    s.rect(x - r * 0.14, y - r, r * 0.28, r * 1.78);
    s.fill();
    s.save();
    s.transform(x, y + r * 0.78, 0.0, 1.0);
    for angle in [30.0f32, 150.0] {
        s.save();
        s.transform(0.0, 0.0, angle, 1.0);
        s.ellipse(r * 0.32, 0.0, r * 0.34, r * 0.17);
        s.fill();
        s.restore();
    }
    s.circle(0.0, 0.0, r * 0.1);
    s.fill();
    s.restore();
}
