import { describe, expect, it } from "vitest";
import { setLanguage } from "./i18n";
import { methodText, verdictText } from "./views/campaigns";

describe("campaign verdicts", () => {
  const effect = { code: "effect", direction: "more", per_100: 6, low: 2, high: 10, margin: "+310,00 €", cost: "240,00 €" } as const;

  it("say how many more customers per 100 came back, with the interval, the margin and the cost", () => {
    setLanguage("fr");
    expect(verdictText(effect, "2026-11", 11)).toBe(
      "Les cartes de novembre 2026 ont fait revenir environ 6 clients de plus sur 100 (entre 2 et 10) : +310,00 € de marge, pour 240,00 € de cartes",
    );
    expect(verdictText({ ...effect, code: "too_early" }, "2026-04", 4)).toBe("Trop tôt pour conclure sur les cartes d’avril 2026");
    setLanguage("en");
    expect(verdictText({ ...effect, direction: "fewer" }, "2026-11", 11)).toContain("6 fewer customers back per 100 (between 2 and 10)");
    expect(verdictText({ ...effect, code: "no_measurable_effect" }, "2026-11", 11)).toContain("no measurable difference");
  });

  it("say which interval and why", () => {
    setLanguage("en");
    expect(methodText({ estimate: 0.05, low: 0.01, high: 0.09, method: "welch", smallest: null }, 10)).toContain("at least 10");
    expect(methodText({ estimate: 0.05, low: -0.1, high: 0.2, method: "bootstrap", smallest: 3 }, 10)).toContain("only 3");
  });
});
