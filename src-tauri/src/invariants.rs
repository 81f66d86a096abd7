//! ARCHITECTURE.md's invariants that a test can hold: the core crates have no Tauri
//! dependency and do not serialize (only the app and the CLI, the boundaries, do), and each
//! crate depends only on the crates below it (read from `cargo metadata`).

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

    /// Which of Fidèle's crates each may depend on (normal and build dependencies; tests may
    /// reach further). ARCHITECTURE.md, "Dependency rules", says why.
    const ALLOWED: &[(&str, &[&str])] = &[
        ("fidele-domain", &[]),
        // A leaf that names the build: only the front ends show it.
        ("fidele-build-info", &[]),
        ("fidele-words", &["fidele-domain"]),
        ("fidele-analytics", &["fidele-domain", "fidele-words"]),
        ("fidele-interchange", &["fidele-domain", "fidele-words"]),
        ("fidele-printing", &["fidele-domain", "fidele-words"]),
        // The store stores: it hands the analytics their facts and streams imports from the
        // interchange readers into one transaction; it neither draws nor words anything.
        ("fidele-store", &["fidele-domain", "fidele-analytics", "fidele-interchange"]),
        ("fidele-demo", &["fidele-domain", "fidele-store", "fidele-analytics"]),
        ("fidele-record-json", &["fidele-domain", "fidele-store"]),
        (
            "fidele-usecases",
            &["fidele-domain", "fidele-store", "fidele-analytics", "fidele-interchange", "fidele-printing", "fidele-words", "fidele-demo"],
        ),
        ("fidele-cli", FRONT_END),
        ("fidele-app", FRONT_END),
    ];

    /// What a front end may use: the use cases, the vocabulary, the words, the JSON
    /// documents both write and which build this is.
    const FRONT_END: &[&str] = &["fidele-usecases", "fidele-domain", "fidele-words", "fidele-record-json", "fidele-build-info"];

    /// What the front ends still reach past the use cases for, until those jobs move there too
    /// (the customer file's CRUD, imports, the analysis). The test fails when a front
    /// end gains another, and when one of these is no longer used: the list only shrinks.
    const NOT_YET_THIN: &[(&str, &[&str])] = &[
        ("fidele-cli", &["fidele-analytics", "fidele-interchange", "fidele-store"]),
        ("fidele-app", &["fidele-analytics", "fidele-interchange", "fidele-store"]),
    ];

    /// Each workspace package's Fidèle dependencies (not the dev ones), from `cargo metadata`.
    fn internal_dependencies() -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml");
        let out = std::process::Command::new(cargo)
            .args(["metadata", "--format-version", "1", "--no-deps", "--offline", "--manifest-path"])
            .arg(&manifest)
            .output()
            .expect("cargo metadata runs");
        assert!(out.status.success(), "cargo metadata: {}", String::from_utf8_lossy(&out.stderr));
        let metadata: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let mut graph = std::collections::BTreeMap::new();
        for package in metadata["packages"].as_array().unwrap() {
            let deps = package["dependencies"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|d| d["kind"].as_str() != Some("dev"))
                .filter_map(|d| d["name"].as_str())
                .filter(|n| n.starts_with("fidele-"))
                .map(str::to_owned)
                .collect();
            graph.insert(package["name"].as_str().unwrap().to_owned(), deps);
        }
        graph
    }

    #[test]
    fn each_crate_depends_only_on_the_crates_below_it() {
        let graph = internal_dependencies();
        let mut broken = Vec::new();
        for (name, deps) in &graph {
            let Some((_, allowed)) = ALLOWED.iter().find(|(n, _)| n == name) else {
                broken.push(format!("{name} is not in ALLOWED: say what it may depend on"));
                continue;
            };
            let pending: &[&str] = NOT_YET_THIN.iter().find(|(n, _)| n == name).map_or(&[], |(_, p)| p);
            for dep in deps {
                if !allowed.contains(&dep.as_str()) && !pending.contains(&dep.as_str()) {
                    broken.push(format!("{name} depends on {dep}"));
                }
            }
            for dep in pending {
                if !deps.contains(*dep) {
                    broken.push(format!("{name} no longer depends on {dep}: take it out of NOT_YET_THIN"));
                }
            }
        }
        assert!(broken.is_empty(), "{}", broken.join("\n"));
        assert!(!graph["fidele-store"].contains("fidele-printing"), "the store stores; it does not draw");
        assert!(graph.len() >= 11, "{:?}", graph.keys());
    }
}
