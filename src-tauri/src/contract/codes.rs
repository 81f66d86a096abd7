//! The codes the IPC sends as text (`"fr"`, `"at_risk"`, `"name_and_postcode"`), as TypeScript
//! unions generated from the Rust enums that write them. A view's field that holds one says so
//! with `#[ts(as = "codes::Stage")]`; the field stays `&'static str` in Rust (the commands
//! write `stage.code()`), only its TypeScript is the union.
//!
//! Each union lists its enum's variants through a `match` the compiler checks: a variant added
//! to the enum stops this file from compiling until it is listed here, so the UI's union
//! cannot lag behind the codes the app sends.

use std::path::PathBuf;

use fidele_analytics::{Segment as SegmentEnum, Stage as StageEnum};
use fidele_domain::{
    Channel, Formality as FormalityEnum, HitField as HitFieldEnum, InteractionKind as InteractionKindEnum,
    InteractionStatus as InteractionStatusEnum, Language as LanguageEnum, Salutation as SalutationEnum,
};
use fidele_store::{
    CustomerAction as CustomerActionEnum, DuplicateReason as DuplicateReasonEnum, MatchKey as MatchKeyEnum,
    MergeField as MergeFieldEnum, RunKind as RunKindEnum,
};
use fidele_domain::loyalty::LoyaltyUnit as LoyaltyUnitEnum;
use fidele_store::{OfferRefusal as OfferRefusalEnum, PointsKind as PointsKindEnum};
use fidele_usecases::cards::SkipReason as SkipReasonEnum;
use fidele_usecases::counter::{FoundBy as FoundByEnum, NotFound as NotFoundEnum};
use ts_rs::{Config, TS};

use crate::error::ErrorKind as ErrorKindEnum;

/// A TypeScript union of string literals: `"a" | "b"`.
pub fn union(codes: &[&str]) -> String {
    codes.iter().map(|c| format!("\"{c}\"")).collect::<Vec<_>>().join(" | ")
}

/// The codes of one enum, in its order.
pub trait Codes: TS {
    fn codes() -> Vec<&'static str>;
}

/// `code_union!(Name = Enum { A, B }, "doc")` declares the TypeScript type `Name`, the union of
/// `Enum::A.code()`, `Enum::B.code()`.
macro_rules! code_union {
    ($name:ident = $enum:ident { $($variant:ident),+ $(,)? }, $doc:literal) => {
        #[doc = $doc]
        pub struct $name;

        impl Codes for $name {
            fn codes() -> Vec<&'static str> {
                // Fails to compile when the enum gains a variant this list lacks.
                fn listed(e: $enum) {
                    match e {
                        $($enum::$variant)|+ => {}
                    }
                }
                let _ = listed;
                vec![$($enum::$variant.code()),+]
            }
        }

        impl TS for $name {
            type WithoutGenerics = Self;
            type OptionInnerType = Self;
            // Makes a map keyed by the codes partial (`{ [key in Stage]?: number }`).
            const IS_ENUM: bool = true;

            fn docs() -> Option<String> {
                Some(format!("/**\n * {}\n */\n", $doc))
            }

            fn name(_: &Config) -> String {
                stringify!($name).to_owned()
            }

            fn inline(_: &Config) -> String {
                union(&Self::codes())
            }

            fn decl(cfg: &Config) -> String {
                format!("type {} = {};", Self::name(cfg), Self::inline(cfg))
            }

            fn decl_concrete(cfg: &Config) -> String {
                Self::decl(cfg)
            }

            fn output_path() -> Option<PathBuf> {
                Some(PathBuf::from(concat!(stringify!($name), ".ts")))
            }
        }
    };
}

code_union!(
    ErrorKind = ErrorKindEnum { Invalid, NotFound, Conflict, NeedsPassphrase, WrongPassphrase, ReadOnly, DiskFull, Busy, Update, Storage, Internal },
    "What went wrong, for the UI to react to (`crate::error::ErrorKind`)."
);
code_union!(Language = LanguageEnum { Fr, En, Nl, Th }, "A language Fidèle speaks (`fidele_domain::Language`).");
code_union!(Salutation = SalutationEnum { Mrs, Ms, Mr, Mx }, "How a customer is addressed (`fidele_domain::Salutation`).");
code_union!(
    Formality = FormalityEnum { Formal, FirstName },
    "Whether a customer is written to formally or by first name (`fidele_domain::Formality`)."
);
code_union!(
    ConsentChannel = Channel { Post, Email, Phone, Sms },
    "A channel a customer consents to (`fidele_domain::Channel`; not Tauri's `Channel`)."
);
code_union!(
    InteractionKind = InteractionKindEnum {
        Complaint,
        Return,
        ServiceRequest,
        Consultation,
        Call,
        Visit,
        CardSent,
        PromotionResponse,
        Note,
    },
    "What kind of contact an interaction was (`fidele_domain::InteractionKind`)."
);
code_union!(
    InteractionStatus = InteractionStatusEnum { Open, InProgress, Resolved },
    "Where an interaction stands (`fidele_domain::InteractionStatus`)."
);
code_union!(
    HitField = HitFieldEnum { Email, Phone, PostalCode, Tag, Preferences, Notes },
    "What a search matched that a list row does not show (`fidele_domain::HitField`)."
);
code_union!(
    Stage = StageEnum { Prospect, Customer, Client, Supporter, Advocate, Partner },
    "A step of the loyalty ladder, lowest first (`fidele_analytics::Stage`)."
);
code_union!(
    Segment = SegmentEnum {
        Champions,
        Loyal,
        PotentialLoyalists,
        New,
        Promising,
        NeedAttention,
        AboutToSleep,
        AtRisk,
        CantLoseThem,
        Hibernating,
        Lost,
    },
    "An RFM segment, best first (`fidele_analytics::Segment`)."
);
code_union!(RunKind = RunKindEnum { Monthly, Birthday, Anniversary }, "A kind of card run (`fidele_store::RunKind`).");
code_union!(
    SkipReason = SkipReasonEnum { NoPostConsent, NoAddress, Archived, Erased, SameDesignAsLast },
    "Why a customer gets no card in a run (`fidele_usecases::cards::SkipReason`)."
);
code_union!(
    MergeField = MergeFieldEnum {
        Salutation,
        FirstName,
        LastName,
        Company,
        Address,
        Birthday,
        Language,
        Household,
        ReferredBy,
    },
    "A detail a merge may take from the other record (`fidele_store::MergeField`)."
);
code_union!(
    DuplicateReason = DuplicateReasonEnum { Email, Phone, NameAndPostcode },
    "Why two records look like one person (`fidele_store::DuplicateReason`)."
);
code_union!(
    CustomerAction = CustomerActionEnum { New, Update, Duplicate },
    "What an import does with a row (`fidele_store::CustomerAction`)."
);
code_union!(
    MatchKey = MatchKeyEnum { CustomerNumber, Email, Phone, NameAndAddress },
    "What an imported row matched a customer by (`fidele_store::MatchKey`)."
);
code_union!(
    PointsKind = PointsKindEnum { Earned, Spent, Expired, Refunded, Adjusted },
    "What a line of the points ledger is (`fidele_store::PointsKind`)."
);
code_union!(
    OfferRefusal = OfferRefusalEnum { Expired, AlreadyUsed, OtherCustomer },
    "Why the counter refuses an offer code (`fidele_store::OfferRefusal`)."
);
code_union!(LoyaltyUnit = LoyaltyUnitEnum { Points, Stamps }, "What a balance counts (`fidele_domain::loyalty::LoyaltyUnit`).");
code_union!(
    FoundBy = FoundByEnum { MemberNumber, Offer, Phone, Name },
    "How the counter found a customer (`fidele_usecases::counter::FoundBy`)."
);
code_union!(
    NotFound = NotFoundEnum { CheckDigit, UnknownNumber, Nothing },
    "Why the counter found nobody (`fidele_usecases::counter::NotFound`)."
);
