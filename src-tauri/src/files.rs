//! Files the shopkeeper chose to write (exports, PDFs, a customer's record): written whole or
//! not at all under the chosen name.

use std::path::Path;

use crate::IpcError;

/// Writes `bytes` beside `path`, flushes them and renames the copy over `path`: a full disk or
/// a refused write leaves no half file under the chosen name (and an older file there stays).
pub(crate) fn write_whole(path: &Path, bytes: &[u8]) -> Result<(), IpcError> {
    let mut part = path.as_os_str().to_owned();
    part.push(".part");
    let part = std::path::PathBuf::from(part);
    let written = std::fs::File::create(&part).and_then(|mut f| {
        std::io::Write::write_all(&mut f, bytes)?;
        f.sync_all()
    });
    written.and_then(|()| std::fs::rename(&part, path)).map_err(|e| {
        let _ = std::fs::remove_file(&part);
        IpcError::writing(&format!("could not write {}", path.display()), e)
    })
}
