// The counter: one field takes a scan or what a hand types (a card's number, an offer code, a
// phone, a name; Enter ends a scan), the customer's counter view, the sale in two keystrokes
// (amount, Enter) with its points at once, refunds, rewards, and a new customer enrolled.
// Keyboard only from the scan to the sale: Enter moves on, the focus comes back to the field.

import { AppError, api, type CustomerInput } from "../api";
import { counterApi, type CounterView, type FoundView, type OfferView } from "../api-counter";
import { h, mount } from "../dom";
import { formatDate, t, type Key } from "../i18n";
import { scanField } from "../scan";
import { field, input } from "./forms";

interface Pending {
  offer: string;
}

export async function renderCounter(main: HTMLElement): Promise<void> {
  const scan = input({ id: "counter-scan", autocomplete: "off", spellcheck: "false", "aria-describedby": "counter-scan-help" });
  const result = h("div", { id: "counter-result", "aria-live": "polite" });
  const pending: Pending = { offer: "" };

  const show = (view: CounterView, note?: HTMLElement | null, offer?: OfferView | null) => {
    pending.offer = offer && !offer.refusal ? offer.code : "";
    mount(result, customerPanel(view, note ?? null, offer ?? null, pending, show, () => scan.focus()));
    result.querySelector<HTMLInputElement>("#counter-amount")?.focus();
  };

  const find = async (text: string) => {
    if (!text.trim()) return;
    const found: FoundView = await counterApi.find(text);
    scan.value = "";
    switch (found.found) {
      case "customer":
        return show(found.view);
      case "offer":
        return show(found.view, null, found.offer);
      case "stopped":
        mount(
          result,
          h(
            "div",
            { class: "card warning", id: "counter-stopped" },
            h("p", {}, t("counter-stopped", { number: found.number, name: found.name })),
            found.current_number ? h("p", { class: "muted" }, t("counter-stopped-current", { number: found.current_number })) : null,
            h("button", { type: "button", id: "counter-open-stopped", onclick: async () => show(await counterApi.view(found.customer_id)) }, t("counter-open", { name: found.name })),
          ),
        );
        return;
      case "choices":
        mount(
          result,
          h(
            "div",
            { class: "card", id: "counter-choices" },
            h("p", {}, t("counter-choose")),
            h(
              "ul",
              { class: "plain" },
              found.customers.map((c) =>
                h("li", {}, h("button", { type: "button", class: "link", onclick: async () => show(await counterApi.view(c.id)) }, [c.name, c.city, c.phone ?? ""].filter(Boolean).join(" · "))),
              ),
            ),
          ),
        );
        result.querySelector<HTMLButtonElement>("button")?.focus();
        return;
      case "nothing":
        mount(result, h("p", { class: "card warning", id: "counter-nothing" }, t(`counter-nothing-${found.reason.replaceAll("_", "-")}` as Key, { value: text.trim() })));
        scan.focus();
        return;
    }
  };

  scanField(scan, (text) => void find(text).catch((e) => mount(result, h("p", { class: "error" }, String(e instanceof Error ? e.message : e)))));

  mount(
    main,
    h("header", { class: "page-head" }, h("h1", {}, t("counter-title"))),
    h(
      "section",
      { class: "card counter-scan" },
      h("label", { for: "counter-scan" }, t("counter-scan-label")),
      h("div", { class: "row" }, scan, h("button", { type: "button", id: "counter-enrol", onclick: () => mount(result, enrolForm(show, () => scan.focus())) }, t("counter-enrol"))),
      h("small", { class: "muted", id: "counter-scan-help" }, t("counter-scan-help")),
    ),
    result,
  );
  scan.focus();
}

function unitWord(view: CounterView, n: number): string {
  return t(view.unit === "stamps" ? "counter-stamps" : "counter-points", { n });
}

function rewardName(r: { value: string | null; label: string }): string {
  return r.label || r.value || "";
}

function customerPanel(
  view: CounterView,
  note: HTMLElement | null,
  offer: OfferView | null,
  pending: Pending,
  show: (v: CounterView, note?: HTMLElement | null, offer?: OfferView | null) => void,
  back: () => void,
): HTMLElement {
  const amount = input({ id: "counter-amount", inputmode: "decimal", autocomplete: "off" });
  const category = input({ id: "counter-category", autocomplete: "off" });
  const offerCode = input({ id: "counter-offer", autocomplete: "off", value: pending.offer });
  const message = h("p", { class: "error", id: "counter-sale-error", role: "alert" });
  const acceptSlot = h("div", { id: "counter-accept-slot" });

  const sell = async (acceptAnyway: boolean) => {
    message.textContent = "";
    acceptSlot.replaceChildren();
    try {
      const done = await counterApi.sale({ customer_id: view.customer_id, amount: amount.value, category: category.value, offer: offerCode.value, accept_anyway: acceptAnyway });
      const said = h(
        "p",
        { class: "counter-done", id: "counter-earned" },
        t("counter-sale-done", { earned: done.earned, balance: done.view.balance, unit: done.view.unit }),
      );
      show(done.view, said);
      back();
    } catch (e) {
      if (e instanceof AppError && e.fields.some((f) => f.field === "offer") && !acceptAnyway) {
        message.textContent = e.field("offer") ?? e.message;
        // The counter refused the code; the shopkeeper may accept it knowingly (recorded).
        const accept = h("button", { type: "button", id: "counter-accept-anyway", onclick: () => void sell(true) }, t("counter-accept-anyway"));
        acceptSlot.replaceChildren(accept);
        accept.focus();
        return;
      }
      message.textContent = e instanceof AppError ? e.fields.map((f) => f.message).join(" ") || e.message : String(e);
      amount.focus();
    }
  };
  for (const el of [amount, category, offerCode]) {
    el.addEventListener("keydown", (e) => {
      if (e.key === "Enter") {
        e.preventDefault();
        void sell(false);
      } else if (e.key === "Escape") {
        e.preventDefault();
        back();
      }
    });
  }

  const stage = view.stage ? h("span", { class: "stage-badge", id: "counter-stage" }, t(`stage-${view.stage}` as Key)) : null;
  const balance = view.loyalty_enabled
    ? h(
        "div",
        { class: "counter-balance" },
        h("span", { class: "big", id: "counter-balance" }, unitWord(view, view.balance)),
        view.next_reward && view.missing !== null
          ? h("p", { class: "muted", id: "counter-next" }, t("counter-missing", { missing: view.missing, unit: view.unit, reward: rewardName(view.next_reward) }))
          : null,
        h(
          "div",
          { class: "row" },
          view.rewards
            .filter((r) => r.affordable)
            .map((r) =>
              h(
                "button",
                { type: "button", class: "small", id: `counter-spend-${r.index}`, onclick: async () => show(await counterApi.spend(view.customer_id, r.index)) },
                t("counter-spend", { reward: rewardName(r), cost: r.cost, unit: view.unit }),
              ),
            ),
        ),
      )
    : h("p", { class: "muted" }, t("counter-loyalty-off"));

  const facts: HTMLElement[] = [];
  if (view.birthday_this_week) facts.push(h("li", { id: "counter-birthday" }, t("counter-birthday", { date: formatDate(view.birthday_this_week) })));
  if (view.open_complaint) facts.push(h("li", { id: "counter-complaint", class: "warning" }, t("counter-complaint", { summary: view.open_complaint })));
  for (const o of view.offers) facts.push(h("li", { class: "counter-offer" }, t("counter-offer-valid", { code: o.code, percent: o.percent ?? 0, until: formatDate(o.valid_until) })));
  if (offer) {
    facts.push(
      h(
        "li",
        { id: "counter-scanned-offer", class: offer.refusal ? "warning" : "" },
        offer.refusal ? t(`counter-offer-${offer.refusal.replaceAll("_", "-")}` as Key, { code: offer.code, name: offer.owner }) : t("counter-offer-scanned", { code: offer.code, percent: offer.percent ?? 0 }),
      ),
    );
  }

  const purchases = view.last_purchases.map((p) =>
    h(
      "li",
      {},
      h("span", {}, `${formatDate(p.at)} · ${p.amount}${p.category ? ` · ${p.category}` : ""}`),
      p.amount_minor > 0
        ? h(
            "button",
            {
              type: "button",
              class: "small link",
              onclick: () => {
                const refundAmount = input({ id: `counter-refund-amount-${p.id}`, value: p.amount.replace(/[^0-9,.-]/g, ""), "aria-label": t("counter-refund-amount") });
                const row = h(
                  "span",
                  { class: "row" },
                  refundAmount,
                  h("button", { type: "button", id: `counter-refund-${p.id}`, onclick: async () => show(await counterApi.refund(p.id, refundAmount.value)) }, t("counter-refund")),
                );
                refundAmount.addEventListener("keydown", async (e) => {
                  if (e.key === "Enter") {
                    e.preventDefault();
                    show(await counterApi.refund(p.id, refundAmount.value));
                  }
                });
                (document.activeElement as HTMLElement | null)?.replaceWith(row);
                refundAmount.focus();
              },
            },
            t("counter-refund"),
          )
        : null,
    ),
  );

  return h(
    "div",
    { class: "columns counter-view" },
    h(
      "section",
      { class: "column card", id: "counter-customer" },
      h("h2", { id: "counter-name" }, h("a", { href: `#/customers/${view.customer_id}` }, view.name), " ", stage),
      view.member_number ? h("p", { class: "muted" }, t("member-number", { number: view.member_number })) : null,
      balance,
      facts.length ? h("ul", { class: "counter-facts" }, facts) : null,
      view.say ? h("p", { class: "counter-say", id: "counter-say" }, h("strong", {}, t("counter-say")), " ", view.say) : null,
    ),
    h(
      "section",
      { class: "column card", id: "counter-sale" },
      note,
      h("h2", {}, t("counter-sale-title")),
      field(t("counter-amount"), amount, "amount"),
      h("details", { open: pending.offer ? true : undefined }, h("summary", {}, t("counter-more")), field(t("counter-category"), category, "category"), field(t("counter-offer-code"), offerCode, "offer")),
      message,
      acceptSlot,
      h("button", { type: "button", class: "primary", id: "counter-record", onclick: () => void sell(false) }, t("counter-record")),
      h("h3", {}, t("counter-last-purchases")),
      h("ul", { class: "plain", id: "counter-purchases" }, purchases),
      view.entries.length
        ? h(
            "ul",
            { class: "plain muted", id: "counter-entries" },
            view.entries.map((e) => h("li", {}, `${formatDate(e.at)} · ${t(`counter-entry-${e.kind}` as Key)} · ${e.points > 0 ? "+" : ""}${e.points}${e.note ? ` · ${e.note}` : ""}`)),
          )
        : null,
    ),
  );
}

function enrolForm(show: (v: CounterView, note?: HTMLElement | null) => void, back: () => void): HTMLElement {
  const first = input({ id: "enrol-first" });
  const last = input({ id: "enrol-last" });
  const phone = input({ id: "enrol-phone", inputmode: "tel" });
  const email = input({ id: "enrol-email", type: "email" });
  const consent = (channel: string, key: Key) => {
    const box = h("input", { type: "checkbox", id: `enrol-consent-${channel}`, value: channel });
    return h("label", { class: "check" }, box, " ", t(key));
  };
  const consents = h("fieldset", {}, h("legend", {}, t("counter-enrol-ask")), consent("post", "counter-enrol-post"), consent("email", "counter-enrol-email"), consent("sms", "counter-enrol-sms"));
  const error = h("p", { class: "error", id: "enrol-error", role: "alert" });
  const save = async () => {
    const customer: CustomerInput = {
      salutation: "", formality: "formal", first_name: first.value, last_name: last.value, company: "",
      emails: email.value.trim() ? [email.value.trim()] : [], phones: phone.value.trim() ? [phone.value.trim()] : [],
      address_line1: "", address_line2: "", postal_code: "", city: "", country: "", birthday: "", referred_by: null,
      language: "", preferences: "", notes: "", tags: [],
      consents: [...consents.querySelectorAll<HTMLInputElement>("input:checked")].map((b) => b.value),
    };
    if (!customer.emails.length && !customer.phones.length) {
      error.textContent = t("counter-enrol-contact");
      phone.focus();
      return;
    }
    try {
      const id = await api.addCustomer(customer);
      const view = await counterApi.view(id);
      show(view, h("p", { class: "counter-done", id: "enrol-done" }, t("counter-enrolled", { name: view.name, number: view.member_number ?? "" })));
    } catch (e) {
      error.textContent = e instanceof AppError ? [e.message, ...e.fields.map((f) => f.message)].join(" ") : String(e);
    }
  };
  const form = h(
    "form",
    { class: "card", id: "counter-enrol-form" },
    h("h2", {}, t("counter-enrol")),
    field(t("counter-enrol-first"), first, "first_name"),
    field(t("counter-enrol-last"), last, "last_name"),
    field(t("counter-enrol-phone"), phone, "phone"),
    field(t("counter-enrol-email-address"), email, "email"),
    consents,
    error,
    h("div", { class: "actions" }, h("button", { type: "submit", class: "primary", id: "enrol-save" }, t("counter-enrol-save")), h("button", { type: "button", onclick: back }, t("counter-enrol-cancel"))),
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    void save();
  });
  queueMicrotask(() => first.focus());
  return form;
}
