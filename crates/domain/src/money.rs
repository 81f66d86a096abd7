//! Money as integer minor units. Never a float: 0.1 + 0.2 is not a price.

use std::fmt;

use crate::validation::{ErrorCode, Refusal};

/// An ISO 4217 currency code (`EUR`, `GBP`, ...), upper-case ASCII letters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency([u8; 3]);

impl Currency {
    pub const EUR: Currency = Currency(*b"EUR");
    pub const GBP: Currency = Currency(*b"GBP");
    pub const USD: Currency = Currency(*b"USD");
    pub const CHF: Currency = Currency(*b"CHF");

    pub fn parse(code: &str) -> Option<Currency> {
        let code = code.trim();
        let bytes: [u8; 3] = code.as_bytes().try_into().ok()?;
        bytes.iter().all(u8::is_ascii_alphabetic).then(|| Currency(bytes.map(|b| b.to_ascii_uppercase())))
    }

    pub fn code(&self) -> &str {
        // The bytes are checked ASCII letters on construction.
        std::str::from_utf8(&self.0).expect("currency codes are ASCII")
    }

    /// Digits after the decimal separator. The few zero- and three-digit currencies a European
    /// shop might meet are listed; everything else has two.
    pub fn minor_digits(&self) -> u32 {
        match &self.0 {
            b"JPY" | b"KRW" | b"ISK" | b"CLP" | b"VND" => 0,
            b"BHD" | b"KWD" | b"OMR" | b"TND" | b"JOD" => 3,
            _ => 2,
        }
    }

    pub fn symbol(&self) -> &str {
        match &self.0 {
            b"EUR" => "€",
            b"GBP" => "£",
            b"USD" => "$",
            b"THB" => "฿",
            _ => self.code(),
        }
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Money {
    /// Amount in the currency's minor unit (cents for EUR). Negative for refunds.
    pub minor: i64,
    pub currency: Currency,
}

/// Why a typed amount is not one; [`AmountError::refusal`] gives its code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AmountError {
    Empty,
    NotANumber(String),
    TooPrecise(String),
    TooLarge(String),
}

impl AmountError {
    /// `empty`, or `not_an_amount`, `too_precise`, `too_large` naming the `value` typed.
    pub fn refusal(&self) -> Refusal {
        let (code, value) = match self {
            AmountError::Empty => return Refusal::new(ErrorCode::Empty),
            AmountError::NotANumber(v) => (ErrorCode::NotAnAmount, v),
            AmountError::TooPrecise(v) => (ErrorCode::TooPrecise, v),
            AmountError::TooLarge(v) => (ErrorCode::TooLarge, v),
        };
        Refusal::new(code).with("value", value)
    }
}

/// For logs and tests only (the code, not words).
impl fmt::Display for AmountError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.refusal().fmt(f)
    }
}

impl std::error::Error for AmountError {}

impl Money {
    pub fn new(minor: i64, currency: Currency) -> Money {
        Money { minor, currency }
    }

    /// Parses an amount typed by a person: a decimal comma or point, optional sign, spaces
    /// (also no-break and narrow no-break) or apostrophes as thousands separators, and an
    /// optional currency symbol or code: `12,50`, `-12.5`, `1 249,00 €`, `€1,249.00`.
    ///
    /// When both `,` and `.` appear, the last one is the decimal separator; a lone separator
    /// followed by exactly three digits (`1.249`) is still read as decimal only if the currency
    /// has three minor digits, otherwise as a thousands separator.
    pub fn parse(text: &str, currency: Currency) -> Result<Money, AmountError> {
        let original = text.trim();
        if original.is_empty() {
            return Err(AmountError::Empty);
        }
        let not_a_number = || AmountError::NotANumber(original.to_owned());
        let mut s: String = original
            .chars()
            .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\'' | '€' | '£' | '$'))
            .collect();
        for code in ["EUR", "GBP", "USD", "CHF", "eur"] {
            s = s.replace(code, "");
        }
        let (negative, body) = match s.strip_prefix('-') {
            Some(rest) => (true, rest.to_owned()),
            None => (false, s.strip_prefix('+').unwrap_or(&s).to_owned()),
        };
        if body.is_empty() {
            return Err(not_a_number());
        }
        let last_sep = body.rfind([',', '.']);
        let (int_part, frac_part) = match last_sep {
            None => (body.clone(), String::new()),
            Some(i) => {
                let (a, b) = (&body[..i], &body[i + 1..]);
                let sep = body.as_bytes()[i] as char;
                let other = if sep == ',' { '.' } else { ',' };
                let only_one_kind = !a.contains(other);
                let lone = !a.contains(sep);
                if only_one_kind && lone && b.len() == 3 && currency.minor_digits() != 3 && !a.is_empty() {
                    // "1.249" or "1,249": a thousands separator, not decimals.
                    (format!("{a}{b}"), String::new())
                } else if only_one_kind && !lone {
                    // "1.249.000": thousands separators only, so every group after the first
                    // has three digits ("12.505.3" is a typo, not 125 053).
                    (grouped(&body, sep).ok_or_else(not_a_number)?, String::new())
                } else {
                    // `a` may still group its thousands with the other separator: "1 249,50",
                    // "1.249,50", "1,249.50".
                    (grouped(a, other).ok_or_else(not_a_number)?, b.to_owned())
                }
            }
        };
        if int_part.is_empty() && frac_part.is_empty() {
            return Err(not_a_number());
        }
        if !int_part.chars().all(|c| c.is_ascii_digit()) || !frac_part.chars().all(|c| c.is_ascii_digit()) {
            return Err(not_a_number());
        }
        let digits = currency.minor_digits() as usize;
        if frac_part.len() > digits
            && frac_part[digits..].chars().any(|c| c != '0') {
                return Err(AmountError::TooPrecise(original.to_owned()));
            }
        let mut frac = frac_part.chars().take(digits).collect::<String>();
        while frac.len() < digits {
            frac.push('0');
        }
        let joined = format!("{}{}", if int_part.is_empty() { "0" } else { &int_part }, frac);
        let magnitude: i64 = joined.parse().map_err(|_| AmountError::TooLarge(original.to_owned()))?;
        Ok(Money { minor: if negative { -magnitude } else { magnitude }, currency })
    }

    /// The amount as a plain decimal with a point, for files and JSON: `-12.50`.
    pub fn to_decimal_string(&self) -> String {
        format_minor(self.minor, self.currency.minor_digits(), '.', None)
    }

    /// The amount as a shopkeeper reads it in their language: `1 249,00 €` or `€1,249.00`.
    pub fn format(&self, language: crate::Language) -> String {
        let d = self.currency.minor_digits();
        match language {
            // English and Thai write the symbol first: €1,249.00, ฿1,250.00.
            crate::Language::En | crate::Language::Th => {
                let sign = if self.minor < 0 { "-" } else { "" };
                let n = format_minor(self.minor.abs(), d, '.', Some(','));
                format!("{sign}{}{n}", self.currency.symbol())
            }
            crate::Language::Fr => format!("{} {}", format_minor(self.minor, d, ',', Some('\u{202f}')), self.currency.symbol()),
            crate::Language::Nl => {
                let sign = if self.minor < 0 { "-" } else { "" };
                format!("{} {sign}{}", self.currency.symbol(), format_minor(self.minor.abs(), d, ',', Some('.')))
            }
        }
    }
}

/// Digits grouped by thousands with `sep` ("1.249.000"), joined; `None` when a group after the
/// first is not three digits long.
fn grouped(text: &str, sep: char) -> Option<String> {
    let mut groups = text.split(sep);
    let first = groups.next().unwrap_or("");
    let mut out = first.to_owned();
    for g in groups {
        if g.len() != 3 {
            return None;
        }
        out.push_str(g);
    }
    Some(out)
}

fn format_minor(minor: i64, digits: u32, decimal: char, thousands: Option<char>) -> String {
    let negative = minor < 0;
    let abs = minor.unsigned_abs();
    let scale = 10u64.pow(digits);
    let int = (abs / scale).to_string();
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i).is_multiple_of(3)
            && let Some(t) = thousands {
                grouped.push(t);
            }
        grouped.push(c);
    }
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    out.push_str(&grouped);
    if digits > 0 {
        out.push(decimal);
        out.push_str(&format!("{:0width$}", abs % scale, width = digits as usize));
    }
    out
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.to_decimal_string(), self.currency)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Language;

    fn eur(text: &str) -> Result<i64, AmountError> {
        Money::parse(text, Currency::EUR).map(|m| m.minor)
    }

    #[test]
    fn parses_the_ways_people_type_amounts() {
        assert_eq!(eur("12,50"), Ok(1250));
        assert_eq!(eur("12.5"), Ok(1250));
        assert_eq!(eur("-12,50"), Ok(-1250));
        assert_eq!(eur("1 249,00 €"), Ok(124_900));
        assert_eq!(eur("1\u{202f}249,00\u{a0}€"), Ok(124_900));
        assert_eq!(eur("€1,249.00"), Ok(124_900));
        assert_eq!(eur("1.249,99"), Ok(124_999));
        assert_eq!(eur("1.249"), Ok(124_900));
        assert_eq!(eur("7"), Ok(700));
        assert_eq!(eur(",5"), Ok(50));
        assert_eq!(eur("12,500"), Ok(1_250_000));
        assert_eq!(eur("12,50 EUR"), Ok(1250));
    }

    #[test]
    fn refuses_what_is_not_an_amount() {
        assert_eq!(eur(""), Err(AmountError::Empty));
        assert!(matches!(eur("douze"), Err(AmountError::NotANumber(_))));
        assert!(matches!(eur("-"), Err(AmountError::NotANumber(_))));
        assert!(eur("12,505").is_ok()); // thousands reading
        assert!(matches!(eur("1,2,3.456"), Err(AmountError::NotANumber(_))));
        // Found by the interchange crate's fuzzing: a typo, not 125 053 €.
        assert!(matches!(eur("12.505.3"), Err(AmountError::NotANumber(_))));
        assert!(matches!(eur("1.24,50"), Err(AmountError::NotANumber(_))));
        assert_eq!(eur("1.249.000"), Ok(124_900_000));
        assert_eq!(eur("1,249,000.50"), Ok(124_900_050));
        assert!(matches!(eur("99999999999999999999"), Err(AmountError::TooLarge(_))));
        assert_eq!(eur("douze").unwrap_err().refusal(), Refusal::new(ErrorCode::NotAnAmount).with("value", "douze"));
        assert_eq!(eur(" ").unwrap_err().refusal().code, ErrorCode::Empty);
    }

    #[test]
    fn zero_digit_currencies() {
        let yen = Currency::parse("jpy").unwrap();
        assert_eq!(Money::parse("1500", yen).unwrap().minor, 1500);
        assert_eq!(Money::new(1500, yen).to_decimal_string(), "1500");
    }

    #[test]
    fn formats_per_language() {
        let m = Money::new(124_950, Currency::EUR);
        assert_eq!(m.to_decimal_string(), "1249.50");
        assert_eq!(m.format(Language::Fr), "1\u{202f}249,50 €");
        assert_eq!(m.format(Language::En), "€1,249.50");
        assert_eq!(m.format(Language::Nl), "€ 1.249,50");
        assert_eq!(Money::new(-5, Currency::EUR).to_decimal_string(), "-0.05");
    }

    #[test]
    fn currency_codes() {
        assert_eq!(Currency::parse("eur"), Some(Currency::EUR));
        assert_eq!(Currency::parse("EU"), None);
        assert_eq!(Currency::parse("E1R"), None);
    }
}
