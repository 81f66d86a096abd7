// The app frame: navigation on the left, the current view on the right.

import { api, AppError, type Lang } from "./api";
import { h, mount } from "./dom";
import { LANGUAGES, setLanguage, setShopRegion, t, type Key } from "./i18n";
import { parseRoute, type Route } from "./router";
import { renderCards } from "./views/cards";
import { renderCustomer } from "./views/customer";
import { renderCustomerForm } from "./views/customer-form";
import { renderCustomers, showArchived } from "./views/customers";
import { renderDuplicates } from "./views/duplicates";
import { noticeRegion } from "./notice";
import { renderDashboard } from "./views/dashboard";
import { renderImportExport } from "./views/import-export";
import { renderSettings } from "./views/settings";
import { renderCounter } from "./views/counter";
import { renderCampaigns } from "./views/campaigns";
import { renderWelcome } from "./views/welcome";
import { passphraseApi } from "./api-passphrase";
import { renderUnlock } from "./views/unlock";
import { installShortcuts } from "./shortcuts";
import { askBeforeClosing } from "./closing";

const NAV: { view: Route["view"]; href: string; label: Key }[] = [
  { view: "customers", href: "#/customers", label: "nav-customers" },
  { view: "counter", href: "#/counter", label: "nav-counter" },
  { view: "dashboard", href: "#/dashboard", label: "nav-dashboard" },
  { view: "cards", href: "#/cards", label: "nav-cards" },
  { view: "campaigns", href: "#/campaigns", label: "nav-campaigns" },
  { view: "import-export", href: "#/import-export", label: "nav-import-export" },
  { view: "settings", href: "#/settings", label: "nav-settings" },
];

const root = document.getElementById("app")!;
const main = h("main", { id: "view" });
// -- read-only banner (issue 14): above every page while the file cannot be written --
const banner = h("div", { id: "read-only-banner", class: "banner", role: "status", hidden: true });
function drawBanner(readOnly: boolean): void {
  banner.hidden = !readOnly;
  banner.textContent = readOnly ? t("app-read-only-banner") : "";
}
// -- end read-only banner --
const nav = h("nav", { class: "sidebar", "aria-label": "Fidèle" });

function drawNav(route: Route): void {
  const section = route.view.startsWith("customer") ? "customers" : route.view;
  mount(
    nav,
    h("div", { class: "brand" }, "Fidèle"),
    NAV.map((item) =>
      h("a", { href: item.href, id: `nav-${item.view}`, class: item.view === section ? "active" : "" }, t(item.label)),
    ),
  );
}

export function showError(target: Element, error: unknown): void {
  const message = error instanceof AppError ? error.message : String(error);
  mount(target, h("div", { class: "error", role: "alert" }, h("strong", {}, t("app-error")), " ", message));
}

let renderToken = 0;

export async function render(): Promise<void> {
  const token = ++renderToken;
  const route = parseRoute(location.hash);
  drawNav(route);
  mount(main, h("p", { class: "muted" }, t("app-loading")));
  try {
    if (route.view === "customers") {
      const info = await api.appInfo();
      if (token !== renderToken) return;
      if (info.customers === 0) return await renderWelcome(main, render);
      return await renderCustomers(main);
    }
    switch (route.view) {
      case "customer":
        return await renderCustomer(main, route.id);
      case "duplicates":
        return await renderDuplicates(main);
      case "customers-archived":
        // The archived are a filter of the list now: the old address still finds them.
        showArchived();
        history.replaceState(null, "", "#/customers");
        return await renderCustomers(main);
      case "customer-new":
        return await renderCustomerForm(main, null);
      case "customer-edit":
        return await renderCustomerForm(main, route.id);
      case "dashboard":
        return await renderDashboard(main);
      case "cards":
        return await renderCards(main, route.tab);
      case "campaigns":
        return await renderCampaigns(main);
      case "import-export":
        return await renderImportExport(main);
      case "counter":
        return await renderCounter(main);
      case "settings":
        return await renderSettings(main, async () => {
          await start();
        });
    }
  } catch (e) {
    // The file was closed and is locked again (a restore that could not finish): unlock it.
    if (e instanceof AppError && e.kind === "needs_passphrase") return start();
    if (token === renderToken) showError(main, e);
  }
}

/** The system's language when Fidèle speaks it, else French. */
function systemLanguage(): Lang {
  const code = navigator.language.toLowerCase().slice(0, 2);
  return LANGUAGES.find((l) => l === code) ?? "fr";
}

async function start(): Promise<void> {
  try {
    const lock = await passphraseApi.status();
    if (lock.locked) {
      // The file's own language setting is inside it: until it opens, the system's.
      setLanguage(systemLanguage());
      mount(nav, h("div", { class: "brand" }, "Fidèle"));
      return renderUnlock(main, lock.db_path, start);
    }
    const [info, settings] = await Promise.all([api.appInfo(), api.settings()]);
    setLanguage(info.ui_language);
    setShopRegion(settings.shop.country, settings.calendar);
    drawBanner(info.read_only);
  } catch (e) {
    showError(main, e);
    return;
  }
  await render();
}

mount(root, nav, h("div", { class: "content" }, banner, main), noticeRegion(() => void render()));
window.addEventListener("hashchange", () => void render());
installShortcuts();
askBeforeClosing();
void start();
