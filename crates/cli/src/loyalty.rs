//! `fidele calibration-page`: the printed page that measures the printer's offset (set with
//! `fidele settings --printer-offset-x/-y`).

use std::io::Write;
use std::path::PathBuf;

use clap::Args;
use fidele_store::Store;

use crate::words::{self, args, say};
use crate::{Failure, Outcome};

#[derive(Args)]
pub(crate) struct CalibrationArgs {
    /// The PDF to write
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
}

pub(crate) fn calibration_page(store: &Store, args: CalibrationArgs) -> Outcome {
    let pdf = fidele_usecases::loyalty_cards::calibration_page(store, words::language()).map_err(|e| draw_failure(&args.output, e))?;
    write_pdf(&args.output, &pdf)?;
    say("cli-calibration-written", &args!["path" => args.output.display().to_string()]);
    Ok(())
}

fn write_pdf(path: &std::path::Path, pdf: &[u8]) -> Outcome {
    fidele_usecases::write_whole(path, |out| out.write_all(pdf)).map_err(|e| crate::errors::write_failure(&e))
}

/// A store's refusal as the store's failures are; a PDF that could not be drawn (an unusable
/// logo) as a file that could not be written.
fn draw_failure(path: &std::path::Path, e: fidele_usecases::DrawError) -> Failure {
    match e {
        fidele_usecases::DrawError::Store(e) => e.into(),
        fidele_usecases::DrawError::Draw(e) => {
            Failure::Other(words::t("cli-could-not-write", &args!["path" => path.display().to_string(), "error" => e.to_string()]))
        }
    }
}
