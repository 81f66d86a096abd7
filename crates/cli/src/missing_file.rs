//! A customer file is created only by `fidele init` (and by `restore` into a new path): a
//! mistyped `--db` or `FIDELE_DB` fails loudly instead of answering from a new, empty file.

use std::path::Path;

use crate::args::Command;
use crate::{Failure, Outcome};

/// What to answer instead of running `command` on `path`, if anything: every command but
/// `init` and `restore` refuses a file that does not exist (exit 2, nothing created), and
/// `init` leaves an existing file as it is.
pub(crate) fn refusal(path: &Path, command: &Command) -> Option<Outcome> {
    let exists = path.exists();
    match command {
        Command::Restore(_) => None,
        Command::Init if exists => {
            crate::words::say("cli-init-exists", &crate::words::args!["path" => path.display().to_string()]);
            Some(Ok(()))
        }
        Command::Init => None,
        _ if exists => None,
        _ => Some(Err(Failure::Usage(crate::words::t("cli-missing-file", &crate::words::args!["path" => path.display().to_string()])))),
    }
}
