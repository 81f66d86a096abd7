import { describe, expect, it } from "vitest";
import type { CustomerRow } from "./api";
import { setLanguage } from "./i18n";
import { activeFilters, contactText, emptyArrangement, hitLine } from "./views/customers";

const row = (hit: CustomerRow["hit"]): CustomerRow => ({
  id: 1, name: "Hélène Dubœuf", company: "", city: "Lyon", email: "h@exemple.fr", phone: "06 12 34 56 78",
  purchases: 2, total: "12,00 €", last_purchase: null, hit,
});

describe("the customer list", () => {
  it("shows the phone or e-mail a search matched in the contact column", () => {
    expect(contactText(row(null))).toBe("h@exemple.fr");
    expect(contactText(row({ field: "phone", text: "04 78 00 00 01" }))).toBe("04 78 00 00 01");
    expect(contactText(row({ field: "email", text: "pro@atelier.fr" }))).toBe("pro@atelier.fr");
    expect(hitLine(row({ field: "phone", text: "04 78" }))).toBeNull();
  });

  it("says which other field a search matched", () => {
    setLanguage("fr");
    expect(hitLine(row({ field: "tag", text: "polars" }))).toBe("étiquette : polars");
    expect(hitLine(row({ field: "notes", text: "…de Fred Vargas…" }))).toBe("note : …de Fred Vargas…");
    setLanguage("en");
    expect(hitLine(row({ field: "postal_code", text: "69003" }))).toBe("postcode: 69003");
  });

  it("counts the filters set", () => {
    expect(activeFilters(emptyArrangement())).toBe(0);
    expect(activeFilters({ ...emptyArrangement(), tag: "bd", city: "Lyon", birthday_this_month: true, sort: "total" })).toBe(3);
  });
});
