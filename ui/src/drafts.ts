// What a form held when the shopkeeper left it, kept for when they come back. A form is
// watched from the moment it is drawn: every change is copied here, so leaving by the sidebar,
// Back, a link or a shortcut loses nothing; coming back to the same form puts the values back
// and says so, with a way to throw the draft away. Saving the form forgets its draft. Drafts
// live as long as the window (in memory, never on disk: they hold customer details).

import { h } from "./dom";
import { t } from "./i18n";

type Values = Record<string, string | boolean>;

const drafts = new Map<string, Values>();

function fieldsOf(form: HTMLElement): (HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement)[] {
  return [...form.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>("input[id], select[id], textarea[id]")].filter(
    (el) => !(el instanceof HTMLInputElement && (el.type === "file" || el.type === "password" || el.type === "radio" && !el.name)),
  );
}

function read(form: HTMLElement): Values {
  const values: Values = {};
  for (const el of fieldsOf(form)) values[el.id] = el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio") ? el.checked : el.value;
  return values;
}

function write(form: HTMLElement, values: Values): void {
  for (const el of fieldsOf(form)) {
    const v = values[el.id];
    if (v === undefined) continue;
    if (el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio")) el.checked = Boolean(v);
    else el.value = String(v);
  }
}

function same(a: Values, b: Values): boolean {
  return Object.keys(a).every((k) => a[k] === b[k]);
}

export interface Draft {
  /** Forget the draft (after a successful save). */
  saved(): void;
  /** Whether a draft was put back when the form was drawn. */
  restored: boolean;
}

/**
 * Watches `form` under `key` (one key per form and record: `customer-new`, `purchase-12`):
 * puts a kept draft back, then keeps every change. A notice with "throw the draft away" goes
 * at the top of the form when a draft came back.
 */
export function keepDraft(key: string, form: HTMLElement): Draft {
  // What the form showed when drawn, then what was last saved: the baseline of "changed".
  let initial = read(form);
  const kept = drafts.get(key);
  let notice: HTMLElement | null = null;
  if (kept && !same(kept, initial)) {
    write(form, kept);
    const discard = h("button", { type: "button", class: "link", id: "draft-discard" }, t("draft-discard"));
    notice = h("p", { class: "draft-notice", id: "draft-notice", role: "status" }, t("draft-restored"), " ", discard);
    discard.addEventListener("click", () => {
      drafts.delete(key);
      write(form, initial);
      notice?.remove();
      form.dispatchEvent(new Event("draft-reset"));
    });
    form.prepend(notice);
  } else {
    drafts.delete(key);
  }
  const keep = () => {
    const now = read(form);
    if (same(now, initial)) drafts.delete(key);
    else drafts.set(key, now);
  };
  form.addEventListener("input", keep);
  form.addEventListener("change", keep);
  return {
    saved: () => {
      drafts.delete(key);
      initial = read(form);
      notice?.remove();
    },
    restored: notice !== null,
  };
}

/** Forgets every draft that mentions this record (after an erase or a merge took it away). */
export function forgetDrafts(prefixOrKey: string): void {
  for (const k of [...drafts.keys()]) if (k === prefixOrKey || k.startsWith(`${prefixOrKey}:`)) drafts.delete(k);
}

/** For tests: how many drafts are kept. */
export function draftCount(): number {
  return drafts.size;
}
