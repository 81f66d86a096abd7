// Do the cards pay? Each monthly run against its hold-out: the verdict in words, the runs'
// table, the return curves after the newest run, the uplift of each run with its interval,
// the pooled figures and the long view. Every figure comes computed from the backend
// (src-tauri/src/commands/campaigns.rs); this file only lays it out and words it.

import { campaignsApi, type CampaignRunView, type CampaignsView, type DifferenceView, type PoolView, type VerdictView } from "../api-campaigns";
import { chart, colors } from "../charts";
import { h, mount } from "../dom";
import { formatMonth, formatNumber, formatPercent, monthNames, t, type Key } from "../i18n";

/** The verdict on a run, in the interface's language. */
export function verdictText(v: VerdictView, period: string, month: number): string {
  const when = { month: formatMonth(period), monthnum: month };
  switch (v.code) {
    case "too_early":
      return t("campaigns-verdict-too-early", when);
    case "no_measurable_effect":
      return t("campaigns-verdict-no-effect", when);
    case "effect":
      return t("campaigns-verdict-effect", { ...when, direction: v.direction, per100: v.per_100, low: v.low, high: v.high, margin: v.margin, cost: v.cost });
  }
}

function poolText(v: VerdictView): string {
  switch (v.code) {
    case "too_early":
      return t("campaigns-pool-too-early");
    case "no_measurable_effect":
      return t("campaigns-pool-no-effect");
    case "effect":
      return t("campaigns-pool-effect", { direction: v.direction, per100: v.per_100, low: v.low, high: v.high });
  }
}

/** Why this interval: Welch's rule held, or the bootstrap stood in for it. */
export function methodText(d: DifferenceView, min: number): string {
  return d.method === "welch" ? t("campaigns-method-welch", { min }) : t("campaigns-method-bootstrap", { smallest: d.smallest ?? 0, min });
}

const points = (x: number) => formatNumber(Math.round(x * 1000) / 10, { signDisplay: "exceptZero", maximumFractionDigits: 1 });

function pointsText(d: DifferenceView | null): string {
  return d ? t("ui-campaigns-points", { estimate: points(d.estimate), low: points(d.low), high: points(d.high) }) : "";
}

function runsTable(v: CampaignsView): HTMLElement {
  const row = (r: CampaignRunView) => {
    const w = r.windows.find((x) => x.days === r.verdict_days) ?? r.windows[0];
    return h(
      "tr",
      { "data-run": r.id },
      h("th", { scope: "row" }, formatMonth(r.period)),
      h("td", {}, t("campaigns-days", { n: w.days }), w.complete ? "" : ` ${t("campaigns-window-open")}`),
      h("td", { class: "num" }, t("ui-campaigns-share", { returned: w.recipients.returned, customers: w.recipients.customers })),
      h("td", { class: "num" }, t("ui-campaigns-share", { returned: w.held_out.returned, customers: w.held_out.customers })),
      h("td", { class: "num" }, pointsText(w.return_rate)),
      h("td", { class: "num" }, w.recipients.margin_per_customer, " / ", w.held_out.margin_per_customer),
      h("td", { class: "num" }, formatNumber(w.recipients.redeemed)),
    );
  };
  return h(
    "div",
    { class: "table-scroll" },
    h(
      "table",
      { class: "data", id: "campaign-runs" },
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          ["campaigns-col-run", "campaigns-col-window", "campaigns-col-recipients", "campaigns-col-held-out", "campaigns-col-difference", "campaigns-col-margin", "campaigns-col-redeemed"].map((k) =>
            h("th", { scope: "col" }, t(k as Key)),
          ),
        ),
      ),
      h("tbody", {}, v.runs.map(row)),
    ),
  );
}

function curveChart(r: CampaignRunView): HTMLElement {
  const last = r.curve[r.curve.length - 1];
  // A curve of a few points (the run is recent) shows its points.
  const pointRadius = r.curve.length < 4 ? 4 : 0;
  return chart(
    {
      type: "line",
      data: {
        labels: r.curve.map((p) => t("ui-campaigns-day", { n: p.day })),
        datasets: [
          { label: t("ui-campaigns-recipients"), data: r.curve.map((p) => p.recipients * 100), borderColor: colors.accent, backgroundColor: colors.accent, pointRadius },
          { label: t("ui-campaigns-held-out"), data: r.curve.map((p) => p.held_out * 100), borderColor: colors.grey, backgroundColor: colors.grey, borderDash: [4, 4], pointRadius },
        ],
      },
      options: { scales: { y: { beginAtZero: true, ticks: { callback: (x) => `${x} %` } }, x: { ticks: { maxTicksLimit: 7 } } } },
    },
    t("ui-campaigns-curve-label", {
      month: formatMonth(r.period),
      recipients: formatPercent(last?.recipients ?? 0),
      heldout: formatPercent(last?.held_out ?? 0),
      days: last?.day ?? 0,
    }),
    200,
  );
}

function upliftChart(v: CampaignsView): HTMLElement {
  const runs = [...v.runs].reverse();
  const rate = (r: CampaignRunView) => (r.windows.find((w) => w.days === r.verdict_days) ?? r.windows[0]).return_rate;
  return chart(
    {
      type: "bar",
      data: {
        labels: runs.map((r) => formatMonth(r.period, "short")),
        datasets: [
          {
            label: t("campaigns-col-difference"),
            // A floating bar from the interval's low end to its high end, per run.
            data: runs.map((r) => {
              const d = rate(r);
              return d ? [d.low * 100, d.high * 100] : [0, 0];
            }) as unknown as number[],
            backgroundColor: runs.map((r) => (rate(r) && rate(r)!.low > 0 ? colors.good : colors.soft)),
            barPercentage: 0.4,
            order: 2,
          },
          {
            type: "line",
            label: "",
            data: runs.map((r) => (rate(r)?.estimate ?? 0) * 100),
            showLine: false,
            pointRadius: 5,
            pointBackgroundColor: colors.accent,
            pointBorderColor: "#ffffff",
            order: 1,
          },
        ],
      },
      options: { plugins: { legend: { display: false } }, scales: { y: { ticks: { callback: (x) => `${x}` } } } },
    },
    t("ui-campaigns-uplift-label", { first: formatMonth(runs[0]?.period ?? ""), last: formatMonth(runs[runs.length - 1]?.period ?? "") }),
    200,
  );
}

function poolList(title: Key, pools: PoolView[], label: (p: PoolView) => string): HTMLElement | null {
  if (pools.length === 0) return null;
  return h(
    "section",
    { class: "card" },
    h("h2", {}, t(title)),
    h(
      "ul",
      { class: "plain small" },
      pools.map((p) => h("li", { "data-key": p.key }, h("strong", {}, label(p)), " · ", poolText(p.verdict), " · ", pointsText(p.return_rate))),
    ),
  );
}

export async function renderCampaigns(main: HTMLElement): Promise<void> {
  const v = await campaignsApi.campaigns();
  if (v.runs.length === 0) {
    mount(main, h("h1", {}, t("ui-campaigns-title")), h("p", { class: "muted", id: "campaigns-none" }, t("campaigns-none")));
    return;
  }
  const newest = v.runs[0];
  const chosen = newest.windows.find((w) => w.days === newest.verdict_days)?.return_rate ?? null;
  mount(
    main,
    h("h1", {}, t("ui-campaigns-title")),
    h("p", { class: "muted" }, t("ui-campaigns-intro"), " ", t("campaigns-card-cost", { cost: v.cost_per_card })),
    h(
      "section",
      { class: "card", id: "campaign-verdicts" },
      h("p", { class: "verdict", id: "campaigns-verdict" }, verdictText(newest.verdict, newest.period, newest.month)),
      chosen ? h("p", { class: "muted small", id: "campaigns-method" }, methodText(chosen, v.min_outcomes)) : null,
      v.runs.length > 1 ? h("ul", { class: "plain small" }, v.runs.slice(1).map((r) => h("li", {}, verdictText(r.verdict, r.period, r.month)))) : null,
    ),
    h(
      "div",
      { class: "columns even" },
      h("section", { class: "card", id: "campaign-curve" }, h("h2", {}, t("ui-campaigns-curve")), curveChart(newest)),
      h("section", { class: "card", id: "campaign-uplift" }, h("h2", {}, t("ui-campaigns-uplift")), upliftChart(v)),
    ),
    h("section", { class: "card" }, h("h2", {}, t("ui-campaigns-runs")), runsTable(v)),
    h(
      "div",
      { class: "columns even" },
      poolList("campaigns-by-design", v.by_design, (p) => {
        const m = Number(p.key.replace("month-", ""));
        return m ? monthNames()[m - 1] : p.key;
      }),
      poolList("campaigns-by-stage", v.by_stage, (p) => (p.key === "none" ? "—" : t(`stage-${p.key}` as Key))),
      poolList("campaigns-by-offer", v.by_offer, (p) => (p.key === "0" ? t("campaigns-offer-none") : t("campaigns-offer-percent", { percent: Number(p.key) }))),
    ),
    h(
      "section",
      { class: "card", id: "campaign-long-view" },
      h("h2", {}, t("campaigns-long-view")),
      h(
        "ul",
        { class: "plain small" },
        v.long_view.map((l) =>
          h(
            "li",
            {},
            l.difference
              ? t("campaigns-long-view-line", {
                  months: l.months,
                  every: formatPercent(l.every_card ? l.every_card_kept / l.every_card : 0),
                  once: formatPercent(l.held_out_once ? l.held_out_once_kept / l.held_out_once : 0),
                })
              : t("campaigns-long-view-early", { months: l.months }),
          ),
        ),
      ),
    ),
  );
}
