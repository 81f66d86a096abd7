//! The main window: opened from code at a size that fits the screen it opens on; then
//! tauri-plugin-window-state puts it back where the shopkeeper last left it.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use tauri::{Emitter, Manager, Runtime, WebviewUrl, WebviewWindow, WebviewWindowBuilder, WindowEvent};
use tauri_plugin_window_state::{AppHandleExt, StateFlags};

/// What is remembered: size, place and maximised state; not visibility (the window shows
/// itself once built) nor decorations (fixed).
pub fn remembered() -> StateFlags {
    StateFlags::all() - StateFlags::VISIBLE - StateFlags::DECORATIONS
}

/// The plugin writes the state down only when the app exits normally, so a kill, a crash or a
/// power cut would forget it: it is also written a second after the window moved or resized.
fn save_when_moved<R: Runtime>(window: &WebviewWindow<R>) {
    let moved = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&moved);
    window.on_window_event(move |event| {
        if matches!(event, WindowEvent::Resized(_) | WindowEvent::Moved(_)) {
            flag.store(true, Ordering::Relaxed);
        }
    });
    let app = window.app_handle().clone();
    std::thread::spawn(move || loop {
        std::thread::sleep(Duration::from_secs(1));
        if moved.swap(false, Ordering::Relaxed)
            && let Err(e) = app.save_window_state(remembered())
        {
            eprintln!("Fidèle: could not remember the window's size: {e}");
        }
    });
}

/// The event the UI gets when the window was asked to close while a form held changes not
/// saved: it says what would be lost and closes (`close_window`) only if the shopkeeper agrees.
pub const CLOSE_REQUESTED: &str = "close-requested";

/// Whether closing the window must ask first. The UI sets `unsaved` as its drafts come and go
/// (`set_unsaved_work`), so a UI that never says anything, or has stopped answering, still
/// closes at once; `confirmed` lets the close the shopkeeper agreed to through.
#[derive(Default)]
pub struct CloseGuard {
    unsaved: AtomicBool,
    confirmed: AtomicBool,
}

impl CloseGuard {
    pub fn set_unsaved(&self, unsaved: bool) {
        self.unsaved.store(unsaved, Ordering::SeqCst);
    }

    pub fn confirm(&self) {
        self.confirmed.store(true, Ordering::SeqCst);
    }

    /// Whether a close request must be held back and handed to the UI.
    pub fn must_ask(&self) -> bool {
        self.unsaved.load(Ordering::SeqCst) && !self.confirmed.load(Ordering::SeqCst)
    }
}

/// Holds a close request back while the UI has changes not saved, and tells the UI.
fn ask_before_closing<R: Runtime>(window: &WebviewWindow<R>) {
    let asking = window.clone();
    window.on_window_event(move |event| {
        if let WindowEvent::CloseRequested { api, .. } = event
            && asking.try_state::<CloseGuard>().is_some_and(|guard| guard.must_ask())
        {
            api.prevent_close();
            if let Err(e) = asking.emit_to(asking.label(), CLOSE_REQUESTED, ()) {
                eprintln!("Fidèle: could not ask before closing: {e}");
            }
        }
    });
}

/// The size the window opens at the first time: 1280×860 where that fits, else nine tenths of
/// the screen (a 1366×768 laptop gets 1229×691), never below the smallest usable size.
pub fn first_size(screen: Option<(f64, f64)>) -> (f64, f64) {
    const WANTED: (f64, f64) = (1280.0, 860.0);
    match screen {
        Some((w, h)) => ((w * 0.9).min(WANTED.0).max(MIN.0).floor(), (h * 0.9).min(WANTED.1).max(MIN.1).floor()),
        None => (1200.0, 800.0),
    }
}

/// Below this the pages are not laid out for.
pub const MIN: (f64, f64) = (800.0, 540.0);

pub fn open_main<R: Runtime>(app: &tauri::App<R>) -> tauri::Result<()> {
    let screen = app.primary_monitor()?.map(|m| {
        let size = m.size().to_logical::<f64>(m.scale_factor());
        (size.width, size.height)
    });
    let (width, height) = first_size(screen);
    let window = WebviewWindowBuilder::new(app, "main", WebviewUrl::default())
        .title("Fidèle")
        .inner_size(width, height)
        .min_inner_size(MIN.0, MIN.1)
        .center()
        .build()?;
    // Built hidden or not, the plugin has restored its saved size and place by now.
    window.show()?;
    save_when_moved(&window);
    ask_before_closing(&window);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_size_fits_the_screen() {
        assert_eq!(first_size(Some((1920.0, 1080.0))), (1280.0, 860.0));
        assert_eq!(first_size(Some((1366.0, 768.0))), (1229.0, 691.0));
        assert_eq!(first_size(Some((1024.0, 640.0))), (921.0, 576.0));
        assert_eq!(first_size(Some((800.0, 600.0))), (800.0, 540.0));
        assert_eq!(first_size(None), (1200.0, 800.0));
    }

    #[test]
    fn closing_asks_only_while_a_form_holds_changes_and_until_the_shopkeeper_agrees() {
        let guard = CloseGuard::default();
        assert!(!guard.must_ask(), "a UI that said nothing closes at once");
        guard.set_unsaved(true);
        assert!(guard.must_ask());
        guard.set_unsaved(false);
        assert!(!guard.must_ask(), "the draft was saved or thrown away");
        guard.set_unsaved(true);
        guard.confirm();
        assert!(!guard.must_ask(), "the close agreed to goes through");
    }
}
