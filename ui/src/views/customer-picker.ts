// Picking a customer by typing their name (never their number): a combobox over the same
// search as the list, accents ignored. The chosen id sits in a hidden input, so a form reads
// it (and a kept draft restores it) like any other field.

import { api, type NamedRef } from "../api";
import { debounce, h } from "../dom";
import { t } from "../i18n";

export interface Picker {
  /** The visible part: the search box, its suggestions, and the hidden id. */
  element: HTMLElement;
  /** The chosen customer's id, or null. */
  value(): number | null;
}

let pickers = 0;

/** `id` names the hidden input holding the chosen id; the search box is `${id}-search`. */
export function customerPicker(id: string, label: string, initial: NamedRef | null, exclude: number | null): Picker {
  const n = ++pickers;
  const hidden = h("input", { type: "hidden", id, value: initial ? String(initial.id) : "" });
  const search = h("input", {
    type: "text",
    id: `${id}-search`,
    role: "combobox",
    "aria-autocomplete": "list",
    "aria-expanded": "false",
    "aria-controls": `picker-list-${n}`,
    "aria-label": label,
    autocomplete: "off",
    placeholder: t("picker-placeholder"),
    value: initial?.name ?? "",
  });
  const list = h("ul", { class: "picker-list", id: `picker-list-${n}`, role: "listbox", hidden: true });
  const clear = h("button", { type: "button", class: "link picker-clear", "aria-label": t("picker-clear") }, "×");
  let rows: NamedRef[] = [];
  let active = -1;

  const changed = () => hidden.dispatchEvent(new Event("change", { bubbles: true }));
  const close = () => {
    list.hidden = true;
    search.setAttribute("aria-expanded", "false");
    active = -1;
  };
  const choose = (r: NamedRef) => {
    hidden.value = String(r.id);
    search.value = r.name;
    close();
    changed();
  };
  const highlight = () => {
    [...list.children].forEach((li, i) => li.setAttribute("aria-selected", String(i === active)));
    if (active >= 0) search.setAttribute("aria-activedescendant", `picker-${n}-${active}`);
  };
  const lookup = debounce(async (q: string) => {
    if (q.trim().length < 2) return close();
    const found = await api.listCustomers(q, 0, 8);
    if (search.value !== q) return; // typed on since
    rows = found.rows.filter((r) => r.id !== exclude).map((r) => ({ id: r.id, name: r.city ? `${r.name} (${r.city})` : r.name }));
    list.replaceChildren(
      ...(rows.length
        ? rows.map((r, i) =>
            h("li", { role: "option", id: `picker-${n}-${i}`, class: "picker-option", onmousedown: (e: Event) => { e.preventDefault(); choose(r); } }, r.name),
          )
        : [h("li", { class: "muted" }, t("picker-none"))]),
    );
    active = -1;
    list.hidden = false;
    search.setAttribute("aria-expanded", "true");
  }, 150);

  search.addEventListener("input", () => {
    // Typing again means choosing again: the id no longer matches the name shown.
    if (hidden.value) {
      hidden.value = "";
      changed();
    }
    lookup(search.value);
  });
  search.addEventListener("keydown", (e) => {
    if (list.hidden || rows.length === 0) return;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      active = (active + (e.key === "ArrowDown" ? 1 : rows.length - 1)) % rows.length;
      highlight();
    } else if (e.key === "Enter" && active >= 0) {
      e.preventDefault();
      choose(rows[active]);
    } else if (e.key === "Escape") {
      close();
    }
  });
  search.addEventListener("blur", () => setTimeout(close, 100));
  clear.addEventListener("click", () => {
    hidden.value = "";
    search.value = "";
    close();
    changed();
  });
  return {
    element: h("div", { class: "picker" }, h("div", { class: "row" }, search, clear), list, hidden),
    value: () => (hidden.value ? Number(hidden.value) : null),
  };
}
