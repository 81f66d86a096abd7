import { describe, expect, it } from "vitest";
import { h } from "./dom";
import { draftCount, forgetDrafts, keepDraft } from "./drafts";
import { setLanguage } from "./i18n";

function form(): HTMLFormElement {
  return h(
    "form",
    {},
    h("input", { id: "f-first_name", value: "" }),
    h("select", { id: "f-language" }, h("option", { value: "" }, "—"), h("option", { value: "nl" }, "nl")),
    h("input", { type: "checkbox", id: "f-consent-post" }),
    h("textarea", { id: "f-notes" }),
  );
}

function type(el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string | boolean): void {
  if (typeof value === "boolean") (el as HTMLInputElement).checked = value;
  else el.value = value;
  el.dispatchEvent(new Event("input", { bubbles: true }));
}

describe("drafts", () => {
  it("gives a form left half-filled back when it is drawn again, and forgets it once saved", () => {
    setLanguage("fr");
    const first = form();
    keepDraft("customer-new", first, "—");
    type(first.querySelector("#f-first_name")!, "Lotte");
    type(first.querySelector("#f-language")!, "nl");
    type(first.querySelector("#f-consent-post")!, true);
    // Left by the sidebar: the view is gone; coming back draws a new, empty form.
    const again = form();
    const draft = keepDraft("customer-new", again, "—");
    expect(draft.restored).toBe(true);
    expect(again.querySelector<HTMLInputElement>("#f-first_name")!.value).toBe("Lotte");
    expect(again.querySelector<HTMLSelectElement>("#f-language")!.value).toBe("nl");
    expect(again.querySelector<HTMLInputElement>("#f-consent-post")!.checked).toBe(true);
    expect(again.querySelector("#draft-notice")!.textContent).toContain("Brouillon repris");
    draft.saved();
    expect(keepDraft("customer-new", form(), "—").restored).toBe(false);
  });

  it("keeps nothing for a form left as it was, and throws a draft away on request", () => {
    const untouched = form();
    keepDraft("customer:7:purchase", untouched, "—");
    type(untouched.querySelector("#f-notes")!, "");
    expect(keepDraft("customer:7:purchase", form(), "—").restored).toBe(false);

    const typed = form();
    keepDraft("customer:7:edit", typed, "—");
    type(typed.querySelector("#f-notes")!, "Aime Zola");
    const back = form();
    keepDraft("customer:7:edit", back, "—");
    back.querySelector<HTMLButtonElement>("#draft-discard")!.click();
    expect(back.querySelector<HTMLTextAreaElement>("#f-notes")!.value).toBe("");
    expect(keepDraft("customer:7:edit", form(), "—").restored).toBe(false);
  });

  it("forgets every draft about a customer taken away", () => {
    const a = form();
    keepDraft("customer:9:purchase", a, "—");
    type(a.querySelector("#f-notes")!, "x");
    const b = form();
    keepDraft("customer:90:purchase", b, "—");
    type(b.querySelector("#f-notes")!, "y");
    const before = draftCount();
    forgetDrafts("customer:9");
    expect(draftCount()).toBe(before - 1);
    expect(keepDraft("customer:90:purchase", form(), "—").restored).toBe(true);
  });
});
