// Printed loyalty cards: one customer's from their page, everyone new since a day from the
// cards screen's tab, and in Settings the printer offset with its calibration page.

import { AppError } from "../api";
import { loyaltyApi } from "../api-loyalty";
import { dateField, dateInput } from "../date-field";
import { h } from "../dom";
import { t, type Key } from "../i18n";
import { notify } from "../notice";
import { keepDraft } from "../drafts";
import { clearErrors, field, input, showErrors } from "./forms";

const LAYOUTS = ["c32011", "5371", "single"] as const;
type Layout = (typeof LAYOUTS)[number];

/** The sheet chosen last in this window: a shop prints on one kind of sheet. */
let lastLayout: Layout | null = null;

function layoutSelect(id: string): HTMLSelectElement {
  const select = h("select", { id }, LAYOUTS.map((l) => h("option", { value: l }, t(`loyalty-layout-${l}` as Key))));
  select.value = lastLayout ?? "single";
  select.addEventListener("change", () => {
    lastLayout = select.value as Layout;
  });
  return select;
}

function message(err: unknown): string {
  return err instanceof AppError || err instanceof Error ? err.message : String(err);
}

/** On the customer's page: their card, on the sheet chosen beside the button. */
export function printCardButton(customerId: number): HTMLElement {
  const layout = layoutSelect("loyalty-layout-one");
  layout.setAttribute("aria-label", t("loyalty-layout"));
  const button = h("button", { type: "button", class: "small", id: "print-loyalty-card" }, t("loyalty-print-card"));
  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      const saved = await loyaltyApi.saveCards({ customers: [customerId], new_since: null, layout: layout.value, stage_colour: true, open: true });
      notify(saved ? t("loyalty-saved", { file: saved.file, cards: saved.cards, pages: saved.pages }) : t("loyalty-not-saved"));
    } catch (err) {
      notify(message(err));
    } finally {
      button.disabled = false;
    }
  });
  return h("span", { class: "loyalty-print" }, layout, " ", button);
}

/** The cards screen's tab: every customer added since a day, on a sheet. */
export function newCustomersCards(): HTMLElement {
  const monthAgo = new Date(Date.now() - 30 * 86_400_000);
  const since = dateInput("loyalty-since", monthAgo.toISOString().slice(0, 10));
  const layout = layoutSelect("loyalty-layout");
  if (!lastLayout) layout.value = "c32011";
  const stage = h("input", { type: "checkbox", id: "loyalty-stage", checked: true });
  const open = h("input", { type: "checkbox", id: "loyalty-open", checked: true });
  const summary = h("p", { class: "form-summary", "aria-live": "polite", id: "loyalty-summary" });
  const form = h(
    "form",
    { id: "loyalty-form" },
    h("p", { class: "muted" }, t("loyalty-sheet-intro")),
    h("div", { class: "grid" }, dateField(t("loyalty-new-since"), since, "new_since"), field(t("loyalty-layout"), layout, "layout")),
    h("div", {}, h("label", { class: "checkbox" }, stage, t("loyalty-stage-colour"))),
    h("div", {}, h("label", { class: "checkbox" }, open, t("cards-open-viewer"))),
    summary,
    h("div", { class: "toolbar" }, h("button", { type: "submit", class: "primary", id: "print-loyalty-sheet" }, t("loyalty-print-sheet"))),
  );
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    summary.textContent = "";
    try {
      const saved = await loyaltyApi.saveCards({ customers: null, new_since: since.value(), layout: layout.value, stage_colour: stage.checked, open: open.checked });
      summary.textContent = saved ? t("loyalty-saved", { file: saved.file, cards: saved.cards, pages: saved.pages }) : t("loyalty-not-saved");
    } catch (err) {
      if (err instanceof AppError && err.fields.some((f) => f.field === "customers")) {
        summary.textContent = t("loyalty-nobody");
      } else {
        showErrors(form, summary, err, t("form-fix"));
      }
    }
  });
  return form;
}

/** Settings: the printer offset, and the calibration page that measures it. */
export async function printerCard(): Promise<HTMLElement> {
  const offset = await loyaltyApi.printerOffset();
  const decimal = (v: number) => (Object.is(v, -0) ? 0 : v).toLocaleString(document.documentElement.lang || undefined, { maximumFractionDigits: 1 });
  const x = input({ id: "printer-offset-x", inputmode: "decimal", value: decimal(offset.x_mm) });
  const y = input({ id: "printer-offset-y", inputmode: "decimal", value: decimal(offset.y_mm) });
  const summary = h("p", { class: "form-summary", "aria-live": "polite", id: "printer-summary" });
  const calibration = h("button", { type: "button", id: "print-calibration" }, t("printer-calibration"));
  calibration.addEventListener("click", async () => {
    calibration.disabled = true;
    try {
      const file = await loyaltyApi.saveCalibrationPage(true);
      summary.textContent = file ? t("printer-calibration-saved", { file }) : t("loyalty-not-saved");
    } catch (err) {
      summary.textContent = message(err);
    } finally {
      calibration.disabled = false;
    }
  });
  const form = h(
    "form",
    { class: "card", id: "printer-form" },
    h("h2", {}, t("printer-title")),
    h("p", { class: "muted" }, t("printer-intro")),
    h(
      "div",
      { class: "grid" },
      field(t("printer-offset-x"), x, "printer_offset_x", t("printer-offset-x-help")),
      field(t("printer-offset-y"), y, "printer_offset_y", t("printer-offset-y-help")),
    ),
    summary,
    h("div", { class: "toolbar" }, h("button", { type: "submit", class: "primary", id: "save-printer-offset" }, t("settings-save")), calibration),
  );
  const draft = keepDraft("settings:printer", form, t("draft-what-printer")); // left unsaved, offered back
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    try {
      const saved = await loyaltyApi.setPrinterOffset(x.value, y.value);
      x.value = decimal(saved.x_mm);
      y.value = decimal(saved.y_mm);
      clearErrors(form);
      draft.saved();
      summary.textContent = t("settings-saved");
    } catch (err) {
      showErrors(form, summary, err, t("form-fix"));
    }
  });
  return form;
}
