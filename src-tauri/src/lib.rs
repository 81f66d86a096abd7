//! The Tauri shell: opens the customer file, holds it in managed state, and adapts the core
//! crates' API into async commands. No business rule lives here; IPC types do.

#[cfg_attr(not(test), allow(dead_code))] // read by build.rs; checked against the capability in tests
mod command_names;
mod commands;
mod contract;
pub mod dialogs;
mod error;
mod files;
mod invariants;
mod ipc;
pub mod jobs;
pub mod open_failure;
mod state;
pub mod updates;
pub mod window;

use std::path::PathBuf;

pub use error::IpcError;
pub use state::AppState;

/// The handler for every command the UI may call. Kept in one place so the app and the
/// command tests register exactly the same set.
pub fn invoke_handler<R: tauri::Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        commands::app::app_info,
        commands::app::load_demo,
        commands::app::get_settings,
        commands::app::set_calendar,
        commands::app::set_ui_language,
        commands::app::set_shop_profile,
        commands::app::choose_shop_logo,
        commands::app::cancel_job,
        commands::safety::backup_info,
        commands::safety::set_backup_keep,
        commands::safety::choose_backup_dir,
        commands::safety::backup_now,
        commands::safety::restore_backup,
        commands::updates::update_settings,
        commands::updates::set_update_check,
        commands::updates::check_for_updates,
        commands::updates::install_update,
        commands::customers::list_customers,
        commands::list_views::list_views,
        commands::list_views::save_list_view,
        commands::list_views::delete_list_view,
        commands::list_views::list_choices,
        commands::customers::customer_page,
        commands::customers::add_customer,
        commands::customers::update_customer,
        commands::activity::add_purchase,
        commands::activity::add_interaction,
        commands::activity::resolve_interaction,
        commands::dashboard::overview,
        commands::reminders::due_reminders,
        commands::reminders::add_reminder,
        commands::reminders::complete_reminder,
        commands::reminders::snooze_reminder,
        commands::counter::reissue_member_number,
        commands::loyalty_cards::printer_offset,
        commands::loyalty_cards::set_printer_offset,
        commands::loyalty_cards::save_calibration_page,
        commands::loyalty_cards::save_loyalty_cards,
        commands::counter::counter_find,
        commands::counter::counter_view_of,
        commands::counter::counter_sale,
        commands::counter::counter_refund,
        commands::counter::counter_spend,
        commands::counter::loyalty_rules,
        commands::counter::set_loyalty_rules,
        // -- import/export commands --
        commands::interchange::open_customer_import,
        commands::interchange::preview_customer_import,
        commands::interchange::import_customers,
        commands::interchange::open_purchase_import,
        commands::interchange::preview_purchase_import,
        commands::interchange::import_purchases,
        commands::interchange::export_customers,
        // -- cards commands --
        commands::cards::card_run_preview,
        commands::cards::get_card_texts,
        commands::cards::set_card_texts,
        commands::cards::generate_cards,
        commands::cards::record_card_run,
        commands::cards::card_runs,
        commands::cards::get_card_settings,
        commands::cards::set_card_settings,
        commands::cards::follow_up_week,
        commands::cards::save_follow_up_sheet,
        // -- campaigns commands --
        commands::campaigns::campaigns,
        commands::campaigns::always_send,
        commands::campaigns::set_always_send,
        commands::campaigns::card_cost,
        commands::campaigns::set_card_cost,
        // -- customer file commands --
        commands::records::link_household,
        commands::records::leave_household,
        commands::records::archive_customer,
        commands::records::merge_customers,
        commands::records::erase_customer,
        commands::records::probable_duplicates,
        commands::records::customer_timeline,
        commands::records::update_purchase,
        commands::records::delete_purchase,
        commands::records::add_refund,
        commands::records::record_consent,
        commands::records::export_customer_record,
        commands::records::undo,
        commands::records::mark_not_duplicates,
        // -- analysis commands --
        commands::analysis::analysis,
        commands::analysis::customer_outlook,
        commands::analysis::get_ladder_settings,
        commands::analysis::set_ladder_settings,
        commands::analysis::set_manual_stage,
        // -- passphrase commands --
        commands::passphrase::lock_status,
        commands::passphrase::unlock,
        commands::passphrase::change_passphrase,
        // -- closing with changes not saved --
        commands::closing::set_unsaved_work,
        commands::closing::close_window,
    ]
}

/// The customer file named by `--db FILE` on the command line, else the default
/// (`FIDELE_DB`, else the OS data directory).
pub fn database_path_from_args(args: impl IntoIterator<Item = String>) -> PathBuf {
    named_database(args).unwrap_or_else(fidele_store::default_path)
}

/// The customer file the user named (`--db FILE`, else `FIDELE_DB`), if they named one.
fn named_database(args: impl IntoIterator<Item = String>) -> Option<PathBuf> {
    let mut args = args.into_iter();
    while let Some(a) = args.next() {
        if a == "--db" {
            if let Some(p) = args.next() {
                return Some(PathBuf::from(p));
            }
        } else if let Some(p) = a.strip_prefix("--db=") {
            return Some(PathBuf::from(p));
        }
    }
    std::env::var_os("FIDELE_DB").filter(|p| !p.is_empty()).map(PathBuf::from)
}

/// The app creates the default customer file on its first run, but never a file the user
/// named: a mistyped `--db` or `FIDELE_DB` is refused (naming it) rather than opened empty,
/// as the CLI does.
pub fn refuse_a_missing_named_file(args: impl IntoIterator<Item = String>) -> Result<(), String> {
    match named_database(args) {
        Some(path) if !path.exists() => Err(format!(
            "{} does not exist: create it with `fidele init`, or start Fidèle without --db or FIDELE_DB to use the default file; nothing was created",
            path.display()
        )),
        _ => Ok(()),
    }
}

/// Logs hold no personal data (ARCHITECTURE.md): a panic's message may quote whatever value
/// was being handled (`unwrap()` on an error naming a customer's e-mail), so the app's stderr
/// gets where it happened, not what was said. `FIDELE_DEBUG=1` restores the full message.
fn log_panics_without_their_message() {
    if std::env::var_os("FIDELE_DEBUG").is_some_and(|v| v == "1") {
        return;
    }
    std::panic::set_hook(Box::new(|info| match info.location() {
        Some(at) => eprintln!("Fidèle: internal error at {}:{} (FIDELE_DEBUG=1 shows its message)", at.file(), at.line()),
        None => eprintln!("Fidèle: internal error (FIDELE_DEBUG=1 shows its message)"),
    }));
}

/// The app's configuration, assets and capabilities, compiled in. Generic so the command tests
/// run the real capabilities on Tauri's mock runtime.
pub fn context<R: tauri::Runtime>() -> tauri::Context<R> {
    tauri::generate_context!()
}

pub fn run() {
    log_panics_without_their_message();
    if let Err(refusal) = refuse_a_missing_named_file(std::env::args().skip(1)) {
        // No window can show it yet: the terminal. Exit 2, as the CLI does for a usage error.
        eprintln!("Fidèle: {refusal}");
        std::process::exit(2);
    }
    let path = database_path_from_args(std::env::args().skip(1));
    let builder = tauri::Builder::default().plugin(tauri_plugin_dialog::init()).plugin(tauri_plugin_opener::init());
    let state = match AppState::open(&path) {
        Ok(state) => state,
        Err(e) => return refuse_file(builder, &path, e),
    };
    state.spawn_backups();
    builder
        .plugin(
            tauri_plugin_window_state::Builder::default().with_state_flags(window::remembered()).build(),
        )
        .plugin(tauri_plugin_updater::Builder::new().build())
        .manage(state)
        .manage(window::CloseGuard::default())
        .manage(updates::UpdatesState::from_config())
        .invoke_handler(invoke_handler())
        .setup(|app| {
            updates::check_at_start(app.handle());
            Ok(window::open_main(app)?)
        })
        .run(context())
        .expect("the Fidèle window could not start");
}

/// The file cannot be opened (newer, foreign, locked, damaged): a native message names it and
/// says what to do, then the app ends. Nothing was written to the file.
fn refuse_file(builder: tauri::Builder<tauri::Wry>, path: &std::path::Path, error: fidele_store::Error) {
    // stderr too, for a terminal and the logs; the path and the error name no customer.
    eprintln!("Fidèle: {error}");
    let (title, text) = open_failure::message(path, &error, open_failure::system_speaks_english());
    let files = dialogs::FileChooser::from_env();
    if let dialogs::FileChooser::Scripted(_) = files {
        // A scripted run has no one to read it: write it where the test looks, and end.
        std::process::exit(match builder.build(context()) {
            Ok(app) => {
                files.error_message(app.handle(), &title, &text);
                1
            }
            Err(_) => 2,
        });
    }
    let app = builder.build(context()).expect("the Fidèle message could not be shown");
    let handle = app.handle().clone();
    // The message blocks until closed: off the main thread, which runs the event loop.
    std::thread::spawn(move || {
        files.error_message(&handle, &title, &text);
        handle.exit(1);
    });
    app.run(|_, _| {});
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command has its permission granted in the capability, and nothing else is.
    #[test]
    fn capability_grants_exactly_the_commands() {
        let capability: serde_json::Value = serde_json::from_str(include_str!("../../capabilities/default.json")).unwrap();
        let mut granted: Vec<String> = capability["permissions"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|p| p.as_str()?.strip_prefix("allow-").map(str::to_owned))
            .collect();
        let mut expected: Vec<String> = command_names::COMMANDS.iter().map(|c| c.replace('_', "-")).collect();
        granted.sort();
        expected.sort();
        assert_eq!(granted, expected);
    }

    #[test]
    fn db_flag_wins() {
        let args = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(database_path_from_args(args(&["--db", "/tmp/a.db"])), PathBuf::from("/tmp/a.db"));
        assert_eq!(database_path_from_args(args(&["--db=/tmp/b.db"])), PathBuf::from("/tmp/b.db"));
    }

    #[test]
    fn a_named_file_that_does_not_exist_is_refused_and_not_created() {
        let dir = tempfile::tempdir().unwrap();
        let typo = dir.path().join("typo.db");
        let named = |p: &std::path::Path| vec!["--db".to_owned(), p.display().to_string()];
        let refusal = refuse_a_missing_named_file(named(&typo)).unwrap_err();
        assert!(refusal.contains(&typo.display().to_string()) && refusal.contains("fidele init"), "{refusal}");
        assert!(std::fs::read_dir(dir.path()).unwrap().next().is_none(), "nothing created");
        std::fs::write(&typo, b"").unwrap();
        assert!(refuse_a_missing_named_file(named(&typo)).is_ok());
    }
}
