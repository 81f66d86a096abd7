import { api, type CustomerInput, type CustomerView } from "../api";
import { h, mount } from "../dom";
import { LANGUAGES, t, type Key } from "../i18n";
import { go } from "../router";
import { keepDraft } from "../drafts";
import { customerPicker } from "./customer-picker";
import { field, input, showErrors } from "./forms";
import { birthdayInput, dateField, datesMake } from "../date-field";

const CHANNELS = ["post", "email", "phone", "sms"];

function splitList(text: string): string[] {
  return text.split(/[,;]/).map((s) => s.trim()).filter(Boolean);
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
  const birthday = birthdayInput("f-birthday", v?.birthday ?? "");
  // The language their cards are written in; none means the shop's.
  const language = h(
    "select",
    { id: "f-language" },
    h("option", { value: "" }, t("form-language-shop")),
    LANGUAGES.map((l) => h("option", { value: l, lang: l }, t(`lang-${l}`))),
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

  const birthdayField = dateField(t("form-birthday"), birthday, "birthday", t("form-birthday-help"));

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
    if (!datesMake(form, summary, [[birthday, "birthday"]])) return;
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
      birthday: birthday.value(),
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
  const draft = keepDraft(v ? `customer:${v.id}:edit` : "customer-new", form, v ? t("draft-what-customer-edit", { name: v.name }) : t("draft-what-customer-new"));
  first.focus();
}
