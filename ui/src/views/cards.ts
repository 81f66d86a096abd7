import { api } from "../api";
import { h, mount } from "../dom";
import { formatDate, t } from "../i18n";
import { field, input, showErrors } from "./forms";

/** This week's reminders (done, snooze, add) and the birthdays to wish. */
export async function renderCards(main: HTMLElement): Promise<void> {
  const [reminders, overview] = await Promise.all([api.dueReminders(), api.overview()]);
  const refresh = () => renderCards(main);

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

  mount(
    main,
    h("h1", {}, t("cards.title")),
    h(
      "div",
      { class: "columns" },
      h(
        "div",
        { class: "column wide" },
        h(
          "section",
          { class: "card", id: "reminders" },
          h("h2", {}, t("cards.reminders")),
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
        ),
      ),
      h(
        "div",
        { class: "column" },
        h(
          "section",
          { class: "card" },
          h("h2", {}, t("cards.birthdays")),
          overview.upcoming_birthdays.length
            ? h("ul", { class: "plain" }, overview.upcoming_birthdays.map((b) => h("li", {}, h("span", { class: "muted" }, formatDate(b.date)), " ", h("a", { href: `#/customers/${b.customer_id}` }, b.name))))
            : h("p", { class: "muted" }, t("dashboard.noBirthdays")),
        ),
      ),
    ),
  );
}
