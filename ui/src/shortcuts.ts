// The keyboard shortcuts: search (Ctrl+K, or / outside a field), new customer (Ctrl+N), save
// (Ctrl+S: the form being edited, else the page's only form). Enter in a field submits its
// form, as browsers do.

import { go } from "./router";

function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

/** The form Ctrl+S saves: the one holding the focus, else the page's only form. */
export function formToSave(doc: Document): HTMLFormElement | null {
  const active = doc.activeElement;
  const own = active instanceof HTMLElement ? active.closest("form") : null;
  if (own) return own;
  const forms = doc.querySelectorAll<HTMLFormElement>("main form");
  return forms.length === 1 ? forms[0] : null;
}

/** Focuses the customer search, going to the list first if needed. */
function focusSearch(): void {
  const search = document.getElementById("customer-search");
  if (search) {
    (search as HTMLInputElement).focus();
    (search as HTMLInputElement).select();
    return;
  }
  go("/customers");
  // The list draws after the route changes.
  const started = Date.now();
  const wait = () => {
    const found = document.getElementById("customer-search");
    if (found) found.focus();
    else if (Date.now() - started < 3000) setTimeout(wait, 50);
  };
  setTimeout(wait, 50);
}

export function handleShortcut(e: KeyboardEvent): boolean {
  const ctrl = e.ctrlKey || e.metaKey;
  const key = e.key.toLowerCase();
  if ((ctrl && key === "k") || (!ctrl && !e.altKey && e.key === "/" && !typing(e.target))) {
    focusSearch();
    return true;
  }
  if (ctrl && key === "n") {
    go("/customers/new");
    return true;
  }
  if (ctrl && key === "s") {
    const form = formToSave(document);
    if (form) form.requestSubmit();
    // Even with nothing to save, never the web view's own "save page".
    return true;
  }
  return false;
}

export function installShortcuts(): void {
  window.addEventListener("keydown", (e) => {
    if (handleShortcut(e)) e.preventDefault();
  });
}
