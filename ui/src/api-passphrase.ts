// Encryption at rest: the unlock screen and the passphrase section of Settings.

import { call } from "./api";
import type { Key } from "./i18n";


export type { LockStatus } from "./generated/ipc";

export const passphraseApi = {
  status: () => call("lock_status"),
  unlock: (passphrase: string) => call("unlock", { passphrase }),
  /** Sets (no `current`), changes, or removes (no `replacement`) the passphrase. */
  change: (current: string | null, replacement: string | null) => call("change_passphrase", { current, replacement }),
};

export type PassphraseAction = "set" | "change" | "remove";

export interface PassphraseForm { current: string; replacement: string; confirm: string }

/** The Settings actions for a file that is, or is not, encrypted. */
export function passphraseActions(encrypted: boolean): PassphraseAction[] {
  return encrypted ? ["change", "remove"] : ["set"];
}

/**
 * What to send for `action`, or the field and message to show first: the current passphrase
 * when there is one, a new one typed twice the same.
 */
export function passphraseRequest(
  action: PassphraseAction,
  form: PassphraseForm,
): { current: string | null; replacement: string | null } | { field: keyof PassphraseForm; error: Key } {
  if (action !== "set" && form.current === "") return { field: "current", error: "passphrase-need-current" };
  if (action === "remove") return { current: form.current, replacement: null };
  if (form.replacement === "") return { field: "replacement", error: "passphrase-need-new" };
  if (form.replacement !== form.confirm) return { field: "confirm", error: "passphrase-mismatch" };
  return { current: action === "set" ? null : form.current, replacement: form.replacement };
}
