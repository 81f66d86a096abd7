import { afterEach, describe, expect, it } from "vitest";
import { birthdayInput, dateInput, dateTimeInput, daysIn, monthInput, parseTime, type DateInput } from "./date-field";
import { setLanguage, setShopRegion } from "./i18n";

const select = (el: HTMLElement, part: string) => el.querySelector<HTMLSelectElement>(`[id$="-${part}"]`)!;
const year = (el: HTMLElement) => el.querySelector<HTMLInputElement>('[id$="-year"]')!;
const order = (input: DateInput) => [...input.element.children].map((c) => c.id.split("-").pop());
function choose(input: DateInput, day: string, month: string, y: string): void {
  if (day) select(input.element, "day").value = day;
  select(input.element, "month").value = month;
  select(input.element, "month").dispatchEvent(new Event("change"));
  if (day) select(input.element, "day").value = day;
  year(input.element).value = y;
  year(input.element).dispatchEvent(new Event("change"));
}

afterEach(() => {
  setLanguage("fr");
  setShopRegion("FR");
});

describe("the date field", () => {
  it("puts the day first and names the months in the interface's language", () => {
    for (const [lang, january] of [["fr", "janvier"], ["nl", "januari"], ["en", "January"], ["th", "มกราคม"]] as const) {
      setLanguage(lang);
      const input = dateInput("d");
      expect(order(input), lang).toEqual(["day", "month", "year"]);
      expect(select(input.element, "month").options[1].textContent, lang).toBe(january);
      expect(select(input.element, "day").getAttribute("aria-label"), lang).toBeTruthy();
    }
  });

  it("sends ISO whatever it shows, and shows what it was given", () => {
    setLanguage("en");
    const input = dateInput("d", "2026-12-03");
    expect([select(input.element, "day").value, select(input.element, "month").value, year(input.element).value]).toEqual(["3", "12", "2026"]);
    expect(input.value()).toBe("2026-12-03");
    choose(input, "5", "1", "2027");
    expect(input.value()).toBe("2027-01-05");
  });

  it("writes a Thai shop's years in the Buddhist Era and sends them in the Common Era", () => {
    setLanguage("th");
    setShopRegion("TH");
    const input = dateInput("d", "2026-12-05");
    expect(year(input.element).value).toBe("2569");
    choose(input, "13", "4", "2570");
    expect(input.value()).toBe("2027-04-13");
    // A Thai interface in a shop that chose the Common Era keeps it.
    setShopRegion("TH", "gregorian");
    expect(year(dateInput("e", "2026-12-05").element).value).toBe("2026");
    // And French stays in the Common Era in any shop.
    setLanguage("fr");
    setShopRegion("TH", "buddhist");
    expect(year(dateInput("f", "2026-12-05").element).value).toBe("2026");
  });

  it("says when a date is half chosen, and is empty when nothing is", () => {
    const input = dateInput("d");
    expect([input.value(), input.problem()]).toEqual(["", null]);
    select(input.element, "day").value = "3";
    expect(input.problem()).toBe("date-incomplete");
    choose(input, "3", "12", "26");
    expect(input.problem()).toBe("date-bad-year");
    expect(input.value()).toBe("");
  });

  it("tells its listeners only of whole dates", () => {
    const input = monthInput("m", "2027-01");
    expect(input.value()).toBe("2027-01");
    expect(order(input)).toEqual(["month", "year"]);
    let heard = 0;
    input.onChange(() => heard++);
    year(input.element).value = "20";
    year(input.element).dispatchEvent(new Event("change"));
    expect(heard).toBe(0);
    year(input.element).value = "2028";
    year(input.element).dispatchEvent(new Event("change"));
    expect([heard, input.value()]).toEqual([1, "2028-01"]);
  });

  it("takes a time of day as people write it", () => {
    expect([parseTime("12:30"), parseTime("9h05"), parseTime("14.00"), parseTime("14"), parseTime("25:00"), parseTime("midi")]).toEqual([[12, 30], [9, 5], [14, 0], [14, 0], null, null]);
    const input = dateTimeInput("t", "2026-12-03T09:15");
    expect(input.value()).toBe("2026-12-03T09:15");
    input.element.querySelector<HTMLInputElement>('[id$="-time"]')!.value = "";
    expect(input.value()).toBe("2026-12-03");
    input.element.querySelector<HTMLInputElement>('[id$="-time"]')!.value = "9 heures";
    expect(input.problem()).toBe("date-bad-time");
  });
});

describe("the birthday field", () => {
  it("has an optional year and builds the forms the backend reads", () => {
    const input = birthdayInput("b");
    choose(input, "29", "2", "");
    expect(input.value()).toBe("--02-29");
    choose(input, "7", "3", "1984");
    expect(input.value()).toBe("1984-03-07");
    expect(birthdayInput("c", "--12-25").value()).toBe("--12-25");
  });

  it("never offers 31 February or 31 April", () => {
    expect([daysIn(2, null), daysIn(2, 1984), daysIn(2, 1983), daysIn(2, 1900), daysIn(2, 2000)]).toEqual([29, 29, 28, 28, 29]);
    expect([daysIn(4, null), daysIn(11, 1990), daysIn(1, null), daysIn(0, null)]).toEqual([30, 30, 31, 31]);
    const input = birthdayInput("b", "--01-31");
    choose(input, "", "2", "");
    const days = [...select(input.element, "day").options].map((o) => o.value).filter(Boolean);
    expect(days.at(-1)).toBe("29");
    expect(select(input.element, "day").value).toBe("");
    year(input.element).value = "1983";
    year(input.element).dispatchEvent(new Event("input"));
    expect([...select(input.element, "day").options].at(-1)!.value).toBe("28");
  });
});
