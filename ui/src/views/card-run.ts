// One card run's panel (the month's cards, or birthday and anniversary cards over a period):
// the choices, the preview and its words, who gets a card and who is skipped, generate with
// progress, record.

import {
  cardsApi,
  type Language,
  type CardRunView,
  type CardView,
  type RunInput,
  type RunKind,
} from "../api-cards";
import { debounce, h, mount } from "../dom";
import { formatMonth, formatPercent, LANGUAGES, t, type Key } from "../i18n";
import { dateField, dateInput, monthInput } from "../date-field";
import { progressView } from "../progress";
import { field, input, showErrors } from "./forms";

/** Colours of each design, as the PDF draws them (crates/printing/src/designs). */
const PALETTES: Record<string, [paper: string, band: string, ink: string, accent: string]> = {
  "month-01": ["#f3f7fb", "#1f3b63", "#1f3b63", "#3f7cbf"],
  "month-02": ["#fff5f6", "#f7d4da", "#8e1b33", "#d23a57"],
  "month-03": ["#f8fbf1", "#dcefc4", "#35602a", "#6aa84f"],
  "month-04": ["#fbf8ff", "#e6dcf5", "#5b3f8c", "#8e6cc4"],
  "month-05": ["#f7fbf6", "#d7ecd9", "#2f5d3a", "#4f9a62"],
  "month-06": ["#fffaf0", "#ffe7a8", "#9a4a00", "#f29a1f"],
  "month-07": ["#f2fafc", "#bfe6f0", "#0f4c68", "#1b8bb4"],
  "month-08": ["#fffaf2", "#f6dfb0", "#6b4a10", "#c98a16"],
  "month-09": ["#fbf9f4", "#f1e2c8", "#7a2e1f", "#c0462c"],
  "month-10": ["#faf5fb", "#3b2550", "#3b2550", "#e8731c"],
  "month-11": ["#fbf7f1", "#eddcc5", "#6d3b1a", "#b5541c"],
  "month-12": ["#fbf7f2", "#1d5a3c", "#8c1c24", "#b8262f"],
  birthday: ["#fffaf3", "#fde3cf", "#7d2a5a", "#e0507e"],
  anniversary: ["#fbfaf6", "#233a4d", "#233a4d", "#b8912f"],
};

const SHOWN = 150;

function iso(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

function nextMonth(): string {
  const d = new Date();
  d.setDate(1);
  d.setMonth(d.getMonth() + 1);
  return iso(d).slice(0, 7);
}

/**
 * "Cartes de janvier 2027 (le mois prochain)": the month a run is for, and where it stands
 * from `today` (the coming month, this month, or neither).
 */
export function monthLabel(month: string, today: Date = new Date()): string {
  const [y, m] = month.split("-").map(Number);
  if (!y || !m) return t("cards-monthly");
  const offset = (y - today.getFullYear()) * 12 + (m - 1 - today.getMonth());
  const when = offset === 1 ? ` ${t("cards-coming-month")}` : offset === 0 ? ` ${t("cards-current-month")}` : "";
  return `${t("cards-month-heading", { month: formatMonth(month) })}${when}`;
}

function dark(hex: string): boolean {
  const n = parseInt(hex.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 < 0.45;
}

/** The front and address side of one card, drawn from its texts in the design's colours. */
export function cardPreview(run: CardRunView, card: CardView | undefined, greeting: string, message: string): HTMLElement {
  const [paper, band, ink, accent] = PALETTES[run.design] ?? PALETTES["month-01"];
  const front = h(
    "div",
    { class: "card-front" },
    h("div", { class: "card-band" }, h("span", { class: "card-greeting" }, greeting)),
    h(
      "div",
      { class: "card-panel" },
      h("p", { class: "card-salutation" }, card ? `${card.salutation},` : t("cards-nobody")),
      h("p", { class: "card-message" }, message),
      card && card.personal ? h("p", { class: "card-personal" }, card.personal) : null,
      card?.offer_line ? h("p", { class: "card-code" }, card.offer_line) : null,
      h("p", { class: "card-signature" }, run.signature),
    ),
  );
  const back = h(
    "div",
    { class: "card-back" },
    h("div", { class: "card-sender" }, h("strong", {}, run.shop_name), run.shop_address.map((l) => h("div", {}, l))),
    h("div", { class: "card-stamp" }),
    h("address", { class: "card-address" }, (card?.address ?? []).map((l, i) => (i === 0 ? h("strong", {}, l) : h("div", {}, l)))),
  );
  const el = h("div", { class: "card-preview", "data-design": run.design }, front, back);
  el.style.setProperty("--card-paper", paper);
  el.style.setProperty("--card-band", band);
  el.style.setProperty("--card-ink", ink);
  el.style.setProperty("--card-accent", accent);
  el.style.setProperty("--card-greeting", dark(band) ? "#ffffff" : ink);
  return el;
}

/** " 12 NL and 5 EN in their own language." when some cards are not in the shop's language. */
export function otherLanguages(v: CardRunView): string {
  const counts = new Map<string, number>();
  for (const c of v.cards) if (c.language !== v.language) counts.set(c.language, (counts.get(c.language) ?? 0) + 1);
  if (counts.size === 0) return "";
  const list = [...counts.entries()].sort().map(([l, n]) => `${n} ${l.toUpperCase()}`);
  return ` ${t("cards-other-languages", { list: list.join(t("cards-and")) })}`;
}

function reasonLabel(code: string): string {
  const key = `cards-skip-${code}` as Key;
  return t(key) ?? code;
}

/** One run's panel: the choices, the preview and its words, the list, generate and record. */
export function runPanel(prefix: string, periodic: boolean, onRecorded: () => void): HTMLElement {
  const month = monthInput(`${prefix}-month`, nextMonth());
  const kind = h(
    "select",
    { id: `${prefix}-kind` },
    h("option", { value: "birthday" }, t("cards-option-birthday")),
    h("option", { value: "anniversary" }, t("cards-option-anniversary")),
  );
  const today = new Date();
  const later = new Date(today);
  later.setDate(later.getDate() + 30);
  const from = dateInput(`${prefix}-from`, iso(today));
  const to = dateInput(`${prefix}-to`, iso(later));
  const households = h("input", { type: "checkbox", id: `${prefix}-households` });
  // The monthly run's hold-out: that share of each stage gets no card, the comparison group.
  const holdout = h("input", { type: "number", id: `${prefix}-holdout`, min: "0", max: "50", step: "1", value: "10", class: "narrow" });
  const layout = h(
    "select",
    { id: `${prefix}-layout` },
    h("option", { value: "4up" }, t("cards-layout4up")),
    h("option", { value: "single" }, t("cards-layout-single")),
  );
  const open = h("input", { type: "checkbox", id: `${prefix}-open` });
  // The words are edited one language at a time; the shop's comes first.
  const textLanguage = h(
    "select",
    { id: `${prefix}-text-language` },
    LANGUAGES.map((l) => h("option", { value: l, lang: l }, t(`lang-${l}`))),
  );
  const greeting = input({ id: `${prefix}-greeting`, maxlength: "60" });
  const message = h("textarea", { id: `${prefix}-message`, rows: 4, maxlength: 400 });
  const textsSummary = h("p", { class: "form-summary", "aria-live": "polite" });
  const previewSlot = h("div", { class: "card-preview-slot" });
  const summary = h("p", { id: `${prefix}-summary`, "aria-live": "polite" });
  const lists = h("div", { class: "run-lists" });
  const result = h("p", { id: `${prefix}-result`, "aria-live": "polite" });
  const generate = h("button", { type: "button", class: "primary", id: `${prefix}-generate` }, t("cards-generate"));
  const record = h("button", { type: "button", id: `${prefix}-record`, hidden: true }, t("cards-record"));
  const progressSlot = h("div");
  let view: CardRunView | null = null;
  let selected = 0;
  let token: number | null = null;
  let occasion = "";

  const run = (): RunInput => ({
    kind: (periodic ? kind.value : "monthly") as RunKind,
    month: month.value(),
    from: from.value(),
    to: to.value(),
    households: households.checked,
    holdout_percent: periodic ? 0 : Math.max(0, Math.min(50, Math.round(Number(holdout.value) || 0))),
  });

  const loadTexts = async () => {
    const texts = await cardsApi.texts(occasion, textLanguage.value as Language);
    greeting.value = texts.greeting;
    message.value = texts.message;
    greeting.placeholder = texts.default_greeting;
    message.placeholder = texts.default_message;
  };

  // The selected card in its own language: the words being edited when they are its
  // language's, else the ones it carries.
  const drawPreview = () => {
    if (!view) return;
    const card = view.cards[selected];
    const language = card?.language ?? view.language;
    const editing = language === textLanguage.value;
    const words = editing
      ? [greeting.value.trim() || greeting.placeholder, message.value.trim() || message.placeholder]
      : [card?.greeting ?? view.greeting, card?.message ?? view.message];
    mount(previewSlot, cardPreview(view, card, words[0], words[1]));
  };

  const choose = (i: number) => {
    selected = i;
    drawPreview();
    drawLists();
    lists.querySelector<HTMLElement>(`tr.recipient:nth-child(${i + 1})`)?.focus();
  };
  const drawLists = () => {
    if (!view) return;
    const v = view;
    const skipped = v.skipped.length;
    summary.textContent = t("cards-summary", { cards: v.cards.length, customers: v.customers, skipped }) +
      (v.household_members ? ` ${t("cards-household-members", { n: v.household_members })}` : "") +
      otherLanguages(v) +
      (v.held_out ? ` ${t("campaigns-held-out-summary", { n: v.held_out, percent: v.holdout_percent })}` : "") +
      (v.cards.length && v.new_cards === 0 ? ` ${t("cards-all-recorded")}` : "");
    const rows = v.cards.slice(0, SHOWN).map((c, i) =>
      h(
        "tr",
        {
          class: i === selected ? "recipient selected" : "recipient",
          "data-id": c.customer_id,
          // Chosen with the mouse or, focused, with Enter or Space.
          tabindex: 0,
          "aria-selected": i === selected ? "true" : "false",
          onclick: () => choose(i),
          onkeydown: (e: Event) => {
            const key = (e as KeyboardEvent).key;
            if ((key === "Enter" || key === " ") && e.target === e.currentTarget) {
              e.preventDefault();
              choose(i);
            }
          },
        },
        h(
          "td",
          {},
          h("a", { href: `#/customers/${c.customer_id}` }, c.name),
          // Where it goes, so two customers of the same name can be told apart.
          c.address.length > 1 ? h("span", { class: "muted small recipient-where" }, ` · ${c.address.slice(1).join(", ")}`) : null,
          c.members.length > 1 ? h("span", { class: "muted small" }, ` (${c.members.length})`) : null,
          c.language !== v.language ? h("span", { class: "lang-tag", title: t(`lang-${c.language}` as Key) }, c.language.toUpperCase()) : null,
        ),
        h("td", { class: "muted" }, c.stage ? t(`stage-${c.stage}` as Key) : ""),
        h("td", {}, c.personal_kind === "offer" ? t("cards-offer-line", { percent: formatPercent((c.offer_percent ?? 0) / 100), code: c.offer_code ?? "" }) : c.personal_kind === "thanks" ? t("cards-thanks") : ""),
        h("td", { class: "muted small" }, c.recorded ? t("cards-recorded") : ""),
      ),
    );
    const byReason = new Map<string, typeof v.skipped>();
    for (const s of v.skipped) byReason.set(s.reason, [...(byReason.get(s.reason) ?? []), s]);
    mount(
      lists,
      h("h3", {}, t("cards-who-gets-one")),
      rows.length ? h("table", { class: "data recipients" }, rows) : h("p", { class: "muted" }, t("cards-nobody")),
      v.cards.length > SHOWN ? h("p", { class: "muted small" }, t("cards-and-more", { n: v.cards.length - SHOWN })) : null,
      h("h3", {}, t("cards-skipped")),
      byReason.size
        ? h(
            "ul",
            { class: "plain skipped" },
            [...byReason.entries()].map(([reason, people]) =>
              h(
                "li",
                { "data-reason": reason },
                h(
                  "details",
                  {},
                  h("summary", {}, t("cards-skipped-count", { reason: reasonLabel(reason), n: people.length })),
                  h("ul", { class: "plain small" }, people.slice(0, SHOWN).map((p) => h("li", {}, h("a", { href: `#/customers/${p.customer_id}` }, p.name || `#${p.customer_id}`)))),
                ),
              ),
            ),
          )
        : h("p", { class: "muted" }, t("cards-nobody-skipped")),
    );
  };

  const refresh = async () => {
    result.textContent = "";
    record.hidden = true;
    token = null;
    try {
      view = await cardsApi.preview(run());
      const nextOccasion = view.design;
      if (nextOccasion !== occasion) {
        if (!occasion) textLanguage.value = view.language;
        occasion = nextOccasion;
        await loadTexts();
      }
      selected = Math.min(selected, Math.max(0, view.cards.length - 1));
      drawPreview();
      drawLists();
      generate.disabled = view.cards.length === 0;
    } catch (err) {
      summary.textContent = err instanceof Error ? err.message : String(err);
      mount(lists);
      generate.disabled = true;
    }
  };
  /** After the words were saved: the run again (its cards carry them) and the editor's. */
  const refreshTexts = async () => {
    await refresh();
    await loadTexts();
    drawPreview();
  };
  const later_ = debounce(() => void refresh(), 250);
  for (const el of [kind, households, holdout]) el.addEventListener("change", later_);
  for (const date of [month, from, to]) date.onChange(later_);
  greeting.addEventListener("input", drawPreview);
  message.addEventListener("input", drawPreview);
  textLanguage.addEventListener("change", async () => {
    await loadTexts();
    drawPreview();
  });

  const textsForm = h(
    "form",
    { class: "card-texts" },
    field(t("cards-text-language"), textLanguage, "language"),
    field(t("cards-greeting"), greeting, "greeting"),
    field(t("cards-message"), message, "message"),
    h(
      "div",
      { class: "actions" },
      h("button", { type: "submit", id: `${prefix}-save-texts` }, t("cards-save-texts")),
      h("button", { type: "button", onclick: async () => { greeting.value = ""; message.value = ""; await cardsApi.setTexts(occasion, textLanguage.value as Language, "", ""); await refreshTexts(); } }, t("cards-reset-texts")),
    ),
    textsSummary,
  );
  textsForm.addEventListener("submit", async (e) => {
    e.preventDefault();
    try {
      await cardsApi.setTexts(occasion, textLanguage.value as Language, greeting.value, message.value);
      textsSummary.textContent = "";
      await refreshTexts();
    } catch (err) {
      showErrors(textsForm, textsSummary, err, t("form-fix"));
    }
  });

  generate.addEventListener("click", async () => {
    generate.disabled = true;
    record.hidden = true;
    result.textContent = "";
    const progress = progressView(t("cards-cancel"));
    mount(progressSlot, progress.element);
    try {
      const made = await cardsApi.generate(run(), layout.value, open.checked, progress.channel);
      if (made.cancelled) result.textContent = t("cards-cancelled");
      else if (made.file_name === null) result.textContent = t("cards-not-saved");
      else {
        result.textContent = t("cards-generated", { file: made.file_name, cards: made.cards, pages: made.pages });
        token = made.token;
        record.hidden = made.new_cards === 0;
        if (made.new_cards === 0) result.textContent += ` ${t("cards-all-recorded")}`;
      }
    } catch (err) {
      result.textContent = err instanceof Error ? err.message : String(err);
    } finally {
      progress.finish();
      generate.disabled = false;
    }
  });
  record.addEventListener("click", async () => {
    if (token === null) return;
    record.disabled = true;
    try {
      const r = await cardsApi.record(token);
      result.textContent = r.run_id === null ? t("cards-nothing-to-record") : t("cards-recorded-run", { customers: r.customers, cards: r.cards }) + (r.held_out ? ` ${t("ui-campaigns-recorded-held-out", { n: r.held_out })}` : "");
      record.hidden = true;
      await refresh();
      result.textContent = r.run_id === null ? t("cards-nothing-to-record") : t("cards-recorded-run", { customers: r.customers, cards: r.cards }) + (r.held_out ? ` ${t("ui-campaigns-recorded-held-out", { n: r.held_out })}` : "");
      onRecorded();
    } catch (err) {
      result.textContent = err instanceof Error ? err.message : String(err);
    } finally {
      record.disabled = false;
    }
  });

  const choices = periodic
    ? [field(t("cards-kind"), kind, `${prefix}-kind`), dateField(t("cards-from"), from, "from"), dateField(t("cards-to"), to, "to")]
    : [dateField(t("cards-month"), month, "month")];
  // The month's run says which month it is for, and that it is the coming one by default.
  const heading = periodic ? null : h("h2", { id: `${prefix}-heading` }, monthLabel(month.value()));
  month.onChange(() => {
    if (heading) heading.textContent = monthLabel(month.value());
  });
  const panel = h(
    "div",
    { class: "run-panel" },
    heading,
    h(
      "div",
      { class: "inline-form" },
      choices,
      field(t("cards-layout"), layout, `${prefix}-layout`),
      h("label", { class: "field checkbox" }, households, t("cards-households")),
      periodic ? null : field(t("ui-campaigns-holdout"), holdout, `${prefix}-holdout`),
      h("label", { class: "field checkbox" }, open, t("cards-open-viewer")),
    ),
    h("div", { class: "run-preview" }, previewSlot, textsForm),
    summary,
    h("div", { class: "actions" }, generate, record),
    progressSlot,
    result,
    lists,
  );
  void refresh();
  return panel;
}

