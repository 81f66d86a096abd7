//! Declares the app's own commands so that each gets a permission (`allow-list-customers`,
//! ...), which `capabilities/default.json` grants to the main window explicitly: a command
//! missing from there cannot be called from the UI.

include!("src/command_names.rs");

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri build configuration");
}
