//! ARCHITECTURE.md's invariants that a test can hold: the core crates have no Tauri
//! dependency and do not serialize (only the app and the CLI, the boundaries, do).

#[cfg(test)]
mod tests {
    use std::path::Path;

    /// Crates under `crates/` that belong to the boundaries: the CLI, and the JSON documents
    /// the CLI and the app both write.
    const BOUNDARY_CRATES: &[&str] = &["cli", "record-json"];

    /// The core crates: everything under `crates/` but the boundary crates.
    fn core_manifests() -> Vec<(String, String)> {
        let crates = Path::new(env!("CARGO_MANIFEST_DIR")).join("crates");
        let mut out = Vec::new();
        for entry in std::fs::read_dir(crates).unwrap() {
            let dir = entry.unwrap().path();
            let name = dir.file_name().unwrap().to_string_lossy().into_owned();
            if BOUNDARY_CRATES.contains(&name.as_str()) {
                continue;
            }
            let manifest = std::fs::read_to_string(dir.join("Cargo.toml")).unwrap();
            out.push((name, manifest));
        }
        assert!(out.len() >= 6, "found only {:?}", out.iter().map(|o| &o.0).collect::<Vec<_>>());
        out
    }

    fn dependency_lines(manifest: &str) -> Vec<&str> {
        let mut in_deps = false;
        let mut lines = Vec::new();
        for line in manifest.lines() {
            let trimmed = line.trim();
            if trimmed.starts_with('[') {
                in_deps = trimmed.contains("dependencies");
            } else if in_deps && !trimmed.starts_with('#') && !trimmed.is_empty() {
                lines.push(trimmed);
            }
        }
        lines
    }

    #[test]
    fn the_core_has_no_tauri_and_no_serde() {
        for (name, manifest) in core_manifests() {
            for dep in dependency_lines(&manifest) {
                assert!(!dep.starts_with("tauri"), "crates/{name} depends on Tauri: {dep}");
                assert!(!dep.starts_with("serde"), "crates/{name} serializes ({dep}); only the app and the CLI do");
            }
        }
    }
}
