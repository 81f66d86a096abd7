//! Lists as scripts read them: every `--json` list says how many rows there are in all and
//! which ones it holds (`{"total": 300, "offset": 0, "limit": 50, "customers": [...]}`), and
//! `--all` streams every row (`"limit": null`), a page at a time, so memory stays flat.

use std::io::Write;

use clap::Args;
use serde::Serialize;

use crate::{Failure, Outcome};

/// How many rows are fetched at a time while `--all` streams.
const STREAM_PAGE: u32 = 1_000;

#[derive(Args, Clone, Copy)]
pub(crate) struct PageArgs {
    /// At most this many rows
    #[arg(long, default_value_t = 50, conflicts_with = "all")]
    pub limit: u32,
    /// Skip this many rows first
    #[arg(long, default_value_t = 0, conflicts_with = "all")]
    pub offset: u32,
    /// Every row (streamed; replaces --limit and --offset)
    #[arg(long)]
    pub all: bool,
}

/// Prints the rows `fetch(offset, limit)` returns (with the number of rows the whole list
/// has), as `{total, offset, limit, <key>: [...]}` with `json`, else one line each through
/// `line`, followed by a footer when rows were left out (not under `--quiet`).
pub(crate) fn print<T, J: Serialize>(
    key: &str,
    page: PageArgs,
    json: bool,
    mut fetch: impl FnMut(u32, u32) -> Result<(Vec<T>, u64), Failure>,
    mut to_json: impl FnMut(&T) -> J,
    mut line: impl FnMut(&T),
) -> Outcome {
    let (mut offset, limit) = if page.all { (0, STREAM_PAGE) } else { (page.offset, page.limit) };
    let (mut rows, total) = fetch(offset, limit)?;
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::new(out.lock());
    let io = |e: std::io::Error| Failure::Other(crate::words::t("cli-could-not-write-output", &crate::words::args!["error" => e.to_string()]));
    if json {
        let limit = if page.all { "null".to_owned() } else { limit.to_string() };
        write!(out, "{{\"total\": {total}, \"offset\": {offset}, \"limit\": {limit}, {}: [", serde_json::to_string(key)?).map_err(io)?;
    }
    let mut shown = 0_u64;
    loop {
        for row in &rows {
            if json {
                let sep = if shown == 0 { "\n  " } else { ",\n  " };
                write!(out, "{sep}{}", serde_json::to_string(&to_json(row))?).map_err(io)?;
            } else {
                // `line` prints through stdout itself: what is buffered here goes first.
                out.flush().map_err(io)?;
                line(row);
            }
            shown += 1;
        }
        if !page.all || rows.len() < limit as usize {
            break;
        }
        offset += limit;
        rows = fetch(offset, limit)?.0;
    }
    if json {
        writeln!(out, "{}]}}", if shown == 0 { "" } else { "\n" }).map_err(io)?;
    }
    out.flush().map_err(io)?;
    drop(out);
    if !json && !page.all && total > u64::from(page.offset) + shown {
        crate::words::say("cli-page-hint", &crate::words::args!["shown" => shown, "total" => total]);
    }
    Ok(())
}

/// [`print`] for a list already in memory.
pub(crate) fn print_slice<T, J: Serialize>(key: &str, page: PageArgs, rows: &[T], json: bool, to_json: impl FnMut(&T) -> J, line: impl FnMut(&T)) -> Outcome {
    let total = rows.len() as u64;
    let fetch = |offset: u32, limit: u32| -> Result<(Vec<&T>, u64), Failure> {
        Ok((rows.iter().skip(offset as usize).take(limit as usize).collect(), total))
    };
    let (mut to_json, mut line) = (to_json, line);
    print(key, page, json, fetch, |r: &&T| to_json(r), |r: &&T| line(r))
}
