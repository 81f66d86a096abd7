//! Marketing consents: dated events, never overwritten. The current state of a channel is
//! its latest event; a withdrawal is one more event, so the history stays.

use chrono::NaiveDateTime;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Channel {
    Post,
    Email,
    Phone,
    Sms,
}

impl Channel {
    pub const ALL: [Channel; 4] = [Channel::Post, Channel::Email, Channel::Phone, Channel::Sms];

    pub fn code(self) -> &'static str {
        match self {
            Channel::Post => "post",
            Channel::Email => "email",
            Channel::Phone => "phone",
            Channel::Sms => "sms",
        }
    }

    pub fn parse(code: &str) -> Option<Channel> {
        let code = code.trim().to_ascii_lowercase();
        Channel::ALL.into_iter().find(|c| c.code() == code || (code == "e-mail" && *c == Channel::Email))
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsentEvent {
    pub channel: Channel,
    pub granted: bool,
    pub at: NaiveDateTime,
    /// Where the consent was given or withdrawn: "in shop", "import", "web form", ...
    pub source: String,
}

/// The channels currently consented to, given a customer's events in any order.
pub fn current_consents(events: &[ConsentEvent]) -> Vec<Channel> {
    let mut latest: Vec<(Channel, NaiveDateTime, bool)> = Vec::new();
    for e in events {
        match latest.iter_mut().find(|(c, _, _)| *c == e.channel) {
            Some(slot) if slot.1 <= e.at => *slot = (e.channel, e.at, e.granted),
            Some(_) => {}
            None => latest.push((e.channel, e.at, e.granted)),
        }
    }
    let mut granted: Vec<Channel> = latest.into_iter().filter(|l| l.2).map(|l| l.0).collect();
    granted.sort();
    granted
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(day: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2025, 1, day).unwrap().and_hms_opt(10, 0, 0).unwrap()
    }

    #[test]
    fn latest_event_wins_per_channel() {
        let events = vec![
            ConsentEvent { channel: Channel::Email, granted: false, at: at(5), source: "shop".into() },
            ConsentEvent { channel: Channel::Email, granted: true, at: at(1), source: "shop".into() },
            ConsentEvent { channel: Channel::Post, granted: true, at: at(2), source: "shop".into() },
        ];
        assert_eq!(current_consents(&events), vec![Channel::Post]);
    }

    #[test]
    fn parses_codes() {
        assert_eq!(Channel::parse("E-mail"), Some(Channel::Email));
        assert_eq!(Channel::parse("SMS"), Some(Channel::Sms));
        assert_eq!(Channel::parse("fax"), None);
    }
}
