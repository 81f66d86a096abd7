import { describe, expect, it } from "vitest";
import { LANGUAGES, setLanguage, sourcesOf, t } from "./i18n";
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
});
