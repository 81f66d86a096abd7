//! `fidele`: the customer file from the shell. Same core as the app, for batch work, scripts
//! and benchmarks.
//!
//! Exit codes: 0 done, 2 bad input or usage (the message names the field; a missing customer
//! file), 1 anything else (documented in `fidele --help`, args.rs).

mod analyze;
mod campaigns;
mod safety;
mod args;
mod busy;
mod cards;
mod counter;
mod customers;
mod errors;
mod generated;
mod interchange;
mod json;
mod loyalty;
mod missing_file;
mod pages;
mod passphrase;
mod records;
mod settings;
mod words;

use std::process::ExitCode;

use fidele_store::{Error as StoreError, Store};

use args::{Cli, Command, CustomersCommand};

/// What went wrong, and whether it was the user's input.
pub(crate) enum Failure {
    Usage(String),
    Other(String),
}

impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Self {
        if e.is_busy() {
            return busy::failure();
        }
        let said = errors::store_failure(&e).unwrap_or_else(|| e.to_string());
        match e {
            StoreError::Invalid(invalid) => Failure::Usage(errors::invalid(&invalid)),
            StoreError::NotFound { .. } | StoreError::WrongPassphrase(_) => Failure::Usage(said),
            StoreError::NeedsPassphrase(_) => {
                Failure::Usage(format!("{said} {}", words::t("cli-passphrase-hint", &words::args!["env" => passphrase::ENV])))
            }
            _ => Failure::Other(said),
        }
    }
}

pub(crate) type Outcome = Result<(), Failure>;

fn main() -> ExitCode {
    // `fidele customers list | head` closes the pipe early: end quietly, as shell tools do,
    // rather than panicking in println!.
    #[cfg(unix)]
    // SAFETY: restoring the default disposition of one signal before any thread is started.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let cli = Cli::from_command_line();
    words::set_quiet(cli.quiet);
    match words::choose_language(cli.lang.as_deref(), |var| std::env::var(var).ok()) {
        Ok(language) => words::set_language(language),
        Err(message) => {
            eprintln!("fidele: {message}");
            return ExitCode::from(2);
        }
    }
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
    match cli.command {
        Command::Completions { shell } => return generated::completions(shell),
        Command::Man => return generated::man(),
        _ => {}
    }
    let path = cli.db.clone().unwrap_or_else(fidele_store::default_path);
    if let Some(refusal) = missing_file::refusal(&path, &cli.command) {
        return refusal;
    }
    busy::watch(&path);
    if let Command::Restore(args) = &cli.command {
        // Nothing may hold the file open while it is replaced: restore before opening it.
        return safety::restore(&path, args);
    }
    if let Command::Passphrase { command } = cli.command {
        // Replaces the file: done on the closed file, under its lock.
        return passphrase::run(&path, command);
    }
    let key = passphrase::for_opening(&path, "file")?;
    let mut store = Store::open_with(&path, key.as_ref())?;
    drop(key);
    match cli.command {
        Command::Init => {
            words::say("cli-init-ready", &words::args!["path" => path.display().to_string(), "version" => store.schema_version()?]);
            Ok(())
        }
        Command::Demo(args) => {
            if store.count_customers("")? > 0 && !args.force {
                return Err(Failure::Usage(words::t("cli-demo-not-empty", &words::args!["path" => path.display().to_string()])));
            }
            let today = chrono::Local::now().date_naive();
            let language = match args.language.as_deref() {
                Some(code) => words::choose_language(Some(code), |_| None).map_err(Failure::Usage)?,
                None => fidele_domain::Language::Fr,
            };
            let options = fidele_usecases::demo::DemoOptions { customers: args.customers, seed: args.seed, today };
            let summary = fidele_usecases::demo::load(&mut store, language, options)?;
            words::say(
                "cli-demo-done",
                &words::args![
                    "customers" => words::count(summary.customers, words::CUSTOMER),
                    "households" => words::count(summary.households, words::HOUSEHOLD),
                    "purchases" => words::count(summary.purchases, words::PURCHASE),
                    "interactions" => words::count(summary.interactions, words::INTERACTION),
                ],
            );
            Ok(())
        }
        Command::Customers { command } => match command {
            CustomersCommand::List(args) => customers::list(&store, args),
            CustomersCommand::Show(args) => customers::show(&store, args),
            CustomersCommand::Add(args) => customers::add(&mut store, *args),
            CustomersCommand::Edit(args) => records::edit(&mut store, *args),
            CustomersCommand::Merge(args) => records::merge(&mut store, args),
            CustomersCommand::Erase(args) => records::erase(&mut store, args),
            CustomersCommand::ExportOne(args) => records::export_one(&store, args),
            CustomersCommand::Duplicates(args) => records::duplicates(&store, args),
            CustomersCommand::NotDuplicates(args) => records::not_duplicates(&mut store, args),
            CustomersCommand::Archive(args) => records::archive(&mut store, args.id, true),
            CustomersCommand::Unarchive(args) => records::archive(&mut store, args.id, false),
            CustomersCommand::Timeline(args) => records::timeline(&store, args),
        },
        // -- import/export arms --
        Command::Import { command } => {
            // Another command that finds the file busy can say that an import holds it.
            let _writing = store.note_writer(fidele_store::Writer::Import);
            match command {
                interchange::ImportCommand::Customers(args) => interchange::import_customers(&mut store, args),
                interchange::ImportCommand::Purchases(args) => interchange::import_purchases(&mut store, args),
            }
        }
        Command::Export { command } => match command {
            interchange::ExportCommand::Customers(args) => interchange::export_customers(&store, args),
        },
        // -- cards and reminders arms --
        Command::Cards(args) => cards::cards(&mut store, *args),
        Command::CardTexts(args) => cards::card_texts(&mut store, args),
        Command::Reminders(args) => cards::reminders(&store, args),
        // -- customer file arms --
        Command::Purchases { command } => records::purchases(&mut store, command),
        Command::Interactions { command } => records::interactions(&mut store, command),
        Command::Undo(args) => records::undo(&mut store, args.id),
        Command::Backup(args) => safety::backup(&store, args),
        Command::Check(args) => safety::check(&store, args),
        Command::Restore(_) => unreachable!("handled before the file is opened"),
        Command::Passphrase { .. } => unreachable!("handled before the file is opened"),
        Command::Completions { .. } | Command::Man => unreachable!("handled before the file is named"),
        // -- analysis arms --
        Command::Analyze(args) => analyze::run(&mut store, args),
        Command::Campaigns(args) => campaigns::run(&store, args),
        Command::Settings(args) => settings::settings(&mut store, args),
        // -- loyalty card arms --
        Command::LoyaltyCards(args) => loyalty::loyalty_cards(&store, args),
        Command::CalibrationPage(args) => loyalty::calibration_page(&store, args),
        // -- counter arms --
        Command::Counter { command } => counter::run(&mut store, command),
        Command::Sale(args) => counter::sale(&mut store, *args),
        Command::Refund(args) => counter::refund(&mut store, args),
        Command::Points(args) => counter::points(&mut store, args),
        Command::Loyalty(args) => counter::loyalty(&mut store, *args),
    }
}
