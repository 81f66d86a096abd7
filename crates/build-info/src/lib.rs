//! Which build of Fidèle this is, said the same way by `fidele --version` and the app's
//! Settings → About, so a shopkeeper's report of a problem names the build.
//!
//! A crate of its own, and a leaf: the commit changes with every commit, and only what shows it
//! (the two front ends) is rebuilt for it, not the crates below them.

/// The release, e.g. "0.1.0" (the workspace's version, which `make release-check` keeps equal
/// to `tauri.conf.json`'s and `ui/package.json`'s).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The commit this was built from, 12 hex digits, or what the packager set in FIDELE_COMMIT,
/// or "unknown" from a tree without git (see build.rs).
pub const COMMIT: &str = env!("FIDELE_COMMIT");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_commit_is_a_short_hash_or_says_unknown() {
        assert!(COMMIT == "unknown" || COMMIT.len() <= 40 && !COMMIT.is_empty(), "{COMMIT}");
        assert!(!COMMIT.contains(char::is_whitespace), "{COMMIT:?}");
    }

    #[test]
    fn the_version_is_three_numbers() {
        let parts: Vec<&str> = VERSION.split('.').collect();
        assert_eq!(parts.len(), 3, "{VERSION}");
        assert!(parts.iter().all(|p| p.parse::<u32>().is_ok()), "{VERSION}");
    }
}
