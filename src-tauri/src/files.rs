//! Files the shopkeeper chose to write (exports, PDFs, a customer's record): written whole or
//! not at all under the chosen name.

use std::path::Path;

use crate::IpcError;

/// Writes `bytes` beside `path`, flushes them and renames the copy over `path`: a full disk or
/// a refused write leaves no half file under the chosen name (and an older file there stays).
/// The use-case layer's writer, which the card runs stream through as well.
pub(crate) fn write_whole(path: &Path, bytes: &[u8]) -> Result<(), IpcError> {
    fidele_usecases::files::write_bytes(path, bytes).map_err(crate::commands::write_failed)
}
