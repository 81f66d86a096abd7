// The message after an act, at the bottom of the window, with "Annuler" while the act can be
// taken back. It stays across screens (it lives outside the view) until the next message, its
// close button, or the end of its undo (15 minutes for a merge or a deleted purchase).

import { AppError } from "./api";
import { h, mount } from "./dom";
import { t } from "./i18n";

export interface UndoAction {
  /** Takes the act back; the message then says `done`. */
  run: () => Promise<void>;
  done: string;
  /** When the backend stops keeping what the undo needs (local time, `YYYY-MM-DDTHH:MM`); none: any time. */
  until?: string;
}

const region = h("div", { class: "notice-region", id: "notice", role: "status", "aria-live": "polite" });
let rerender: () => void = () => {};
let timer: ReturnType<typeof setTimeout> | undefined;

/** Called once by the app frame: the region, and how to redraw the screen after an undo. */
export function noticeRegion(redraw: () => void): HTMLElement {
  rerender = redraw;
  return region;
}

export function clearNotice(): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  region.replaceChildren();
}

/** Shows `text`, with an undo button when `undo` is given. */
export function notify(text: string, undo?: UndoAction): void {
  clearNotice();
  const close = h("button", { type: "button", class: "link notice-close", "aria-label": t("notice-close") }, "×");
  close.addEventListener("click", clearNotice);
  const message = h("span", { class: "notice-text" }, text);
  let button: HTMLButtonElement | null = null;
  if (undo) {
    button = h("button", { type: "button", class: "notice-undo", id: "notice-undo" }, t("notice-undo"));
    const b = button;
    b.addEventListener("click", async () => {
      b.disabled = true;
      try {
        await undo.run();
        if (timer !== undefined) clearTimeout(timer);
        mount(region, h("div", { class: "notice" }, h("span", { class: "notice-text" }, undo.done), close));
        rerender();
      } catch (e) {
        b.remove();
        message.textContent = `${text} ${e instanceof AppError ? e.message : String(e)}`;
      }
    });
    if (undo.until) {
      const ms = new Date(undo.until).getTime() - Date.now();
      if (ms > 0) timer = setTimeout(() => b.remove(), ms);
    }
  }
  mount(
    region,
    h(
      "div",
      { class: "notice" },
      message,
      undo?.until ? h("small", { class: "muted" }, t("notice-until", { time: undo.until.slice(11, 16) })) : null,
      button,
      close,
    ),
  );
}
