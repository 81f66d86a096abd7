//! The command line, as clap reads it.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Printed at the end of `fidele --help` (and in the man page).
const AFTER_HELP: &str = "\
Exit codes:
  0  done
  1  failure (the file is busy, damaged, or could not be written; the message says which)
  2  bad input or usage (a missing customer file, a wrong flag or value; the message names it)

Every command but `init` and `restore` needs an existing customer file: `fidele init` creates it.
Messages are in the language of --lang, else $FIDELE_LANG, else the locale (LC_ALL, LC_MESSAGES,
LANG) when it is French, Dutch, English or Thai, else English; --json output and this help are
the same in every language.
Output has no colours or escape codes (only clap's help and usage errors may colour a terminal,
and not when NO_COLOR is set). --json lists are {\"total\", \"offset\", \"limit\", \"<rows>\": [...]}.";

#[derive(Parser)]
#[command(name = "fidele", version, about = "Fidèle: know, rank and keep your shop's customers", after_help = AFTER_HELP)]
pub(crate) struct Cli {
    /// The customer file [default: $FIDELE_DB, else ~/.local/share/fidele/fidele.db]
    #[arg(long, global = true, value_name = "FILE")]
    pub db: Option<PathBuf>,
    /// No progress or summary lines (data, JSON and errors are unchanged)
    #[arg(long, short, global = true)]
    pub quiet: bool,
    /// The language of messages: fr, nl, en or th [default: $FIDELE_LANG, else the locale
    /// (LC_ALL, LC_MESSAGES, LANG) when it is one of these, else en]. This help stays English
    #[arg(long, global = true, value_name = "LANG", env = "FIDELE_LANG", hide_env = true)]
    pub lang: Option<String>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub(crate) enum Command {
    /// Create the customer file (or bring an older one up to date)
    Init,
    /// Fill an empty customer file with a realistic demo shop
    Demo(DemoArgs),
    /// Add, find and show customers
    Customers {
        #[command(subcommand)]
        command: CustomersCommand,
    },
    // -- import/export commands (crates/cli/src/interchange.rs) --
    /// Bring customers or purchases in from a file
    Import {
        #[command(subcommand)]
        command: crate::interchange::ImportCommand,
    },
    /// Write customers out as CSV, vCard or mailing labels
    Export {
        #[command(subcommand)]
        command: crate::interchange::ExportCommand,
    },
    // -- cards and reminders commands (crates/cli/src/cards.rs) --
    /// Print the month's cards, or birthday or anniversary cards, as a PDF (and record them)
    Cards(Box<crate::cards::CardsArgs>),
    /// Show or set the words of an occasion's cards, in one language
    CardTexts(crate::cards::CardTextsArgs),
    /// The week's follow-up sheet: who to call or see and why (as a PDF with -o)
    Reminders(crate::cards::RemindersArgs),
    // -- customer file commands: purchases, interactions (crates/cli/src/records.rs) --
    /// Record, list, edit and delete purchases and refunds
    Purchases {
        #[command(subcommand)]
        command: crate::records::PurchasesCommand,
    },
    /// Complaints, returns, calls, visits...: record, list, resolve
    Interactions {
        #[command(subcommand)]
        command: crate::records::InteractionsCommand,
    },
    /// Take back a merge or a deleted purchase, within 15 minutes (the number they printed)
    Undo(crate::records::IdArg),
    /// Write a consistent copy of the customer file, even while the app has it open
    Backup(BackupArgs),
    /// Replace the customer file with a backup (checked first; the current file is kept aside)
    Restore(RestoreArgs),
    /// Check the customer file: integrity, references, search index
    Check(CheckArgs),
    // -- passphrase commands (crates/cli/src/passphrase.rs) --
    /// Encrypt the customer file with a passphrase, change it, or remove it
    Passphrase {
        #[command(subcommand)]
        command: crate::passphrase::PassphraseCommand,
    },
    // -- analysis commands (crates/cli/src/analyze.rs) --
    /// Who matters: the loyalty ladder, RFM segments, the 80/20 gold customers, lifetime value
    /// and who is drifting away
    Analyze(AnalyzeArgs),
    /// Do the cards pay? Each monthly run against its hold-out at 30, 60 and 90 days, with a
    /// 95 % interval and a verdict; pooled by design, stage and offer; the long view
    Campaigns(crate::campaigns::CampaignsArgs),
    /// Show or set the interface's language, the calendar years are printed in, and the
    /// printer offset
    Settings(crate::settings::SettingsArgs),
    // -- loyalty card commands (crates/cli/src/loyalty.rs) --
    /// Print loyalty cards: name, member number as digits, Code 128 and QR code, on a sheet or one a page
    LoyaltyCards(crate::loyalty::LoyaltyCardsArgs),
    /// Print the page that measures the printer's offset (then `fidele settings --printer-offset-x/-y`)
    CalibrationPage(crate::loyalty::CalibrationArgs),
    // -- counter commands (crates/cli/src/counter.rs) --
    /// At the counter: find who a scan or typed text names; reissue a lost card
    Counter {
        #[command(subcommand)]
        command: crate::counter::CounterCommand,
    },
    /// Record a sale at the counter, with the points it earns and an offer code it redeems
    Sale(Box<crate::counter::SaleArgs>),
    /// Refund (part of) a sale, taking its points back
    Refund(crate::counter::RefundArgs),
    /// A customer's points or stamps: the balance, what it buys, the ledger; spend a reward
    Points(crate::counter::PointsArgs),
    /// Show or set the loyalty rules: points or stamps, rewards, expiry, bonuses
    Loyalty(Box<crate::counter::LoyaltyArgs>),
    // -- generated from these definitions (crates/cli/src/generated.rs) --
    /// Print the shell completion script (e.g. `fidele completions bash > /etc/bash_completion.d/fidele`)
    Completions {
        #[arg(value_enum)]
        shell: crate::generated::CompletionShell,
    },
    /// Print the man page, fidele(1), as roff (e.g. `fidele man > /usr/share/man/man1/fidele.1`)
    Man,
}

#[derive(Args)]
pub(crate) struct DemoArgs {
    /// How many customers
    #[arg(long, default_value_t = 500)]
    pub customers: usize,
    /// The same seed gives the same shop
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Add the demo shop even if the file already has customers
    #[arg(long)]
    pub force: bool,
    /// th: a craft shop in Chiang Mai with Thai customers, addresses, phones and baht;
    /// fr, nl or en: the bookshop in Lyon [default: fr]
    #[arg(long, value_name = "LANG")]
    pub language: Option<String>,
}

#[derive(Subcommand)]
pub(crate) enum CustomersCommand {
    /// List customers, or search them by name, e-mail, phone, city, notes
    List(ListArgs),
    /// Everything about one customer
    Show(ShowArgs),
    /// Add a customer and print their id
    Add(Box<AddArgs>),
    /// Change a customer's details; only the flags given change
    Edit(Box<crate::records::EditArgs>),
    /// Merge a duplicate into the customer that stays, keeping all the history of both
    Merge(crate::records::MergeArgs),
    /// Erase a customer's personal data (their purchases stay, anonymously)
    Erase(crate::records::EraseArgs),
    /// Everything held about one customer, as JSON
    ExportOne(crate::records::IdArg),
    /// Probable duplicates: same e-mail, same phone, or same name and postcode
    Duplicates(crate::records::DuplicatesArgs),
    /// Say two customers are two people: `duplicates` no longer lists the pair
    NotDuplicates(crate::records::PairArgs),
    /// Take a customer out of the list (their history stays)
    Archive(crate::records::IdArg),
    /// Bring an archived customer back
    Unarchive(crate::records::IdArg),
    /// A customer's purchases, interactions, consents and cards, newest first
    Timeline(crate::records::TimelineArgs),
}

#[derive(Args)]
pub(crate) struct ListArgs {
    /// Accents and case are ignored: "helene" finds "Hélène"
    #[arg(long, short)]
    pub search: Option<String>,
    #[command(flatten)]
    pub page: crate::pages::PageArgs,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args)]
pub(crate) struct ShowArgs {
    pub id: i64,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args)]
pub(crate) struct AddArgs {
    /// mrs, ms, mr or mx (also Madame, Monsieur, Mevrouw, Meneer)
    #[arg(long)]
    pub salutation: Option<String>,
    /// Write to them by first name on cards
    #[arg(long)]
    pub first_name_terms: bool,
    #[arg(long)]
    pub first_name: Option<String>,
    #[arg(long)]
    pub last_name: Option<String>,
    #[arg(long)]
    pub company: Option<String>,
    /// May be given several times
    #[arg(long)]
    pub email: Vec<String>,
    /// May be given several times
    #[arg(long)]
    pub phone: Vec<String>,
    /// YYYY-MM-DD, or --MM-DD when the year is not known
    #[arg(long, allow_hyphen_values = true)]
    pub birthday: Option<String>,
    #[arg(long)]
    pub address_line: Option<String>,
    #[arg(long)]
    pub address_line2: Option<String>,
    #[arg(long)]
    pub postal_code: Option<String>,
    #[arg(long)]
    pub city: Option<String>,
    /// Two-letter code: FR, BE, NL, GB...
    #[arg(long)]
    pub country: Option<String>,
    /// Channels they agree to be contacted on: post,email,phone,sms
    #[arg(long, value_delimiter = ',')]
    pub consent: Vec<String>,
    /// The id of the customer who brought them
    #[arg(long)]
    pub referred_by: Option<i64>,
    #[arg(long)]
    pub notes: Option<String>,
    #[arg(long)]
    pub preferences: Option<String>,
    /// May be given several times
    #[arg(long)]
    pub tag: Vec<String>,
    /// fr, en or nl
    #[arg(long)]
    pub language: Option<String>,
    #[arg(long)]
    pub source: Option<String>,
}

#[derive(Args)]
pub(crate) struct AnalyzeArgs {
    /// The day to analyse as of (YYYY-MM-DD) [default: today]
    #[arg(long)]
    pub as_of: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args)]
pub(crate) struct BackupArgs {
    /// Where to write the copy
    #[arg(long, short)]
    pub output: PathBuf,
}

#[derive(Args)]
pub(crate) struct RestoreArgs {
    /// The backup to restore (an encrypted one asks for its passphrase: $FIDELE_PASSPHRASE or
    /// a prompt; the restored file keeps it)
    pub backup: PathBuf,
}

#[derive(Args)]
pub(crate) struct CheckArgs {
    #[arg(long)]
    pub json: bool,
}

/// `fidele --version`: the release, the schema version it writes and the commit it was built
/// from (`fidele-build-info`), e.g. "fidele 0.1.0 (schema 8, commit 3f2a9c41d0be)".
fn version_line() -> &'static str {
    static LINE: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        format!("{} (schema {}, commit {})", fidele_build_info::VERSION, fidele_store::LATEST_VERSION, fidele_build_info::COMMIT)
    });
    &LINE
}

impl Cli {
    /// The command line, with `--version` saying more than the crate's version.
    pub(crate) fn from_command_line() -> Cli {
        let matches = <Cli as clap::CommandFactory>::command().version(version_line()).get_matches();
        <Cli as clap::FromArgMatches>::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
    }
}
