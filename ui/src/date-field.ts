// The app's one date field. WebKit's native <input type=date> writes dates in US order whatever
// the interface's language, so every date is chosen here from a day, a month named in the
// interface's language and a year, in the order the language writes them (day, month, year in
// French, Dutch, English and Thai), the year in the shop's calendar (the Buddhist Era for a
// Thai shop that keeps it). What goes to the backend stays ISO (`2026-12-05`): only what the
// shopkeeper sees changes.

import { AppError } from "./api";
import { h } from "./dom";
import { showErrors } from "./views/forms";
import { dateOrder, monthNames, t, yearOffset, type Key } from "./i18n";

/** What a date field holds: `2026-12-05`, `2027-01`, `2026-12-05T12:30`, `--12-05`, or "" when empty. */
export interface DateInput {
  /** The parts in a group, labelled by the field's label. */
  element: HTMLElement;
  /** The first part, which the field's label points at. */
  first: HTMLElement;
  /** ISO, or "" when nothing was chosen; a half-chosen date is "" too, and `problem()` says so. */
  value(): string;
  /** Why the parts chosen do not make a date, as a message id; null when they do, or are all empty. */
  problem(): Key | null;
  set(iso: string): void;
  /** Called when the parts make a new date (or are cleared). */
  onChange(fn: () => void): void;
}

type Kind = "date" | "month" | "datetime" | "birthday";

export function daysIn(month: number, year: number | null): number {
  if (!month) return 31;
  if (month === 2) return year === null ? 29 : (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** "12:30", "12h30", "12.30", "9:05" as [hours, minutes]; null when it is not a time of day. */
export function parseTime(text: string): [number, number] | null {
  const m = /^\s*(\d{1,2})(?:\s*[:.hH]\s*(\d{2})?)?\s*$/.exec(text);
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = Number(m[2] ?? "0");
  return hours < 24 && minutes < 60 ? [hours, minutes] : null;
}

function build(id: string, kind: Kind, initial: string): DateInput {
  const offset = yearOffset();
  const withDay = kind !== "month";
  const yearOptional = kind === "birthday";
  const day = h("select", { id: `${id}-day`, "aria-label": t("date-day") }, h("option", { value: "" }, t("date-day")), range(1, 31).map((d) => h("option", { value: String(d) }, String(d))));
  const month = h(
    "select",
    { id: `${id}-month`, "aria-label": t("date-month") },
    h("option", { value: "" }, t("date-month")),
    monthNames().map((name, i) => h("option", { value: String(i + 1) }, name)),
  );
  const year = h("input", {
    type: "text",
    id: `${id}-year`,
    class: "date-year",
    inputmode: "numeric",
    maxlength: "4",
    size: "4",
    autocomplete: "off",
    "aria-label": t(yearOptional ? "date-year-optional" : "date-year"),
    // The placeholder stays short enough to show whole; the label says the year is optional.
    placeholder: t("date-year"),
  });
  const time = kind === "datetime"
    ? h("input", { type: "text", id: `${id}-time`, class: "date-time", inputmode: "numeric", maxlength: "5", size: "5", autocomplete: "off", "aria-label": t("date-time"), placeholder: t("date-time-hint") })
    : null;

  const typedYear = (): number | null => (/^\d{4}$/.test(year.value.trim()) ? Number(year.value.trim()) - offset : null);

  // A day the month lacks is never offered (no 31 February, no 31 April); one chosen before is cleared.
  const fitDays = () => {
    const max = daysIn(Number(month.value), typedYear());
    if (day.options.length === max + 1) return;
    const chosen = Number(day.value);
    day.replaceChildren(h("option", { value: "" }, t("date-day")), ...range(1, max).map((d) => h("option", { value: String(d) }, String(d))));
    day.value = chosen && chosen <= max ? String(chosen) : "";
  };

  const problem = (): Key | null => {
    const empty = (withDay ? !day.value : true) && !month.value && !year.value.trim() && !(time?.value.trim());
    if (empty) return null;
    if ((withDay && !day.value) || !month.value) return "date-incomplete";
    if (year.value.trim() && typedYear() === null) return "date-bad-year";
    if (!year.value.trim() && !yearOptional) return "date-incomplete";
    if (time && time.value.trim() && !parseTime(time.value)) return "date-bad-time";
    return null;
  };

  const value = (): string => {
    if (problem() !== null) return "";
    if (!month.value) return "";
    const y = typedYear();
    const mm = pad(Number(month.value));
    if (kind === "month") return `${pad(y ?? 0, 4)}-${mm}`;
    const dd = pad(Number(day.value));
    if (y === null) return `--${mm}-${dd}`;
    const date = `${pad(y, 4)}-${mm}-${dd}`;
    const hm = time ? parseTime(time.value) : null;
    return hm ? `${date}T${pad(hm[0])}:${pad(hm[1])}` : date;
  };

  const set = (iso: string) => {
    const m = /^(\d{4}|-)-(\d{2})(?:-(\d{2}))?(?:T(\d{2}):(\d{2}))?/.exec(iso);
    year.value = m && m[1] !== "-" ? String(Number(m[1]) + offset) : "";
    month.value = m ? String(Number(m[2])) : "";
    fitDays();
    day.value = m?.[3] ? String(Number(m[3])) : "";
    if (time) time.value = m?.[4] ? `${m[4]}:${m[5]}` : "";
  };

  const parts: Record<string, HTMLElement | null> = { day: withDay ? day : null, month, year };
  const ordered = dateOrder().map((p) => parts[p]).filter((el): el is HTMLElement => el !== null);
  const element = h("div", { class: `date-field date-field-${kind}`, id, role: "group" }, ordered, time);
  const listeners: (() => void)[] = [];
  let last = "";
  const changed = () => {
    fitDays();
    const now = value();
    if (problem() === null && now !== last) {
      last = now;
      for (const fn of listeners) fn();
    }
  };
  for (const el of [day, month, year, time]) el?.addEventListener("change", changed);
  year.addEventListener("input", fitDays);
  set(initial);
  last = value();
  return { element, first: ordered[0], value, problem, set, onChange: (fn) => listeners.push(fn) };
}

/** A day: `2026-12-05`, or "" when left empty. */
export function dateInput(id: string, value = ""): DateInput {
  return build(id, "date", value);
}

/** A month: `2027-01`. */
export function monthInput(id: string, value = ""): DateInput {
  return build(id, "month", value);
}

/** A day and, if given, a time of day: `2026-12-05T12:30` or `2026-12-05`; "" for now. */
export function dateTimeInput(id: string, value = ""): DateInput {
  return build(id, "datetime", value);
}

/** A birthday, the year optional: `1983-02-14` or `--02-14`. */
export function birthdayInput(id: string, value = ""): DateInput {
  return build(id, "birthday", value);
}

/**
 * A labelled field around a date input, shaped like the other fields (`.field`, `err-<name>`),
 * so the backend's message about it lands under it.
 */
export function dateField(label: string, input: DateInput, name: string, help?: string): HTMLElement {
  const labelId = `${input.element.id}-label`;
  input.element.setAttribute("aria-labelledby", labelId);
  return h(
    "div",
    { class: "field with-date", "data-field": name },
    h("label", { id: labelId, for: input.first.id }, label),
    input.element,
    help ? h("small", { class: "help" }, help) : null,
    h("small", { class: "field-error", id: `err-${name}`, "aria-live": "polite" }),
  );
}

/**
 * Whether every date of a form is whole (or empty). A half-chosen one is said under its field,
 * in the interface's words, before anything goes to the backend: sent, it would read as "no date".
 */
export function datesMake(form: HTMLElement, summary: HTMLElement, inputs: [DateInput, string][]): boolean {
  const fields = inputs.flatMap(([input, name]) => {
    const key = input.problem();
    return key ? [{ field: name, code: key, args: {}, message: t(key) }] : [];
  });
  if (fields.length === 0) return true;
  showErrors(form, summary, new AppError("invalid", fields[0].message, fields), t("form-fix"));
  return false;
}
