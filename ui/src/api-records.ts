// The customer file's upkeep (src-tauri/src/commands/records.rs), typed: archive, merge, erase,
// probable duplicates, the timeline, editing and deleting purchases, refunds and consents.

import { call } from "./api";
import type { ConsentView, InteractionView, PurchaseInput, PurchaseView } from "./api";

export interface MergeView {
  kept: number; removed: number; purchases: number; interactions: number; consent_events: number;
  reminders: number; referrals: number; emails_added: number; phones_added: number; undo: UndoView;
}
/** How to take an act back: `undo(id)` until `until` (local time, `YYYY-MM-DDTHH:MM`). */
export interface UndoView { id: number; until: string; minutes: number }
export interface UndoneView { kind: "merge" | "deleted_purchase"; kept: number | null; other: number | null; purchase: number | null; customer: number | null }
/** Where two records differ: details taken from the other record, and whose e-mails and phones stay. */
export type MergeField = "salutation" | "first_name" | "last_name" | "company" | "address" | "birthday" | "language" | "household" | "referred_by";
export type KeepList = "kept" | "other" | "both";
export interface MergeChoices { from_other: MergeField[]; emails: KeepList; phones: KeepList }
export interface ErasureView { purchases_kept: number; interactions_cleared: number }
export type DuplicateReason = "email" | "phone" | "name_and_postcode";
export interface DuplicateSide {
  id: number; name: string; city: string; email: string | null; phone: string | null; purchase_count: number;
}
export interface DuplicateView { first: DuplicateSide; second: DuplicateSide; reasons: DuplicateReason[] }
export interface CardView {
  run_id: number; kind: string; occasion: string; design: string; offer_percent: number | null; offer_code: string | null;
}
/** One timeline entry; `type` says which of the other fields is present. */
export type TimelineItem =
  | { type: "purchase"; at: string; purchase: PurchaseView }
  | { type: "interaction"; at: string; interaction: InteractionView }
  | { type: "resolved"; at: string; interaction: InteractionView }
  | { type: "consent"; at: string; consent: ConsentView }
  | { type: "card"; at: string; card: CardView }
  | { type: "ladder"; at: string; ladder: LadderMoveView };
/** A move on the loyalty ladder counted at a month end; `from` is null when the customer entered it. */
export interface LadderMoveView { month_end: string; from: string | null; to: string; manual: boolean }
export interface TimelineView { total: number; entries: TimelineItem[] }
export interface ArchivedRow { id: number; name: string; city: string; email: string | null; phone: string | null; archived_at: string }
export type ConsentChannel = "post" | "email" | "phone" | "sms";

export const recordsApi = {
  archive: (id: number, archived: boolean) => call<void>("archive_customer", { id, archived }),
  merge: (keep: number, other: number, choices?: MergeChoices) => call<MergeView>("merge_customers", { keep, other, choices }),
  /** Takes back a merge or a deleted purchase while its undo lasts. */
  undo: (id: number) => call<UndoneView>("undo", { id }),
  /** Archived customers matching `search` (all when empty), latest archived first. */
  archived: (search: string, limit = 200) => call<ArchivedRow[]>("archived_customers", { search, limit }),
  /** The two are two people: the pair is no longer a probable duplicate. */
  notDuplicates: (a: number, b: number) => call<void>("mark_not_duplicates", { a, b }),
  erase: (id: number) => call<ErasureView>("erase_customer", { id }),
  /** Saves everything held about a customer as JSON through a save dialog; the file's name, or null if cancelled. */
  exportRecord: (id: number) => call<string | null>("export_customer_record", { id }),
  duplicates: (limit = 100) => call<DuplicateView[]>("probable_duplicates", { limit }),
  timeline: (id: number, offset: number, limit: number) => call<TimelineView>("customer_timeline", { id, offset, limit }),
  updatePurchase: (id: number, purchase: PurchaseInput) => call<void>("update_purchase", { id, purchase }),
  deletePurchase: (id: number) => call<UndoView>("delete_purchase", { id }),
  /** `amount` as typed; stored negative, linked to `original`. Returns the refund's id. */
  addRefund: (original: number, amount: string, note = "") => call<number>("add_refund", { original, amount, note }),
  linkHousehold: (id: number, withId: number) => call<void>("link_household", { id, with: withId }),
  leaveHousehold: (id: number) => call<void>("leave_household", { id }),
  recordConsent: (customer: number, channel: ConsentChannel, granted: boolean, source = "") =>
    call<void>("record_consent", { customer, channel, granted, source }),
};
