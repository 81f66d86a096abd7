//! The plain record that exports are written from, whatever the store holds.

use fidele_domain::{Address, Birthday, CustomerDraft, Language, Salutation};

/// One customer as a contact list shows them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ExportCustomer {
    pub salutation: Option<Salutation>,
    pub first_name: String,
    pub last_name: String,
    pub company: String,
    pub emails: Vec<String>,
    pub phones: Vec<String>,
    pub address: Address,
    pub birthday: Option<Birthday>,
    /// The language their cards are written in, when set.
    pub language: Option<Language>,
    pub notes: String,
    pub tags: Vec<String>,
}

impl ExportCustomer {
    /// "Hélène Dubœuf", or the company when there is no personal name.
    pub fn display_name(&self) -> String {
        fidele_domain::customer::display_name(&self.first_name, &self.last_name, &self.company)
    }
}

impl From<&CustomerDraft> for ExportCustomer {
    fn from(d: &CustomerDraft) -> Self {
        ExportCustomer {
            salutation: d.salutation,
            first_name: d.first_name.clone(),
            last_name: d.last_name.clone(),
            company: d.company.clone(),
            emails: d.emails.clone(),
            phones: d.phones.clone(),
            address: d.address.clone(),
            birthday: d.birthday,
            language: d.language,
            notes: d.notes.clone(),
            tags: d.tags.clone(),
        }
    }
}
