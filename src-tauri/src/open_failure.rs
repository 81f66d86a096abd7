//! What the shopkeeper reads when the customer file cannot be opened at all: no window can
//! show it, so it is a native message naming the file and what to do. Worded here, in the
//! system's language (the file's own language setting is inside the file that did not open).

use std::path::Path;

use fidele_store::Error;

/// The message's title and text for `error` on `path`, in French or English.
pub fn message(path: &Path, error: &Error, english: bool) -> (String, String) {
    let file = path.display();
    let untouched = if english { "The file was left untouched." } else { "Le fichier n'a pas été modifié." };
    let (title, what) = match (error, english) {
        (Error::TooNew { .. }, false) => (
            "Fichier d'une version plus récente",
            format!("{file}\n\nCe fichier clients a été écrit par une version plus récente de Fidèle. Installez la dernière version de Fidèle pour l'ouvrir."),
        ),
        (Error::TooNew { .. }, true) => (
            "File from a newer version",
            format!("{file}\n\nThis customer file was written by a newer version of Fidèle. Install the latest Fidèle to open it."),
        ),
        (Error::NotAFideleFile(_), false) => (
            "Ce n'est pas un fichier clients",
            format!("{file}\n\nCe fichier n'est pas un fichier clients Fidèle. Ouvrez votre fichier clients (.db) ou lancez Fidèle sans fichier pour en créer un."),
        ),
        (Error::NotAFideleFile(_), true) => (
            "Not a customer file",
            format!("{file}\n\nThis is not a Fidèle customer file. Open your customer file (.db), or start Fidèle without a file to create one."),
        ),
        (Error::Locked(_), false) => (
            "Fichier déjà ouvert",
            format!("{file}\n\nCe fichier clients est déjà ouvert dans une autre fenêtre de Fidèle. Utilisez cette fenêtre-là."),
        ),
        (Error::Locked(_), true) => (
            "File already open",
            format!("{file}\n\nThis customer file is already open in another Fidèle window. Use that window."),
        ),
        (Error::ReadOnly(_), false) => (
            "Fichier en lecture seule",
            format!("{file}\n\nCe fichier ne peut pas être modifié (fichier ou dossier en lecture seule) et doit être mis à jour pour cette version de Fidèle. Copiez-le dans un dossier où vous pouvez écrire et ouvrez la copie."),
        ),
        (Error::ReadOnly(_), true) => (
            "Read-only file",
            format!("{file}\n\nThis file cannot be written (a read-only file or folder) and must be updated for this version of Fidèle. Copy it to a folder you can write to and open the copy."),
        ),
        (other, false) => ("Impossible d'ouvrir le fichier clients", format!("{file}\n\n{other}")),
        (other, true) => ("The customer file could not be opened", format!("{file}\n\n{other}")),
    };
    (title.to_owned(), format!("{what}\n\n{untouched}"))
}

/// Whether the system speaks English (else the message is in French, the app's default).
pub fn system_speaks_english() -> bool {
    sys_locale::get_locale().is_some_and(|l| l.to_lowercase().starts_with("en"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_newer_file_names_the_file_and_says_to_update() {
        let (title, text) = message(Path::new("/home/anne/shop.db"), &Error::TooNew { found: 99, supported: 9 }, false);
        assert_eq!(title, "Fichier d'une version plus récente");
        assert!(text.contains("/home/anne/shop.db") && text.contains("Installez la dernière version") && text.contains("pas été modifié"), "{text}");
        let (_, text) = message(Path::new("a.db"), &Error::NotAFideleFile("a.db".into()), true);
        assert!(text.contains("not a Fidèle customer file") && text.contains("untouched"), "{text}");
    }
}
