import { api } from "../api";
import { h, mount } from "../dom";
import { formatDate, t } from "../i18n";
import { interactionItem } from "./customer";

export async function renderDashboard(main: HTMLElement): Promise<void> {
  const o = await api.overview();
  const refresh = () => renderDashboard(main);
  const tile = (label: string, value: string | number, sub?: string) =>
    h("div", { class: "tile" }, h("span", { class: "label" }, label), h("strong", {}, String(value)), sub ? h("small", { class: "muted" }, sub) : null);
  mount(
    main,
    h("h1", {}, t("nav.dashboard")),
    h(
      "div",
      { class: "tiles", id: "tiles" },
      tile(t("dashboard.customers"), o.customers, t("dashboard.buyers", { n: o.customers_with_purchase })),
      tile(t("dashboard.revenue"), o.revenue_12m, t("dashboard.previous", { amount: o.revenue_prev_12m })),
      tile(t("dashboard.post"), o.consent_post),
      tile(t("dashboard.complaints"), o.open_complaints.length),
    ),
    h(
      "div",
      { class: "columns" },
      h(
        "div",
        { class: "column wide" },
        h(
          "section",
          { class: "card", id: "open-complaints" },
          h("h2", {}, t("dashboard.complaints")),
          o.open_complaints.length
            ? h("ul", { class: "timeline" }, o.open_complaints.map((i) => interactionItem(i, refresh, true)))
            : h("p", { class: "muted" }, t("dashboard.noComplaints")),
        ),
        h(
          "section",
          { class: "card", id: "overdue" },
          h("h2", {}, t("dashboard.overdue")),
          o.overdue.length
            ? h("ul", { class: "timeline" }, o.overdue.map((i) => interactionItem(i, refresh, true)))
            : h("p", { class: "muted" }, t("dashboard.noOverdue")),
        ),
      ),
      h(
        "div",
        { class: "column" },
        h(
          "section",
          { class: "card", id: "birthdays" },
          h("h2", {}, t("dashboard.birthdays")),
          o.upcoming_birthdays.length
            ? h(
                "ul",
                { class: "plain" },
                o.upcoming_birthdays.map((b) =>
                  h("li", {}, h("span", { class: "muted" }, formatDate(b.date)), " ", h("a", { href: `#/customers/${b.customer_id}` }, b.name), b.turns ? ` (${t("dashboard.turns", { n: b.turns })})` : ""),
                ),
              )
            : h("p", { class: "muted" }, t("dashboard.noBirthdays")),
        ),
      ),
    ),
  );
}
