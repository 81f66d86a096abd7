//! Everything else that happens between the shop and a customer, each with a status so
//! nothing promised is forgotten.

use chrono::{NaiveDate, NaiveDateTime};

use crate::validation::{ErrorCode, FieldError};
use crate::{CustomerId, Invalid};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InteractionKind {
    Complaint,
    Return,
    ServiceRequest,
    Consultation,
    Call,
    Visit,
    CardSent,
    PromotionResponse,
    Note,
}

impl InteractionKind {
    pub const ALL: [InteractionKind; 9] = [
        InteractionKind::Complaint,
        InteractionKind::Return,
        InteractionKind::ServiceRequest,
        InteractionKind::Consultation,
        InteractionKind::Call,
        InteractionKind::Visit,
        InteractionKind::CardSent,
        InteractionKind::PromotionResponse,
        InteractionKind::Note,
    ];

    pub fn code(self) -> &'static str {
        match self {
            InteractionKind::Complaint => "complaint",
            InteractionKind::Return => "return",
            InteractionKind::ServiceRequest => "service_request",
            InteractionKind::Consultation => "consultation",
            InteractionKind::Call => "call",
            InteractionKind::Visit => "visit",
            InteractionKind::CardSent => "card_sent",
            InteractionKind::PromotionResponse => "promotion_response",
            InteractionKind::Note => "note",
        }
    }

    pub fn parse(code: &str) -> Option<InteractionKind> {
        let code = code.trim().replace('-', "_");
        InteractionKind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// Kinds that are open until somebody deals with them.
    pub fn needs_follow_up(self) -> bool {
        matches!(self, InteractionKind::Complaint | InteractionKind::Return | InteractionKind::ServiceRequest)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InteractionStatus {
    Open,
    InProgress,
    Resolved,
}

impl InteractionStatus {
    pub const ALL: [InteractionStatus; 3] = [InteractionStatus::Open, InteractionStatus::InProgress, InteractionStatus::Resolved];

    pub fn code(self) -> &'static str {
        match self {
            InteractionStatus::Open => "open",
            InteractionStatus::InProgress => "in_progress",
            InteractionStatus::Resolved => "resolved",
        }
    }

    pub fn parse(code: &str) -> Option<InteractionStatus> {
        let code = code.trim().replace('-', "_");
        InteractionStatus::ALL.into_iter().find(|s| s.code() == code)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InteractionDraft {
    pub customer: CustomerId,
    pub kind: InteractionKind,
    pub status: InteractionStatus,
    pub at: NaiveDateTime,
    pub summary: String,
    pub details: String,
    pub due: Option<NaiveDate>,
    pub resolution: String,
}

impl InteractionDraft {
    pub fn validate(&self) -> Result<(), Invalid> {
        let mut errors = Invalid::default();
        if self.summary.trim().is_empty() {
            errors.push(FieldError::new("summary", ErrorCode::NoSummary));
        }
        if self.summary.chars().count() > 200 {
            errors.push(FieldError::new("summary", ErrorCode::TooLong).with("max", 200));
        }
        if let Some(due) = self.due
            && due < self.at.date() {
                errors.push(FieldError::new("due", ErrorCode::DueBeforeInteraction));
            }
        errors.into_result()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Interaction {
    pub id: i64,
    pub draft: InteractionDraft,
    pub resolved_at: Option<NaiveDateTime>,
}

impl Interaction {
    /// Whole days the interaction has been open, as of `today`.
    pub fn age_days(&self, today: NaiveDate) -> i64 {
        (today - self.draft.at.date()).num_days()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for k in InteractionKind::ALL {
            assert_eq!(InteractionKind::parse(k.code()), Some(k));
        }
        assert_eq!(InteractionKind::parse("service-request"), Some(InteractionKind::ServiceRequest));
        assert_eq!(InteractionStatus::parse("in-progress"), Some(InteractionStatus::InProgress));
    }

    #[test]
    fn summary_and_due_are_checked() {
        let at = NaiveDate::from_ymd_opt(2025, 5, 10).unwrap().and_hms_opt(9, 0, 0).unwrap();
        let draft = InteractionDraft {
            customer: CustomerId(1),
            kind: InteractionKind::Complaint,
            status: InteractionStatus::Open,
            at,
            summary: " ".into(),
            details: String::new(),
            due: NaiveDate::from_ymd_opt(2025, 5, 1),
            resolution: String::new(),
        };
        let errors = draft.validate().unwrap_err().errors;
        assert_eq!(errors, [FieldError::new("summary", ErrorCode::NoSummary), FieldError::new("due", ErrorCode::DueBeforeInteraction)]);
    }
}
