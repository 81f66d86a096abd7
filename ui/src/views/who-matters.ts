// The dashboard's "who matters" part: the ladder as a funnel, the Pareto curve, the RFM grid,
// the leaky bucket, who is drifting away (with a one-click reminder to call them), advocates.

import { Channel } from "@tauri-apps/api/core";
import { api, AppError } from "../api";
import { analysisApi, bucketSeries, paretoHeadline, type AnalysisProgress, type AnalysisView } from "../api-analysis";
import { chart, colors } from "../charts";
import { h } from "../dom";
import { formatMonth, formatNumber, formatPercent, t, type Key } from "../i18n";

/**
 * The section at once, with the analysis's progress while it runs (a few hundred milliseconds
 * on a large file, after any change), then its charts and lists.
 */
export function whoMatters(): HTMLElement {
  const bar = h("progress", { max: 3, value: 0, class: "job-progress" });
  const step = h("span", { class: "muted", id: "analysis-step" }, t("analysis-step-reading"));
  const pending = h("div", { class: "progress-row", id: "analysis-progress" }, bar, step);
  const section = h("section", { id: "who-matters" }, h("h2", { class: "section-title" }, t("analysis-title")), pending);
  const channel = new Channel<AnalysisProgress>();
  channel.onmessage = (p) => {
    bar.max = p.total;
    bar.value = p.done;
    step.textContent = t(`analysis-step-${p.step}` as Key);
  };
  analysisApi
    .analysis(channel)
    .then((a) => {
      const advocates = advocatesCard(a);
      pending.replaceWith(
        h("div", { class: "columns even" }, ladderCard(a), paretoCard(a)),
        h("div", { class: "columns even" }, rfmCard(a), bucketCard(a)),
        // Without advocates, the drifting list takes both columns rather than leave one empty.
        h("div", { class: "columns even" }, driftingCard(a, advocates === null), advocates),
        h("p", { class: "muted small", id: "model-note" }, modelNote(a)),
      );
      section.dataset.ready = "true";
    })
    .catch((e: unknown) => pending.replaceWith(h("p", { class: "error" }, e instanceof AppError ? e.message : String(e))));
  return section;
}

function ladderCard(a: AnalysisView): HTMLElement {
  const labels = a.ladder.map((s) => t(`stage-${s.stage}` as Key));
  return h(
    "section",
    { class: "card", id: "ladder" },
    h("h3", {}, t("analysis-ladder")),
    chart(
      {
        type: "bar",
        data: { labels, datasets: [{ data: a.ladder.map((s) => s.count), backgroundColor: [colors.grey, colors.soft, colors.soft, colors.accent, colors.accent, colors.gold] }] },
        options: { indexAxis: "y", plugins: { legend: { display: false } } },
      },
      labels.map((l, i) => t("analysis-stage-count", { stage: l, n: a.ladder[i].count })).join(", "),
    ),
    movesChart(a),
    h("ul", { class: "plain small ladder-counts" }, a.ladder.map((s) => h("li", { "data-stage": s.stage }, t("analysis-stage-count", { stage: t(`stage-${s.stage}` as Key), n: s.count })))),
  );
}

/** Monthly moves up and down the ladder, and this month's in words. */
function movesChart(a: AnalysisView): HTMLElement | null {
  const months = a.ladder_moves;
  const last = months[months.length - 1];
  if (!last) return null;
  return h(
    "div",
    { id: "ladder-moves" },
    h("p", { class: "small" }, t("analysis-moves", { up: last.up, down: last.down, entered: last.entered })),
    chart(
      {
        type: "bar",
        data: {
          labels: months.map((m) => formatMonth(m.month, "short")),
          datasets: [
            { label: "↑", data: months.map((m) => m.up), backgroundColor: colors.good },
            { label: "↓", data: months.map((m) => -m.down), backgroundColor: colors.bad },
          ],
        },
        options: { plugins: { legend: { display: false } }, scales: { x: { stacked: true, ticks: { maxTicksLimit: 6 } }, y: { stacked: true } } },
      },
      t("analysis-moves", { up: last.up, down: last.down, entered: last.entered }),
      120,
    ),
  );
}

function paretoCard(a: AnalysisView): HTMLElement {
  const headline = paretoHeadline(a.pareto);
  return h(
    "section",
    { class: "card", id: "pareto" },
    h("h3", {}, t("analysis-pareto")),
    h("p", { class: "headline", id: "pareto-headline" }, t("analysis-pareto-headline", headline)),
    chart(
      {
        type: "line",
        data: {
          labels: a.pareto.curve.map(([c]) => formatPercent(c)),
          datasets: [{ data: a.pareto.curve.map(([, m]) => Math.round(m * 1000) / 10), borderColor: colors.gold, backgroundColor: "rgba(212,160,23,0.15)", fill: true, pointRadius: 0 }],
        },
        options: {
          plugins: { legend: { display: false } },
          scales: {
            x: { title: { display: true, text: t("analysis-pareto-axis-customers") }, ticks: { maxTicksLimit: 6 } },
            y: { min: 0, max: 100, title: { display: true, text: t("analysis-pareto-axis-margin") } },
          },
        },
      },
      t("analysis-pareto-headline", headline),
    ),
  );
}

function rfmCard(a: AnalysisView): HTMLElement {
  const max = Math.max(1, ...a.rfm_grid.flat());
  const cell = (n: number) => {
    const td = h("td", { class: "num" }, formatNumber(n));
    // Dark figures on a blue that stays light enough for them (WCAG AA contrast, 4.5:1).
    td.style.backgroundColor = `rgba(31, 78, 121, ${(0.06 + 0.59 * (n / max)).toFixed(2)})`;
    td.style.color = "#111";
    return td;
  };
  return h(
    "section",
    { class: "card", id: "rfm" },
    h("h3", {}, t("analysis-rfm")),
    h(
      "table",
      { class: "rfm-grid" },
      h("thead", {}, h("tr", {}, h("th", {}, `${t("analysis-rfm-recency")} ↓ / ${t("analysis-rfm-frequency")} →`), [1, 2, 3, 4, 5].map((f) => h("th", {}, `F${f}`)))),
      h("tbody", {}, a.rfm_grid.map((row, i) => h("tr", {}, h("th", {}, `R${5 - i}`), row.map(cell)))),
    ),
    h("h4", {}, t("analysis-segments")),
    h("ul", { class: "segments" }, a.segments.filter((s) => s.count > 0).map((s) => h("li", { "data-segment": s.segment }, h("span", {}, t(`segment-${s.segment}` as Key)), h("strong", {}, formatNumber(s.count))))),
  );
}

function bucketCard(a: AnalysisView): HTMLElement {
  const s = bucketSeries(a.retention.slice(-24));
  return h(
    "section",
    { class: "card", id: "bucket" },
    h("h3", {}, t("analysis-bucket")),
    chart(
      {
        type: "bar",
        data: {
          labels: s.labels.map((m) => formatMonth(m, "short")),
          datasets: [
            { type: "bar", label: t("analysis-gained"), data: s.gained, backgroundColor: colors.good, stack: "flow" },
            { type: "bar", label: t("analysis-lost"), data: s.lost, backgroundColor: colors.bad, stack: "flow" },
            { type: "line", label: t("analysis-active"), data: s.active, borderColor: colors.accent, pointRadius: 0, yAxisID: "active" },
          ],
        },
        options: {
          scales: { x: { stacked: true, ticks: { maxTicksLimit: 8 } }, y: { stacked: true }, active: { position: "right", grid: { display: false } } },
        },
      } as never,
      t("analysis-bucket"),
      260,
    ),
    a.satisfied_not_returning > 0 ? h("p", { class: "muted small" }, t("analysis-satisfied", { n: a.satisfied_not_returning })) : null,
  );
}

/** How many drifting customers show before "see all". */
const DRIFTING_SHOWN = 8;

/** After "call them": the reminder is set, and the number to dial is there (a `tel:` link). */
export function calledLine(d: { phone: string; tel: string | null }): HTMLElement {
  return h(
    "span",
    { class: "called" },
    `✓ ${t("analysis-reminder-set")} · `,
    d.phone
      ? d.tel
        ? h("a", { class: "phone", href: d.tel }, d.phone)
        : h("span", { class: "phone" }, d.phone)
      : h("span", { class: "muted" }, t("analysis-no-phone")),
  );
}

function driftingCard(a: AnalysisView, wide: boolean): HTMLElement {
  const row = (d: AnalysisView["drifting"][number]) => {
    const button = h("button", { class: "call-them" }, t("analysis-call-them"));
    button.addEventListener("click", async () => {
      button.setAttribute("disabled", "");
      await api.addReminder({ customer_id: d.id, title: t("analysis-call-title", { name: d.name, reason: d.reason }), due: "", repeat_every: 0, repeat_unit: "days" });
      button.replaceWith(calledLine(d));
    });
    return h(
      "li",
      { "data-id": d.id },
      h(
        "div",
        { class: "line" },
        h("a", { href: `#/customers/${d.id}` }, d.name),
        h("span", { class: "summary muted" }, d.reason),
        h("span", { class: "num value", title: t("analysis-clv-help") }, t("analysis-clv-label", { amount: d.clv })),
        button,
      ),
    );
  };
  const list = h("ul", { class: wide ? "timeline drifting-list two-columns" : "timeline drifting-list" }, a.drifting.slice(0, DRIFTING_SHOWN).map(row));
  const rest = a.drifting.length - DRIFTING_SHOWN;
  const seeAll =
    rest > 0
      ? h("button", { type: "button", class: "small link", id: "drifting-all", onclick: () => {
          list.append(...a.drifting.slice(DRIFTING_SHOWN).map(row));
          seeAll?.remove();
        } }, t("analysis-see-all", { n: a.drifting.length }))
      : null;
  return h(
    "section",
    { class: wide ? "card wide" : "card", id: "drifting" },
    h("h3", {}, t("analysis-drifting")),
    a.drifting.length ? [list, seeAll] : h("p", { class: "muted" }, t("analysis-no-drifting")),
  );
}

function advocatesCard(a: AnalysisView): HTMLElement | null {
  if (a.advocates.length === 0) return null;
  return h(
    "section",
    { class: "card", id: "advocates" },
    h("h3", {}, t("analysis-advocates")),
    h("ul", { class: "plain" }, a.advocates.map((s) => h("li", {}, h("a", { href: `#/customers/${s.id}` }, s.name), " — ", t("analysis-referred", { n: s.referred, b: s.referred_buyers, revenue: s.revenue })))),
  );
}

function modelNote(a: AnalysisView): string {
  if (a.model.bgnbd) {
    const [r, alpha, aa, b] = a.model.bgnbd.map((x) => formatNumber(x, { minimumFractionDigits: 3, maximumFractionDigits: 3 }));
    return t("analysis-model", { r, alpha, a: aa, b });
  }
  return t("analysis-no-model", { reason: a.model.unavailable_reason ?? "" });
}
