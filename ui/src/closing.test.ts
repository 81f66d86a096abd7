import { beforeAll, describe, expect, it } from "vitest";
import { setInvoke } from "./api";
import { confirmClose } from "./closing";
import { h } from "./dom";
import { keepDraft, onUnsavedChange } from "./drafts";
import { setLanguage } from "./i18n";

beforeAll(() => {
  // jsdom has the element but not its modal behaviour.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
});

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

describe("closing the window", () => {
  it("closes at once with nothing typed, and asks first, in words, while a form holds changes", async () => {
    setLanguage("fr");
    const calls: string[] = [];
    setInvoke(async (cmd, args) => {
      calls.push(args && "unsaved" in args ? `${cmd} ${String(args.unsaved)}` : cmd);
      return null;
    });
    const told: boolean[] = [];
    onUnsavedChange((unsaved) => told.push(unsaved));

    await confirmClose();
    expect(calls).toEqual(["close_window"]);
    expect(document.querySelector("#close-ask")).toBeNull();

    const form = h("form", {}, h("input", { id: "f-first_name" }));
    keepDraft("customer-new", form, "Le nouveau client");
    const input = form.querySelector("input")!;
    input.value = "Lotte";
    input.dispatchEvent(new Event("input", { bubbles: true }));
    expect(told).toEqual([true]);

    calls.length = 0;
    const first = confirmClose();
    await settle();
    const dialog = document.querySelector("#close-ask")!;
    expect(dialog.querySelector("#ask-title")!.textContent).toBe("Fermer Fidèle ?");
    expect(dialog.textContent).toContain("Ce formulaire a des modifications pas encore enregistrées");
    expect([...dialog.querySelectorAll("#close-ask-lost li")].map((li) => li.textContent)).toEqual(["Le nouveau client"]);
    const keep = dialog.querySelector<HTMLButtonElement>("#dialog-cancel")!;
    expect(keep.textContent).toBe("Continuer la saisie");
    expect(document.activeElement).toBe(keep);
    // A second request while it asks does not stack a second dialog.
    void confirmClose();
    expect(document.querySelectorAll("#close-ask").length).toBe(1);
    keep.click();
    await first;
    expect(calls).toEqual([]);
    expect(document.querySelector("#close-ask")).toBeNull();

    const second = confirmClose();
    await settle();
    const close = document.querySelector<HTMLButtonElement>("#close-ask #dialog-confirm")!;
    expect(close.textContent).toBe("Fermer et perdre les modifications");
    close.click();
    await second;
    expect(calls).toEqual(["close_window"]);

    // Typed back to empty: nothing left to lose, and the backend is told so.
    input.value = "";
    input.dispatchEvent(new Event("input", { bubbles: true }));
    expect(told).toEqual([true, false]);
  });
});
