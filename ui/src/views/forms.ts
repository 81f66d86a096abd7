// Form helpers shared by the views: labelled inputs, and putting the backend's field
// messages next to the inputs they are about.

import { AppError } from "../api";
import { h } from "../dom";

export function field(label: string, input: HTMLElement, name: string, help?: string): HTMLElement {
  input.id ||= `f-${name}`;
  input.setAttribute("name", name);
  return h(
    "div",
    { class: "field", "data-field": name },
    h("label", { for: input.id }, label),
    input,
    help ? h("small", { class: "help" }, help) : null,
    h("small", { class: "field-error", id: `err-${name}`, "aria-live": "polite" }),
  );
}

export function clearErrors(form: HTMLElement): void {
  for (const el of form.querySelectorAll<HTMLElement>(".field-error")) el.textContent = "";
  for (const el of form.querySelectorAll(".field.invalid")) el.classList.remove("invalid");
}

/**
 * Shows an error from the backend: each field message next to its field (a field not on the
 * form goes to the summary), and a summary line. Returns whether it was about fields.
 */
export function showErrors(form: HTMLElement, summary: HTMLElement, error: unknown, fixText: string): boolean {
  clearErrors(form);
  if (!(error instanceof AppError)) {
    summary.textContent = String(error);
    return false;
  }
  if (error.kind !== "invalid" || error.fields.length === 0) {
    summary.textContent = error.message;
    return false;
  }
  const unplaced: string[] = [];
  for (const f of error.fields) {
    const slot = form.querySelector<HTMLElement>(`#err-${CSS.escape(f.field)}`);
    if (slot) {
      slot.textContent = slot.textContent ? `${slot.textContent} ${f.message}` : f.message;
      slot.closest(".field")?.classList.add("invalid");
    } else {
      unplaced.push(`${f.field}: ${f.message}`);
    }
  }
  summary.textContent = [fixText, ...unplaced].join(" ");
  form.querySelector<HTMLElement>(".field.invalid input, .field.invalid select, .field.invalid textarea")?.focus();
  return true;
}

export function input(attrs: Record<string, string> = {}): HTMLInputElement {
  return h("input", { type: "text", ...attrs });
}
