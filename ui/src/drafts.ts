// What a form held when the shopkeeper left it, kept for when they come back. A form is
// watched from the moment it is drawn: every change is copied here, so leaving by the sidebar,
// Back, a link or a shortcut loses nothing; coming back to the same form puts the values back
// and says so, with a way to throw the draft away. Saving the form forgets its draft. Drafts
// live as long as the window (in memory, never on disk: they hold customer details), so
// closing the window with a draft kept asks first (`closing.ts`), naming what would be lost.

import { h } from "./dom";
import { t } from "./i18n";

type Values = Record<string, string | boolean>;

/** Each kept draft, with what it is in the shopkeeper's words ("A purchase for Hélène Dubœuf"). */
const drafts = new Map<string, { values: Values; what: string }>();

/** Told whenever the window goes from holding no draft to holding one, and back. */
const watchers: ((unsaved: boolean) => void)[] = [];
let reported = false;

function changed(): void {
  const unsaved = drafts.size > 0;
  if (unsaved === reported) return;
  reported = unsaved;
  for (const fn of watchers) fn(unsaved);
}

/** Calls `fn` each time the window starts or stops holding a draft. */
export function onUnsavedChange(fn: (unsaved: boolean) => void): void {
  watchers.push(fn);
}

/** What each kept draft is, in the order they were first kept. */
export function unsavedWork(): string[] {
  return [...drafts.values()].map((d) => d.what);
}

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
 * at the top of the form when a draft came back. `what` names the form in the shopkeeper's
 * words, for the question asked when the window closes with the draft.
 */
export function keepDraft(key: string, form: HTMLElement, what: string): Draft {
  // What the form showed when drawn, then what was last saved: the baseline of "changed".
  let initial = read(form);
  const kept = drafts.get(key)?.values;
  let notice: HTMLElement | null = null;
  if (kept && !same(kept, initial)) {
    write(form, kept);
    const discard = h("button", { type: "button", class: "link", id: "draft-discard" }, t("draft-discard"));
    notice = h("p", { class: "draft-notice", id: "draft-notice", role: "status" }, t("draft-restored"), " ", discard);
    discard.addEventListener("click", () => {
      drafts.delete(key);
      changed();
      write(form, initial);
      notice?.remove();
      form.dispatchEvent(new Event("draft-reset"));
    });
    form.prepend(notice);
  } else {
    drafts.delete(key);
    changed();
  }
  const keep = () => {
    const now = read(form);
    if (same(now, initial)) drafts.delete(key);
    else drafts.set(key, { values: now, what });
    changed();
  };
  form.addEventListener("input", keep);
  form.addEventListener("change", keep);
  return {
    saved: () => {
      drafts.delete(key);
      changed();
      initial = read(form);
      notice?.remove();
    },
    restored: notice !== null,
  };
}

/** Forgets every draft that mentions this record (after an erase or a merge took it away). */
export function forgetDrafts(prefixOrKey: string): void {
  for (const k of [...drafts.keys()]) if (k === prefixOrKey || k.startsWith(`${prefixOrKey}:`)) drafts.delete(k);
  changed();
}

/** For tests: how many drafts are kept. */
export function draftCount(): number {
  return drafts.size;
}
