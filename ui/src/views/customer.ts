import { api, type CustomerView, type InteractionView } from "../api";
import { analysisApi, STAGES, type OutlookView } from "../api-analysis";
import { h, mount, type Child } from "../dom";
import { formatDate, formatDayMonth, formatPercent, t, type Key } from "../i18n";
import { dateField, dateInput, dateTimeInput, datesMake } from "../date-field";
import { go } from "../router";
import { campaignsApi } from "../api-campaigns";
import { consentEditor, householdControl, purchaseActions, timelineCard, upkeepActions } from "./customer-file";
import { keepDraft } from "../drafts";
import { clearErrors, field, input, showErrors } from "./forms";
import { foldedText } from "../fold";
import { memberNumberLine } from "./member-card";
import { printCardButton } from "./loyalty-cards";

const KINDS = ["complaint", "return", "service_request", "consultation", "call", "visit", "promotion_response", "note"];

export async function renderCustomer(main: HTMLElement, id: number): Promise<void> {
  const [c, outlook] = await Promise.all([api.customerPage(id), analysisApi.outlook(id)]);
  const refresh = () => renderCustomer(main, id);
  mount(
    main,
    h(
      "header",
      { class: "page-head" },
      h("a", { href: "#/customers", class: "back" }, t("customer-back")),
      // Who, on the left; what to do with them, on the right; the file's upkeep below.
      h(
        "div",
        { class: "who" },
        h("h1", { id: "customer-name" }, c.name),
        c.company && c.company !== c.name ? h("p", { class: "muted" }, c.company) : null,
        h("p", { class: "muted" }, t("customer-since", { date: formatDate(c.created_at) })),
        memberNumberLine(c, refresh),
      ),
      h(
        "div",
        { class: "head-actions" },
        h("button", { id: "edit-customer", onclick: () => go(`/customers/${id}/edit`) }, t("customer-edit")),
        c.member_number ? printCardButton(id) : null,
      ),
      upkeepActions(c, refresh),
    ),
    h(
      "div",
      { class: "columns" },
      h(
        "div",
        { class: "column" },
        outlookCard(outlook, async (stage) => {
          await analysisApi.setManualStage(id, stage);
          await refresh();
        }),
        contactCard(c), relationsCard(c, refresh), consentCard(c, refresh)),
      h("div", { class: "column wide" }, purchasesCard(c, refresh), interactionsCard(c, refresh), timelineCard(id)),
    ),
  );
}

/** Stage, RFM segment, chance of still being active and 12-month value, with why in a line. */
export function outlookCard(o: OutlookView, setStage?: (stage: string | null) => Promise<void>): HTMLElement {
  // Someone who has bought nothing yet has nothing projected, whatever the shop's model.
  const noPurchase = o.note === null || o.note === "no_purchase";
  const why = noPurchase ? "outlook-why-no_purchase" : o.basis === "historic" ? "outlook-why-historic" : `outlook-why-${o.note}`;
  let stageControl: HTMLElement | null = null;
  if (setStage) {
    const select = h(
      "select",
      { id: "manual-stage", "aria-label": t("outlook-set-stage") },
      h("option", { value: "" }, t("outlook-automatic")),
      STAGES.map((s) => h("option", { value: s }, t(`stage-${s}` as Key))),
    );
    select.value = o.manual_stage && o.stage ? o.stage : "";
    select.addEventListener("change", () => void setStage(select.value || null));
    stageControl = h("details", { class: "small" }, h("summary", {}, t("outlook-set-stage")), select);
  }
  return h(
    "section",
    { class: "card outlook", id: "outlook" },
    h("h2", {}, t("outlook-title")),
    o.stage
      ? h("p", {}, h("span", { class: "stage-badge", id: "stage" }, t(`stage-${o.stage}` as Key)), o.manual_stage ? h("small", { class: "muted" }, ` (${t("outlook-manual")})`) : null)
      : null,
    dl([
      [t("outlook-segment"), o.segment ? t(`segment-${o.segment}` as Key) : ""],
      // BG/NBD holds everyone with no repeat purchase "alive" by construction: a 100 % for a
      // one-time buyer would mislead, so the line says why instead (below).
      [t("outlook-p-alive"), o.p_alive === null || o.note === "one_time_buyer" ? "" : formatPercent(o.p_alive)],
    ]),
    o.clv_12m
      ? h(
          "div",
          { class: "clv" },
          h("span", { class: "muted" }, t("outlook-clv")),
          h("span", { class: "big", id: "clv" }, o.clv_12m),
          o.expected_purchases_12m === null
            ? null
            : h("small", { class: "muted" }, t("outlook-expected", { n: Math.round(o.expected_purchases_12m * 10) / 10 })),
        )
      : null,
    o.drifting_reason ? h("p", { class: "overdue" }, o.drifting_reason) : null,
    h("p", { class: "muted small", id: "outlook-why" }, t(why as Key)),
    stageControl,
  );
}

function dl(rows: [string, Child | Child[]][]): HTMLElement {
  return h("dl", {}, rows.filter(([, v]) => v !== "" && v !== null && !(Array.isArray(v) && v.length === 0)).flatMap(([k, v]) => [h("dt", {}, k), h("dd", {}, ...(Array.isArray(v) ? v : [v]))]));
}

function contactCard(c: CustomerView): HTMLElement {
  const address = [c.address_line1, c.address_line2, `${c.postal_code} ${c.city}`.trim(), c.country].filter(Boolean);
  return h(
    "section",
    { class: "card" },
    h("h2", {}, t("customer-contact")),
    h("ul", { class: "plain" }, c.emails.map((e) => h("li", {}, e)), c.phones.map((p) => h("li", {}, p))),
    address.length ? h("address", {}, address.flatMap((line, i) => (i ? [h("br"), line] : [line]))) : null,
    dl([
      [t("customer-birthday"), c.birthday ? birthdayText(c.birthday) : ""],
      [t("customer-language"), c.language ? t(`lang-${c.language}` as Key) : ""],
      [t("customer-preferences"), c.preferences ? foldedText(c.preferences) : ""],
      [t("customer-notes"), c.notes ? foldedText(c.notes) : ""],
      [t("customer-tags"), c.tags.map((tag) => h("span", { class: "tag" }, tag))],
    ]),
  );
}

function birthdayText(b: string): string {
  if (b.startsWith("--")) {
    const [m, d] = b.slice(2).split("-").map(Number);
    return formatDayMonth(m, d);
  }
  return formatDate(b);
}

function link(r: { id: number; name: string }): HTMLElement {
  return h("a", { href: `#/customers/${r.id}` }, r.name);
}

function relationsCard(c: CustomerView, refresh: () => Promise<void>): HTMLElement {
  return h(
    "section",
    { class: "card", id: "relations" },
    h("h2", {}, t("customer-relations")),
    dl([
      [t("customer-household"), c.household ? [c.household, ...c.household_members.flatMap((m) => [" · ", link(m)])] : ""],
      [t("customer-referred-by"), c.referred_by ? link(c.referred_by) : ""],
      [t("customer-referrals"), c.referrals.flatMap((r, i) => (i ? [", ", link(r)] : [link(r)]))],
    ]),
    householdControl(c, refresh),
  );
}

function consentCard(c: CustomerView, refresh: () => Promise<void>): HTMLElement {
  const current = c.consents.length ? c.consents.map((ch) => t(`channel-${ch}` as Key)).join(", ") : t("customer-no-consent");
  return h(
    "section",
    { class: "card" },
    h("h2", {}, t("customer-consents")),
    h("p", { id: "consents" }, current),
    c.consent_history.length
      ? h(
          "details",
          {},
          h("summary", {}, t("customer-consent-history")),
          h(
            "ul",
            { class: "plain small" },
            c.consent_history.map((e) =>
              h("li", {}, `${formatDate(e.at)} — ${t(`channel-${e.channel}` as Key)} ${t(e.granted ? "customer-granted" : "customer-withdrawn")}${e.source ? ` (${e.source})` : ""}`),
            ),
          ),
        )
      : null,
    consentEditor(c, refresh),
    alwaysSendToggle(c.id),
  );
}

/** "Always send": this customer is never held out of a card run. Saved on change. */
function alwaysSendToggle(id: number): HTMLElement {
  const box = h("input", { type: "checkbox", id: "always-send", disabled: true });
  void campaignsApi.alwaysSend(id).then((on) => {
    box.checked = on;
    box.disabled = false;
  });
  box.addEventListener("change", async () => {
    box.disabled = true;
    try {
      await campaignsApi.setAlwaysSend(id, box.checked);
    } catch {
      box.checked = !box.checked;
    } finally {
      box.disabled = false;
    }
  });
  return h("label", { class: "field checkbox" }, box, t("ui-campaigns-always-send"));
}

function purchasesCard(c: CustomerView, refresh: () => Promise<void>): HTMLElement {
  const amount = input({ id: "purchase-amount", inputmode: "decimal", placeholder: "12,50" });
  const category = input({ id: "purchase-category" });
  const note = input({ id: "purchase-note" });
  const offer = input({ id: "purchase-offer" });
  const at = dateTimeInput("purchase-at");
  const summary = h("p", { class: "form-summary", "aria-live": "polite" });
  const form = h(
    "form",
    { class: "inline-form", id: "purchase-form" },
    field(t("purchase-amount"), amount, "amount"),
    field(t("purchase-category"), category, "category"),
    field(t("purchase-note"), note, "note"),
    field(t("purchase-offer-code"), offer, "offer_code"),
    dateField(t("purchase-at"), at, "at"),
    h("button", { type: "submit", class: "primary", id: "purchase-save" }, t("purchase-save")),
    summary,
  );
  const draft = keepDraft(`customer:${c.id}:purchase`, form, t("draft-what-purchase", { name: c.name }));
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    clearErrors(form);
    if (!datesMake(form, summary, [[at, "at"]])) return;
    try {
      await api.addPurchase(c.id, { amount: amount.value, category: category.value, note: note.value, offer_code: offer.value, at: at.value(), ticket: "" });
      draft.saved();
      await refresh();
    } catch (err) {
      showErrors(form, summary, err, t("form-fix"));
    }
  });
  const rows = c.purchases.map((p) =>
    h(
      "tr",
      { class: p.amount_minor < 0 ? "refund" : "" },
      h("td", {}, formatDate(p.at, true)),
      h("td", {}, p.category),
      h("td", { class: "num" }, p.amount),
      h("td", {}, [p.offer_code, p.note].filter(Boolean).join(" · ")),
      h("td", { class: "actions-cell" }, purchaseActions(p, refresh)),
    ),
  );
  return h(
    "section",
    { class: "card", id: "purchases" },
    h("h2", {}, t("customer-purchases"), " ", h("small", { class: "muted" }, t("customer-purchase-summary", { n: c.purchase_count, total: c.total }))),
    h("details", { open: draft.restored }, h("summary", {}, t("purchase-add")), form),
    rows.length ? h("table", { class: "data" }, h("tbody", {}, rows)) : h("p", { class: "muted" }, t("customer-no-purchases")),
  );
}

function interactionsCard(c: CustomerView, refresh: () => Promise<void>): HTMLElement {
  const kind = h("select", { id: "interaction-kind" }, KINDS.map((k) => h("option", { value: k }, t(`kind-${k}` as Key))));
  const summaryInput = input({ id: "interaction-summary" });
  const due = dateInput("interaction-due");
  const summary = h("p", { class: "form-summary", "aria-live": "polite" });
  const form = h(
    "form",
    { class: "inline-form", id: "interaction-form" },
    field(t("interaction-kind"), kind, "kind"),
    field(t("interaction-summary"), summaryInput, "summary"),
    dateField(t("interaction-due"), due, "due"),
    h("button", { type: "submit", class: "primary", id: "interaction-save" }, t("interaction-save")),
    summary,
  );
  const draft = keepDraft(`customer:${c.id}:interaction`, form, t("draft-what-interaction", { name: c.name }));
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    if (!datesMake(form, summary, [[due, "due"]])) return;
    try {
      await api.addInteraction(c.id, { kind: kind.value, summary: summaryInput.value, details: "", due: due.value() });
      draft.saved();
      await refresh();
    } catch (err) {
      showErrors(form, summary, err, t("form-fix"));
    }
  });
  return h(
    "section",
    { class: "card", id: "interactions" },
    h("h2", {}, t("customer-interactions")),
    h("details", { open: draft.restored }, h("summary", {}, t("interaction-add")), form),
    c.interactions.length
      ? h("ul", { class: "timeline" }, c.interactions.map((i) => interactionItem(i, refresh)))
      : h("p", { class: "muted" }, t("customer-no-interactions")),
  );
}

export function interactionItem(i: InteractionView, refresh: () => Promise<void>, showCustomer = false): HTMLElement {
  const open = i.status !== "resolved";
  const item = h(
    "li",
    { class: `interaction ${i.kind} ${i.status}`, "data-id": i.id },
    h(
      "div",
      { class: "line" },
      h("span", { class: "badge" }, t(`kind-${i.kind}` as Key)),
      showCustomer && i.customer_name ? h("a", { href: `#/customers/${i.customer_id}` }, i.customer_name) : null,
      h("span", { class: "summary" }, i.summary),
      h("span", { class: `status ${i.status}` }, t(`status-${i.status}` as Key)),
      open ? h("span", { class: "muted age" }, openFor(i.age_days)) : null,
      i.overdue ? h("span", { class: "overdue" }, t("interaction-overdue")) : null,
      h("span", { class: "muted date" }, formatDate(i.at)),
    ),
    i.status === "resolved" ? h("p", { class: "resolution" }, "✓ ", i.resolved_at ? t("interaction-resolved-on", { date: formatDate(i.resolved_at) }) : "", i.resolution ? ` ${i.resolution}` : "") : null,
  );
  if (open) {
    const resolution = input({ class: "resolution-input", placeholder: t("interaction-resolution"), "aria-label": t("interaction-resolution") });
    const err = h("small", { class: "field-error" });
    const button = h("button", { class: "resolve" }, t("interaction-resolve"));
    button.addEventListener("click", async () => {
      try {
        await api.resolveInteraction(i.id, resolution.value);
        await refresh();
      } catch (e) {
        err.textContent = e instanceof Error ? e.message : String(e);
      }
    });
    item.append(h("div", { class: "resolve-row" }, resolution, button, err));
  }
  return item;
}

/** "ouvert aujourd'hui", "ouvert depuis 1 jour", "ouvert depuis 5 jours". */
export function openFor(days: number): string {
  if (days <= 0) return t("interaction-age-today");
  return t("interaction-age", { n: days });
}
