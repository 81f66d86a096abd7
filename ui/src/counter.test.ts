// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { setInvoke } from "./api";
import type { CounterView } from "./api-counter";
import { setLanguage } from "./i18n";
import { renderCounter } from "./views/counter";

const view: CounterView = {
  customer_id: 7, name: "Hélène Dubœuf", stage: "client", member_number: "1000000075", loyalty_enabled: true, unit: "points",
  balance: 180, reward_now: null, next_reward: { index: 0, cost: 200, value: "10,00 €", label: "", affordable: false }, missing: 20,
  rewards: [{ index: 0, cost: 200, value: "10,00 €", label: "", affordable: false }], birthday_this_week: null, open_complaint: "Livre abîmé",
  last_purchases: [], entries: [], offers: [], say: "Achat de 24,90 € le 1 déc. : rappeler",
};

const flush = () => new Promise((r) => setTimeout(r, 0));

describe("the counter screen", () => {
  it("reads an AZERTY scan as digits, shows the customer, and sells with the amount and Enter", async () => {
    setLanguage("fr");
    const calls: [string, unknown][] = [];
    setInvoke(async (cmd, args) => {
      calls.push([cmd, args]);
      if (cmd === "counter_find") return { found: "customer", by: "member_number", view };
      if (cmd === "counter_sale") return { purchase_id: 9, earned: 24, expired: 0, view: { ...view, balance: 204 } };
      return null;
    });
    document.body.innerHTML = "<main></main>";
    const main = document.querySelector("main")!;
    await renderCounter(main);
    const scan = document.getElementById("counter-scan") as HTMLInputElement;
    const azerty: Record<string, string> = { "1": "&", "0": "à", "7": "è", "5": "(" };
    for (const c of "1000000075") scan.dispatchEvent(new KeyboardEvent("keydown", { code: `Digit${c}`, key: azerty[c], bubbles: true, cancelable: true }));
    expect(scan.value).toBe("1000000075");
    scan.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", code: "Enter", bubbles: true, cancelable: true }));
    await flush();
    expect(calls.find(([c]) => c === "counter_find")?.[1]).toEqual({ text: "1000000075" });
    expect(document.getElementById("counter-name")?.textContent).toContain("Hélène Dubœuf");
    expect(document.getElementById("counter-balance")?.textContent).toBe("180 points");
    expect(document.getElementById("counter-next")?.textContent).toContain("20");
    expect(document.getElementById("counter-complaint")?.textContent).toContain("Livre abîmé");
    expect(document.getElementById("counter-say")?.textContent).toContain("rappeler");
    const amount = document.getElementById("counter-amount") as HTMLInputElement;
    expect(document.activeElement).toBe(amount);
    amount.value = "24,90";
    amount.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
    await flush();
    const sale = calls.find(([c]) => c === "counter_sale")?.[1] as { sale: { customer_id: number; amount: string } };
    expect(sale.sale).toMatchObject({ customer_id: 7, amount: "24,90", accept_anyway: false });
    expect(document.getElementById("counter-earned")?.textContent).toContain("+24");
    expect(document.activeElement).toBe(scan);
  });

  it("says a misread card is not a card number", async () => {
    setLanguage("en");
    setInvoke(async (cmd) => (cmd === "counter_find" ? { found: "nothing", reason: "member_number_check" } : null));
    document.body.innerHTML = "<main></main>";
    await renderCounter(document.querySelector("main")!);
    const scan = document.getElementById("counter-scan") as HTMLInputElement;
    scan.value = "1000000019";
    scan.dispatchEvent(new Event("input"));
    scan.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
    await flush();
    expect(document.getElementById("counter-nothing")?.textContent).toContain("not a card number");
  });
});
