//! Reminders: "call Mme Martin when the book arrives", once or every so often.

use chrono::{Months, NaiveDate, NaiveDateTime};

use crate::CustomerId;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Repeat {
    Days(u32),
    Months(u32),
}

impl Repeat {
    pub fn after(self, date: NaiveDate) -> NaiveDate {
        match self {
            Repeat::Days(n) => date + chrono::Days::new(u64::from(n)),
            // chrono clamps 31 January + 1 month to 28/29 February.
            Repeat::Months(n) => date.checked_add_months(Months::new(n)).unwrap_or(date),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReminderDraft {
    pub customer: Option<CustomerId>,
    pub title: String,
    pub due: NaiveDate,
    pub repeat: Option<Repeat>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reminder {
    pub id: i64,
    pub draft: ReminderDraft,
    pub done_at: Option<NaiveDateTime>,
    pub snoozed_until: Option<NaiveDate>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn monthly_repeat_clamps_to_month_end() {
        let jan31 = NaiveDate::from_ymd_opt(2025, 1, 31).unwrap();
        assert_eq!(Repeat::Months(1).after(jan31), NaiveDate::from_ymd_opt(2025, 2, 28).unwrap());
        assert_eq!(Repeat::Days(10).after(jan31), NaiveDate::from_ymd_opt(2025, 2, 10).unwrap());
    }
}
