import { api, type InteractionView } from "../api";
import { h, mount } from "../dom";
import { formatDate, formatNumber, t } from "../i18n";
import { openFor } from "./customer";
import { whoMatters } from "./who-matters";

/** How many rows each dashboard list shows before "and N more". */
const LIST_LIMIT = 8;

export async function renderDashboard(main: HTMLElement): Promise<void> {
  const o = await api.overview();
  const tile = (label: string, value: string | number, sub?: string) =>
    h("div", { class: "tile" }, h("span", { class: "label" }, label), h("strong", {}, typeof value === "number" ? formatNumber(value) : value), sub ? h("small", { class: "muted" }, sub) : null);
  const more = (n: number) => (n > LIST_LIMIT ? h("p", { class: "muted small" }, t("dashboard-more", { n: n - LIST_LIMIT })) : null);
  const followUp = (i: InteractionView) =>
    h(
      "li",
      { class: `interaction ${i.kind} ${i.status}`, "data-id": i.id },
      h(
        "div",
        { class: "line" },
        h("a", { href: `#/customers/${i.customer_id}` }, i.customer_name ?? ""),
        h("span", { class: "summary" }, i.summary),
        // Age and lateness stay together, right-aligned, and wrap as one when the line is full.
        h("span", { class: "when" }, h("span", { class: "muted" }, openFor(i.age_days)), i.overdue ? h("span", { class: "overdue" }, t("interaction-overdue")) : null),
      ),
    );
  mount(
    main,
    h("h1", {}, t("nav-dashboard")),
    h(
      "div",
      { class: "tiles", id: "tiles" },
      tile(t("dashboard-customers"), o.customers, t("dashboard-buyers", { n: o.customers_with_purchase })),
      tile(t("dashboard-revenue"), o.revenue_12m, t("dashboard-previous", { amount: o.revenue_prev_12m })),
      tile(t("dashboard-post"), o.consent_post),
      tile(t("dashboard-complaints"), o.open_complaints.length),
    ),
    h(
      "div",
      { class: "columns even" },
      h(
        "section",
        { class: "card", id: "open-complaints" },
        h("h2", {}, t("dashboard-complaints")),
        o.open_complaints.length
          ? h("ul", { class: "timeline" }, o.open_complaints.slice(0, LIST_LIMIT).map(followUp))
          : h("p", { class: "muted" }, t("dashboard-no-complaints")),
        more(o.open_complaints.length),
        o.overdue.length ? h("h3", {}, t("dashboard-overdue")) : null,
        o.overdue.length ? h("ul", { class: "timeline", id: "overdue" }, o.overdue.slice(0, LIST_LIMIT).map(followUp)) : null,
        more(o.overdue.length),
      ),
      h(
        "section",
        { class: "card", id: "birthdays" },
        h("h2", {}, t("dashboard-birthdays")),
        o.upcoming_birthdays.length
          ? h(
              "ul",
              { class: "plain" },
              o.upcoming_birthdays.slice(0, LIST_LIMIT * 2).map((b) =>
                h("li", {}, h("span", { class: "muted" }, formatDate(b.date)), " ", h("a", { href: `#/customers/${b.customer_id}` }, b.name), b.turns ? ` (${t("dashboard-turns", { n: b.turns })})` : ""),
              ),
            )
          : h("p", { class: "muted" }, t("dashboard-no-birthdays")),
        o.upcoming_birthdays.length > LIST_LIMIT * 2 ? h("p", { class: "muted small" }, t("dashboard-more", { n: o.upcoming_birthdays.length - LIST_LIMIT * 2 })) : null,
      ),
    ),
    whoMatters(),
  );
}
