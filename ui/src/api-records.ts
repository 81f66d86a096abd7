// The customer file's upkeep (src-tauri/src/commands/records.rs), typed: archive, merge, erase,
// probable duplicates, the timeline, editing and deleting purchases, refunds and consents.

import { call } from "./api";
import type {
  ArchivedRow, ConsentChannel, DuplicateView, ErasureView, MergeChoicesInput, MergeView, PurchaseInput, TimelineView, UndoneView,
  UndoView,
} from "./generated/ipc";

export type {
  ArchivedRow, ConsentChannel, DuplicateReason, DuplicateSide, DuplicateView, ErasureView, LadderMoveView, MergeChoicesInput,
  MergeField, MergeView, SentCardView, TimelineItem, TimelineView, UndoneView, UndoView,
} from "./generated/ipc";

/** Whose e-mails or phones a merge keeps. */
export type KeepList = MergeChoicesInput["emails"];

export const recordsApi = {
  archive: (id: number, archived: boolean) => call<void>("archive_customer", { id, archived }),
  merge: (keep: number, other: number, choices?: MergeChoicesInput) => call<MergeView>("merge_customers", { keep, other, choices }),
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
