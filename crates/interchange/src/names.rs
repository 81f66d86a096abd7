//! A person's name put together from the columns a file splits it into: a whole-name column
//! beside given and family names is not doubled, and a Dutch or Flemish particle
//! (tussenvoegsel: "van den", "de", "ter") stays with the family name, as "van den Berg".

use fidele_domain::Salutation;

use crate::values::split_full_name;

/// The particles Dutch, Flemish and French family names carry, folded and lower-cased, longest
/// first so "van den" is found before "van".
const PARTICLES: &[&str] = &[
    "van der", "van den", "van de", "van het", "van 't", "in 't", "in de", "in het", "op de", "op den", "op het",
    "uit de", "uit den", "van", "von", "de", "den", "der", "het", "'t", "te", "ten", "ter", "la", "le", "du", "des",
    "d'", "l'", "di", "da", "del", "della",
];

/// Whether `text` is one of the particles a family name is written with ("van den", "De").
pub fn is_particle(text: &str) -> bool {
    let t = text.trim().to_lowercase();
    !t.is_empty() && PARTICLES.contains(&t.as_str())
}

/// The name columns of one row, as read.
#[derive(Debug, Default)]
pub(crate) struct NameParts {
    pub first: String,
    pub last: String,
    /// A tussenvoegsel column, or a middle-name column that holds a particle.
    pub particle: String,
    /// A middle-name column that holds a given name ("Pierre"): it belongs to the first name.
    pub middle: String,
    /// The first non-empty whole-name column.
    pub full: String,
}

impl NameParts {
    /// (salutation found in the whole name, first name, family name with its particle).
    /// Given and family columns win over a whole-name column, which only fills a row that has
    /// neither: "Marguerite Duras" beside "Marguerite" and "Duras" is the same person once.
    pub fn compose(&self) -> (Option<Salutation>, String, String) {
        let (first, last) = (self.first.trim(), self.last.trim());
        if !first.is_empty() || !last.is_empty() {
            return (None, with_middle(first, self.middle.trim()), with_particle(self.particle.trim(), last));
        }
        if self.full.trim().is_empty() {
            return (None, String::new(), String::new());
        }
        let (salutation, first, last) = split_full_name(&self.full);
        let (first, last) = particle_after_comma(first, last);
        let (first, last) = middle_from_family(first, last, self.middle.trim());
        (salutation, first, with_particle(self.particle.trim(), &last))
    }
}

/// "Jean" + "Pierre" → "Jean Pierre", as Outlook and Google split a given name in two; a first
/// name that already holds the middle one keeps it once.
fn with_middle(first: &str, middle: &str) -> String {
    if middle.is_empty() || first.split_whitespace().any(|w| w.eq_ignore_ascii_case(middle)) {
        return first.to_owned();
    }
    if first.is_empty() {
        return middle.to_owned();
    }
    format!("{first} {middle}")
}

/// "Jean Pierre Dupont" splits into "Jean" and "Pierre Dupont"; a middle-name column saying
/// "Pierre" moves it back to the first name.
fn middle_from_family(first: String, last: String, middle: &str) -> (String, String) {
    match last.strip_prefix(middle).and_then(|rest| rest.strip_prefix(' ')) {
        Some(rest) if !middle.is_empty() && !rest.trim().is_empty() => (with_middle(&first, middle), rest.trim().to_owned()),
        _ => (first, last),
    }
}

/// "van den" + "Berg" → "van den Berg"; a family name already written with its particle, or
/// written as "Berg, van den", keeps one particle, in front.
fn with_particle(particle: &str, last: &str) -> String {
    let last = match last.split_once(',') {
        Some((name, tail)) if is_particle(tail) => format!("{} {}", tail.trim(), name.trim()),
        _ => last.to_owned(),
    };
    if particle.is_empty() || last.is_empty() {
        return if last.is_empty() { particle.to_owned() } else { last };
    }
    if last.to_lowercase().starts_with(&format!("{} ", particle.to_lowercase())) {
        return last;
    }
    format!("{particle} {last}")
}

/// "Berg, Anneke van den" (how Dutch lists sort) splits into "Anneke van den" and "Berg": the
/// particle goes back to the family name.
fn particle_after_comma(first: String, last: String) -> (String, String) {
    let words: Vec<&str> = first.split_whitespace().collect();
    for start in 1..words.len() {
        let tail = words[start..].join(" ");
        if is_particle(&tail) {
            return (words[..start].join(" "), format!("{tail} {last}"));
        }
    }
    (first, last)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(first: &str, particle: &str, last: &str, full: &str) -> (String, String) {
        let p = NameParts { first: first.into(), last: last.into(), particle: particle.into(), full: full.into(), middle: String::new() };
        let (_, f, l) = p.compose();
        (f, l)
    }

    fn pair(f: &str, l: &str) -> (String, String) {
        (f.to_owned(), l.to_owned())
    }

    #[test]
    fn a_whole_name_beside_given_and_family_names_is_not_doubled() {
        assert_eq!(parts("Marguerite", "", "Duras", "Marguerite Duras"), pair("Marguerite", "Duras"));
        assert_eq!(parts("", "", "", "Marguerite Duras"), pair("Marguerite", "Duras"));
        assert_eq!(parts("", "", "Duras", "Marguerite Duras"), pair("", "Duras"));
    }

    #[test]
    fn the_tussenvoegsel_joins_the_family_name() {
        assert_eq!(parts("Anneke", "van den", "Berg", ""), pair("Anneke", "van den Berg"));
        assert_eq!(parts("Anneke", "van den", "van den Berg", ""), pair("Anneke", "van den Berg"));
        assert_eq!(parts("Anneke", "", "Berg, van den", ""), pair("Anneke", "van den Berg"));
        assert_eq!(parts("", "", "", "Anneke van den Berg"), pair("Anneke", "van den Berg"));
        assert_eq!(parts("", "", "", "Berg, Anneke van den"), pair("Anneke", "van den Berg"));
        assert_eq!(parts("", "de", "", "Vries, Anneke"), pair("Anneke", "de Vries"));
    }

    #[test]
    fn a_middle_name_stays_with_the_first_name() {
        let with = |first: &str, middle: &str, last: &str, full: &str| {
            let p = NameParts { first: first.into(), middle: middle.into(), last: last.into(), full: full.into(), ..NameParts::default() };
            let (_, f, l) = p.compose();
            (f, l)
        };
        assert_eq!(with("Jean", "Pierre", "Dupont", ""), pair("Jean Pierre", "Dupont"));
        assert_eq!(with("Jean Pierre", "Pierre", "Dupont", ""), pair("Jean Pierre", "Dupont"));
        assert_eq!(with("", "Pierre", "Dupont", ""), pair("Pierre", "Dupont"));
        // The whole name already holds it.
        assert_eq!(with("", "Pierre", "", "Jean Pierre Dupont"), pair("Jean Pierre", "Dupont"));
    }

    #[test]
    fn particles() {
        for p in ["van", "Van den", "de", "ter", "'t"] {
            assert!(is_particle(p), "{p}");
        }
        for p in ["Anne", "", "Marie-Claire"] {
            assert!(!is_particle(p), "{p}");
        }
    }
}
