import { describe, expect, it } from "vitest";
import { setLanguage } from "./i18n";
import { timelineLine } from "./views/customer-file";
import { openFor } from "./views/customer";

describe("timeline", () => {
  it("says what each entry records, customer text as text", () => {
    setLanguage("fr");
    const card = timelineLine({ type: "card", at: "2026-12-01T10:00", card: { run_id: 1, kind: "monthly", occasion: "2026-12", design: "m12", offer_percent: 10, offer_code: "M2612-1X9" } });
    expect(card.textContent).toContain("Carte envoyée : 2026-12");
    const consent = timelineLine({ type: "consent", at: "2026-03-02T09:00", consent: { channel: "email", granted: false, at: "2026-03-02T09:00", source: "app" } });
    expect(consent.textContent).toContain("e-mail : retiré");
    const up = timelineLine({ type: "ladder", at: "2026-05-31T23:59:59", ladder: { month_end: "2026-05-31", from: "customer", to: "client", manual: false } });
    expect(up.textContent).toContain("Monte sur l'échelle : Client → Client régulier");
    const down = timelineLine({ type: "ladder", at: "2026-06-30T23:59:59", ladder: { month_end: "2026-06-30", from: "supporter", to: "client", manual: false } });
    expect(down.textContent).toContain("Descend sur l'échelle : Fidèle → Client régulier");
    const byHand = timelineLine({ type: "ladder", at: "2026-06-30T23:59:59", ladder: { month_end: "2026-06-30", from: null, to: "partner", manual: true } });
    expect(byHand.textContent).toContain("Étape fixée à la main : Partenaire");
    const hostile = "<img src=x onerror=alert(1)>";
    const interaction = timelineLine({
      type: "interaction",
      at: "2026-03-02T09:00",
      interaction: { id: 1, customer_id: 1, customer_name: null, kind: "complaint", status: "open", at: "2026-03-02T09:00", summary: hostile, details: "", due: null, resolution: "", resolved_at: null, age_days: 3, overdue: false },
    });
    expect(interaction.querySelector("img")).toBeNull();
    expect(interaction.textContent).toContain(hostile);
  });

  it("shows a resolution as its own dated entry, with how", () => {
    setLanguage("fr");
    const resolved = timelineLine({
      type: "resolved",
      at: "2026-03-04T11:00",
      interaction: { id: 1, customer_id: 1, customer_name: null, kind: "complaint", status: "resolved", at: "2026-03-02T09:00", summary: "Livre abîmé", details: "", due: null, resolution: "Exemplaire échangé", resolved_at: "2026-03-04T11:00", age_days: 2, overdue: false },
    });
    expect(resolved.textContent).toContain("4 mars 2026");
    expect(resolved.textContent).toContain("Résolu : Réclamation « Livre abîmé » — Exemplaire échangé");
  });
});

describe("a complaint's age", () => {
  it("reads today, 1 day, n days in French and English", () => {
    setLanguage("fr");
    expect([0, 1, 5].map(openFor)).toEqual(["ouvert aujourd'hui", "ouvert depuis 1 jour", "ouvert depuis 5 jours"]);
    setLanguage("en");
    expect([0, 1, 5].map(openFor)).toEqual(["opened today", "open for 1 day", "open for 5 days"]);
  });
});
