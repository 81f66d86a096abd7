import { describe, expect, it } from "vitest";
import { bucketSeries, paretoHeadline } from "./api-analysis";
import { setLanguage } from "./i18n";
import { outlookCard } from "./views/customer";

describe("analysis views", () => {
  it("draws the leaky bucket with losses below zero", () => {
    const s = bucketSeries([
      { month: "2026-01", new: 5, reactivated: 2, lost: 3, active: 40, repurchase_rate: null, retention_rate: null },
      { month: "2026-02", new: 1, reactivated: 0, lost: 0, active: 41, repurchase_rate: 0.2, retention_rate: 0.9 },
    ]);
    expect(s).toEqual({ labels: ["2026-01", "2026-02"], gained: [7, 1], lost: [-3, -0], active: [40, 41] });
  });

  it("rounds the Pareto headline", () => {
    expect(paretoHeadline({ gold_customers: 17, gold_share_of_buyers: 0.1749, gold_share_of_margin: 0.8012, curve: [] })).toEqual({ customers: 17, margin: 80 });
  });

  it("explains the outlook in words", () => {
    setLanguage("en");
    const card = outlookCard({
      stage: "partner", manual_stage: true, segment: "cant_lose_them", p_alive: 0.237, expected_purchases_12m: 1.26,
      clv_12m: "€42.10", basis: "model", note: "one_time_buyer", drifting_reason: "came every 3 weeks; last visit 4 months ago",
    });
    expect(card.querySelector("#stage")!.textContent).toBe("Partner");
    expect(card.textContent).toContain("set by hand");
    expect(card.textContent).not.toContain("24%"); // not shown for a one-time buyer
    const repeat = outlookCard({ stage: "client", manual_stage: false, segment: null, p_alive: 0.237, expected_purchases_12m: 1, clv_12m: "€1.00", basis: "model", note: "repeat", drifting_reason: null });
    expect(repeat.textContent).toContain("24%");
    setLanguage("fr");
    expect(outlookCard({ stage: "client", manual_stage: false, segment: null, p_alive: 0.237, expected_purchases_12m: 1.26, clv_12m: "1,00 €", basis: "model", note: "repeat", drifting_reason: null }).textContent).toContain("24\u00a0%");
    setLanguage("en");
    expect(card.textContent).toContain("Can't lose them");
    expect(card.querySelector("#outlook-why")!.textContent).toContain("One purchase only");
    const historic = outlookCard({ stage: null, manual_stage: false, segment: null, p_alive: null, expected_purchases_12m: 2, clv_12m: "€5.00", basis: "historic", note: "repeat", drifting_reason: null });
    expect(historic.querySelector("#outlook-why")!.textContent).toContain("Not yet enough regular customers");
    // A brand-new customer in a shop without a model: what is true for them, not the shop.
    const brandNew = outlookCard({ stage: "prospect", manual_stage: false, segment: null, p_alive: null, expected_purchases_12m: 0, clv_12m: "€0.00", basis: "historic", note: "no_purchase", drifting_reason: null });
    expect(brandNew.querySelector("#outlook-why")!.textContent).toContain("after their first purchase");
    expect(brandNew.textContent).not.toContain("model");
  });

  it("sets the stage by hand, or back to automatic", async () => {
    setLanguage("fr");
    const calls: (string | null)[] = [];
    const card = outlookCard(
      { stage: "client", manual_stage: false, segment: null, p_alive: null, expected_purchases_12m: null, clv_12m: null, basis: null, note: null, drifting_reason: null },
      async (stage) => {
        calls.push(stage);
      },
    );
    const select = card.querySelector<HTMLSelectElement>("#manual-stage")!;
    expect(select.value).toBe("");
    select.value = "partner";
    select.dispatchEvent(new Event("change"));
    select.value = "";
    select.dispatchEvent(new Event("change"));
    expect(calls).toEqual(["partner", null]);
  });
});
