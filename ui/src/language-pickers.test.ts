import { afterEach, describe, expect, it } from "vitest";
import { setInvoke } from "./api";
import { setLanguage, setShopRegion } from "./i18n";
import { renderSettings } from "./views/settings";
import { renderWelcome } from "./views/welcome";

const shop = { name: "", address_line1: "", address_line2: "", postal_code: "", city: "", country: "TH", language: "th", currency: "THB", phone: "", email: "", signature: "", margin_percent: 30 };

/** A backend with one shop: answers what the screens ask and keeps what they send. */
function backend(withCalendar: boolean) {
  const calls: [string, unknown][] = [];
  setInvoke(async (cmd, args) => {
    calls.push([cmd, args]);
    switch (cmd) {
      case "get_settings": return { ui_language: "fr", calendar: withCalendar ? "buddhist" : "gregorian", shop: withCalendar ? { ...shop, name: "ร้านหนังสือ" } : shop };
      case "app_info": return { version: "1", commit: "3f2a9c41d0be", db_path: "/tmp/shop.db", schema_version: 7, ui_language: "fr", shop_name: "", customers: 0, read_only: false };
      case "get_ladder_settings": return { supporter_min_purchases: 3, drift_threshold_percent: 50, discount_rate_percent: 10 };
      case "backup_info": return { dir: "/tmp", keep: 7, latest: null };
      case "update_settings": return { check_at_start: false, current_version: "0.1.0", offer: null };
      case "lock_status": return { locked: false, encrypted: false, db_path: "/tmp/shop.db" };
      case "loyalty_rules": return { enabled: false, unit: "points", points_per_unit: 1, stamp_min: "", rewards: [{ cost: 200, value: "10.00", label: "" }], expiry_months: 0, birthday_double: false, stage_bonus: [0, 0, 0, 0, 0, 0] };
      case "printer_offset": return { x_mm: -1.5, y_mm: 0 };
      default: return null;
    }
  });
  return calls;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  setInvoke(() => Promise.reject(new Error("no backend")));
  setLanguage("fr");
  setShopRegion("FR");
});

describe("the language pickers", () => {
  it("Settings offers the four languages, each in its own words, and saves the choice", async () => {
    setLanguage("fr");
    const calls = backend(true);
    const main = document.createElement("main");
    let changed = 0;
    await renderSettings(main, async () => void changed++);
    const picker = main.querySelector<HTMLSelectElement>("#ui-language")!;
    expect([...picker.options].map((o) => [o.value, o.textContent])).toEqual([["fr", "Français"], ["nl", "Nederlands"], ["en", "English"], ["th", "ไทย"]]);
    picker.value = "th";
    picker.dispatchEvent(new Event("change"));
    await settle();
    expect(calls).toContainEqual(["set_ui_language", { language: "th" }]);
    expect(changed).toBe(1);
    // The calendar the backend keeps is shown beside the shop, and saved back with it.
    const calendar = main.querySelector<HTMLSelectElement>("#f-calendar")!;
    expect(calendar.value).toBe("buddhist");
    main.querySelector<HTMLFormElement>("#shop-form")!.dispatchEvent(new Event("submit"));
    await settle();
    await settle();
    expect(calls.some(([cmd]) => cmd === "set_shop_profile")).toBe(true);
    expect(calls).toContainEqual(["set_calendar", { calendar: "buddhist" }]);
  });

  it("the first run sets up a Thai shop in Thai: the interface follows the shop's language", async () => {
    setLanguage("fr");
    const calls = backend(false);
    const main = document.createElement("main");
    await renderWelcome(main, async () => {});
    expect([...main.querySelectorAll<HTMLOptionElement>("#setup-language option")].map((o) => o.value)).toEqual(["fr", "nl", "en", "th"]);
    expect([...main.querySelectorAll<HTMLOptionElement>("#setup-country option")].map((o) => o.value)).toContain("TH");
    expect(main.querySelector<HTMLSelectElement>("#setup-currency")!.value).toBe("THB");
    main.querySelector<HTMLInputElement>("#setup-name")!.value = "ร้านหนังสือริมน้ำ";
    main.querySelector<HTMLFormElement>("#setup-form")!.dispatchEvent(new Event("submit"));
    await settle();
    expect(calls).toContainEqual(["set_ui_language", { language: "th" }]);
    expect(document.documentElement.lang).toBe("th");
  });
});
