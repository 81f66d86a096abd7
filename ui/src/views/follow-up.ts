// The week's follow-up (who to call or see, done and snooze, the printable sheet) and the
// reminders due.

import { api } from "../api";
import { cardsApi, type FollowUpView } from "../api-cards";
import { h, mount } from "../dom";
import { formatDate, t, type Key } from "../i18n";
import { field, input, showErrors } from "./forms";
import { dateField, dateInput, datesMake } from "../date-field";
import { keepDraft } from "../drafts";

/** This week as `YYYY-Www` (ISO 8601). */
export function isoWeek(d: Date): string {
  const day = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
  const dow = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - dow);
  const yearStart = new Date(Date.UTC(day.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((day.getTime() - yearStart.getTime()) / 86400000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}

export function followUpPanel(): HTMLElement {
  // A text field (WebKitGTK has no week picker) with the previous and next week beside it.
  const week = h("input", { type: "text", id: "follow-week", value: isoWeek(new Date()), size: 9, placeholder: "2026-W11", pattern: "\\d{4}-W\\d{2}" });
  let monday = new Date();
  monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7));
  const shift = (days: number) => {
    monday = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + days);
    week.value = isoWeek(monday);
    void load();
  };
  const previous = h("button", { type: "button", id: "follow-previous", "aria-label": t("cards-previous-week"), onclick: () => shift(-7) }, "‹");
  const next = h("button", { type: "button", id: "follow-next", "aria-label": t("cards-next-week"), onclick: () => shift(7) }, "›");
  const open = h("input", { type: "checkbox", id: "follow-open" });
  const list = h("div", { id: "follow-up-list" });
  const note = h("p", { class: "muted", "aria-live": "polite" });
  const draw = (f: FollowUpView) => {
    mount(
      list,
      h("p", { class: "muted", id: "follow-week-label" }, f.week_label),
      f.groups.length === 0 ? h("p", { class: "muted" }, t("cards-nobody-this-week")) : null,
      f.groups.map((g) =>
        h(
          "div",
          { class: `follow-group reason-${g.reason}`, "data-reason": g.reason },
          h("h3", {}, `${t(`cards-reason-${g.reason}` as Key)} · ${g.entries.length}`),
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
                        h("button", { class: "done", onclick: async () => { await api.completeReminder(e.reminder_id!); await load(); } }, t("cards-done")),
                        h("button", { class: "snooze", onclick: async () => { await api.snoozeReminder(e.reminder_id!, 3); await load(); } }, t("cards-snooze")),
                      ]
                    : null,
                ),
              ),
            ),
          ),
        ),
      ),
      f.drifting_unavailable ? h("p", { class: "muted small" }, t("cards-drifting-unavailable")) : null,
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
  const print = h("button", { type: "button", id: "save-follow-up" }, t("cards-print-sheet"));
  print.addEventListener("click", async () => {
    print.disabled = true;
    try {
      const name = await cardsApi.saveFollowUp(week.value, open.checked);
      note.textContent = name ? t("cards-sheet-saved", { file: name }) : t("cards-not-saved");
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
    h("div", { class: "toolbar week-bar" }, h("label", { for: "follow-week" }, t("cards-week")), previous, week, next, h("label", { class: "field checkbox" }, open, t("cards-open-viewer")), print),
    note,
    list,
  );
}

export function remindersPanel(refresh: () => Promise<void>, reminders: Awaited<ReturnType<typeof api.dueReminders>>): HTMLElement {
  const title = input({ id: "reminder-title" });
  const due = dateInput("reminder-due");
  const every = h("input", { type: "number", min: "0", value: "0", id: "reminder-every" });
  const unit = h("select", { id: "reminder-unit" }, h("option", { value: "days" }, t("cards-days")), h("option", { value: "months" }, t("cards-months")));
  const summary = h("p", { class: "form-summary", "aria-live": "polite" });
  const form = h(
    "form",
    { class: "inline-form", id: "reminder-form" },
    field(t("cards-reminder-title"), title, "title"),
    dateField(t("cards-reminder-due"), due, "due"),
    h("div", { class: "field" }, h("label", { for: "reminder-every" }, t("cards-repeat")), h("div", { class: "row" }, every, unit), h("small", { class: "field-error", id: "err-repeat" })),
    h("button", { type: "submit", class: "primary" }, t("cards-add-reminder")),
    summary,
  );
  const draft = keepDraft("reminder", form, t("draft-what-reminder")); // left unsaved, offered back (issue 14)
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    if (!datesMake(form, summary, [[due, "due"]])) return;
    try {
      await api.addReminder({ customer_id: null, title: title.value, due: due.value(), repeat_every: Number(every.value) || 0, repeat_unit: unit.value });
      draft.saved();
      await refresh();
    } catch (err) {
      showErrors(form, summary, err, t("form-fix"));
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
                h("button", { class: "done", onclick: async () => { await api.completeReminder(r.id); await refresh(); } }, t("cards-done")),
                h("button", { onclick: async () => { await api.snoozeReminder(r.id, 3); await refresh(); } }, t("cards-snooze")),
              ),
            ),
          ),
        )
      : h("p", { class: "muted" }, t("cards-no-reminders")),
    h("details", {}, h("summary", {}, t("cards-new-reminder")), form),
  );
}

