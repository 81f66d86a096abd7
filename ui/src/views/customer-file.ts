// The customer page's upkeep: archive, erase (with an inline confirmation), consents granted
// or withdrawn, the paged timeline, and refunds or deletion of a purchase.

import { AppError, type CustomerView, type PurchaseView } from "../api";
import { STAGES } from "../api-analysis";
import { recordsApi, type ConsentChannel, type TimelineItem } from "../api-records";
import { h } from "../dom";
import { formatDate, t, type Key } from "../i18n";
import { go } from "../router";
import { input } from "./forms";

const CHANNELS: ConsentChannel[] = ["post", "email", "phone", "sms"];
const PAGE = 20;

function message(e: unknown): string {
  return e instanceof AppError ? e.message : String(e);
}

/** Archive / unarchive, and erase behind a confirmation row. */
export function upkeepActions(c: CustomerView, refresh: () => Promise<void>): HTMLElement {
  const status = h("p", { class: "muted small", "aria-live": "polite" }, c.archived ? t("file.archived") : "");
  const archive = h("button", { id: "archive-customer" }, c.archived ? t("file.unarchive") : t("file.archive"));
  archive.addEventListener("click", async () => {
    await recordsApi.archive(c.id, !c.archived);
    await refresh();
  });
  const confirmRow = h(
    "div",
    { class: "confirm-row", hidden: true },
    h("span", {}, t("file.eraseConfirm")),
    h("button", { class: "danger", id: "erase-confirm", onclick: async () => {
      try {
        const report = await recordsApi.erase(c.id);
        status.textContent = t("file.erased", { n: report.purchases_kept });
        go("/customers");
      } catch (e) {
        status.textContent = message(e);
      }
    } }, t("file.eraseYes")),
    h("button", { onclick: () => { confirmRow.hidden = true; } }, t("file.cancel")),
  );
  const erase = h("button", { id: "erase-customer", class: "danger-outline", onclick: () => { confirmRow.hidden = false; } }, t("file.erase"));
  // An access request: everything held about them, as one JSON file saved where the shop chooses.
  const exportRecord = h("button", { id: "export-record", onclick: async () => {
    try {
      const name = await recordsApi.exportRecord(c.id);
      if (name !== null) status.textContent = t("file.exported", { name });
    } catch (e) {
      status.textContent = message(e);
    }
  } }, t("file.exportRecord"));
  return h("div", { class: "upkeep" }, h("div", { class: "row" }, archive, exportRecord, erase), confirmRow, status);
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
    return h("label", { class: "checkbox" }, box, t(`channel.${ch}` as Key));
  });
  return h("details", { class: "small" }, h("summary", {}, t("file.consentChange")), h("div", { class: "consent-boxes" }, boxes), err);
}

/** Refund and delete buttons for one purchase row. */
export function purchaseActions(p: PurchaseView, refresh: () => Promise<void>): HTMLElement {
  const err = h("small", { class: "field-error" });
  const amount = input({ class: "refund-amount", placeholder: t("file.refundAmount"), "aria-label": t("file.refundAmount"), inputmode: "decimal" });
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
    } }, "OK"),
  );
  const deleteRow = h(
    "span",
    { class: "inline", hidden: true },
    t("file.deleteConfirm"),
    h("button", { class: "danger", onclick: async () => {
      try {
        await recordsApi.deletePurchase(p.id);
        await refresh();
      } catch (e) {
        err.textContent = message(e);
      }
    } }, t("file.delete")),
  );
  return h(
    "span",
    { class: "row-actions" },
    p.amount_minor > 0 ? h("button", { class: "link", onclick: () => { refundRow.hidden = !refundRow.hidden; } }, t("file.refund")) : null,
    h("button", { class: "link", onclick: () => { deleteRow.hidden = !deleteRow.hidden; } }, t("file.delete")),
    refundRow,
    deleteRow,
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
      what = `${t(`kind.${item.interaction.kind}` as Key)} · ${item.interaction.summary}`;
      break;
    case "consent":
      what = t(item.consent.granted ? "file.consentGranted" : "file.consentWithdrawn", { channel: t(`channel.${item.consent.channel}` as Key) });
      break;
    case "card":
      what = t("file.cardSent", { occasion: item.card.occasion });
      break;
    case "ladder": {
      const to = t(`stage.${item.ladder.to}` as Key);
      what = item.ladder.manual
        ? t("file.ladderSetByHand", { to })
        : item.ladder.from === null
          ? t("file.ladderEntered", { to })
          : t(stageRank(item.ladder.to) > stageRank(item.ladder.from) ? "file.ladderUp" : "file.ladderDown", { from: t(`stage.${item.ladder.from}` as Key), to });
      break;
    }
  }
  return h("li", { class: `timeline-${item.type}` }, h("span", { class: "muted date" }, formatDate(item.at)), " ", what);
}

/** The timeline, 20 entries at a time, newest first. */
export function timelineCard(id: number): HTMLElement {
  const list = h("ul", { class: "plain timeline-list" });
  const more = h("button", { class: "link", hidden: true }, t("file.more"));
  const empty = h("p", { class: "muted", hidden: true }, t("file.timelineEmpty"));
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
  return h("section", { class: "card", id: "timeline" }, h("h2", {}, t("file.timeline")), list, empty, more);
}

/** Lives with another customer (by number), or leaves the household. */
export function householdControl(c: CustomerView, refresh: () => Promise<void>): HTMLElement {
  const other = input({ id: "household-with", inputmode: "numeric", placeholder: t("file.householdWith"), "aria-label": t("file.householdWith") });
  const err = h("small", { class: "field-error", id: "err-household" });
  const link = h("button", { id: "household-link" }, t("file.householdLink"));
  link.addEventListener("click", async () => {
    const withId = Number(other.value.trim());
    if (!Number.isInteger(withId) || withId <= 0) {
      err.textContent = t("file.householdWhich");
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
    ? h("button", { class: "link", id: "household-leave", onclick: async () => { await recordsApi.leaveHousehold(c.id); await refresh(); } }, t("file.householdLeave"))
    : null;
  return h("details", { class: "small" }, h("summary", {}, t("file.householdTitle")), h("div", { class: "row" }, other, link), leave, err);
}
