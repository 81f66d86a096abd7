//! A customer's member number: what the loyalty card prints and the counter's scanner reads.
//!
//! Ten digits: a nine-digit body (1xxxxxxxx and up, never a leading zero) and a check digit.
//!
//! - **Digits only**, because a USB scanner "types" what it reads through the keyboard layout,
//!   and the only keys whose physical position the counter can rely on are the digits
//!   (`KeyboardEvent.code` `Digit0`..`Digit9` on AZERTY as on QWERTY).
//! - **A check digit (Damm's algorithm)**, so a misread or mistyped number is refused, never
//!   matched to someone else: Damm's quasigroup catches every single wrong digit and every
//!   swap of two neighbouring digits (Luhn, the other common choice, misses `09` ↔ `90`), and
//!   it is one digit, not a letter as in ISO 7064 mod 11.
//! - **Never a leading zero and ten digits long**, so a spreadsheet does not eat a zero of an
//!   exported number, and no national phone number is read as a member number: French,
//!   Belgian, Dutch and Thai numbers dialled at home all begin with 0.

use std::fmt;

/// Damm's table: a totally anti-symmetric quasigroup of order 10 (Damm, 2004), row = the
/// interim digit, column = the next digit.
const DAMM: [[u8; 10]; 10] = [
    [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
    [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
    [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
    [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
    [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
    [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
    [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
    [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
    [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
    [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

/// The smallest body: the first number issued is `100000001` plus its check digit.
pub const FIRST_BODY: u64 = 100_000_000;
/// The largest nine-digit body.
pub const LAST_BODY: u64 = 999_999_999;
/// Digits in a member number.
pub const LENGTH: usize = 10;

/// A valid member number (its check digit right). Stored and shown as its ten digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MemberNumber(u64);

/// Why typed digits are not a member number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotAMemberNumber {
    /// Something other than digits (spaces and dashes are allowed and ignored).
    NotDigits,
    /// Not ten digits, or a leading zero.
    WrongLength,
    /// The check digit does not fit: a digit misread or two swapped.
    CheckDigit,
}

fn damm_digit(digits: impl Iterator<Item = u8>) -> u8 {
    digits.fold(0u8, |interim, d| DAMM[interim as usize][d as usize])
}

fn digits_of(mut n: u64) -> Vec<u8> {
    let mut out = Vec::with_capacity(LENGTH);
    while n > 0 {
        out.push((n % 10) as u8);
        n /= 10;
    }
    out.reverse();
    out
}

impl MemberNumber {
    /// The number for a body in `FIRST_BODY..=LAST_BODY`: the body and its check digit.
    pub fn from_body(body: u64) -> Option<MemberNumber> {
        if !(FIRST_BODY..=LAST_BODY).contains(&body) {
            return None;
        }
        let check = damm_digit(digits_of(body).into_iter());
        Some(MemberNumber(body * 10 + u64::from(check)))
    }

    /// Reads a typed or scanned number; spaces and dashes (as a card may group the digits)
    /// are ignored.
    pub fn parse(typed: &str) -> Result<MemberNumber, NotAMemberNumber> {
        let mut digits = Vec::with_capacity(LENGTH);
        for c in typed.trim().chars() {
            match c {
                '0'..='9' => digits.push(c as u8 - b'0'),
                ' ' | '-' | '\u{a0}' => {}
                _ => return Err(NotAMemberNumber::NotDigits),
            }
        }
        if digits.len() != LENGTH || digits[0] == 0 {
            return Err(NotAMemberNumber::WrongLength);
        }
        // A number with its check digit folds to 0 through Damm's table.
        if damm_digit(digits.iter().copied()) != 0 {
            return Err(NotAMemberNumber::CheckDigit);
        }
        Ok(MemberNumber(digits.iter().fold(0u64, |n, &d| n * 10 + u64::from(d))))
    }

    /// The number without its check digit: the sequence numbers are issued from.
    pub fn body(self) -> u64 {
        self.0 / 10
    }

    pub fn value(self) -> u64 {
        self.0
    }
}

impl fmt::Display for MemberNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn damm_s_published_example_gives_its_check_digit() {
        // Wikipedia's worked example: 572 has check digit 4.
        assert_eq!(damm_digit([5, 7, 2].into_iter()), 4);
        assert_eq!(damm_digit([5, 7, 2, 4].into_iter()), 0);
    }

    #[test]
    fn a_number_reads_back_with_spaces_and_dashes() {
        let n = MemberNumber::from_body(100_000_042).unwrap();
        assert_eq!(n.to_string().len(), LENGTH);
        assert_eq!(MemberNumber::parse(&n.to_string()), Ok(n));
        let s = n.to_string();
        let grouped = format!("{} {}-{}", &s[..3], &s[3..6], &s[6..]);
        assert_eq!(MemberNumber::parse(&grouped), Ok(n));
        assert_eq!(n.body(), 100_000_042);
    }

    #[test]
    fn every_single_wrong_digit_and_every_neighbour_swap_is_refused() {
        for body in [100_000_001u64, 123_456_789, 987_654_321, 555_555_555, 109_090_909] {
            let good = MemberNumber::from_body(body).unwrap().to_string().into_bytes();
            for i in 0..LENGTH {
                for d in b'0'..=b'9' {
                    if d == good[i] {
                        continue;
                    }
                    let mut bad = good.clone();
                    bad[i] = d;
                    let bad = String::from_utf8(bad).unwrap();
                    assert!(MemberNumber::parse(&bad).is_err(), "{bad} accepted for {}", String::from_utf8_lossy(&good));
                }
                if i + 1 < LENGTH && good[i] != good[i + 1] {
                    let mut bad = good.clone();
                    bad.swap(i, i + 1);
                    let bad = String::from_utf8(bad).unwrap();
                    assert!(MemberNumber::parse(&bad).is_err(), "{bad} accepted");
                }
            }
        }
    }

    #[test]
    fn phones_letters_and_short_numbers_are_not_member_numbers() {
        assert_eq!(MemberNumber::parse("0612345678"), Err(NotAMemberNumber::WrongLength));
        assert_eq!(MemberNumber::parse("12345"), Err(NotAMemberNumber::WrongLength));
        assert_eq!(MemberNumber::parse("+33612345678"), Err(NotAMemberNumber::NotDigits));
        assert_eq!(MemberNumber::parse("NOEL-4F7K"), Err(NotAMemberNumber::NotDigits));
        assert_eq!(MemberNumber::from_body(99_999_999), None);
        assert_eq!(MemberNumber::from_body(1_000_000_000), None);
    }
}
