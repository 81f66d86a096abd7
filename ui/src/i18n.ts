// The UI's words, from the Fluent files in ../locales/<lang>/*.ftl: the same files the Rust side
// reads (crates/words), so the app, its PDFs and the CLI say the same thing. Plurals, gender and
// register are selectors in those files, not code here. `Key` is generated from the English
// files (npm run words), so a mistyped id does not compile.

import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import type { Lang } from "./api";
import type { Key } from "./generated/word-ids";

export type { Key };

/** Every language the interface speaks, in the order the language pickers list them. */
export const LANGUAGES: readonly Lang[] = ["fr", "nl", "en", "th"];

const sources = import.meta.glob("../../locales/*/*.ftl", { query: "?raw", import: "default", eager: true }) as Record<string, string>;

/** The Fluent sources of one language, by file name (for the tests). */
export function sourcesOf(lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, text] of Object.entries(sources)) {
    const m = path.match(/locales\/([a-z]+)\/([^/]+\.ftl)$/);
    if (m && m[1] === lang) out[m[2]] = text;
  }
  return out;
}

function bundle(lang: Lang): FluentBundle {
  // No isolation marks around placeables: WebKit shows them fine, but tests and copied text
  // would carry them; the Rust side does the same.
  const b = new FluentBundle(lang, { useIsolating: false });
  for (const text of Object.values(sourcesOf(lang))) {
    const errors = b.addResource(new FluentResource(text));
    if (errors.length) console.error(`locales/${lang}:`, errors);
  }
  return b;
}

const bundles = new Map<Lang, FluentBundle>();
function bundleFor(lang: Lang): FluentBundle {
  let b = bundles.get(lang);
  if (!b) bundles.set(lang, (b = bundle(lang)));
  return b;
}

let current: Lang = "fr";

export function setLanguage(lang: Lang): void {
  current = lang;
  document.documentElement.lang = lang;
}

export function language(): Lang {
  return current;
}

/** Whether `key` is one of the app's texts (for codes that come from the backend). */
export function has(key: string): key is Key {
  return bundleFor("en").hasMessage(key);
}

/** The text for `key` in the current language (English when a language lacks it), arguments filled. */
export function t(key: Key, params: Record<string, FluentVariable> = {}): string {
  for (const lang of [current, "en"] as Lang[]) {
    const b = bundleFor(lang);
    const message = b.getMessage(key);
    if (message?.value) return b.formatPattern(message.value, params);
  }
  return key;
}

// -- dates and numbers: the interface language, in the shop's country and calendar --

/** How the shop counts years: the Buddhist Era (2569 for 2026) is a Thai shop's choice. */
export type Calendar = "gregorian" | "buddhist";

let country = "";
let chosenCalendar: Calendar | null = null;

/**
 * The shop's country (ISO 3166 alpha-2) and, when it chose one, its calendar: with the language
 * they pick the locale every date and number is written in.
 */
export function setShopRegion(shopCountry: string, calendar?: string | null): void {
  country = shopCountry.trim().toUpperCase();
  chosenCalendar = calendar === "buddhist" || calendar === "gregorian" ? calendar : null;
}

/** The Buddhist Era for a Thai interface when the shop chose it, by default in Thailand. */
export function calendar(): Calendar {
  if (current !== "th") return "gregorian";
  return chosenCalendar ?? (country === "TH" || country === "" ? "buddhist" : "gregorian");
}

const FRENCH_COUNTRIES = ["FR", "BE", "CH", "LU", "MC", "CA"];

/** The BCP 47 locale of the interface: language, the shop's country where it changes the writing, calendar. */
export function locale(): string {
  switch (current) {
    case "fr":
      return `fr-${FRENCH_COUNTRIES.includes(country) ? country : "FR"}`;
    case "nl":
      return country === "BE" ? "nl-BE" : "nl-NL";
    case "en":
      // Day before month, as everywhere the app is sold, except in the United States.
      return country === "US" ? "en-US" : "en-GB";
    case "th":
      return calendar() === "buddhist" ? "th-TH-u-ca-buddhist" : "th-TH-u-ca-gregory";
  }
}

/** Years between the Common Era and the shop's calendar (543 in the Buddhist Era). */
export function yearOffset(): number {
  return calendar() === "buddhist" ? 543 : 0;
}

/** A number as the interface writes it: "0,318" in French, "14.766" in Dutch. */
export function formatNumber(n: number, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(locale(), options).format(n);
}

/** A share (0.42) as a percentage: "42 %" in French, "42%" in English. */
export function formatPercent(share: number, digits = 0): string {
  return formatNumber(share, { style: "percent", maximumFractionDigits: digits });
}

function dayOf(iso: string): Date {
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number);
  const date = new Date(2000, 0, 1);
  date.setFullYear(y, m - 1, d);
  return date;
}

/** Formats an ISO date (`2025-03-14` or `2025-03-14T10:22`) for the current language. */
export function formatDate(iso: string, withTime = false): string {
  const date = dayOf(iso);
  const timePart = iso.split("T")[1];
  const options: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", year: "numeric" };
  if (withTime && timePart) {
    const [hh, mm] = timePart.split(":").map(Number);
    date.setHours(hh || 0, mm || 0);
    Object.assign(options, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  }
  return new Intl.DateTimeFormat(locale(), options).format(date);
}

/** A day of the year without its year (`--03-14`, or the month and day of a date): "14 mars". */
export function formatDayMonth(month: number, day: number): string {
  return new Intl.DateTimeFormat(locale(), { day: "numeric", month: "long" }).format(new Date(2000, month - 1, day));
}

/** A month (`2027-01`): "janvier 2027", "มกราคม 2570"; short, for a chart's axis: "janv. 2027". */
export function formatMonth(yearMonth: string, style: "long" | "short" = "long"): string {
  const [y, m] = yearMonth.split("-").map(Number);
  if (!y || !m) return yearMonth;
  return new Intl.DateTimeFormat(locale(), { month: style, year: "numeric" }).format(dayOf(`${y}-${String(m).padStart(2, "0")}-01`));
}

/** The twelve month names, January first, as the interface writes them on their own. */
export function monthNames(style: "long" | "short" = "long"): string[] {
  const f = new Intl.DateTimeFormat(locale(), { month: style });
  return Array.from({ length: 12 }, (_, i) => f.format(new Date(2000, i, 1)));
}

/** In which order the interface writes a date's parts: day, month, year in all four languages. */
export function dateOrder(): ("day" | "month" | "year")[] {
  const parts = new Intl.DateTimeFormat(locale(), { day: "numeric", month: "long", year: "numeric" }).formatToParts(new Date(2026, 11, 5));
  const order = parts.map((p) => p.type).filter((t): t is "day" | "month" | "year" => t === "day" || t === "month" || t === "year");
  return order.length === 3 ? order : ["day", "month", "year"];
}
