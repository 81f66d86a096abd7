// Asking first, in words: a modal dialog that says exactly what an act will do, with the act
// and "Cancel" as two buttons. Escape, the backdrop's close and Cancel all answer no.

import { h, type Child } from "./dom";

export interface Ask {
  title: string;
  /** What will happen, one paragraph (or list) per element. */
  body: Child[];
  /** The act, in words ("Supprimer l'achat"), never a bare "OK". */
  confirm: string;
  cancel: string;
  danger?: boolean;
  id?: string;
}

/** Opens the dialog; resolves true when the act was chosen, false otherwise. */
export function ask(q: Ask): Promise<boolean> {
  return new Promise((resolve) => {
    const yes = h("button", { type: "button", class: q.danger ? "danger" : "primary", id: "dialog-confirm" }, q.confirm);
    const no = h("button", { type: "button", id: "dialog-cancel" }, q.cancel);
    const dialog = h(
      "dialog",
      { class: "ask", id: q.id ?? "ask", "aria-labelledby": "ask-title" },
      h("h2", { id: "ask-title" }, q.title),
      h("div", { class: "ask-body" }, q.body),
      h("div", { class: "actions" }, yes, no),
    );
    let answered = false;
    const answer = (value: boolean) => {
      if (answered) return;
      answered = true;
      dialog.close();
      dialog.remove();
      resolve(value);
    };
    yes.addEventListener("click", () => answer(true));
    no.addEventListener("click", () => answer(false));
    dialog.addEventListener("close", () => answer(false));
    document.body.append(dialog);
    dialog.showModal();
    // The safe answer has the focus: Enter by reflex never destroys.
    no.focus();
  });
}
