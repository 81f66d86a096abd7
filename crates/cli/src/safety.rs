//! `fidele backup`, `restore` and `check`.

use std::path::Path;

use fidele_store::Store;
use serde_json::json;

use crate::args::{BackupArgs, CheckArgs, RestoreArgs};
use crate::{Failure, Outcome, json, words};

pub(crate) fn backup(store: &Store, args: BackupArgs) -> Outcome {
    store.backup_to(&args.output)?;
    words::say(format_args!("backed up to {}", args.output.display()));
    Ok(())
}

pub(crate) fn restore(db: &Path, args: &RestoreArgs) -> Outcome {
    if !args.backup.exists() {
        return Err(Failure::Usage(format!("{} does not exist", args.backup.display())));
    }
    let key = crate::passphrase::for_opening(&args.backup, "give the backup's passphrase")?;
    match fidele_store::restore_with(db, &args.backup, key.as_ref()) {
        Ok(kept) => {
            words::say(format_args!("restored {} from {}; the previous file is kept as {}", db.display(), args.backup.display(), kept.display()));
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
        words::say(format_args!("the customer file is whole"));
    } else {
        for p in &problems {
            println!("{p}");
        }
    }
    if problems.is_empty() { Ok(()) } else { Err(Failure::Other(format!("{} found", words::count(problems.len(), words::PROBLEM)))) }
}
