import { AppError } from "../api";
import { passphraseApi } from "../api-passphrase";
import { h, mount } from "../dom";
import { t } from "../i18n";

/**
 * The customer file is encrypted: ask for its passphrase before anything else. A wrong one
 * says so and leaves the field ready for another try; `unlocked` runs once the file is open.
 */
export function renderUnlock(main: HTMLElement, path: string, unlocked: () => Promise<void>): void {
  const passphrase = h("input", { id: "unlock-passphrase", type: "password", autocomplete: "current-password", autofocus: true });
  const error = h("p", { class: "field-error", id: "unlock-error", role: "alert", "aria-live": "assertive" });
  const submit = h("button", { type: "submit", class: "primary", id: "unlock-submit" }, t("unlock-open"));
  const form = h(
    "form",
    { class: "welcome card", id: "unlock-form" },
    h("h1", {}, t("unlock-title")),
    h("p", {}, t("unlock-body")),
    h("p", { class: "muted small" }, path),
    h("div", { class: "field" }, h("label", { for: "unlock-passphrase" }, t("unlock-passphrase")), passphrase),
    error,
    h("div", { class: "actions" }, submit),
  );
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    error.textContent = "";
    if (passphrase.value === "") {
      error.textContent = t("unlock-empty");
      return;
    }
    submit.setAttribute("disabled", "");
    error.textContent = t("unlock-opening");
    try {
      await passphraseApi.unlock(passphrase.value);
      passphrase.value = "";
      await unlocked();
    } catch (err) {
      submit.removeAttribute("disabled");
      passphrase.select();
      error.textContent = unlockMessage(err);
    }
  });
  mount(main, form);
  passphrase.focus();
}

/** What the unlock screen says about a failed attempt. */
export function unlockMessage(err: unknown): string {
  if (err instanceof AppError && err.kind === "wrong_passphrase") return t("unlock-wrong");
  return err instanceof AppError ? err.message : String(err);
}
