import { describe, expect, it } from "vitest";
import { parseRoute } from "./router";
import { visibleRange } from "./virtual-list";

describe("routes", () => {
  it("reads every view", () => {
    expect(parseRoute("")).toEqual({ view: "customers" });
    expect(parseRoute("#/customers/42")).toEqual({ view: "customer", id: 42 });
    expect(parseRoute("#/customers/42/edit")).toEqual({ view: "customer-edit", id: 42 });
    expect(parseRoute("#/customers/new")).toEqual({ view: "customer-new" });
    expect(parseRoute("#/customers/duplicates")).toEqual({ view: "duplicates" });
    expect(parseRoute("#/customers/archived")).toEqual({ view: "customers-archived" });
    expect(parseRoute("#/customers/abc")).toEqual({ view: "customers" });
    expect(parseRoute("#/dashboard")).toEqual({ view: "dashboard" });
    expect(parseRoute("#/campaigns")).toEqual({ view: "campaigns" });
    expect(parseRoute("#/settings")).toEqual({ view: "settings" });
    expect(parseRoute("#/import-export")).toEqual({ view: "import-export" });
    expect(parseRoute("#/cards")).toEqual({ view: "cards", tab: "month" });
    expect(parseRoute("#/cards/occasions")).toEqual({ view: "cards", tab: "occasions" });
    expect(parseRoute("#/cards/follow-up")).toEqual({ view: "cards", tab: "follow-up" });
    expect(parseRoute("#/cards/loyalty")).toEqual({ view: "cards", tab: "loyalty" });
    expect(parseRoute("#/cards/nonsense")).toEqual({ view: "cards", tab: "month" });
  });
});

describe("virtual list", () => {
  it("draws only what is in view, plus overscan", () => {
    expect(visibleRange(0, 440, 44, 100000, 8)).toEqual([0, 18]);
    expect(visibleRange(44 * 1000, 440, 44, 100000, 8)).toEqual([992, 1018]);
    expect(visibleRange(0, 440, 44, 3, 8)).toEqual([0, 3]);
    expect(visibleRange(0, 440, 44, 0, 8)).toEqual([0, 0]);
  });
});
