//! The shop's own profile, and small key-value settings.

use fidele_domain::{Currency, Invalid, Language, ShopProfile};
use rusqlite::{OptionalExtension, params};

use crate::codec::{code, currency, sql_err};
use crate::{Result, Store};

impl Store {
    pub fn shop_profile(&self) -> Result<ShopProfile> {
        Ok(self.conn().query_row(
            "SELECT name, address_line1, address_line2, postal_code, city, country, language, currency, phone, email,
                    signature, margin_rate_permille, logo_png
             FROM shop_profile WHERE id = 1",
            [],
            |r| {
                Ok(ShopProfile {
                    name: r.get(0)?,
                    address_line1: r.get(1)?,
                    address_line2: r.get(2)?,
                    postal_code: r.get(3)?,
                    city: r.get(4)?,
                    country: r.get(5)?,
                    language: code(&r.get::<_, String>(6)?, Language::from_locale).map_err(sql_err)?,
                    currency: currency(&r.get::<_, String>(7)?).map_err(sql_err)?,
                    phone: r.get(8)?,
                    email: r.get(9)?,
                    signature: r.get(10)?,
                    margin_rate_permille: r.get(11)?,
                    logo_png: r.get(12)?,
                })
            },
        )?)
    }

    pub fn set_shop_profile(&mut self, p: &ShopProfile) -> Result<()> {
        let mut errors = Invalid::default();
        if !(p.country.len() == 2 && p.country.chars().all(|c| c.is_ascii_uppercase())) {
            errors.push(fidele_domain::FieldError::new("country", fidele_domain::ErrorCode::NotACountry).with("value", &p.country));
        }
        if p.margin_rate_permille > 1000 {
            errors.push(fidele_domain::FieldError::new("margin_rate", fidele_domain::ErrorCode::MoreThanPercent).with("max", 100));
        }
        if let Some(logo) = &p.logo_png
            && !logo.starts_with(b"\x89PNG\r\n\x1a\n") {
                errors.push(fidele_domain::FieldError::new("logo", fidele_domain::ErrorCode::LogoNotPng));
            }
        errors.into_result()?;
        let _: Currency = p.currency;
        self.write(|tx| {
            let moved = crate::customers::shop_country(tx)? != p.country;
            tx.execute(
                "UPDATE shop_profile SET name = ?1, address_line1 = ?2, address_line2 = ?3, postal_code = ?4, city = ?5,
                    country = ?6, language = ?7, currency = ?8, phone = ?9, email = ?10, signature = ?11,
                    margin_rate_permille = ?12, logo_png = ?13
                 WHERE id = 1",
                params![
                    p.name.trim(),
                    p.address_line1.trim(),
                    p.address_line2.trim(),
                    p.postal_code.trim(),
                    p.city.trim(),
                    p.country,
                    p.language.code(),
                    p.currency.code(),
                    p.phone.trim(),
                    p.email.trim(),
                    p.signature.trim(),
                    p.margin_rate_permille,
                    p.logo_png,
                ],
            )?;
            if moved {
                // Names file by the shop's country's rule when the customer has none.
                crate::customers::refresh_sort_keys(tx, false)?;
            }
            Ok(())
        })
    }

    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        Ok(self.conn().query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| r.get(0)).optional()?)
    }

    /// Sets (`Some`) or removes (`None`) several settings in one transaction.
    pub fn write_settings(&mut self, changes: &[(String, Option<String>)]) -> Result<()> {
        self.write(|tx| {
            let mut set = tx.prepare_cached(
                "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            )?;
            let mut remove = tx.prepare_cached("DELETE FROM settings WHERE key = ?1")?;
            for (key, value) in changes {
                match value {
                    Some(v) => set.execute(params![key, v])?,
                    None => remove.execute([key])?,
                };
            }
            Ok(())
        })
    }

    pub fn set_setting(&mut self, key: &str, value: &str) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![key, value],
            )?;
            Ok(())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profile_round_trip_and_checks() {
        let mut store = Store::open_in_memory().unwrap();
        assert_eq!(store.shop_profile().unwrap(), ShopProfile::default());
        let p = ShopProfile { name: "Librairie Les Mots Bleus".into(), language: Language::Nl, country: "BE".into(), ..ShopProfile::default() };
        store.set_shop_profile(&p).unwrap();
        assert_eq!(store.shop_profile().unwrap(), p);
        let bad = ShopProfile { country: "Belgium".into(), logo_png: Some(b"GIF89a".to_vec()), ..p };
        let err = store.set_shop_profile(&bad).unwrap_err().to_string();
        assert!(err.contains("country:") && err.contains("logo:"), "{err}");
    }

    #[test]
    fn settings_upsert() {
        let mut store = Store::open_in_memory().unwrap();
        assert_eq!(store.setting("ui.language").unwrap(), None);
        store.set_setting("ui.language", "fr").unwrap();
        store.set_setting("ui.language", "en").unwrap();
        assert_eq!(store.setting("ui.language").unwrap().as_deref(), Some("en"));
        store.write_settings(&[("ui.language".into(), None), ("ui.calendar".into(), Some("buddhist".into()))]).unwrap();
        assert_eq!(store.setting("ui.language").unwrap(), None);
        assert_eq!(store.setting("ui.calendar").unwrap().as_deref(), Some("buddhist"));
    }
}
