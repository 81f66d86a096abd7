import { api, type Lang, type ShopView } from "../api";
import { h, mount } from "../dom";
import { LANGUAGES, locale, setLanguage, setShopRegion, t } from "../i18n";
import { go } from "../router";
import { clearErrors, field, input, showErrors } from "./forms";
import { logoRow } from "./settings";

/**
 * Shown when the customer file is empty. On a new file (no shop name yet) a short setup asks
 * for what every card prints (the shop's name, address, language, currency, logo, country);
 * the demo shop stays one click away. Then: the first customer, or the demo.
 */
export async function renderWelcome(main: HTMLElement, refresh: () => Promise<void>): Promise<void> {
  const settings = await api.settings();
  const demo = h("button", { id: "load-demo", class: settings.shop.name ? "primary" : "" }, t("welcome-demo"));
  const status = h("p", { class: "muted", "aria-live": "polite" });
  demo.addEventListener("click", async () => {
    demo.setAttribute("disabled", "");
    status.textContent = t("welcome-loading");
    try {
      await api.loadDemo(500);
      await refresh();
    } catch (err) {
      // A read-only file, a full disk: said in words, and the button ready again.
      status.textContent = err instanceof Error ? err.message : String(err);
      demo.removeAttribute("disabled");
    }
  });
  const next = h("div", { class: "actions" }, demo, h("button", { id: "add-first", onclick: () => go("/customers/new") }, t("welcome-add")));
  if (settings.shop.name) {
    return mount(main, h("section", { class: "welcome card" }, h("h1", {}, t("welcome-title")), h("p", {}, t("welcome-body")), next, status));
  }
  mount(
    main,
    h(
      "section",
      { class: "welcome setup card" },
      h("h1", {}, t("welcome-title")),
      h("p", {}, t("setup-intro")),
      setupForm(settings.shop, refresh),
      h("p", { class: "muted setup-or" }, t("setup-or-demo")),
      h("div", { class: "actions" }, demo),
      status,
    ),
  );
  main.querySelector<HTMLInputElement>("#setup-name")?.focus();
}

const CURRENCIES = ["EUR", "CHF", "GBP", "USD", "CAD", "THB"];
const COUNTRIES = ["FR", "BE", "CH", "LU", "NL", "CA", "GB", "DE", "ES", "IT", "TH"];

function setupForm(shop: ShopView, done: () => Promise<void>): HTMLFormElement {
  const name = input({ id: "setup-name", value: shop.name, "aria-required": "true", autocomplete: "organization" });
  const line1 = input({ id: "setup-address", value: shop.address_line1, autocomplete: "address-line1" });
  const postal = input({ id: "setup-postal", value: shop.postal_code, autocomplete: "postal-code" });
  const city = input({ id: "setup-city", value: shop.city, autocomplete: "address-level2" });
  const country = h("select", { id: "setup-country" }, COUNTRIES.map((c) => h("option", { value: c }, countryName(c))));
  country.value = COUNTRIES.includes(shop.country) ? shop.country : "FR";
  const language = h("select", { id: "setup-language" }, LANGUAGES.map((l) => h("option", { value: l, lang: l }, t(`lang-${l}`))));
  language.value = shop.language;
  const currency = h("select", { id: "setup-currency" }, CURRENCIES.map((c) => h("option", { value: c }, c)));
  currency.value = CURRENCIES.includes(shop.currency) ? shop.currency : "EUR";
  const summary = h("p", { class: "form-summary", "aria-live": "polite" });
  const form = h(
    "form",
    { id: "setup-form", class: "setup-form" },
    h(
      "div",
      { class: "grid" },
      field(t("settings-shop-name"), name, "name"),
      field(t("form-address_line1"), line1, "address_line1"),
      field(t("form-postal_code"), postal, "postal_code"),
      field(t("form-city"), city, "city"),
      field(t("form-country"), country, "country"),
      field(t("settings-shop-language"), language, "language"),
      field(t("settings-currency"), currency, "currency"),
    ),
    logoRow(Boolean(shop.has_logo)),
    summary,
    h("div", { class: "actions" }, h("button", { type: "submit", class: "primary", id: "setup-save" }, t("setup-save"))),
  );
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    if (!name.value.trim()) {
      clearErrors(form);
      summary.textContent = t("setup-name-needed");
      name.focus();
      return;
    }
    try {
      const { has_logo: _, ...current } = shop;
      await api.setShopProfile({
        ...current,
        name: name.value.trim(),
        address_line1: line1.value,
        postal_code: postal.value,
        city: city.value,
        country: country.value,
        language: language.value,
        currency: currency.value,
        signature: current.signature || name.value.trim(),
      });
      // The app speaks the shop's language, in the shop's country.
      await api.setUiLanguage(language.value as Lang);
      setLanguage(language.value as Lang);
      setShopRegion(country.value);
      await done();
    } catch (err) {
      showErrors(form, summary, err, t("form-fix"));
    }
  });
  return form;
}

function countryName(code: string): string {
  try {
    return new Intl.DisplayNames([locale()], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}
