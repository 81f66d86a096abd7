//! Names the commit this build comes from (`fidele --version`, Settings → About), so a shopkeeper's
//! report of a problem says which build it is. From a source tree without git (a tarball), the
//! packager may set FIDELE_COMMIT; otherwise it is "unknown".

use std::path::Path;
use std::process::Command;

fn git(args: &[&str]) -> Option<String> {
    let out = Command::new("git").args(args).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned()).filter(|s| !s.is_empty())
}

/// Reruns this script when HEAD moves. Only paths that exist: cargo reruns a build script on
/// every build while a path it watches is missing, and that would rebuild the CLI each time.
fn watch(path: &str) {
    if Path::new(path).exists() {
        println!("cargo:rerun-if-changed={path}");
    }
}

fn main() {
    println!("cargo:rerun-if-env-changed=FIDELE_COMMIT");
    let commit = std::env::var("FIDELE_COMMIT").ok().filter(|c| !c.is_empty()).or_else(|| git(&["rev-parse", "--short=12", "HEAD"]));
    println!("cargo:rustc-env=FIDELE_COMMIT={}", commit.as_deref().unwrap_or("unknown"));
    if let Some(head) = git(&["rev-parse", "--git-path", "HEAD"]) {
        watch(&head);
    }
    if let Some(branch) = git(&["symbolic-ref", "-q", "HEAD"])
        && let Some(reference) = git(&["rev-parse", "--git-path", &branch])
    {
        watch(&reference);
    }
    if let Some(packed) = git(&["rev-parse", "--git-path", "packed-refs"]) {
        watch(&packed);
    }
}
