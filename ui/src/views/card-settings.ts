// The cards' settings (offers per loyalty stage, follow-up thresholds) and the recorded runs.

import { cardsApi, type CardRunReportView, type CardSettingsView } from "../api-cards";
import { h, mount } from "../dom";
import { formatDate, formatNumber, t, type Key } from "../i18n";
import { field, input, showErrors } from "./forms";

const STAGES = ["prospect", "customer", "client", "supporter", "advocate", "partner"] as const;

export function settingsForm(settings: CardSettingsView): HTMLElement {
  const offers = STAGES.map((s) => [s, h("input", { type: "number", min: "0", max: "50", value: settings.offers[s] ?? 0, id: `offer-${s}` })] as const);
  const num = (id: string, value: number) => h("input", { type: "number", min: "0", value, id });
  const thanks = num("thanks-days", settings.thanks_days);
  const purchaseDays = num("purchase-days", settings.purchase_days);
  const purchaseMin = input({ id: "purchase-min", value: settings.purchase_min });
  const complaintDays = num("complaint-days", settings.complaint_days);
  const driftingMax = num("drifting-max", settings.drifting_max);
  const summary = h("p", { class: "form-summary", "aria-live": "polite" });
  const form = h(
    "form",
    { id: "card-settings-form" },
    h("p", { class: "muted small" }, t("cards-offers-help")),
    h("div", { class: "inline-form" }, offers.map(([s, el]) => field(t("cards-offer-percent", { stage: t(`stage-${s}` as Key) }), el, `offer_${s}`))),
    h(
      "div",
      { class: "inline-form" },
      field(t("cards-thanks-days"), thanks, "thanks_days"),
      field(t("cards-purchase-days"), purchaseDays, "purchase_days"),
      field(t("cards-purchase-min"), purchaseMin, "purchase_min"),
      field(t("cards-complaint-days"), complaintDays, "complaint_days"),
      field(t("cards-drifting-max"), driftingMax, "drifting_max"),
    ),
    h("button", { type: "submit", class: "primary" }, t("settings-save")),
    summary,
  );
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    try {
      await cardsApi.setSettings({
        offers: Object.fromEntries(offers.map(([s, el]) => [s, Number(el.value) || 0])),
        thanks_days: Number(thanks.value) || 0,
        purchase_days: Number(purchaseDays.value) || 0,
        purchase_min: purchaseMin.value,
        complaint_days: Number(complaintDays.value) || 0,
        drifting_max: Number(driftingMax.value) || 0,
      });
      summary.textContent = "";
      summary.append(t("settings-saved"));
    } catch (err) {
      showErrors(form, summary, err, t("form-fix"));
    }
  });
  return form;
}


/** The recorded runs, newest first, with the offers used; `reload` draws them again. */
export function runsList(runs: CardRunReportView[]): { element: HTMLElement; reload: () => void } {
  const element = h("div", { id: "card-runs-list" });
  const draw = (list: CardRunReportView[]) =>
    mount(
      element,
      list.length
        ? h(
            "table",
            { class: "data" },
            h("tr", { class: "muted small" }, h("th", { scope: "col" }, t("cards-run-period")), h("th", { scope: "col" }, t("cards-run-cards")), h("th", { scope: "col" }, t("cards-run-offers")), h("th", { scope: "col" }, t("cards-run-redeemed"))),
            list.map((r) =>
              h(
                "tr",
                { "data-run": r.id },
                h("td", {}, `${t(`cards-kind-${r.kind}` as Key)} ${r.period}`, h("div", { class: "muted small date" }, formatDate(r.created_at, true))),
                h("td", { class: "num" }, t("cards-run-cards-for", { cards: r.cards, customers: r.customers })),
                h("td", { class: "num" }, formatNumber(r.offers)),
                h("td", { class: "num amount" }, `${r.redeemed} · ${r.redeemed_amount}`),
              ),
            ),
          )
        : h("p", { class: "muted" }, t("cards-no-runs")),
    );
  draw(runs);
  return { element, reload: () => void cardsApi.runs().then(draw) };
}
