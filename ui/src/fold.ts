// Long text (a customer's notes, preferences) folded to a few lines, with "show more": a
// 3,000-character note does not stretch the page.

import { h } from "./dom";
import { t } from "./i18n";

/** Longer than this, or on more lines than `FOLDED_LINES`, the text is folded. */
const FOLD_AT = 280;
const FOLDED_LINES = 4;

export function needsFolding(text: string): boolean {
  return text.length > FOLD_AT || text.split("\n").length > FOLDED_LINES;
}

export function foldedText(text: string): HTMLElement {
  const body = h("div", { class: "folded-text" }, text);
  if (!needsFolding(text)) return body;
  body.classList.add("folded");
  const toggle = h("button", { type: "button", class: "link fold-toggle", "aria-expanded": "false" }, t("fold-more"));
  toggle.addEventListener("click", () => {
    const folded = body.classList.toggle("folded");
    toggle.setAttribute("aria-expanded", String(!folded));
    toggle.textContent = folded ? t("fold-more") : t("fold-less");
  });
  return h("div", { class: "fold" }, body, toggle);
}
