//! `fidele backup`, `restore` and `check`.

use std::path::Path;

use fidele_store::Store;
use serde_json::json;

use crate::args::{BackupArgs, CheckArgs, RestoreArgs};
use crate::{Failure, Outcome, json, words};

pub(crate) fn backup(store: &Store, args: BackupArgs) -> Outcome {
    store.backup_to(&args.output)?;
    words::say("cli-backed-up", &words::args!["path" => args.output.display().to_string()]);
    Ok(())
}

pub(crate) fn restore(db: &Path, args: &RestoreArgs) -> Outcome {
    if !args.backup.exists() {
        return Err(Failure::Usage(words::t("cli-no-such-file", &words::args!["path" => args.backup.display().to_string()])));
    }
    let key = crate::passphrase::for_opening(&args.backup, "backup")?;
    match fidele_store::restore_with(db, &args.backup, key.as_ref()) {
        Ok(kept) => {
            words::say(
                "cli-restored",
                &words::args!["db" => db.display().to_string(), "backup" => args.backup.display().to_string(), "kept" => kept.display().to_string()],
            );
            Ok(())
        }
        // A backup that is not a whole Fidèle file is the user's input: exit 2.
        Err(e @ (fidele_store::Error::NotAFideleFile(_) | fidele_store::Error::Corrupt(_))) => Err(Failure::Usage(e.to_string())),
        Err(e) => Err(e.into()),
    }
}

pub(crate) fn check(store: &Store, args: CheckArgs) -> Outcome {
    let problems = store.check_integrity()?;
    if args.json {
        json::print(&json!({ "ok": problems.is_empty(), "problems": problems }))?;
    } else if problems.is_empty() {
        words::say("cli-file-whole", &words::args![]);
    } else {
        for p in &problems {
            println!("{p}");
        }
    }
    if problems.is_empty() { Ok(()) } else { Err(Failure::Other(words::t("cli-problems-found", &words::args!["n" => words::n(problems.len())]))) }
}
