//! Writes `ui/src/generated/ipc.ts` (only the tests run it: one checks the committed file,
//! `make types` rewrites it).

use std::collections::BTreeSet;

use ts_rs::{Config, TS, TypeVisitor};

use super::codes::{self, Codes};

use crate::commands::{analysis, campaigns, cards, counter, interchange, list_views, loyalty_cards, passphrase, records, safety, updates};
use crate::{command_names, error, ipc, jobs};

/// The generated file, from the workspace root.
pub const GENERATED: &str = "ui/src/generated/ipc.ts";

/// What refreshes it (a Makefile target running the ignored test `contract::typescript::tests::regenerate`).
pub const REFRESH: &str = "make types";

/// One TypeScript declaration and the declared types it names.
struct Declaration {
    /// The Rust type's path in this crate (`commands::records::CardView`).
    rust: String,
    name: String,
    text: String,
    uses: Vec<String>,
}

fn declaration<T: TS + 'static>(cfg: &Config) -> Declaration {
    struct Uses<'a>(&'a Config, Vec<String>);
    impl TypeVisitor for Uses<'_> {
        fn visit<U: TS + 'static + ?Sized>(&mut self) {
            if U::output_path().is_some() {
                self.1.push(U::ident(self.0));
            }
        }
    }
    let mut uses = Uses(cfg, Vec::new());
    T::visit_dependencies(&mut uses);
    let rust = std::any::type_name::<T>().trim_start_matches("fidele_app::").to_owned();
    Declaration { rust, name: T::ident(cfg), text: format!("{}export {}", T::docs().unwrap_or_default(), layout(&T::decl(cfg))), uses: uses.1 }
}

/// Lays a ts-rs declaration (`type X = { a: A, b: B, };`, one line) out one field a line, and a
/// union of objects one member a line, so the file reads like the hand-written one it replaced.
fn layout(decl: &str) -> String {
    let Some((head, body)) = decl.split_once(" = ") else { return decl.to_owned() };
    let body = body.trim().trim_end_matches(';').trim();
    let members = split_top(body, '|');
    if members.len() > 1 && members.iter().all(|m| m.starts_with('{')) {
        let lines: Vec<String> = members.iter().map(|m| format!("  | {}", object_inline(m))).collect();
        return format!("{head} =\n{};", lines.join("\n"));
    }
    if members.len() == 1 && body.starts_with('{') && body.ends_with('}') {
        let fields = split_top(&body[1..body.len() - 1], ',');
        let mut out = format!("{head} = {{\n");
        for field in fields {
            out.push_str(&indented_field(&field));
        }
        out.push_str("};");
        return out;
    }
    format!("{head} = {body};")
}

/// `{ a: A, b: B, }` as `{ a: A; b: B }`.
fn object_inline(object: &str) -> String {
    let inner = &object.trim()[1..object.trim().len() - 1];
    format!("{{ {} }}", split_top(inner, ',').join("; "))
}

/// A field (its doc comment first, if any) indented by two spaces, ending in `;`.
fn indented_field(field: &str) -> String {
    let mut out = String::new();
    let (doc, rest) = match field.rfind("*/") {
        Some(end) if field.starts_with("/**") => (Some(&field[..end + 2]), field[end + 2..].trim()),
        _ => (None, field),
    };
    if let Some(doc) = doc {
        for line in doc.lines() {
            let line = line.trim();
            out.push_str(if line.starts_with('*') { "   " } else { "  " });
            out.push_str(line);
            out.push('\n');
        }
    }
    out.push_str(&format!("  {rest};\n"));
    out
}

/// `text` split at `sep` outside brackets, strings and comments; parts trimmed, empty ones
/// (after a trailing separator) dropped.
fn split_top(text: &str, sep: char) -> Vec<String> {
    let mut parts = Vec::new();
    let (mut depth, mut start, mut quoted, mut comment) = (0i32, 0, false, false);
    let bytes = text.as_bytes();
    for (i, c) in text.char_indices() {
        match c {
            _ if comment => comment = !(c == '/' && i > 0 && bytes[i - 1] == b'*'),
            '"' => quoted = !quoted,
            _ if quoted => {}
            '/' if bytes.get(i + 1) == Some(&b'*') => comment = true,
            '{' | '[' | '(' | '<' => depth += 1,
            '}' | ']' | ')' | '>' => depth -= 1,
            _ if c == sep && depth == 0 => {
                parts.push(text[start..i].trim().to_owned());
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(text[start..].trim().to_owned());
    parts.retain(|p| !p.is_empty());
    parts
}

/// Every type that crosses IPC, in the file's order: a type used by a listed one must be
/// listed too (a test says which is missing).
fn declarations(cfg: &Config) -> Vec<Declaration> {
    macro_rules! declare {
        ($($t:ty),+ $(,)?) => { vec![$(declaration::<$t>(cfg)),+] };
    }
    declare![
        // The codes sent as text.
        codes::Language,
        codes::Salutation,
        codes::Formality,
        codes::ConsentChannel,
        codes::InteractionKind,
        codes::InteractionStatus,
        codes::HitField,
        codes::Stage,
        codes::Segment,
        codes::RunKind,
        codes::SkipReason,
        codes::MergeField,
        codes::DuplicateReason,
        codes::CustomerAction,
        codes::MatchKey,
        codes::PointsKind,
        codes::OfferRefusal,
        codes::LoyaltyUnit,
        codes::FoundBy,
        codes::NotFound,
        // Errors, and the progress of long jobs (Channel payloads).
        codes::ErrorKind,
        error::IpcErrorShape,
        error::FieldMessageShape,
        jobs::Progress,
        analysis::AnalysisProgress,
        // The app, the customer list and a customer's page.
        ipc::AppInfo,
        ipc::CustomerList,
        ipc::CustomerRow,
        ipc::Hit,
        list_views::ListArrangement,
        list_views::SavedView,
        list_views::ListChoices,
        ipc::NamedRef,
        ipc::CustomerView,
        ipc::ConsentView,
        ipc::PointsStandingView,
        ipc::PurchaseView,
        ipc::InteractionView,
        ipc::CustomerInput,
        ipc::PurchaseInput,
        ipc::InteractionInput,
        ipc::OverviewView,
        ipc::BirthdayView,
        ipc::ReminderView,
        ipc::ReminderInput,
        ipc::ShopView,
        ipc::SettingsView,
        safety::BackupInfo,
        updates::UpdateSettingsView,
        updates::UpdateOfferView,
        updates::UpdateCheckView,
        updates::UpdateInstalledView,
        passphrase::LockStatus,
        // The customer file: merges, undo, duplicates, the timeline.
        records::MergeView,
        records::UndoView,
        records::MergeChoicesInput,
        records::UndoneView,
        records::ErasureView,
        records::DuplicateSide,
        records::DuplicateView,
        records::TimelineView,
        records::TimelineItem,
        records::CardView,
        records::LadderMoveView,
        // Imports and exports.
        interchange::ProblemView,
        interchange::RejectedView,
        interchange::ColumnView,
        interchange::RowView,
        interchange::RowChangeView,
        interchange::WarningView,
        interchange::CustomerImportPreview,
        interchange::CellCorrectionInput,
        interchange::CustomerImportOptions,
        interchange::CustomerImportResult,
        interchange::PurchaseImportPreview,
        interchange::PurchaseImportResult,
        interchange::ExportInput,
        interchange::ExportResult,
        // Cards and the follow-up sheet.
        cards::RunInput,
        cards::CardRunView,
        cards::CardView,
        cards::SkippedView,
        cards::CardTextsView,
        cards::GeneratedView,
        cards::RecordedView,
        cards::CardRunReportView,
        cards::CardSettingsView,
        cards::FollowUpView,
        cards::FollowUpGroupView,
        cards::FollowUpEntryView,
        // Loyalty cards and the printer offset.
        loyalty_cards::PrinterOffsetView,
        loyalty_cards::LoyaltyCardsInput,
        loyalty_cards::LoyaltyCardsSaved,
        // Do the cards pay?
        campaigns::CampaignsView,
        campaigns::CampaignRunView,
        campaigns::WindowView,
        campaigns::ArmView,
        campaigns::DifferenceView,
        campaigns::VerdictView,
        campaigns::CurvePoint,
        campaigns::PoolView,
        campaigns::LongViewView,
        records::HeldOutView,
        // The analysis.
        analysis::AnalysisView,
        analysis::StageCount,
        analysis::LadderMonthView,
        analysis::ParetoView,
        analysis::SegmentCount,
        analysis::RetentionView,
        analysis::DrifterView,
        analysis::AdvocateView,
        analysis::ModelView,
        analysis::OutlookView,
        analysis::LadderSettingsView,
        // The counter.
        counter::RewardView,
        counter::PointsEntryView,
        counter::OfferView,
        counter::CounterView,
        counter::ChoiceView,
        counter::FoundView,
        counter::SaleInput,
        counter::SaleView,
        counter::LoyaltyRulesView,
        counter::RewardInput,
    ]
}

/// The code lists the UI shows in order (a select's options): `export const STAGES: readonly
/// Stage[] = [...]`.
fn code_lists(cfg: &Config) -> String {
    fn list<T: Codes>(cfg: &Config, name: &str) -> String {
        format!("export const {name}: readonly {}[] = [{}];\n\n", T::name(cfg), codes::union(&T::codes()).replace(" | ", ", "))
    }
    [list::<codes::Stage>(cfg, "STAGES"), list::<codes::Segment>(cfg, "SEGMENTS")].concat()
}

fn config() -> Config {
    // serde_json writes every integer as a JSON number; the ids and counts fit a double. Arrays
    // up to 4 long (a model's parameters) are tuples, longer ones arrays.
    Config::new().with_large_int("number").with_array_tuple_limit(4)
}

/// The text of `ui/src/generated/ipc.ts`.
pub fn typescript() -> String {
    let mut out = format!(
        "// Generated by ts-rs from the Rust types in src-tauri/ (src-tauri/src/contract.rs); do not edit.\n\
         // Run `{REFRESH}` after changing a type that crosses IPC or a command's signature.\n\n\
         import type {{ Channel }} from \"@tauri-apps/api/core\";\n\n"
    );
    for d in declarations(&config()) {
        out.push_str(&d.text);
        out.push_str("\n\n");
    }
    out.push_str(&code_lists(&config()));
    out.push_str(&commands(&config()));
    out
}

/// The commands' signatures, read from their source (`signatures.rs`).
fn signatures(cfg: &Config) -> Vec<super::signatures::Signature> {
    let all = declarations(cfg);
    let resolve = |module: &str, ident: &str| -> Option<String> {
        let here = format!("commands::{module}::{ident}");
        if let Some(d) = all.iter().find(|d| d.rust == here) {
            return Some(d.name.clone());
        }
        let mut named = all.iter().filter(|d| d.rust.rsplit("::").next() == Some(ident));
        match (named.next(), named.next()) {
            (Some(d), None) => Some(d.name.clone()),
            _ => None,
        }
    };
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src-tauri/src/commands");
    super::signatures::read(&dir, &resolve).unwrap_or_else(|e| panic!("reading the commands: {e}"))
}

/// `Commands`: each command's arguments and answer, in `command_names.rs`'s order.
fn commands(cfg: &Config) -> String {
    let signatures = signatures(cfg);
    let mut out = String::from(
        "/**\n * What each command takes (its arguments, named as the UI passes them) and answers; the\n \
         * commands are those of src-tauri/src/command_names.rs.\n */\nexport type Commands = {\n",
    );
    for name in command_names::COMMANDS {
        let Some(s) = signatures.iter().find(|s| s.name == *name) else {
            panic!("{name} is in command_names.rs but no #[tauri::command] has that name")
        };
        let args: Vec<String> = s.args.iter().map(|(a, ty, optional)| format!("{a}{}: {ty}", if *optional { "?" } else { "" })).collect();
        let args = if args.is_empty() { "Record<string, never>".to_owned() } else { format!("{{ {} }}", args.join("; ")) };
        out.push_str(&format!("  {name}: {{ args: {args}; returns: {} }};\n", s.returns));
    }
    out.push_str("};\n\nexport type Command = keyof Commands;\n");
    out
}

/// Types used by a declared type but not declared themselves: `(user, missing)`.
fn undeclared() -> Vec<(String, String)> {
    let all = declarations(&config());
    let declared: BTreeSet<&str> = all.iter().map(|d| d.name.as_str()).collect();
    let mut missing = Vec::new();
    for d in &all {
        for used in &d.uses {
            if !declared.contains(used.as_str()) {
                missing.push((d.name.clone(), used.clone()));
            }
        }
    }
    missing
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;
    use std::path::PathBuf;

    use super::*;

    fn generated_path() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(GENERATED)
    }

    #[test]
    fn the_committed_typescript_is_up_to_date() {
        let committed = std::fs::read_to_string(generated_path()).unwrap_or_default();
        let fresh = typescript();
        if committed != fresh {
            let line = committed.lines().zip(fresh.lines()).position(|(a, b)| a != b).unwrap_or(committed.lines().count().min(fresh.lines().count()));
            panic!(
                "{GENERATED} is stale (first difference at line {}: {:?} should be {:?}): run `{REFRESH}` \
                 (cargo test -p fidele-app --lib contract::typescript::tests::regenerate -- --ignored --exact)",
                line + 1,
                committed.lines().nth(line).unwrap_or(""),
                fresh.lines().nth(line).unwrap_or(""),
            );
        }
    }

    /// Writes the file; `make types` runs it.
    #[test]
    #[ignore = "writes ui/src/generated/ipc.ts: run by `make types`"]
    fn regenerate() {
        std::fs::write(generated_path(), typescript()).unwrap();
    }

    #[test]
    fn every_type_a_declared_type_uses_is_declared() {
        assert!(undeclared().is_empty(), "add to contract::declarations: {:?} (used by, missing)", undeclared());
    }

    /// A type the app serializes or reads from the UI is in the contract: a new view cannot
    /// be left out of `ui/src/generated/ipc.ts` (and copied by hand into the UI again).
    #[test]
    fn every_type_that_crosses_ipc_is_declared() {
        let declared: BTreeSet<String> = declarations(&config()).into_iter().map(|d| d.rust).collect();
        let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src-tauri/src");
        let mut files = vec![];
        for dir in [src.clone(), src.join("commands")] {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_some_and(|e| e == "rs") {
                    files.push(path);
                }
            }
        }
        let mut crossing = BTreeSet::new();
        for path in files {
            let module = path.strip_prefix(&src).unwrap().with_extension("").to_string_lossy().replace('/', "::");
            let text = std::fs::read_to_string(&path).unwrap();
            let mut serde_derive = false;
            for line in text.lines().map(str::trim) {
                if line.starts_with("#[derive(") {
                    serde_derive = line.contains("Serialize") || line.contains("Deserialize");
                } else if serde_derive && let Some(rest) = line.strip_prefix("pub struct ").or(line.strip_prefix("pub enum ")) {
                    let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                    crossing.insert(format!("{module}::{name}"));
                    serde_derive = false;
                }
            }
        }
        assert!(crossing.len() >= 70, "the scan found only {crossing:?}");
        let missing: Vec<_> = crossing.difference(&declared).collect();
        assert!(missing.is_empty(), "derive ts_rs::TS on these and add them to contract::declarations: {missing:?}");
    }

    /// The commands the app defines are those `command_names.rs` lists (and so those the
    /// capability grants): one defined and not listed could not be called.
    #[test]
    fn every_command_is_listed_in_command_names() {
        let defined: BTreeSet<String> = signatures(&config()).into_iter().map(|s| s.name).collect();
        let listed: BTreeSet<String> = command_names::COMMANDS.iter().map(|c| c.to_string()).collect();
        assert_eq!(defined, listed);
    }

    #[test]
    fn no_two_types_share_a_name() {
        let mut seen = BTreeMap::<String, usize>::new();
        for d in declarations(&config()) {
            *seen.entry(d.name).or_default() += 1;
        }
        let twice: Vec<_> = seen.into_iter().filter(|(_, n)| *n > 1).collect();
        assert!(twice.is_empty(), "declared twice in ipc.ts (rename one with #[ts(rename = ..)]): {twice:?}");
    }

    /// A code union holds exactly the codes its enum writes.
    #[test]
    fn code_unions_are_the_enums_codes() {
        let cfg = config();
        assert_eq!(codes::Language::inline(&cfg), r#""fr" | "en" | "nl" | "th""#);
        let stages: Vec<&str> = fidele_analytics::Stage::ALL.iter().map(|s| s.code()).collect();
        assert_eq!(codes::Stage::codes(), stages);
        let segments: Vec<&str> = fidele_analytics::Segment::ALL.iter().map(|s| s.code()).collect();
        assert_eq!(codes::Segment::codes(), segments);
        let fields: Vec<&str> = fidele_store::MergeField::ALL.iter().map(|f| f.code()).collect();
        assert_eq!(codes::MergeField::codes(), fields);
    }

    /// The generated text is what the UI sees: a field typed as a union, an optional one as
    /// optional, a tagged union as one.
    #[test]
    fn the_typescript_says_what_serde_sends() {
        let ts = typescript();
        assert!(ts.contains("export type CustomerRow = {\n  id: number;\n"), "{ts}");
        assert!(ts.contains("  ui_language: Language;\n"), "AppInfo's language is the union");
        assert!(ts.contains("  fields?: Array<FieldMessage>;\n"), "an error without fields omits them");
        assert!(ts.contains("  skipped_counts: { [key in SkipReason]?: number };\n"), "a map keyed by codes is partial");
        assert!(ts.contains("\n  | { \"type\": \"purchase\"; at: string; purchase: PurchaseView }\n"), "{ts}");
        assert!(
            ts.contains("  import_purchases: { args: { file: number; createCustomers: boolean; mapping?: Array<string> | null; onProgress: Channel<Progress> }; returns: PurchaseImportResult };\n"),
            "{ts}"
        );
        assert!(ts.contains("  app_info: { args: Record<string, never>; returns: AppInfo };\n"));
    }

    /// A timeline item as serde writes it has exactly the fields of its `type`'s member of the
    /// declared union: `type`, `at` and the one payload.
    #[test]
    fn a_timeline_item_is_written_as_its_union_member() {
        let ladder = records::LadderMoveView { month_end: "2026-11-30".into(), from: None, to: "client", manual: false };
        let card = records::CardView {
            run_id: 1,
            kind: "monthly".into(),
            occasion: "month-12".into(),
            design: "month-12".into(),
            offer_percent: None,
            offer_code: None,
        };
        let item = |kind, card, ladder| records::TimelineItem {
            kind,
            at: "2026-12-01T10:00".into(),
            purchase: None,
            interaction: None,
            consent: None,
            card,
            ladder,
            points: None,
            held_out: None,
        };
        let decl = records::TimelineItem::decl(&config());
        for (value, member) in [(item("ladder", None, Some(ladder)), "ladder"), (item("card", Some(card), None), "card")] {
            let json = serde_json::to_value(&value).unwrap();
            let keys: Vec<&str> = json.as_object().unwrap().keys().map(String::as_str).collect();
            assert_eq!(keys, ["at", member, "type"]);
            assert!(decl.contains(&format!("\"type\": \"{member}\", at: string, {member}: ")), "{decl}");
        }
    }

    /// What the file declares and what serde writes agree, for a type with every kind of field.
    #[test]
    fn a_view_serializes_with_the_declared_field_names() {
        let view = records::UndoneView { kind: "merge", kept: Some(1), other: Some(2), purchase: None, customer: None };
        let json = serde_json::to_value(&view).unwrap();
        let keys: BTreeSet<&str> = json.as_object().unwrap().keys().map(String::as_str).collect();
        let decl = records::UndoneView::decl(&config());
        for key in &keys {
            assert!(decl.contains(&format!("{key}:")), "{key} missing from {decl}");
        }
    }
}
