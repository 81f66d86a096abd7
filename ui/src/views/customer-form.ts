import { api, type CustomerInput, type CustomerView } from "../api";
import { h, mount } from "../dom";
import { t, type Key } from "../i18n";
import { go } from "../router";
import { keepDraft } from "../drafts";
import { customerPicker } from "./customer-picker";
import { field, input, showErrors } from "./forms";

const CHANNELS = ["post", "email", "phone", "sms"];

function splitList(text: string): string[] {
  return text.split(/[,;]/).map((s) => s.trim()).filter(Boolean);
}

/** `YYYY-MM-DD`, `--MM-DD`, or "" when no day and month were chosen. */
export function birthdayValue(day: string, month: string, year: string): string {
  if (!day || !month) return year.trim() ? `${year.trim()}--` : ""; // the backend names the problem
  const mm = month.padStart(2, "0");
  const dd = day.padStart(2, "0");
  return year.trim() ? `${year.trim()}-${mm}-${dd}` : `--${mm}-${dd}`;
}

/**
 * How many days a birthday's month can have: 29 for February without a year (or in a leap
 * year), so the picker never offers 31 February or 31 April. 31 before a month is chosen.
 */
export function daysInMonth(month: string, year: string): number {
  const m = Number(month);
  if (!m) return 31;
  if (m === 2) {
    const y = Number(year.trim());
    if (!/^\d{4}$/.test(year.trim())) return 29;
    return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** Offers the days the month has; a day it lacks is cleared rather than kept as an impossible date. */
function fitDays(day: HTMLSelectElement, month: string, year: string): void {
  const max = daysInMonth(month, year);
  const chosen = Number(day.value);
  day.replaceChildren(h("option", { value: "" }, t("form-day")), ...range(1, max).map((d) => h("option", { value: String(d) }, String(d))));
  day.value = chosen && chosen <= max ? String(chosen) : "";
}

export async function renderCustomerForm(main: HTMLElement, id: number | null): Promise<void> {
  const existing: CustomerView | null = id === null ? null : await api.customerPage(id);
  const v = existing;
  const salutation = h(
    "select",
    { id: "f-salutation" },
    ["", "mrs", "ms", "mr", "mx"].map((s) => h("option", { value: s }, t(`form-salutation-${s || "none"}` as Key))),
  );
  salutation.value = v?.salutation ?? "";
  const firstNameTerms = h("input", { type: "checkbox", id: "f-formality", checked: v?.formality === "first_name" });
  const first = input({ id: "f-first_name", value: v?.first_name ?? "", autocomplete: "off" });
  const last = input({ id: "f-last_name", value: v?.last_name ?? "", autocomplete: "off" });
  const company = input({ id: "f-company", value: v?.company ?? "" });
  const email = input({ id: "f-email", type: "text", value: v?.emails.join(", ") ?? "", inputmode: "email" });
  const phone = input({ id: "f-phone", type: "text", value: v?.phones.join(", ") ?? "", inputmode: "tel" });
  const line1 = input({ id: "f-address_line1", value: v?.address_line1 ?? "" });
  const line2 = input({ id: "f-address_line2", value: v?.address_line2 ?? "" });
  const postal = input({ id: "f-postal_code", value: v?.postal_code ?? "" });
  const city = input({ id: "f-city", value: v?.city ?? "" });
  const country = input({ id: "f-country", value: v?.country ?? "", maxlength: "2" });
  const [by, bm, bd] = parseBirthday(v?.birthday ?? null);
  const day = h("select", { id: "f-birthday-day", "aria-label": t("form-day") }, h("option", { value: "" }, t("form-day")), range(1, 31).map((d) => h("option", { value: String(d) }, String(d))));
  const month = h(
    "select",
    { id: "f-birthday-month", "aria-label": t("form-month") },
    h("option", { value: "" }, t("form-month")),
    range(1, 12).map((m) => h("option", { value: String(m) }, new Date(2000, m - 1, 1).toLocaleDateString(document.documentElement.lang === "en" ? "en-GB" : "fr-FR", { month: "long" }))),
  );
  day.value = bd;
  month.value = bm;
  const year = input({ id: "f-birthday-year", inputmode: "numeric", placeholder: t("form-birthday-year"), value: by, maxlength: "4", "aria-label": t("form-birthday-year") });
  fitDays(day, month.value, year.value);
  month.addEventListener("change", () => fitDays(day, month.value, year.value));
  year.addEventListener("input", () => fitDays(day, month.value, year.value));
  // The language their cards are written in; none means the shop's.
  const language = h(
    "select",
    { id: "f-language" },
    h("option", { value: "" }, t("form-language-shop")),
    ["fr", "en", "nl"].map((l) => h("option", { value: l }, t(`lang-${l}` as Key))),
  );
  language.value = v?.language ?? "";
  const referred = customerPicker("f-referred_by", t("form-referred_by"), v?.referred_by ?? null, v?.id ?? null);
  const preferences = h("textarea", { id: "f-preferences", rows: 2 });
  preferences.value = v?.preferences ?? "";
  const notes = h("textarea", { id: "f-notes", rows: 3 });
  notes.value = v?.notes ?? "";
  const tags = input({ id: "f-tags", value: v?.tags.join(", ") ?? "" });
  const consentBoxes = CHANNELS.map((ch) => h("input", { type: "checkbox", value: ch, id: `f-consent-${ch}` }));
  const summary = h("p", { class: "form-summary", id: "form-summary", role: "alert" });

  const birthdayField = h(
    "div",
    { class: "field", "data-field": "birthday" },
    h("label", { for: "f-birthday-day" }, t("form-birthday")),
    h("div", { class: "row" }, day, month, year),
    h("small", { class: "help" }, t("form-birthday-help")),
    h("small", { class: "field-error", id: "err-birthday", "aria-live": "polite" }),
  );

  const form = h(
    "form",
    { class: "customer-form card", id: "customer-form", novalidate: true },
    h("h1", {}, v ? t("form-edit-title", { name: v.name }) : t("form-add-title")),
    h("div", { class: "grid" },
      field(t("form-salutation"), salutation, "salutation"),
      h("div", { class: "field checkbox" }, firstNameTerms, h("label", { for: "f-formality" }, t("form-first-name-terms"))),
      field(t("form-first_name"), first, "first_name"),
      field(t("form-last_name"), last, "last_name"),
      field(t("form-company"), company, "company"),
      field(t("form-email"), email, "email"),
      field(t("form-phone"), phone, "phone"),
      field(t("form-address_line1"), line1, "address_line1"),
      field(t("form-address_line2"), line2, "address_line2"),
      field(t("form-postal_code"), postal, "postal_code"),
      field(t("form-city"), city, "city"),
      field(t("form-country"), country, "country"),
      field(t("form-language"), language, "language"),
      birthdayField,
      h(
        "div",
        { class: "field", "data-field": "referred_by" },
        h("label", { for: "f-referred_by-search" }, t("form-referred_by")),
        referred.element,
        h("small", { class: "help" }, t("form-referred-by-help")),
        h("small", { class: "field-error", id: "err-referred_by", "aria-live": "polite" }),
      ),
      field(t("form-preferences"), preferences, "preferences"),
      field(t("form-notes"), notes, "notes"),
      field(t("form-tags"), tags, "tags"),
    ),
    v
      ? null
      : h(
          "fieldset",
          { class: "consents", "data-field": "consents" },
          h("legend", {}, t("form-consents")),
          consentBoxes.map((box) => h("label", { class: "checkbox" }, box, t(`channel-${box.value}` as Key))),
          h("small", { class: "field-error", id: "err-consents" }),
        ),
    summary,
    h(
      "div",
      { class: "actions" },
      h("button", { type: "submit", class: "primary", id: "save-customer" }, t("form-save")),
      h("button", { type: "button", onclick: () => history.back() }, t("form-cancel")),
    ),
  );

  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const data: CustomerInput = {
      salutation: salutation.value,
      formality: firstNameTerms.checked ? "first_name" : "formal",
      first_name: first.value,
      last_name: last.value,
      company: company.value,
      emails: splitList(email.value),
      phones: splitList(phone.value),
      address_line1: line1.value,
      address_line2: line2.value,
      postal_code: postal.value,
      city: city.value,
      country: country.value,
      birthday: birthdayValue(day.value, month.value, year.value),
      referred_by: referred.value(),
      language: language.value,
      preferences: preferences.value,
      notes: notes.value,
      tags: splitList(tags.value),
      consents: consentBoxes.filter((b) => b.checked).map((b) => b.value),
    };
    try {
      const savedId = v ? (await api.updateCustomer(v.id, data), v.id) : await api.addCustomer(data);
      draft.saved();
      go(`/customers/${savedId}`);
    } catch (err) {
      showErrors(form, summary, err, t("form-fix"));
    }
  });
  mount(main, form);
  // Left half-filled by the sidebar or Back, the form is there again on coming back.
  const draft = keepDraft(v ? `customer:${v.id}:edit` : "customer-new", form);
  first.focus();
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function parseBirthday(b: string | null): [string, string, string] {
  if (!b) return ["", "", ""];
  const m = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(b);
  if (!m) return ["", "", ""];
  return [m[1] === "-" ? "" : m[1], String(Number(m[2])), String(Number(m[3]))];
}
