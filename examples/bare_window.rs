//! A bare Tauri window: the app's runtime, configuration and WebKit, showing an empty page and
//! nothing of Fidèle. The startup bench (tests/e2e/startup.bench.mjs) measures its memory beside
//! the app's in the same run, so what the app uses above it is ours to explain (issue 18: idle
//! with 100,000 customers open, ≤ 1.15× this window).
//!
//! Built by `scripts/bench.sh` the way the release app is (`--release --features
//! tauri/custom-protocol`), so both load their pages the same way.

use tauri::{WebviewUrl, WebviewWindowBuilder};

fn main() {
    tauri::Builder::default()
        .setup(|app| {
            // The bench gives both windows one size through the driver.
            let url = WebviewUrl::External("about:blank".parse().expect("a URL"));
            WebviewWindowBuilder::new(app, "main", url).title("Fidèle (bare window)").inner_size(1280.0, 860.0).build()?;
            Ok(())
        })
        .run(fidele_app::context())
        .expect("the bare window could not start");
}
