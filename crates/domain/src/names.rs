//! Family names with particles (Dutch "tussenvoegsels": van, de, van den, ter, in 't...), and
//! the order names sort in.
//!
//! A family name is stored as written after a first name: "van den Berg". What follows depends
//! on where the name comes from:
//! - in the Netherlands the particle is not part of the sort: "Berg, Anneke van den" files
//!   under B, and it takes a capital when no first name or initial precedes it ("Geachte
//!   mevrouw Van den Berg", "Familie De Wit");
//! - in Belgium (and everywhere else) the name is one block: it files under V, and is written
//!   as registered.
//!
//! Sorting ignores accents and case the way a French or Dutch reader expects ("Étienne" files
//! with the E's, never after Z), through the same folding as search (`text::fold`).

use crate::text::fold;

/// The particles, longest first so that "van den" wins over "van". Lower case, one space
/// between words; an apostrophe is written ' (a ’ is read as one).
const PARTICLES: &[&str] = &[
    "van de l'", "van der", "van den", "van het", "van 't", "van de", "in het", "in 't", "in de", "in den", "op de", "op den",
    "op het", "op 't", "uit de", "uit den", "uit het", "aan de", "aan den", "aan het", "bij de", "onder de", "over de",
    "voor de", "van", "de", "den", "der", "het", "'t", "ter", "ten", "te", "op", "in", "uit", "aan", "bij", "onder", "over",
    "voor", "zum", "von der", "von dem", "von", "vom",
];

/// How a country writes and files family names with a particle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParticleRule {
    /// The Netherlands: filed under the name after the particle, particle capitalised when it
    /// opens the name.
    Dutch,
    /// Belgium and everywhere else: the family name is one block, written as registered.
    AsWritten,
}

impl ParticleRule {
    /// The rule of a country by its ISO code ("NL", "BE"...).
    pub fn of_country(code: &str) -> ParticleRule {
        if code.trim().eq_ignore_ascii_case("NL") { ParticleRule::Dutch } else { ParticleRule::AsWritten }
    }

    /// The rule for a customer's name: their country's, else the shop's.
    pub fn for_customer(customer_country: &str, shop_country: &str) -> ParticleRule {
        let country = if customer_country.trim().is_empty() { shop_country } else { customer_country };
        ParticleRule::of_country(country)
    }
}

/// A family name split into its particle and the rest: "van den Berg" → ("van den", "Berg").
/// The particle is empty when there is none, or when nothing would be left after it ("Van").
pub fn split_particle(family: &str) -> (&str, &str) {
    let family = family.trim();
    let lower = family.to_lowercase().replace('’', "'");
    // Lower-casing may change byte lengths outside ASCII: the split is found again in the
    // original text rather than reused from the lowered one.
    for p in PARTICLES {
        let Some(rest) = lower.strip_prefix(p) else { continue };
        let after_apostrophe = p.ends_with('\'');
        if !(after_apostrophe || rest.starts_with(' ')) {
            continue;
        }
        let split = family.char_indices().map(|(i, _)| i).chain([family.len()]).find(|&i| family[..i].to_lowercase().replace('’', "'") == *p);
        let Some(split) = split else { continue };
        let (particle, core) = (family[..split].trim_end(), family[split..].trim_start());
        if !core.is_empty() {
            return (particle, core);
        }
    }
    ("", family)
}

/// The family name standing alone (after a title, in "Familie ..."): in the Netherlands its
/// particle takes a capital ("Van den Berg", "De Wit"); elsewhere it stays as written.
pub fn family_name_alone(family: &str, rule: ParticleRule) -> String {
    let family = family.trim();
    let (particle, _) = split_particle(family);
    if rule != ParticleRule::Dutch || particle.is_empty() {
        return family.to_owned();
    }
    capitalise_first(family)
}

/// The family name after a first name ("Anneke van den Berg"): in the Netherlands the particle
/// is lower case there.
pub fn family_name_after_first(family: &str, rule: ParticleRule) -> String {
    let family = family.trim();
    let (particle, core) = split_particle(family);
    if rule != ParticleRule::Dutch || particle.is_empty() {
        return family.to_owned();
    }
    format!("{} {core}", particle.to_lowercase()).replace("' ", "'")
}

/// The name as filed in a list sorted by family name: "Berg, Anneke van den" (Netherlands),
/// "van den Berg, Anneke" (Belgium), "Martin, Hélène"; the first name alone or the company when
/// there is no family name.
pub fn sorted_label(first: &str, family: &str, company: &str, rule: ParticleRule) -> String {
    let (first, family) = (first.trim(), family.trim());
    if family.is_empty() {
        return if first.is_empty() { company.trim().to_owned() } else { first.to_owned() };
    }
    let (particle, core) = split_particle(family);
    let (head, tail) = match rule {
        ParticleRule::Dutch if !particle.is_empty() => (core, particle.to_lowercase()),
        _ => (family, String::new()),
    };
    let rest = [first, tail.as_str()].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" ");
    if rest.is_empty() { head.to_owned() } else { format!("{head}, {rest}") }
}

/// The key a customer sorts by in a list ordered by name: the family name as filed (see
/// [`sorted_label`]), then the first name, then the company, each folded (accents, case and
/// ligatures ignored). Plain byte order of keys is the list's order; a tab separates the parts
/// so that "Berg" files before "Bergen" and "Berg, Anneke" before "Berg, Bram".
pub fn sort_key(first: &str, family: &str, company: &str, rule: ParticleRule) -> String {
    let family = family.trim();
    let filed = if family.is_empty() {
        // The first name or the company stands for the family name, as in the list.
        if first.trim().is_empty() { company.to_owned() } else { first.to_owned() }
    } else {
        let (particle, core) = split_particle(family);
        match rule {
            ParticleRule::Dutch if !particle.is_empty() => format!("{core} {particle}"),
            _ => family.to_owned(),
        }
    };
    format!("{}\t{}\t{}", fold(&filed), fold(first), fold(company))
}

fn capitalise_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ParticleRule::{AsWritten, Dutch};

    #[test]
    fn particles_are_split_longest_first() {
        assert_eq!(split_particle("van den Berg"), ("van den", "Berg"));
        assert_eq!(split_particle("Van der Meer"), ("Van der", "Meer"));
        assert_eq!(split_particle("de Wit"), ("de", "Wit"));
        assert_eq!(split_particle("ter Horst"), ("ter", "Horst"));
        assert_eq!(split_particle("in 't Veld"), ("in 't", "Veld"));
        assert_eq!(split_particle("van 't Hek"), ("van 't", "Hek"));
        assert_eq!(split_particle("’t Hooft"), ("’t", "Hooft"));
        // Not particles: a name that merely starts with the letters, or a particle alone.
        assert_eq!(split_particle("Vandenberghe"), ("", "Vandenberghe"));
        assert_eq!(split_particle("Dewit"), ("", "Dewit"));
        assert_eq!(split_particle("Van"), ("", "Van"));
        assert_eq!(split_particle("Dubœuf"), ("", "Dubœuf"));
        assert_eq!(split_particle("Éva de la Tour"), ("", "Éva de la Tour"));
    }

    #[test]
    fn dutch_names_file_under_the_name_belgian_under_the_particle() {
        assert_eq!(sorted_label("Anneke", "van den Berg", "", Dutch), "Berg, Anneke van den");
        assert_eq!(sorted_label("Anneke", "van den Berg", "", AsWritten), "van den Berg, Anneke");
        assert_eq!(sorted_label("", "de Wit", "", Dutch), "Wit, de");
        assert_eq!(sorted_label("Hélène", "Dubœuf", "", Dutch), "Dubœuf, Hélène");
        assert_eq!(sorted_label("", "", "Vélos Martin", Dutch), "Vélos Martin");

        let nl = sort_key("Anneke", "van den Berg", "", Dutch);
        let be = sort_key("Anneke", "van den Berg", "", AsWritten);
        assert!(nl.starts_with("berg van den\t"), "{nl}");
        assert!(be.starts_with("van den berg\t"), "{be}");
        let bakker = sort_key("Sanne", "Bakker", "", Dutch);
        let visser = sort_key("Sanne", "Visser", "", Dutch);
        assert!(bakker < nl && nl < visser);
        assert!(bakker < be && be < visser);
        assert!(sort_key("Sanne", "Smit", "", AsWritten) < be);
    }

    #[test]
    fn accents_sort_with_their_letter_never_after_z() {
        let etienne = sort_key("Étienne", "Aubry", "", AsWritten);
        let theo = sort_key("Théo", "Aubry", "", AsWritten);
        let zoe = sort_key("Zoé", "Zola", "", AsWritten);
        let evrard = sort_key("Anne", "Évrard", "", AsWritten);
        assert!(etienne < theo);
        assert!(evrard < zoe && evrard > sort_key("Anne", "Dupont", "", AsWritten));
        // Shorter names file first; the first name breaks ties.
        assert!(sort_key("Zoé", "Berg", "", AsWritten) < sort_key("Anne", "Bergen", "", AsWritten));
        assert!(sort_key("Anne", "Berg", "", AsWritten) < sort_key("Bram", "Berg", "", AsWritten));
        // A company without a person files by the company's name.
        assert!(sort_key("", "", "Atelier Zeller", AsWritten) < sort_key("", "Bakker", "", AsWritten));
    }

    #[test]
    fn dutch_particles_take_a_capital_standing_alone() {
        assert_eq!(family_name_alone("van den Berg", Dutch), "Van den Berg");
        assert_eq!(family_name_alone("de Wit", Dutch), "De Wit");
        assert_eq!(family_name_alone("in 't Veld", Dutch), "In 't Veld");
        assert_eq!(family_name_alone("van den Berg", AsWritten), "van den Berg");
        assert_eq!(family_name_alone("Van den Bossche", AsWritten), "Van den Bossche");
        assert_eq!(family_name_alone("Bakker", Dutch), "Bakker");
        assert_eq!(family_name_after_first("Van den Berg", Dutch), "van den Berg");
        assert_eq!(family_name_after_first("Van den Bossche", AsWritten), "Van den Bossche");
        assert_eq!(ParticleRule::of_country("nl"), Dutch);
        assert_eq!(ParticleRule::of_country("BE"), AsWritten);
        assert_eq!(ParticleRule::of_country(""), AsWritten);
        assert_eq!(ParticleRule::for_customer("", "NL"), Dutch);
        assert_eq!(ParticleRule::for_customer("BE", "NL"), AsWritten);
    }
}
