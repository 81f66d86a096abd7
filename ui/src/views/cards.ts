// Cards & reminders: the month's cards (preview, words, who gets one and who is skipped,
// generate with progress, record), birthday and anniversary cards, the week's follow-up with
// done and snooze, the reminders, the recorded runs and the offers per loyalty stage.

import { api } from "../api";
import {
  cardsApi,
  type CardLanguage,
  type CardRunView,
  type CardSettings,
  type CardView,
  type FollowUpWeek,
  type RunInput,
  type RunKind,
} from "../api-cards";
import { debounce, h, mount } from "../dom";
import { formatDate, t, type Key } from "../i18n";
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

const STAGES = ["prospect", "customer", "client", "supporter", "advocate", "partner"] as const;
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

/** This week as `YYYY-Www` (ISO 8601). */
export function isoWeek(d: Date): string {
  const day = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
  const dow = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - dow);
  const yearStart = new Date(Date.UTC(day.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((day.getTime() - yearStart.getTime()) / 86400000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
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
      h("p", { class: "card-salutation" }, card ? `${card.salutation},` : t("cards.nobody")),
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
  return ` ${t("cards.otherLanguages", { list: list.join(t("cards.and")) })}`;
}

function reasonLabel(code: string): string {
  const key = `cards.skip.${code}` as Key;
  return t(key) ?? code;
}

/** One run's panel: the choices, the preview and its words, the list, generate and record. */
function runPanel(prefix: string, periodic: boolean, onRecorded: () => void): HTMLElement {
  const month = h("input", { type: "month", id: `${prefix}-month`, value: nextMonth() });
  const kind = h(
    "select",
    { id: `${prefix}-kind` },
    h("option", { value: "birthday" }, t("cards.kindBirthday")),
    h("option", { value: "anniversary" }, t("cards.kindAnniversary")),
  );
  const today = new Date();
  const later = new Date(today);
  later.setDate(later.getDate() + 30);
  const from = h("input", { type: "date", id: `${prefix}-from`, value: iso(today) });
  const to = h("input", { type: "date", id: `${prefix}-to`, value: iso(later) });
  const households = h("input", { type: "checkbox", id: `${prefix}-households` });
  const layout = h(
    "select",
    { id: `${prefix}-layout` },
    h("option", { value: "4up" }, t("cards.layout4up")),
    h("option", { value: "single" }, t("cards.layoutSingle")),
  );
  const open = h("input", { type: "checkbox", id: `${prefix}-open` });
  // The words are edited one language at a time; the shop's comes first.
  const textLanguage = h(
    "select",
    { id: `${prefix}-text-language` },
    (["fr", "en", "nl"] as CardLanguage[]).map((l) => h("option", { value: l }, t(`lang.${l}` as Key))),
  );
  const greeting = input({ id: `${prefix}-greeting`, maxlength: "60" });
  const message = h("textarea", { id: `${prefix}-message`, rows: 4, maxlength: 400 });
  const textsSummary = h("p", { class: "form-summary", "aria-live": "polite" });
  const previewSlot = h("div", { class: "card-preview-slot" });
  const summary = h("p", { id: `${prefix}-summary`, "aria-live": "polite" });
  const lists = h("div", { class: "run-lists" });
  const result = h("p", { id: `${prefix}-result`, "aria-live": "polite" });
  const generate = h("button", { type: "button", class: "primary", id: `${prefix}-generate` }, t("cards.generate"));
  const record = h("button", { type: "button", id: `${prefix}-record`, hidden: true }, t("cards.record"));
  const progressSlot = h("div");
  let view: CardRunView | null = null;
  let selected = 0;
  let token: number | null = null;
  let occasion = "";

  const run = (): RunInput => ({
    kind: (periodic ? kind.value : "monthly") as RunKind,
    month: month.value,
    from: from.value,
    to: to.value,
    households: households.checked,
  });

  const loadTexts = async () => {
    const texts = await cardsApi.texts(occasion, textLanguage.value as CardLanguage);
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

  const drawLists = () => {
    if (!view) return;
    const v = view;
    const skipped = v.skipped.length;
    summary.textContent = t("cards.summary", { cards: v.cards.length, customers: v.customers, skipped }) +
      (v.household_members ? ` ${t("cards.householdMembers", { n: v.household_members })}` : "") +
      otherLanguages(v) +
      (v.cards.length && v.new_cards === 0 ? ` ${t("cards.allRecorded")}` : "");
    const rows = v.cards.slice(0, SHOWN).map((c, i) =>
      h(
        "tr",
        { class: i === selected ? "recipient selected" : "recipient", "data-id": c.customer_id, onclick: () => { selected = i; drawPreview(); drawLists(); } },
        h(
          "td",
          {},
          h("a", { href: `#/customers/${c.customer_id}` }, c.name),
          // Where it goes, so two customers of the same name can be told apart.
          c.address.length > 1 ? h("span", { class: "muted small recipient-where" }, ` · ${c.address.slice(1).join(", ")}`) : null,
          c.members.length > 1 ? h("span", { class: "muted small" }, ` (${c.members.length})`) : null,
          c.language !== v.language ? h("span", { class: "lang-tag", title: t(`lang.${c.language}` as Key) }, c.language.toUpperCase()) : null,
        ),
        h("td", { class: "muted" }, c.stage ? t(`stage.${c.stage}` as Key) : ""),
        h("td", {}, c.personal_kind === "offer" ? `${c.offer_percent} % · ${c.offer_code}` : c.personal_kind === "thanks" ? t("cards.thanks") : ""),
        h("td", { class: "muted small" }, c.recorded ? t("cards.recorded") : ""),
      ),
    );
    const byReason = new Map<string, typeof v.skipped>();
    for (const s of v.skipped) byReason.set(s.reason, [...(byReason.get(s.reason) ?? []), s]);
    mount(
      lists,
      h("h3", {}, t("cards.whoGetsOne")),
      rows.length ? h("table", { class: "data recipients" }, rows) : h("p", { class: "muted" }, t("cards.nobody")),
      v.cards.length > SHOWN ? h("p", { class: "muted small" }, t("cards.andMore", { n: v.cards.length - SHOWN })) : null,
      h("h3", {}, t("cards.skipped")),
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
                  h("summary", {}, `${reasonLabel(reason)} : ${people.length}`),
                  h("ul", { class: "plain small" }, people.slice(0, SHOWN).map((p) => h("li", {}, h("a", { href: `#/customers/${p.customer_id}` }, p.name || `#${p.customer_id}`)))),
                ),
              ),
            ),
          )
        : h("p", { class: "muted" }, t("cards.nobodySkipped")),
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
  for (const el of [month, kind, from, to, households]) el.addEventListener("change", later_);
  greeting.addEventListener("input", drawPreview);
  message.addEventListener("input", drawPreview);
  textLanguage.addEventListener("change", async () => {
    await loadTexts();
    drawPreview();
  });

  const textsForm = h(
    "form",
    { class: "card-texts" },
    field(t("cards.textLanguage"), textLanguage, "language"),
    field(t("cards.greeting"), greeting, "greeting"),
    field(t("cards.message"), message, "message"),
    h(
      "div",
      { class: "actions" },
      h("button", { type: "submit", id: `${prefix}-save-texts` }, t("cards.saveTexts")),
      h("button", { type: "button", onclick: async () => { greeting.value = ""; message.value = ""; await cardsApi.setTexts(occasion, textLanguage.value as CardLanguage, "", ""); await refreshTexts(); } }, t("cards.resetTexts")),
    ),
    textsSummary,
  );
  textsForm.addEventListener("submit", async (e) => {
    e.preventDefault();
    try {
      await cardsApi.setTexts(occasion, textLanguage.value as CardLanguage, greeting.value, message.value);
      textsSummary.textContent = "";
      await refreshTexts();
    } catch (err) {
      showErrors(textsForm, textsSummary, err, t("form.fix"));
    }
  });

  generate.addEventListener("click", async () => {
    generate.disabled = true;
    record.hidden = true;
    result.textContent = "";
    const progress = progressView(t("cards.cancel"));
    mount(progressSlot, progress.element);
    try {
      const made = await cardsApi.generate(run(), layout.value, open.checked, progress.channel);
      if (made.cancelled) result.textContent = t("cards.cancelled");
      else if (made.file_name === null) result.textContent = t("cards.notSaved");
      else {
        result.textContent = t("cards.generated", { file: made.file_name, cards: made.cards, pages: made.pages });
        token = made.token;
        record.hidden = made.new_cards === 0;
        if (made.new_cards === 0) result.textContent += ` ${t("cards.allRecorded")}`;
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
      result.textContent = r.run_id === null ? t("cards.nothingToRecord") : t("cards.recordedRun", { customers: r.customers, cards: r.cards });
      record.hidden = true;
      await refresh();
      result.textContent = r.run_id === null ? t("cards.nothingToRecord") : t("cards.recordedRun", { customers: r.customers, cards: r.cards });
      onRecorded();
    } catch (err) {
      result.textContent = err instanceof Error ? err.message : String(err);
    } finally {
      record.disabled = false;
    }
  });

  const choices = periodic
    ? [field(t("cards.kind"), kind, `${prefix}-kind`), field(t("cards.from"), from, `${prefix}-from`), field(t("cards.to"), to, `${prefix}-to`)]
    : [field(t("cards.month"), month, `${prefix}-month`)];
  const panel = h(
    "div",
    { class: "run-panel" },
    h(
      "div",
      { class: "inline-form" },
      choices,
      field(t("cards.layout"), layout, `${prefix}-layout`),
      h("label", { class: "field checkbox" }, households, t("cards.households")),
      h("label", { class: "field checkbox" }, open, t("cards.openViewer")),
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

function followUpPanel(): HTMLElement {
  // A text field (WebKitGTK has no week picker) with the previous and next week beside it.
  const week = h("input", { type: "text", id: "follow-week", value: isoWeek(new Date()), size: 9, placeholder: "2026-W11", pattern: "\\d{4}-W\\d{2}" });
  let monday = new Date();
  monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7));
  const shift = (days: number) => {
    monday = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + days);
    week.value = isoWeek(monday);
    void load();
  };
  const previous = h("button", { type: "button", id: "follow-previous", "aria-label": t("cards.previousWeek"), onclick: () => shift(-7) }, "‹");
  const next = h("button", { type: "button", id: "follow-next", "aria-label": t("cards.nextWeek"), onclick: () => shift(7) }, "›");
  const open = h("input", { type: "checkbox", id: "follow-open" });
  const list = h("div", { id: "follow-up-list" });
  const note = h("p", { class: "muted", "aria-live": "polite" });
  const draw = (f: FollowUpWeek) => {
    mount(
      list,
      h("p", { class: "muted", id: "follow-week-label" }, f.week_label),
      f.groups.length === 0 ? h("p", { class: "muted" }, t("cards.nobodyThisWeek")) : null,
      f.groups.map((g) =>
        h(
          "div",
          { class: `follow-group reason-${g.reason}`, "data-reason": g.reason },
          h("h3", {}, `${t(`cards.reason.${g.reason}` as Key)} · ${g.entries.length}`),
          h(
            "ul",
            { class: "timeline" },
            g.entries.map((e) =>
              h(
                "li",
                { class: "follow-entry", "data-reminder": e.reminder_id ?? "" },
                h(
                  "div",
                  { class: "line" },
                  e.customer_id !== null ? h("a", { href: `#/customers/${e.customer_id}` }, e.name) : h("span", {}, e.name || "—"),
                  e.phone ? (e.tel ? h("a", { class: "phone", href: e.tel }, e.phone) : h("span", { class: "muted phone" }, e.phone)) : null,
                  h("span", { class: "summary" }, e.why),
                  e.reminder_id !== null
                    ? [
                        h("button", { class: "done", onclick: async () => { await api.completeReminder(e.reminder_id!); await load(); } }, t("cards.done")),
                        h("button", { class: "snooze", onclick: async () => { await api.snoozeReminder(e.reminder_id!, 3); await load(); } }, t("cards.snooze")),
                      ]
                    : null,
                ),
              ),
            ),
          ),
        ),
      ),
      f.drifting_unavailable ? h("p", { class: "muted small" }, t("cards.driftingUnavailable")) : null,
    );
  };
  const load = async () => {
    try {
      const f = await cardsApi.followUp(week.value);
      const [y, m, d] = f.monday.split("-").map(Number);
      monday = new Date(y, m - 1, d);
      draw(f);
    } catch (err) {
      mount(list, h("p", { class: "form-summary" }, err instanceof Error ? err.message : String(err)));
    }
  };
  week.addEventListener("change", () => void load());
  const print = h("button", { type: "button", id: "save-follow-up" }, t("cards.printSheet"));
  print.addEventListener("click", async () => {
    print.disabled = true;
    try {
      const name = await cardsApi.saveFollowUp(week.value, open.checked);
      note.textContent = name ? t("cards.sheetSaved", { file: name }) : t("cards.notSaved");
    } catch (err) {
      note.textContent = err instanceof Error ? err.message : String(err);
    } finally {
      print.disabled = false;
    }
  });
  void load();
  return h(
    "div",
    {},
    h("div", { class: "toolbar week-bar" }, h("label", { for: "follow-week" }, t("cards.week")), previous, week, next, h("label", { class: "field checkbox" }, open, t("cards.openViewer")), print),
    note,
    list,
  );
}

function remindersPanel(refresh: () => Promise<void>, reminders: Awaited<ReturnType<typeof api.dueReminders>>): HTMLElement {
  const title = input({ id: "reminder-title" });
  const due = h("input", { type: "date", id: "reminder-due" });
  const every = h("input", { type: "number", min: "0", value: "0", id: "reminder-every" });
  const unit = h("select", { id: "reminder-unit" }, h("option", { value: "days" }, t("cards.days")), h("option", { value: "months" }, t("cards.months")));
  const summary = h("p", { class: "form-summary", "aria-live": "polite" });
  const form = h(
    "form",
    { class: "inline-form", id: "reminder-form" },
    field(t("cards.reminderTitle"), title, "title"),
    field(t("cards.reminderDue"), due, "due"),
    h("div", { class: "field" }, h("label", { for: "reminder-every" }, t("cards.repeat")), h("div", { class: "row" }, every, unit), h("small", { class: "field-error", id: "err-repeat" })),
    h("button", { type: "submit", class: "primary" }, t("cards.addReminder")),
    summary,
  );
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    try {
      await api.addReminder({ customer_id: null, title: title.value, due: due.value, repeat_every: Number(every.value) || 0, repeat_unit: unit.value });
      await refresh();
    } catch (err) {
      showErrors(form, summary, err, t("form.fix"));
    }
  });
  return h(
    "div",
    {},
    reminders.length
      ? h(
          "ul",
          { class: "timeline" },
          reminders.map((r) =>
            h(
              "li",
              { class: "reminder", "data-id": r.id },
              h(
                "div",
                { class: "line" },
                h("span", { class: "muted date" }, formatDate(r.snoozed_until ?? r.due)),
                h("span", { class: "summary" }, r.title),
                r.customer_id && r.customer_name ? h("a", { href: `#/customers/${r.customer_id}` }, r.customer_name) : null,
                h("button", { class: "done", onclick: async () => { await api.completeReminder(r.id); await refresh(); } }, t("cards.done")),
                h("button", { onclick: async () => { await api.snoozeReminder(r.id, 3); await refresh(); } }, t("cards.snooze")),
              ),
            ),
          ),
        )
      : h("p", { class: "muted" }, t("cards.noReminders")),
    h("details", {}, h("summary", {}, t("cards.newReminder")), form),
  );
}

function settingsForm(settings: CardSettings): HTMLElement {
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
    h("p", { class: "muted small" }, t("cards.offersHelp")),
    h("div", { class: "inline-form" }, offers.map(([s, el]) => field(`${t(`stage.${s}` as Key)} (%)`, el, `offer_${s}`))),
    h(
      "div",
      { class: "inline-form" },
      field(t("cards.thanksDays"), thanks, "thanks_days"),
      field(t("cards.purchaseDays"), purchaseDays, "purchase_days"),
      field(t("cards.purchaseMin"), purchaseMin, "purchase_min"),
      field(t("cards.complaintDays"), complaintDays, "complaint_days"),
      field(t("cards.driftingMax"), driftingMax, "drifting_max"),
    ),
    h("button", { type: "submit", class: "primary" }, t("settings.save")),
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
      summary.append(t("settings.saved"));
    } catch (err) {
      showErrors(form, summary, err, t("form.fix"));
    }
  });
  return form;
}

/** Cards & reminders. */
export async function renderCards(main: HTMLElement): Promise<void> {
  const [reminders, runs, settings] = await Promise.all([api.dueReminders(), cardsApi.runs(), cardsApi.settings()]);
  const refresh = () => renderCards(main);
  const runsSlot = h("div", { id: "card-runs-list" });
  const drawRuns = (list: typeof runs) =>
    mount(
      runsSlot,
      list.length
        ? h(
            "table",
            { class: "data" },
            h("tr", { class: "muted small" }, h("td", {}, t("cards.runPeriod")), h("td", {}, t("cards.runCards")), h("td", {}, t("cards.runOffers")), h("td", {}, t("cards.runRedeemed"))),
            list.map((r) =>
              h(
                "tr",
                { "data-run": r.id },
                h("td", {}, `${t(`cards.kind.${r.kind}` as Key)} ${r.period}`, h("div", { class: "muted small" }, formatDate(r.created_at, true))),
                h("td", { class: "num" }, t("cards.runCardsFor", { cards: r.cards, customers: r.customers })),
                h("td", { class: "num" }, String(r.offers)),
                h("td", { class: "num" }, `${r.redeemed} · ${r.redeemed_amount}`),
              ),
            ),
          )
        : h("p", { class: "muted" }, t("cards.noRuns")),
    );
  drawRuns(runs);
  const onRecorded = () => void cardsApi.runs().then(drawRuns);

  mount(
    main,
    h("h1", {}, t("cards.title")),
    h("section", { class: "card", id: "monthly-cards" }, h("h2", {}, t("cards.monthly")), runPanel("monthly", false, onRecorded)),
    h("section", { class: "card", id: "follow-up" }, h("h2", {}, t("cards.followUp")), followUpPanel()),
    h("section", { class: "card", id: "reminders" }, h("h2", {}, t("cards.reminders")), remindersPanel(refresh, reminders)),
    h("section", { class: "card", id: "period-cards" }, h("h2", {}, t("cards.periodCards")), runPanel("period", true, onRecorded)),
    h("section", { class: "card", id: "card-runs" }, h("h2", {}, t("cards.runs")), runsSlot),
    h("section", { class: "card", id: "card-settings" }, h("details", {}, h("summary", {}, t("cards.settings")), settingsForm(settings))),
  );
}
