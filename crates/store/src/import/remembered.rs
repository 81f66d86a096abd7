//! Mappings the shopkeeper corrected, remembered for the file's set of headers: the next export
//! from the same till or tool imports without a question.
//!
//! A mapping is kept as one `settings` row per kind of import and set of headers. The key is
//! the headers themselves (trimmed, lower-cased, in file order), so two files with the same
//! columns share it and a file with one more column does not. The value is one line per
//! column, `index<TAB>field code`, where the code is whatever the reader's field vocabulary
//! calls it (`CustomerField::code`, the purchase reader's codes): the store keeps the words,
//! the reader knows what they mean.

use crate::{Result, Store};

/// What a remembered mapping is for: customers and purchases have different field codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MappingKind {
    Customers,
    Purchases,
}

impl MappingKind {
    fn code(self) -> &'static str {
        match self {
            MappingKind::Customers => "customers",
            MappingKind::Purchases => "purchases",
        }
    }
}

/// The settings key for a kind of import and a file's headers. The unit separator (U+001F)
/// cannot appear in a header a spreadsheet writes, so two header lists never share a key.
fn key(kind: MappingKind, headers: &[String]) -> String {
    let headers: Vec<String> = headers.iter().map(|h| h.trim().to_lowercase()).collect();
    format!("import.mapping.{}.{}", kind.code(), headers.join("\u{1f}"))
}

impl Store {
    /// The field codes the shopkeeper chose last time for a file with exactly these headers,
    /// one per column (`None` when this set of headers was never corrected, or when what was
    /// kept no longer fits it).
    pub fn remembered_mapping(&self, kind: MappingKind, headers: &[String]) -> Result<Option<Vec<String>>> {
        let Some(value) = self.setting(&key(kind, headers))? else {
            return Ok(None);
        };
        let mut fields = vec![String::new(); headers.len()];
        for line in value.lines() {
            let Some((index, field)) = line.split_once('\t') else { return Ok(None) };
            match index.parse::<usize>() {
                Ok(i) if i < fields.len() => fields[i] = field.to_owned(),
                _ => return Ok(None),
            }
        }
        Ok(Some(fields))
    }

    /// Remembers the field code of each column (`fields[i]` for `headers[i]`) for the next file
    /// with the same headers. One transaction; replaces what was kept.
    pub fn remember_mapping(&mut self, kind: MappingKind, headers: &[String], fields: &[String]) -> Result<()> {
        let value: Vec<String> = fields.iter().enumerate().map(|(i, f)| format!("{i}\t{f}")).collect();
        self.set_setting(&key(kind, headers), &value.join("\n"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_mapping_comes_back_for_the_same_headers_only() {
        let mut store = Store::open_in_memory().unwrap();
        let headers = strings(&["Customer name", "Customer contacts", "Total"]);
        assert_eq!(store.remembered_mapping(MappingKind::Purchases, &headers).unwrap(), None);
        let fields = strings(&["customer_name", "customer_ref", "amount"]);
        store.remember_mapping(MappingKind::Purchases, &headers, &fields).unwrap();
        // Case and surrounding spaces do not make another file.
        let same = strings(&[" customer NAME", "Customer contacts", "total "]);
        assert_eq!(store.remembered_mapping(MappingKind::Purchases, &same).unwrap(), Some(fields));
        // Another kind, or one more column, is another question.
        assert_eq!(store.remembered_mapping(MappingKind::Customers, &headers).unwrap(), None);
        let more = strings(&["Customer name", "Customer contacts", "Total", "Date"]);
        assert_eq!(store.remembered_mapping(MappingKind::Purchases, &more).unwrap(), None);
    }

    #[test]
    fn a_new_choice_replaces_the_old_one() {
        let mut store = Store::open_in_memory().unwrap();
        let headers = strings(&["A", "B"]);
        store.remember_mapping(MappingKind::Customers, &headers, &strings(&["last_name", "ignore"])).unwrap();
        store.remember_mapping(MappingKind::Customers, &headers, &strings(&["full_name", "email"])).unwrap();
        assert_eq!(
            store.remembered_mapping(MappingKind::Customers, &headers).unwrap(),
            Some(strings(&["full_name", "email"]))
        );
    }
}
