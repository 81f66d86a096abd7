// The customer page's upkeep: archive (asked first, undone from the message, and a note with
// "Désarchiver" on an archived customer's page), erase (asked first, saying it is final),
// consents granted or withdrawn, the paged timeline, and refunds or deletion of a purchase
// (asked first, undone from the message).

import { AppError, type CustomerView, type PurchaseView } from "../api";
import { STAGES } from "../api-analysis";
import { recordsApi, type ConsentChannel, type TimelineItem } from "../api-records";
import { ask } from "../dialog";
import { h } from "../dom";
import { forgetDrafts } from "../drafts";
import { formatDate, t, type Key } from "../i18n";
import { notify } from "../notice";
import { go } from "../router";
import { input } from "./forms";

const CHANNELS: ConsentChannel[] = ["post", "email", "phone", "sms"];
const PAGE = 20;

function message(e: unknown): string {
  return e instanceof AppError ? e.message : String(e);
}

/** Archive / unarchive and erase, each asked first in words; archiving can be undone. */
export function upkeepActions(c: CustomerView, refresh: () => Promise<void>): HTMLElement {
  const status = h("p", { class: "muted small", "aria-live": "polite" });
  const unarchive = async () => {
    await recordsApi.archive(c.id, false);
    notify(t("file-unarchived-notice", { name: c.name }));
    await refresh();
  };
  const archive = h("button", { id: "archive-customer" }, c.archived ? t("file-unarchive") : t("file-archive"));
  archive.addEventListener("click", async () => {
    if (c.archived) return unarchive();
    const yes = await ask({
      id: "archive-dialog",
      title: t("file-archive-title", { name: c.name }),
      body: [h("p", {}, t("file-archive-what")), h("p", {}, t("file-archive-back"))],
      confirm: t("file-archive-yes"),
      cancel: t("file-keep-in-list"),
    });
    if (!yes) return;
    try {
      await recordsApi.archive(c.id, true);
    } catch (e) {
      status.textContent = message(e);
      return;
    }
    notify(t("file-archived-notice", { name: c.name }), { run: () => recordsApi.archive(c.id, false), done: t("file-unarchived-notice", { name: c.name }) });
    await refresh();
  });
  const erase = h("button", { id: "erase-customer", class: "danger-outline" }, t("file-erase"));
  erase.addEventListener("click", async () => {
    const yes = await ask({
      id: "erase-dialog",
      title: t("file-erase-title", { name: c.name }),
      body: [h("p", {}, t("file-erase-what")), h("p", {}, t("file-erase-kept", { n: c.purchase_count })), h("p", { class: "warning" }, t("file-erase-final"))],
      confirm: t("file-erase-yes"),
      cancel: t("file-cancel"),
      danger: true,
    });
    if (!yes) return;
    try {
      const report = await recordsApi.erase(c.id);
      forgetDrafts(`customer:${c.id}`);
      notify(t("file-erased", { n: report.purchases_kept }));
      go("/customers");
    } catch (e) {
      status.textContent = message(e);
    }
  });
  // An access request: everything held about them, as one JSON file saved where the shop chooses.
  const exportRecord = h("button", { id: "export-record", onclick: async () => {
    try {
      const name = await recordsApi.exportRecord(c.id);
      if (name !== null) status.textContent = t("file-exported", { name });
    } catch (e) {
      status.textContent = message(e);
    }
  } }, t("file-export-record"));
  const note = c.archived
    ? h("div", { class: "archived-note", id: "archived-note", role: "note" }, h("span", {}, t("file-archived")), h("button", { id: "unarchive-customer", class: "primary", onclick: () => void unarchive() }, t("file-unarchive")))
    : null;
  return h("div", { class: "upkeep" }, note, h("div", { class: "row" }, c.archived ? null : archive, exportRecord, erase), status);
}

/** Tick boxes per channel: each change is a new dated consent event; history is kept. */
export function consentEditor(c: CustomerView, refresh: () => Promise<void>): HTMLElement {
  const err = h("small", { class: "field-error" });
  const boxes = CHANNELS.map((ch) => {
    const box = h("input", { type: "checkbox", id: `consent-${ch}`, checked: c.consents.includes(ch) });
    box.addEventListener("change", async () => {
      try {
        await recordsApi.recordConsent(c.id, ch, box.checked, "app");
        await refresh();
      } catch (e) {
        err.textContent = message(e);
      }
    });
    return h("label", { class: "checkbox" }, box, t(`channel-${ch}` as Key));
  });
  return h("details", { class: "small" }, h("summary", {}, t("file-consent-change")), h("div", { class: "consent-boxes" }, boxes), err);
}

/** Refund and delete buttons for one purchase row. */
export function purchaseActions(p: PurchaseView, refresh: () => Promise<void>): HTMLElement {
  const err = h("small", { class: "field-error" });
  const amount = input({ class: "refund-amount", placeholder: t("file-refund-amount"), "aria-label": t("file-refund-amount"), inputmode: "decimal" });
  const refundRow = h(
    "span",
    { class: "inline", hidden: true },
    amount,
    h("button", { onclick: async () => {
      try {
        await recordsApi.addRefund(p.id, amount.value);
        await refresh();
      } catch (e) {
        err.textContent = message(e);
      }
    } }, t("file-refund-save")),
  );
  const remove = h("button", { class: "link", "data-purchase": p.id }, t("file-delete"));
  remove.addEventListener("click", async () => {
    const what = [formatDate(p.at, true), p.amount, p.category].filter(Boolean).join(" · ");
    const yes = await ask({
      id: "delete-purchase-dialog",
      title: t(p.amount_minor < 0 ? "file-delete-refund-title" : "file-delete-title"),
      body: [h("p", { class: "ask-what" }, what), h("p", {}, t("file-delete-what")), h("p", {}, t("file-undo-for", { n: 15 }))],
      confirm: t(p.amount_minor < 0 ? "file-delete-refund-yes" : "file-delete-yes"),
      cancel: t(p.amount_minor < 0 ? "file-delete-refund-no" : "file-delete-no"),
      danger: true,
    });
    if (!yes) return;
    try {
      const undo = await recordsApi.deletePurchase(p.id);
      notify(t("file-deleted-notice", { what }), { run: async () => void (await recordsApi.undo(undo.id)), done: t("file-delete-undone", { what }), until: undo.until });
      await refresh();
    } catch (e) {
      err.textContent = message(e);
    }
  });
  return h(
    "span",
    { class: "row-actions" },
    p.amount_minor > 0 ? h("button", { class: "link", onclick: () => { refundRow.hidden = !refundRow.hidden; } }, t("file-refund")) : null,
    remove,
    refundRow,
    err,
  );
}

const stageRank = (code: string) => (STAGES as readonly string[]).indexOf(code);

/** One line of the timeline, whatever it records. */
export function timelineLine(item: TimelineItem): HTMLElement {
  let what: string;
  switch (item.type) {
    case "purchase":
      what = `${item.purchase.amount} · ${item.purchase.category}`;
      break;
    case "interaction":
      what = `${t(`kind-${item.interaction.kind}` as Key)} · ${item.interaction.summary}`;
      break;
    case "resolved":
      what = t(item.interaction.resolution ? "file-resolved-how" : "file-resolved", {
        kind: t(`kind-${item.interaction.kind}` as Key),
        summary: item.interaction.summary,
        resolution: item.interaction.resolution,
      });
      break;
    case "consent":
      what = t(item.consent.granted ? "file-consent-granted" : "file-consent-withdrawn", { channel: t(`channel-${item.consent.channel}` as Key) });
      break;
    case "card":
      what = t("file-card-sent", { occasion: item.card.occasion });
      break;
    case "points":
      what = `${t(`counter-entry-${item.points.kind}` as Key)} · ${item.points.points > 0 ? "+" : ""}${item.points.points}${item.points.note ? ` · ${item.points.note}` : ""}`;
      break;
    case "held_out":
      what = `${t("campaigns-timeline-held-out")} · ${item.held_out.occasion}`;
      break;
    case "ladder": {
      const to = t(`stage-${item.ladder.to}` as Key);
      what = item.ladder.manual
        ? t("file-ladder-set-by-hand", { to })
        : item.ladder.from === null
          ? t("file-ladder-entered", { to })
          : t(stageRank(item.ladder.to) > stageRank(item.ladder.from) ? "file-ladder-up" : "file-ladder-down", { from: t(`stage-${item.ladder.from}` as Key), to });
      break;
    }
  }
  return h("li", { class: `timeline-${item.type}` }, h("span", { class: "muted date" }, formatDate(item.at)), " ", what);
}

/** The timeline, 20 entries at a time, newest first. */
export function timelineCard(id: number): HTMLElement {
  const list = h("ul", { class: "plain timeline-list" });
  const more = h("button", { class: "link", hidden: true }, t("file-more"));
  const empty = h("p", { class: "muted", hidden: true }, t("file-timeline-empty"));
  let offset = 0;
  const load = async () => {
    const page = await recordsApi.timeline(id, offset, PAGE);
    offset += page.entries.length;
    list.append(...page.entries.map(timelineLine));
    more.hidden = offset >= page.total;
    empty.hidden = page.total > 0;
  };
  more.addEventListener("click", () => void load());
  void load();
  return h("section", { class: "card", id: "timeline" }, h("h2", {}, t("file-timeline")), list, empty, more);
}

/** Lives with another customer (by number), or leaves the household. */
export function householdControl(c: CustomerView, refresh: () => Promise<void>): HTMLElement {
  const other = input({ id: "household-with", inputmode: "numeric", placeholder: t("file-household-with"), "aria-label": t("file-household-with") });
  const err = h("small", { class: "field-error", id: "err-household" });
  const link = h("button", { id: "household-link" }, t("file-household-link"));
  link.addEventListener("click", async () => {
    const withId = Number(other.value.trim());
    if (!Number.isInteger(withId) || withId <= 0) {
      err.textContent = t("file-household-which");
      return;
    }
    try {
      await recordsApi.linkHousehold(c.id, withId);
      await refresh();
    } catch (e) {
      err.textContent = message(e);
    }
  });
  const leave = c.household
    ? h("button", { class: "link", id: "household-leave", onclick: async () => { await recordsApi.leaveHousehold(c.id); await refresh(); } }, t("file-household-leave"))
    : null;
  return h("details", { class: "small" }, h("summary", {}, t("file-household-title")), h("div", { class: "row" }, other, link), leave, err);
}
