//! Embeds every `locales/<lang>/*.ftl` file, so a new file needs no registration and a binary
//! never looks for words on disk.

use std::{env, fs, path::PathBuf};

fn main() {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap()).join("../../locales");
    let root = root.canonicalize().expect("locales/ beside crates/");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut entries = Vec::new();
    let mut langs: Vec<_> = fs::read_dir(&root).unwrap().flatten().filter(|e| e.path().is_dir()).collect();
    langs.sort_by_key(|e| e.file_name());
    for lang in langs {
        println!("cargo:rerun-if-changed={}", lang.path().display());
        let mut files: Vec<_> = fs::read_dir(lang.path()).unwrap().flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "ftl")).collect();
        files.sort();
        for file in files {
            println!("cargo:rerun-if-changed={}", file.display());
            entries.push(format!(
                "    ({:?}, {:?}, include_str!({:?})),\n",
                lang.file_name().to_string_lossy(),
                file.file_name().unwrap().to_string_lossy(),
                file.display().to_string()
            ));
        }
    }
    let out = PathBuf::from(env::var("OUT_DIR").unwrap()).join("sources.rs");
    fs::write(out, format!("/// (language code, file name, Fluent source), sorted.\npub const SOURCES: &[(&str, &str, &str)] = &[\n{}];\n", entries.concat())).unwrap();
}
