import { describe, expect, it } from "vitest";
import type { CardRunView } from "./api-cards";
import { setLanguage } from "./i18n";
import { cardPreview, isoWeek, monthLabel, otherLanguages } from "./views/cards";

const run: CardRunView = {
  kind: "monthly", period: "2026-03", design: "month-10", language: "fr", greeting: "Joyeux Halloween", message: "Nous pensons à vous.",
  signature: "Camille", shop_name: "Les Mots Bleus", shop_address: ["12 rue Mercière", "69002 Lyon"],
  cards: [{
    customer_id: 7, members: [7], name: "<img src=x onerror=alert(1)>", salutation: "Chère Madame <b>Dubœuf</b>",
    language: "fr", greeting: "Joyeux Halloween", message: "Nous pensons à vous.",
    personal_kind: "offer", personal: "−10 % sur votre prochain achat.", offer_code: "M2603-07X",
    offer_line: "Code avantage : M2603-07X", offer_percent: 10,
    stage: "client", address: ["<img src=x onerror=alert(1)>", "3 rue des Lilas", "69003 Lyon"], recorded: false,
  }],
  skipped: [], skipped_counts: {}, customers: 1, household_members: 0, new_cards: 1, stages: "ladder", held_out: 0, holdout_percent: 0,
};

describe("card preview", () => {
  it("draws the card's words as text, in the design's colours", () => {
    setLanguage("fr");
    const el = cardPreview(run, run.cards[0], run.greeting, run.message);
    expect(el.querySelector(".card-salutation")?.textContent).toBe("Chère Madame <b>Dubœuf</b>,");
    expect(el.querySelector("img, b")).toBeNull();
    expect(el.querySelector(".card-code")?.textContent).toBe("Code avantage : M2603-07X");
    expect(el.querySelector(".card-address")?.textContent).toContain("3 rue des Lilas");
    // A dark band (October) gets a white greeting.
    expect(el.style.getPropertyValue("--card-greeting")).toBe("#ffffff");
    expect(el.style.getPropertyValue("--card-band")).toBe("#3b2550");
  });

  it("counts the cards written in another language than the shop's", () => {
    setLanguage("fr");
    expect(otherLanguages(run)).toBe("");
    const card = run.cards[0];
    const mixed = { ...run, cards: [card, { ...card, language: "nl" as const }, { ...card, language: "nl" as const }, { ...card, language: "en" as const }] };
    expect(otherLanguages(mixed)).toBe(" Dont 1 EN et 2 NL dans leur langue.");
  });

  it("names ISO weeks across the year's edges", () => {
    expect(isoWeek(new Date(2026, 2, 9))).toBe("2026-W11");
    expect(isoWeek(new Date(2027, 0, 1))).toBe("2026-W53");
    expect(isoWeek(new Date(2024, 11, 30))).toBe("2025-W01");
  });
});

describe("the month's heading", () => {
  it("names the month and says it is the coming one", () => {
    setLanguage("fr");
    const today = new Date(2026, 11, 3);
    expect(monthLabel("2027-01", today)).toBe("Cartes de janvier 2027 (le mois prochain)");
    expect(monthLabel("2026-12", today)).toBe("Cartes de décembre 2026 (ce mois-ci)");
    expect(monthLabel("2027-03", today)).toBe("Cartes de mars 2027");
    setLanguage("en");
    expect(monthLabel("2027-01", today)).toBe("Cards for January 2027 (next month)");
  });
});
