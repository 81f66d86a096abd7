//! Files the shopkeeper chose: written whole or not at all under the chosen name.

use std::io::Write;
use std::path::{Path, PathBuf};

/// Why a file could not be written; what was written so far is gone.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// The file system refused (full disk, read-only folder...).
    #[error("could not write {}: {source}", path.display())]
    Io { path: PathBuf, source: std::io::Error },
    /// The PDF could not be drawn (an unusable logo, a font problem).
    #[error("could not draw {}: {source}", path.display())]
    Draw { path: PathBuf, source: fidele_printing::Error },
}

impl WriteError {
    /// The file system's error, when it was one (a full disk, a read-only folder).
    pub fn io(&self) -> Option<&std::io::Error> {
        match self {
            WriteError::Io { source, .. } => Some(source),
            WriteError::Draw { source: fidele_printing::Error::Io(e), .. } => Some(e),
            WriteError::Draw { .. } => None,
        }
    }
}

/// Streams what `write` writes into `.<name>.part` beside `path`, syncs it and renames it over
/// `path`: a full disk, a failed drawing or a kill leaves no half file under the chosen name
/// (and an older file there stays whole).
pub fn write_whole<E>(path: &Path, write: impl FnOnce(&mut std::io::BufWriter<std::fs::File>) -> Result<(), E>) -> Result<(), WriteError>
where
    E: Into<WriteSource>,
{
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "file".into());
    let part = dir.join(format!(".{name}.part"));
    let fail = |source: WriteSource| match source {
        WriteSource::Io(source) => WriteError::Io { path: path.to_owned(), source },
        WriteSource::Draw(source) => WriteError::Draw { path: path.to_owned(), source },
    };
    let file = std::fs::File::create(&part).map_err(|e| fail(WriteSource::Io(e)))?;
    let mut out = std::io::BufWriter::new(file);
    let written = write(&mut out).map_err(Into::into).and_then(|()| {
        let file = out.into_inner().map_err(|e| WriteSource::Io(e.into_error()))?;
        file.sync_all().map_err(WriteSource::Io)
    });
    if let Err(e) = written.and_then(|()| std::fs::rename(&part, path).map_err(WriteSource::Io)) {
        let _ = std::fs::remove_file(&part);
        return Err(fail(e));
    }
    Ok(())
}

/// What a writer can fail with.
#[derive(Debug)]
pub enum WriteSource {
    Io(std::io::Error),
    Draw(fidele_printing::Error),
}

impl From<std::io::Error> for WriteSource {
    fn from(e: std::io::Error) -> Self {
        WriteSource::Io(e)
    }
}

impl From<fidele_printing::Error> for WriteSource {
    fn from(e: fidele_printing::Error) -> Self {
        match e {
            fidele_printing::Error::Io(e) => WriteSource::Io(e),
            other => WriteSource::Draw(other),
        }
    }
}

/// Writes `bytes` whole (see [`write_whole`]).
pub fn write_bytes(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    write_whole(path, |out| out.write_all(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_write_leaves_the_old_file_and_no_part() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cartes.pdf");
        std::fs::write(&path, b"old").unwrap();
        let err = write_whole(&path, |out| {
            out.write_all(b"half")?;
            Err(std::io::Error::other("disk full"))
        })
        .unwrap_err();
        assert!(err.to_string().contains("cartes.pdf") && err.io().is_some(), "{err}");
        assert_eq!(std::fs::read(&path).unwrap(), b"old");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "no part file left");
        write_bytes(&path, b"new").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"new");
    }
}
