// Cards & reminders, one job per tab (each its own route): the month's cards (with the
// recorded runs and the offers), birthday and anniversary cards, the week's follow-up
// with the reminders, and the loyalty cards of new customers.

import { api } from "../api";
import { cardsApi } from "../api-cards";
import { h, mount } from "../dom";
import { t, type Key } from "../i18n";
import type { CardsTab } from "../router";
import { runPanel } from "./card-run";
import { runsList, settingsForm } from "./card-settings";
import { followUpPanel, remindersPanel } from "./follow-up";
import { newCustomersCards } from "./loyalty-cards";

export { cardPreview, monthLabel, otherLanguages } from "./card-run";
export { isoWeek } from "./follow-up";

const TABS: { tab: CardsTab; href: string; label: Key }[] = [
  { tab: "month", href: "#/cards", label: "cards-tab-month" },
  { tab: "occasions", href: "#/cards/occasions", label: "cards-tab-occasions" },
  { tab: "follow-up", href: "#/cards/follow-up", label: "cards-tab-follow-up" },
  { tab: "loyalty", href: "#/cards/loyalty", label: "cards-tab-loyalty" },
];

function tabs(current: CardsTab): HTMLElement {
  return h(
    "nav",
    { class: "tabs", "aria-label": t("cards-title") },
    TABS.map((x) => h("a", { href: x.href, id: `cards-tab-${x.tab}`, class: x.tab === current ? "active" : "", "aria-current": x.tab === current ? "page" : null }, t(x.label))),
  );
}

/** Cards & reminders, on the tab `tab`. */
export async function renderCards(main: HTMLElement, tab: CardsTab = "month"): Promise<void> {
  if (tab === "loyalty") {
    return mount(main, h("h1", {}, t("cards-title")), tabs(tab), h("section", { class: "card", id: "loyalty-cards" }, h("h2", {}, t("loyalty-sheet-title")), newCustomersCards()));
  }
  if (tab === "follow-up") {
    const reminders = await api.dueReminders();
    const refresh = () => renderCards(main, tab);
    return mount(
      main,
      h("h1", {}, t("cards-title")),
      tabs(tab),
      h("section", { class: "card", id: "follow-up" }, h("h2", {}, t("cards-follow-up")), followUpPanel()),
      h("section", { class: "card", id: "reminders" }, h("h2", {}, t("cards-reminders")), remindersPanel(refresh, reminders)),
    );
  }
  const [runs, settings] = await Promise.all([cardsApi.runs(), cardsApi.settings()]);
  const recorded = runsList(runs);
  if (tab === "occasions") {
    return mount(
      main,
      h("h1", {}, t("cards-title")),
      tabs(tab),
      h("section", { class: "card", id: "period-cards" }, h("h2", {}, t("cards-period-cards")), runPanel("period", true, recorded.reload)),
      h("section", { class: "card", id: "card-runs" }, h("h2", {}, t("cards-runs")), recorded.element),
    );
  }
  mount(
    main,
    h("h1", {}, t("cards-title")),
    tabs(tab),
    h("section", { class: "card", id: "monthly-cards" }, runPanel("monthly", false, recorded.reload)),
    h("section", { class: "card", id: "card-runs" }, h("h2", {}, t("cards-runs")), recorded.element),
    h("section", { class: "card", id: "card-settings" }, h("details", {}, h("summary", {}, t("cards-settings")), settingsForm(settings))),
  );
}
