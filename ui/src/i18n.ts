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

/** Formats an ISO date (`2025-03-14` or `2025-03-14T10:22`) for the current language. */
export function formatDate(iso: string, withTime = false): string {
  const [datePart, timePart] = iso.split("T");
  const [y, m, d] = datePart.split("-").map(Number);
  const date = new Date(y, m - 1, d);
  const text = date.toLocaleDateString(current === "fr" ? "fr-FR" : "en-GB", { day: "numeric", month: "short", year: "numeric" });
  return withTime && timePart ? `${text} ${timePart.slice(0, 5)}` : text;
}
