import { describe, expect, it } from "vitest";
import { parseRoute } from "./router";
import { visibleRange } from "./virtual-list";
import { birthdayValue, daysInMonth } from "./views/customer-form";

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
    expect(parseRoute("#/settings")).toEqual({ view: "settings" });
    expect(parseRoute("#/import-export")).toEqual({ view: "import-export" });
    expect(parseRoute("#/cards")).toEqual({ view: "cards", tab: "month" });
    expect(parseRoute("#/cards/occasions")).toEqual({ view: "cards", tab: "occasions" });
    expect(parseRoute("#/cards/follow-up")).toEqual({ view: "cards", tab: "follow-up" });
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

describe("birthday field", () => {
  it("builds the forms the backend reads", () => {
    expect(birthdayValue("29", "2", "")).toBe("--02-29");
    expect(birthdayValue("7", "3", "1984")).toBe("1984-03-07");
    // The day picker follows the month: never 31 February or 31 April.
    expect([daysInMonth("2", ""), daysInMonth("2", "1984"), daysInMonth("2", "1983"), daysInMonth("2", "1900"), daysInMonth("2", "2000")]).toEqual([29, 29, 28, 28, 29]);
    expect([daysInMonth("4", ""), daysInMonth("11", "1990"), daysInMonth("1", ""), daysInMonth("", "")]).toEqual([30, 30, 31, 31]);
    expect(birthdayValue("", "", "")).toBe("");
    expect(birthdayValue("", "", "1984")).toBe("1984--");
  });
});
