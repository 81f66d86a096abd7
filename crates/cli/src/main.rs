//! `fidele`: the customer file from the shell. Same core as the app, for batch work, scripts
//! and benchmarks.
//!
//! Exit codes: 0 done, 2 bad input or usage (the message names the field), 1 anything else.

mod args;
mod customers;
mod json;

use std::process::ExitCode;

use clap::Parser;
use fidele_store::{Error as StoreError, Store};

use args::{Cli, Command, CustomersCommand};

/// What went wrong, and whether it was the user's input.
pub(crate) enum Failure {
    Usage(String),
    Other(String),
}

impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Invalid(invalid) => Failure::Usage(
                invalid.errors.iter().map(|e| format!("--{}: {}", e.field.replace('_', "-"), e.message)).collect::<Vec<_>>().join("; "),
            ),
            StoreError::NotFound { .. } => Failure::Usage(e.to_string()),
            other => Failure::Other(other.to_string()),
        }
    }
}

pub(crate) type Outcome = Result<(), Failure>;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Usage(message)) => {
            eprintln!("fidele: {message}");
            ExitCode::from(2)
        }
        Err(Failure::Other(message)) => {
            eprintln!("fidele: {message}");
            ExitCode::from(1)
        }
    }
}

fn run(cli: Cli) -> Outcome {
    let path = cli.db.clone().unwrap_or_else(fidele_store::default_path);
    let mut store = Store::open(&path)?;
    match cli.command {
        Command::Init => {
            println!("{} is ready (schema version {})", path.display(), store.schema_version()?);
            Ok(())
        }
        Command::Demo(args) => {
            if store.count_customers("")? > 0 && !args.force {
                return Err(Failure::Usage(format!(
                    "{} already has customers; the demo shop goes into an empty file (or add --force)",
                    path.display()
                )));
            }
            let today = chrono::Local::now().date_naive();
            let summary = fidele_demo::generate(&mut store, fidele_demo::DemoOptions { customers: args.customers, seed: args.seed, today })?;
            println!(
                "demo shop: {} customers, {} households, {} purchases, {} interactions",
                summary.customers, summary.households, summary.purchases, summary.interactions
            );
            Ok(())
        }
        Command::Customers { command } => match command {
            CustomersCommand::List(args) => customers::list(&store, args),
            CustomersCommand::Show(args) => customers::show(&store, args),
            CustomersCommand::Add(args) => customers::add(&mut store, *args),
        },
        // -- import/export arms --
        // -- cards and reminders arms --
        // -- analysis arms --
    }
}
