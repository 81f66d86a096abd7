import { describe, expect, it } from "vitest";
import { FluentResource } from "@fluent/bundle";
import { calendar, formatDate, formatMonth, formatNumber, formatPercent, LANGUAGES, locale, setLanguage, setShopRegion, sourcesOf, t } from "./i18n";
// @ts-expect-error: a plain ES module without types, run by node as well
import { wordIdsModule } from "../scripts/word-ids.mjs";
import generated from "./generated/word-ids.ts?raw";

const english = import.meta.glob("../../locales/en/*.ftl", { query: "?raw", import: "default", eager: true }) as Record<string, string>;

describe("i18n", () => {
  it("reads every language's Fluent files", () => {
    for (const lang of LANGUAGES) expect(Object.keys(sourcesOf(lang)).length, lang).toBeGreaterThan(0);
  });

  it("fills placeholders in the chosen language", () => {
    setLanguage("en");
    expect(t("customers-count", { n: 3 })).toBe("3 customers");
    setLanguage("fr");
    expect(t("customers-count", { n: 3 })).toBe("3 clients");
    expect(document.documentElement.lang).toBe("fr");
  });

  it("the generated ids are those of the English files (run `npm run words` when this fails)", () => {
    const sorted = Object.keys(english).sort().map((k) => english[k]);
    expect(generated).toBe(wordIdsModule(sorted));
  });

  it("every file of every language parses", () => {
    for (const lang of LANGUAGES)
      for (const [file, text] of Object.entries(sourcesOf(lang))) {
        // FluentResource keeps what it cannot read as junk instead of throwing.
        const junk = new FluentResource(text).body.filter((entry) => !("id" in entry));
        expect(junk.length, `${lang}/${file}`).toBe(0);
      }
  });

  it("counts agree with their nouns in every language (selectors, not code)", () => {
    const say = (lang: "fr" | "nl" | "en" | "th", key: Parameters<typeof t>[0], args: Record<string, number | string>) => {
      setLanguage(lang);
      return t(key, args);
    };
    expect(say("fr", "customer-purchase-summary", { n: 1, total: "9,00 €" })).toBe("1 achat pour 9,00 €");
    expect(say("fr", "customer-purchase-summary", { n: 2, total: "9,00 €" })).toBe("2 achats pour 9,00 €");
    expect(say("en", "customer-purchase-summary", { n: 1, total: "€9.00" })).toBe("1 purchase for €9.00");
    expect(say("fr", "analysis-referred", { n: 1, b: 1, revenue: "5,00 €" })).toBe("1 recommandé, 1 acheteur, 5,00 € d'achats");
    expect(say("fr", "analysis-referred", { n: 3, b: 2, revenue: "5,00 €" })).toBe("3 recommandés, 2 acheteurs, 5,00 € d'achats");
    expect(say("fr", "cards-summary", { cards: 1, customers: 1, skipped: 0 })).toBe("1 carte pour 1 client · 0 sans carte.");
    expect(say("fr", "outlook-expected", { n: 1.26 })).toBe("1,3 achat attendu sur 12 mois");
    expect(say("en", "outlook-expected", { n: 1.26 })).toBe("1.3 purchases expected in 12 months");
    expect(say("en", "outlook-expected", { n: 1 })).toBe("1 purchase expected in 12 months");
    // Counts are grouped as the language writes them.
    expect(say("fr", "io-rows", { n: 14766 })).toBe("14\u202f766 lignes");
  });
});

describe("dates and numbers", () => {
  const at = (lang: "fr" | "nl" | "en" | "th", country: string, calendarChoice?: string) => {
    setLanguage(lang);
    setShopRegion(country, calendarChoice);
  };

  it("writes a date day first, with the month's name, in all four languages", () => {
    at("fr", "FR");
    expect(formatDate("2026-12-03")).toBe("3 déc. 2026");
    expect(formatDate("2026-12-03T12:30", true)).toBe("3 déc. 2026, 12:30");
    at("nl", "NL");
    expect(formatDate("2026-12-03")).toBe("3 dec 2026");
    at("en", "FR");
    expect(formatDate("2026-12-03")).toBe("3 Dec 2026");
    at("th", "TH");
    expect(formatDate("2026-12-05")).toBe("5 ธ.ค. 2569");
    expect(formatMonth("2026-12")).toBe("ธันวาคม 2569");
  });

  it("counts a Thai shop's years in the Buddhist Era unless it chose otherwise", () => {
    at("th", "TH");
    expect([calendar(), locale()]).toEqual(["buddhist", "th-TH-u-ca-buddhist"]);
    at("th", "TH", "gregorian");
    expect(formatMonth("2026-12")).toBe("ธันวาคม 2026");
    at("th", "FR");
    expect(calendar()).toBe("gregorian");
    at("th", "FR", "buddhist");
    expect(calendar()).toBe("buddhist");
    at("en", "TH", "buddhist");
    expect(formatMonth("2027-01")).toBe("January 2027");
  });

  it("writes numbers in the language and the shop's country", () => {
    at("fr", "FR");
    expect(formatNumber(0.318, { minimumFractionDigits: 3 })).toBe("0,318");
    expect(formatNumber(14766)).toBe("14\u202f766");
    expect(formatPercent(0.42)).toBe("42\u00a0%");
    at("nl", "NL");
    expect(formatNumber(14766.5)).toBe("14.766,5");
    at("nl", "BE");
    expect(locale()).toBe("nl-BE");
    at("en", "GB");
    expect([formatNumber(0.318), formatPercent(0.42)]).toEqual(["0.318", "42%"]);
    at("th", "TH");
    expect(formatNumber(1250.5)).toBe("1,250.5");
    at("fr", "FR");
  });
});
