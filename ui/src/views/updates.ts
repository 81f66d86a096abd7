// Settings → Updates: off by default (the shop works offline); "Check now" asks the update
// server, an offer names both versions and its notes, and "Install" asks first, in words.

import { AppError } from "../api";
import { updatesApi, type UpdateOfferView } from "../api-updates";
import { ask } from "../dialog";
import { h, mount } from "../dom";
import { t } from "../i18n";

export async function updatesCard(): Promise<HTMLElement> {
  const settings = await updatesApi.settings();
  const status = h("p", { class: "muted", "aria-live": "polite", id: "updates-status" });
  const offerSlot = h("div", { id: "updates-offer-slot" });
  const atStart = h("input", { type: "checkbox", id: "updates-check-at-start" });
  atStart.checked = settings.check_at_start;
  atStart.addEventListener("change", async () => {
    try {
      await updatesApi.setCheckAtStart(atStart.checked);
    } catch (e) {
      atStart.checked = !atStart.checked;
      status.textContent = words(e);
    }
  });
  const checkNow = h("button", { type: "button", id: "updates-check-now" }, t("updates-check-now"));
  checkNow.addEventListener("click", async () => {
    checkNow.disabled = true;
    mount(offerSlot);
    status.textContent = t("updates-checking");
    try {
      const { offer } = await updatesApi.checkNow();
      status.textContent = offer ? "" : t("updates-up-to-date", { version: settings.current_version });
      if (offer) mount(offerSlot, offerView(offer, status));
    } catch (e) {
      status.textContent = words(e);
    } finally {
      checkNow.disabled = false;
    }
  });
  if (settings.offer) mount(offerSlot, offerView(settings.offer, status));
  return h(
    "section",
    { class: "card", id: "updates" },
    h("h2", {}, t("updates-title")),
    h("label", { class: "field checkbox" }, atStart, t("updates-check-at-start")),
    h("p", { class: "muted small" }, t("updates-offline-note")),
    h("div", { class: "actions" }, checkNow),
    offerSlot,
    status,
  );
}

function offerView(offer: UpdateOfferView, status: HTMLElement): HTMLElement {
  const install = h("button", { type: "button", class: "primary", id: "updates-install" }, t("updates-install"));
  install.addEventListener("click", async () => {
    const yes = await ask({
      id: "updates-ask",
      title: t("updates-ask-title", { version: offer.version }),
      body: [h("p", {}, t("updates-ask-backup")), h("p", {}, t("updates-ask-restart"))],
      confirm: t("updates-install"),
      cancel: t("updates-ask-cancel"),
    });
    if (!yes) return;
    install.disabled = true;
    status.textContent = t("updates-installing", { version: offer.version });
    try {
      const done = await updatesApi.install(offer.version);
      status.textContent = t("updates-installed", { backup: done.backup });
    } catch (e) {
      status.textContent = words(e);
    } finally {
      install.disabled = false;
    }
  });
  return h(
    "div",
    { id: "updates-offer" },
    h("p", { id: "updates-available" }, h("strong", {}, t("updates-available", { version: offer.version, current: offer.current_version }))),
    offer.notes ? h("details", { open: "" }, h("summary", {}, t("updates-notes")), h("p", { id: "updates-notes" }, offer.notes)) : null,
    h("div", { class: "actions" }, install),
  );
}

function words(e: unknown): string {
  return e instanceof AppError ? e.message : String(e);
}
