import { describe, expect, it } from "vitest";
import { setLanguage, t, tables } from "./i18n";

describe("i18n", () => {
  it("French and English have the same keys, none empty", () => {
    const fr = Object.keys(tables.fr).sort();
    const en = Object.keys(tables.en).sort();
    expect(en).toEqual(fr);
    for (const lang of ["fr", "en"] as const) {
      for (const [k, v] of Object.entries(tables[lang])) expect(v.trim(), `${lang} ${k}`).not.toBe("");
    }
  });

  it("fills placeholders in the chosen language", () => {
    setLanguage("en");
    expect(t("customers.count", { n: 3 })).toBe("3 customers");
    setLanguage("fr");
    expect(t("customers.count", { n: 3 })).toBe("3 clients");
    expect(document.documentElement.lang).toBe("fr");
  });
});
