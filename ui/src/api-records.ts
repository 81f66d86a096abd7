// The customer file's upkeep (src-tauri/src/commands/records.rs), typed: archive, merge, erase,
// probable duplicates, the timeline, editing and deleting purchases, refunds and consents.

import { call } from "./api";
import type { ConsentChannel, MergeChoicesInput, PurchaseInput } from "./generated/ipc";

export type {
  ConsentChannel, DuplicateReason, DuplicateSide, DuplicateView, ErasureView, LadderMoveView, MergeChoicesInput,
  MergeField, MergeView, SentCardView, TimelineItem, TimelineView, UndoneView, UndoView,
} from "./generated/ipc";

/** Whose e-mails or phones a merge keeps. */
export type KeepList = MergeChoicesInput["emails"];

export const recordsApi = {
  archive: (id: number, archived: boolean) => call("archive_customer", { id, archived }),
  merge: (keep: number, other: number, choices?: MergeChoicesInput) => call("merge_customers", { keep, other, choices }),
  /** Takes back a merge or a deleted purchase while its undo lasts. */
  undo: (id: number) => call("undo", { id }),
  /** The two are two people: the pair is no longer a probable duplicate. */
  notDuplicates: (a: number, b: number) => call("mark_not_duplicates", { a, b }),
  erase: (id: number) => call("erase_customer", { id }),
  /** Saves everything held about a customer as JSON through a save dialog; the file's name, or null if cancelled. */
  exportRecord: (id: number) => call("export_customer_record", { id }),
  duplicates: (limit = 100) => call("probable_duplicates", { limit }),
  timeline: (id: number, offset: number, limit: number) => call("customer_timeline", { id, offset, limit }),
  updatePurchase: (id: number, purchase: PurchaseInput) => call("update_purchase", { id, purchase }),
  deletePurchase: (id: number) => call("delete_purchase", { id }),
  /** `amount` as typed; stored negative, linked to `original`. Returns the refund's id. */
  addRefund: (original: number, amount: string, note = "") => call("add_refund", { original, amount, note }),
  linkHousehold: (id: number, withId: number) => call("link_household", { id, with: withId }),
  leaveHousehold: (id: number) => call("leave_household", { id }),
  recordConsent: (customer: number, channel: ConsentChannel, granted: boolean, source = "") =>
    call("record_consent", { customer, channel, granted, source }),
};
