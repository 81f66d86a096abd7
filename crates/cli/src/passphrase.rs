//! `fidele passphrase set|change|remove`, and the passphrase of an encrypted file for every
//! other command: from `FIDELE_PASSPHRASE`, else a hidden prompt when stdin is a terminal.

use std::io::IsTerminal;
use std::path::Path;

use clap::Subcommand;
use fidele_store::{InstanceLock, Passphrase};

use crate::words::{args, say, t, text};
use crate::{Failure, Outcome};

/// The passphrase of the file (or backup) being opened.
pub(crate) const ENV: &str = "FIDELE_PASSPHRASE";
/// The new passphrase of `passphrase change` (and of `set`, if `FIDELE_PASSPHRASE` is unset).
pub(crate) const NEW_ENV: &str = "FIDELE_NEW_PASSPHRASE";

#[derive(Subcommand)]
pub(crate) enum PassphraseCommand {
    /// Encrypt the customer file with a passphrase (from $FIDELE_PASSPHRASE or a prompt)
    Set,
    /// Change the passphrase (current: $FIDELE_PASSPHRASE or a prompt; new:
    /// $FIDELE_NEW_PASSPHRASE or a prompt)
    Change,
    /// Decrypt the customer file: no passphrase any more (current: $FIDELE_PASSPHRASE or a prompt)
    Remove,
}

fn from_env(var: &str) -> Result<Option<Passphrase>, Failure> {
    match std::env::var(var) {
        Ok(text) if !text.is_empty() => Ok(Some(Passphrase::new(text)?)),
        Ok(_) => Ok(None),
        Err(std::env::VarError::NotPresent) => Ok(None),
        Err(std::env::VarError::NotUnicode(_)) => Err(Failure::Usage(t("cli-passphrase-not-utf8", &args!["var" => var.to_owned()]))),
    }
}

/// A hidden prompt on the terminal; refused (naming `var`) when stdin is not a terminal.
fn prompt(question: &str, var: &str) -> Result<Passphrase, Failure> {
    if !std::io::stdin().is_terminal() {
        return Err(Failure::Usage(t("cli-passphrase-no-terminal", &args!["question" => question.to_owned(), "var" => var.to_owned()])));
    }
    let text = rpassword::prompt_password(format!("{question}: ")).map_err(|e| Failure::Other(t("cli-passphrase-unreadable", &args!["error" => e.to_string()])))?;
    Ok(Passphrase::new(text)?)
}

fn env_or_prompt(var: &str, question: &str) -> Result<Passphrase, Failure> {
    match from_env(var)? {
        Some(p) => Ok(p),
        None => prompt(question, var),
    }
}

/// A new passphrase: from `var`, else typed twice.
fn new_passphrase(var: &str) -> Result<Passphrase, Failure> {
    if let Some(p) = from_env(var)? {
        return Ok(p);
    }
    let first = prompt(&text("cli-passphrase-new"), var)?;
    let again = prompt(&text("cli-passphrase-again"), var)?;
    if !first.same_as(&again) {
        return Err(Failure::Usage(text("cli-passphrase-differ")));
    }
    Ok(first)
}

/// The passphrase to open `path` with: none for a plain (or new) file; for an encrypted one,
/// `FIDELE_PASSPHRASE`, else a prompt. `what` is `file` or `backup`, as the question words it.
pub(crate) fn for_opening(path: &Path, what: &'static str) -> Result<Option<Passphrase>, Failure> {
    if !fidele_store::is_encrypted(path)? {
        return Ok(None);
    }
    let question = t("cli-passphrase-question", &args!["path" => path.display().to_string(), "what" => what]);
    env_or_prompt(ENV, &question).map(Some)
}

pub(crate) fn run(db: &Path, command: PassphraseCommand) -> Outcome {
    if !db.exists() {
        return Err(Failure::Usage(t("cli-passphrase-no-file", &args!["path" => db.display().to_string()])));
    }
    // Nothing else may have the file open while it is replaced.
    let _lock = InstanceLock::acquire(db)?;
    let encrypted = fidele_store::is_encrypted(db)?;
    match command {
        PassphraseCommand::Set => {
            if encrypted {
                return Err(Failure::Usage(t("cli-passphrase-already", &args!["path" => db.display().to_string()])));
            }
            // `set` has no current passphrase: FIDELE_PASSPHRASE, if given, is the new one.
            let new = match from_env(ENV)? {
                Some(p) => p,
                None => new_passphrase(NEW_ENV)?,
            };
            fidele_store::change_passphrase(db, None, Some(&new))?;
            say("cli-passphrase-set", &args!["path" => db.display().to_string()]);
        }
        PassphraseCommand::Change => {
            if !encrypted {
                return Err(Failure::Usage(t("cli-passphrase-none-use-set", &args!["path" => db.display().to_string()])));
            }
            let current = env_or_prompt(ENV, &text("cli-passphrase-current"))?;
            let new = new_passphrase(NEW_ENV)?;
            fidele_store::change_passphrase(db, Some(&current), Some(&new))?;
            say("cli-passphrase-changed", &args!["path" => db.display().to_string()]);
        }
        PassphraseCommand::Remove => {
            if !encrypted {
                return Err(Failure::Usage(t("cli-passphrase-none", &args!["path" => db.display().to_string()])));
            }
            let current = env_or_prompt(ENV, &text("cli-passphrase-current"))?;
            fidele_store::change_passphrase(db, Some(&current), None)?;
            say("cli-passphrase-removed", &args!["path" => db.display().to_string()]);
        }
    }
    Ok(())
}
