//! Which tool wrote a customer CSV, told by the columns only it writes: the reader names the
//! source it recognised ("Google Contacts", "Square") so the shopkeeper sees the file was
//! understood. The columns are read by the same header vocabulary whatever the source.

use fidele_domain::text::fold;

use crate::sniff::FileFormat;

/// The source whose signature columns the headers hold, `Csv` when none.
pub fn recognise<S: AsRef<str>>(headers: &[S]) -> FileFormat {
    let folded: Vec<String> = headers.iter().map(|h| fold(h.as_ref())).collect();
    let has = |name: &str| folded.iter().any(|h| h == name);
    let starts = |prefix: &str| folded.iter().any(|h| h.starts_with(prefix));
    if has("square customer id") || (has("reference id") && has("email subscription status")) {
        FileFormat::Square
    } else if starts("e mail 1 value") || starts("address 1 formatted") || (has("given name") && has("family name")) || has("phonetic first name") {
        FileFormat::GoogleContacts
    } else if (has("e mail address") && (has("home street") || has("business street") || has("primary phone")))
        || has("rue domicile")
        || has("adresse de messagerie")
        || has("straat thuis")
    {
        FileFormat::Outlook
    } else if has("accepts email marketing") || has("accepts marketing") || starts("default address ") {
        FileFormat::Shopify
    } else if has("billing address 1") || has("billing email") || (has("username") && has("last active")) {
        FileFormat::WooCommerce
    } else if has("customer code") && (has("points balance") || has("total visits")) {
        FileFormat::Loyverse
    } else if has("customer type") && (has("phone mobile") || has("phone home")) {
        FileFormat::LightspeedRetail
    } else if has("street2") && (has("is a company") || has("display name") || has("tags")) {
        FileFormat::Odoo
    } else {
        FileFormat::Csv
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_sheets_are_plain_csv() {
        assert_eq!(recognise(&["Nom", "Prénom", "E-mail"]), FileFormat::Csv);
        assert_eq!(recognise(&["First Name", "Last Name", "Email", "Street"]), FileFormat::Csv);
    }
}
