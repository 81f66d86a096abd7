// Probable duplicates. Each pair is compared field by field, side by side; where both records
// hold a different value the shopkeeper picks the one kept (for e-mails and phones: one side's,
// or both). The merge is asked first in words (what the merged record keeps, what moves) and
// can be undone from the message for 15 minutes. "These are two people" hides the pair for good.

import { api, type CustomerView } from "../api";
import { recordsApi, type DuplicateSide, type DuplicateView, type KeepList, type MergeChoicesInput, type MergeField } from "../api-records";
import { ask } from "../dialog";
import { h, mount, type Child } from "../dom";
import { forgetDrafts } from "../drafts";
import { formatDate, formatDayMonth, t, type Key } from "../i18n";
import { notify } from "../notice";

/** A row of the comparison: a detail a merge can take from either record (`choice`), a list
 *  of which one side's or both can stay (`list`), or what both bring together (`info`). */
type Row =
  | { kind: "choice"; field: MergeField; label: Key; value: (c: CustomerView) => string }
  | { kind: "list"; field: "emails" | "phones"; label: Key; value: (c: CustomerView) => string[] }
  | { kind: "info"; label: Key; value: (c: CustomerView) => string; merged: (a: CustomerView, b: CustomerView) => string };

const ROWS: Row[] = [
  { kind: "choice", field: "salutation", label: "form-salutation", value: (c) => (c.salutation ? t(`form-salutation-${c.salutation}` as Key) : "") },
  { kind: "choice", field: "first_name", label: "form-first_name", value: (c) => c.first_name },
  { kind: "choice", field: "last_name", label: "form-last_name", value: (c) => c.last_name },
  { kind: "choice", field: "company", label: "form-company", value: (c) => c.company },
  { kind: "list", field: "emails", label: "form-email", value: (c) => c.emails },
  { kind: "list", field: "phones", label: "form-phone", value: (c) => c.phones },
  { kind: "choice", field: "address", label: "merge-address", value: (c) => [c.address_line1, c.address_line2, `${c.postal_code} ${c.city}`.trim(), c.country].filter(Boolean).join(", ") },
  { kind: "choice", field: "birthday", label: "form-birthday", value: (c) => (c.birthday ? birthdayText(c.birthday) : "") },
  { kind: "choice", field: "language", label: "form-language", value: (c) => (c.language ? t(`lang-${c.language}` as Key) : "") },
  { kind: "choice", field: "household", label: "customer-household", value: (c) => c.household ?? "" },
  { kind: "choice", field: "referred_by", label: "customer-referred-by", value: (c) => c.referred_by?.name ?? "" },
  { kind: "info", label: "form-tags", value: (c) => c.tags.join(", "), merged: (a, b) => [...new Set([...a.tags, ...b.tags])].join(", ") },
  { kind: "info", label: "form-notes", value: (c) => c.notes, merged: (a, b) => [a.notes, b.notes].filter(Boolean).filter((n, i, all) => all.indexOf(n) === i).join(" / ") },
  { kind: "info", label: "customer-purchases", value: (c) => t("merge-purchases", { n: c.purchase_count, total: c.total }), merged: () => t("merge-all-kept") },
  { kind: "info", label: "customer-interactions", value: (c) => String(c.interactions.length), merged: () => t("merge-all-kept") },
  { kind: "info", label: "customer-consents", value: (c) => c.consents.map((ch) => t(`channel-${ch}` as Key)).join(", ") || t("customer-no-consent"), merged: () => t("merge-consents-kept") },
];

function birthdayText(b: string): string {
  if (b.startsWith("--")) {
    const [m, d] = b.slice(2).split("-").map(Number);
    return formatDayMonth(m, d);
  }
  return formatDate(b);
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x.toLowerCase() === b[i].toLowerCase());

export async function renderDuplicates(main: HTMLElement): Promise<void> {
  const pairs = await recordsApi.duplicates(200);
  const refresh = () => renderDuplicates(main);
  mount(
    main,
    h("a", { href: "#/customers", class: "back" }, t("customer-back")),
    h("h1", {}, t("file-duplicates")),
    h("p", { class: "muted" }, t("merge-intro")),
    pairs.length === 0
      ? h("p", { class: "muted", id: "no-duplicates" }, t("file-no-duplicates"))
      : h("ul", { class: "duplicates" }, pairs.map((p) => pairItem(p, refresh))),
  );
}

function side(s: DuplicateSide): HTMLElement {
  return h(
    "div",
    { class: "dup-side" },
    h("a", { href: `#/customers/${s.id}` }, s.name),
    h("small", { class: "muted" }, [t("merge-number", { id: s.id }), s.city, s.email, s.phone].filter(Boolean).join(" · ")),
    h("small", {}, t("merge-side-purchases", { n: s.purchase_count })),
  );
}

function pairItem(p: DuplicateView, refresh: () => Promise<void>): HTMLElement {
  const panel = h("div", { class: "compare-panel" });
  const compare = h("button", { class: "primary compare", "aria-expanded": "false" }, t("merge-compare"));
  compare.addEventListener("click", async () => {
    const open = compare.getAttribute("aria-expanded") === "true";
    // One comparison at a time: its choices have the page's only ids.
    for (const other of document.querySelectorAll<HTMLElement>(".compare-panel")) other.replaceChildren();
    for (const b of document.querySelectorAll<HTMLElement>("button.compare")) b.setAttribute("aria-expanded", "false");
    if (open) return;
    compare.setAttribute("aria-expanded", "true");
    const [a, b] = await Promise.all([api.customerPage(p.first.id), api.customerPage(p.second.id)]);
    mount(panel, comparison(a, b, refresh));
    panel.querySelector<HTMLElement>("input, button")?.focus();
  });
  const apart = h("button", { class: "two-people" }, t("merge-two-people"));
  apart.addEventListener("click", async () => {
    const yes = await ask({
      id: "two-people-dialog",
      title: t("merge-two-people-title"),
      body: [h("p", {}, t("merge-two-people-what", { a: p.first.name, b: p.second.name })), h("p", {}, t("merge-two-people-kept"))],
      confirm: t("merge-two-people"),
      cancel: t("file-cancel"),
    });
    if (!yes) return;
    await recordsApi.notDuplicates(p.first.id, p.second.id);
    notify(t("merge-two-people-done", { a: p.first.name, b: p.second.name }));
    await refresh();
  });
  return h(
    "li",
    { class: "card dup-pair", "data-pair": `${p.first.id}-${p.second.id}` },
    h("p", { class: "small" }, p.reasons.map((r) => t(`file-reason-${r}` as Key)).join(", ")),
    h("div", { class: "dup-sides" }, side(p.first), side(p.second)),
    h("div", { class: "row" }, compare, apart),
    panel,
  );
}

/** The two records side by side, a choice where they differ, and the merge button. */
function comparison(a: CustomerView, b: CustomerView, refresh: () => Promise<void>): HTMLElement {
  const picks = new Map<string, () => string>();
  const radio = (field: string, value: string, checked: boolean, label: Child[]) => {
    const input = h("input", { type: "radio", name: `pick-${field}`, id: `pick-${field}-${value}`, value, checked });
    return h("label", { class: "pick", for: input.id }, input, label);
  };
  const picked = (field: string) => (picks.get(field)?.() ?? "kept") as "kept" | "other" | KeepList;
  const body = ROWS.flatMap((row) => {
    if (row.kind === "info") {
      const va = row.value(a);
      const vb = row.value(b);
      if (!va && !vb) return [];
      return [h("tr", { class: "info" }, h("th", { scope: "row" }, t(row.label)), h("td", {}, va || "—"), h("td", {}, vb || "—"), h("td", { class: "result" }, row.merged(a, b) || "—"))];
    }
    if (row.kind === "list") {
      const va = row.value(a);
      const vb = row.value(b);
      if (va.length === 0 && vb.length === 0) return [];
      if (sameList(va, vb) || va.length === 0 || vb.length === 0) {
        return [h("tr", { class: "same" }, h("th", { scope: "row" }, t(row.label)), h("td", {}, va.join(", ") || "—"), h("td", {}, vb.join(", ") || "—"), h("td", { class: "result" }, [...va, ...vb.filter((x) => !va.some((y) => y.toLowerCase() === x.toLowerCase()))].join(", ")))];
      }
      const field = row.field;
      picks.set(field, () => (document.querySelector<HTMLInputElement>(`input[name="pick-${field}"]:checked`)?.value ?? "both"));
      return [
        h(
          "tr",
          { class: "differs", "data-field": field },
          h("th", { scope: "row" }, t(row.label), h("div", {}, radio(field, "both", true, [t("merge-both")]))),
          h("td", {}, radio(field, "kept", false, [va.join(", ")])),
          h("td", {}, radio(field, "other", false, [vb.join(", ")])),
          h("td", { class: "result", "data-result": field }),
        ),
      ];
    }
    const va = row.value(a);
    const vb = row.value(b);
    if (!va && !vb) return [];
    if (va === vb || !va || !vb) {
      return [h("tr", { class: "same" }, h("th", { scope: "row" }, t(row.label)), h("td", {}, va || "—"), h("td", {}, vb || "—"), h("td", { class: "result" }, va || vb))];
    }
    const field = row.field;
    picks.set(field, () => (document.querySelector<HTMLInputElement>(`input[name="pick-${field}"]:checked`)?.value ?? "kept"));
    return [
      h(
        "tr",
        { class: "differs", "data-field": field },
        h("th", { scope: "row" }, t(row.label)),
        h("td", {}, radio(field, "kept", true, [va])),
        h("td", {}, radio(field, "other", false, [vb])),
        h("td", { class: "result", "data-result": field }),
      ),
    ];
  });
  /** What the merged record will hold for a row where the two differ. */
  const result = (row: Row): string => {
    if (row.kind === "info") return row.merged(a, b);
    if (row.kind === "list") {
      const [va, vb] = [row.value(a), row.value(b)];
      const choice = picks.has(row.field) ? picked(row.field) : "both";
      if (choice === "kept") return va.join(", ");
      if (choice === "other") return vb.join(", ");
      return [...va, ...vb.filter((x) => !va.some((y) => y.toLowerCase() === x.toLowerCase()))].join(", ");
    }
    // Where one record is empty, the merge fills it from the other.
    if (!picks.has(row.field)) return row.value(a) || row.value(b);
    return picked(row.field) === "other" ? row.value(b) : row.value(a);
  };
  const table = h(
    "table",
    { class: "compare", id: "merge-compare" },
    h("caption", { class: "muted small" }, t("merge-caption", { a: a.id })),
    h(
      "thead",
      {},
      h("tr", {}, h("th", { scope: "col" }, ""), h("th", { scope: "col" }, t("merge-kept", { id: a.id })), h("th", { scope: "col" }, t("merge-other", { id: b.id })), h("th", { scope: "col" }, t("merge-result"))),
    ),
    h("tbody", {}, body),
  );
  const showResults = () => {
    for (const row of ROWS) {
      if (row.kind === "info") continue;
      const cell = table.querySelector<HTMLElement>(`[data-result="${row.field}"]`);
      if (cell) cell.textContent = result(row);
    }
  };
  table.addEventListener("change", showResults);
  showResults();

  const choices = (): MergeChoicesInput => ({
    from_other: ROWS.flatMap((row) => (row.kind === "choice" && picked(row.field) === "other" ? [row.field] : [])),
    emails: picked("emails") === "kept" || picked("emails") === "other" ? (picked("emails") as KeepList) : "both",
    phones: picked("phones") === "kept" || picked("phones") === "other" ? (picked("phones") as KeepList) : "both",
  });
  const merge = h("button", { class: "primary", id: "merge-confirm-open" }, t("merge-merge"));
  const status = h("p", { class: "field-error", "aria-live": "polite" });
  merge.addEventListener("click", async () => {
    const kept = ROWS.flatMap((row) => {
      const value = result(row);
      return row.kind !== "info" && value ? [h("li", {}, h("strong", {}, t("merge-field-label", { label: t(row.label) })), " ", value)] : [];
    });
    const yes = await ask({
      id: "merge-dialog",
      title: t("merge-title"),
      body: [
        h("p", {}, t("merge-what", { b: b.id, nameB: b.name, a: a.id, nameA: a.name })),
        h("p", {}, t("merge-keeps")),
        h("ul", { class: "plain merge-keeps" }, kept),
        h("p", {}, t("merge-moves", { b: b.id, a: a.id, p: b.purchase_count, i: b.interactions.length })),
        h("p", {}, t("file-undo-for", { n: 15 })),
      ],
      confirm: t("merge-yes"),
      cancel: t("merge-no"),
    });
    if (!yes) return;
    try {
      const r = await recordsApi.merge(a.id, b.id, choices());
      forgetDrafts(`customer:${b.id}`);
      notify(t("merge-done", { name: a.name, id: a.id, p: r.purchases, i: r.interactions }), {
        run: async () => void (await recordsApi.undo(r.undo.id)),
        done: t("merge-undone", { a: a.name, b: b.name }),
        until: r.undo.until,
      });
      await refresh();
    } catch (e) {
      status.textContent = e instanceof Error ? e.message : String(e);
    }
  });
  return h("div", { class: "comparison" }, h("div", { class: "compare-scroll" }, table), h("div", { class: "row" }, merge), status);
}
