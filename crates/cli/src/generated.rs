//! `fidele completions SHELL` and `fidele man`: shell completions and the man page, generated
//! from the same definitions as `--help` (clap_complete, clap_mangen), so they never drift.
//! Neither needs a customer file.

use std::io::Write;

use clap::CommandFactory;
use clap_complete::Shell;

use crate::args::Cli;
use crate::{Failure, Outcome};

#[derive(Clone, Copy, clap::ValueEnum)]
pub(crate) enum CompletionShell {
    Bash,
    Zsh,
    Fish,
}

/// The completion script for `shell`, on stdout.
pub(crate) fn completions(shell: CompletionShell) -> Outcome {
    let shell = match shell {
        CompletionShell::Bash => Shell::Bash,
        CompletionShell::Zsh => Shell::Zsh,
        CompletionShell::Fish => Shell::Fish,
    };
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "fidele", &mut out);
    write(&out)
}

/// The man page `fidele(1)`, as roff on stdout.
pub(crate) fn man() -> Outcome {
    let mut out = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut out).map_err(|e| Failure::Other(crate::words::t("cli-could-not-write-output", &crate::words::args!["error" => e.to_string()])))?;
    write(&out)
}

fn write(bytes: &[u8]) -> Outcome {
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(bytes).and_then(|()| stdout.flush()).map_err(|e| Failure::Other(crate::words::t("cli-could-not-write-output", &crate::words::args!["error" => e.to_string()])))
}
