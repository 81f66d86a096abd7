// Closing the window loses every draft the window keeps (`drafts.ts` holds them in memory
// only). So the backend is told whenever the window starts or stops holding one, and while it
// does, a close request comes here instead of closing: the shopkeeper reads what would be lost
// and chooses, "keep editing" having the focus.

import { api } from "./api";
import { ask } from "./dialog";
import { h } from "./dom";
import { onUnsavedChange, unsavedWork } from "./drafts";
import { t } from "./i18n";

let asking = false;

/** Answers a close request: closes at once when nothing would be lost, else asks first. */
export async function confirmClose(): Promise<void> {
  if (asking) return;
  const lost = unsavedWork();
  if (lost.length > 0) {
    asking = true;
    const close = await ask({
      id: "close-ask",
      title: t("close-ask-title"),
      body: [h("p", {}, t("close-ask-body", { n: lost.length })), h("ul", { id: "close-ask-lost" }, lost.map((what) => h("li", {}, what)))],
      confirm: t("close-ask-close"),
      cancel: t("close-ask-keep"),
      danger: true,
    }).finally(() => (asking = false));
    if (!close) return;
  }
  await api.closeWindow();
}

/** Keeps the backend told, and answers its close requests (once, at start). */
export function askBeforeClosing(): void {
  onUnsavedChange((unsaved) => void api.setUnsavedWork(unsaved).catch(() => undefined));
  void api.onCloseRequested(() => void confirmClose());
}
