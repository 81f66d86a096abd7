// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { foldedText, needsFolding } from "./fold";
import { setLanguage } from "./i18n";
import { formToSave, handleShortcut } from "./shortcuts";

describe("shortcuts", () => {
  it("Ctrl+S saves the form being edited, else the page's only form", () => {
    document.body.innerHTML = `<main><form id="a"><input id="in-a"></form><form id="b"><input id="in-b"></form></main>`;
    expect(formToSave(document)).toBeNull();
    (document.getElementById("in-b") as HTMLInputElement).focus();
    expect(formToSave(document)?.id).toBe("b");
    document.body.innerHTML = `<main><form id="only"><input></form></main>`;
    expect(formToSave(document)?.id).toBe("only");
    let submitted = 0;
    document.getElementById("only")!.addEventListener("submit", (e) => { e.preventDefault(); submitted++; });
    expect(handleShortcut(new KeyboardEvent("keydown", { key: "s", ctrlKey: true }))).toBe(true);
    expect(submitted).toBe(1);
  });

  it("Ctrl+N opens a new customer; / searches only outside a field", () => {
    location.hash = "";
    expect(handleShortcut(new KeyboardEvent("keydown", { key: "n", ctrlKey: true }))).toBe(true);
    expect(location.hash).toBe("#/customers/new");
    document.body.innerHTML = `<input id="note">`;
    const field = document.getElementById("note")!;
    const slash = new KeyboardEvent("keydown", { key: "/", bubbles: true });
    Object.defineProperty(slash, "target", { value: field });
    expect(handleShortcut(slash)).toBe(false);
    expect(handleShortcut(new KeyboardEvent("keydown", { key: "k", ctrlKey: true }))).toBe(true);
  });
});

describe("long notes", () => {
  it("fold past a few lines, and unfold on demand", () => {
    setLanguage("fr");
    expect(needsFolding("court")).toBe(false);
    expect(needsFolding("x".repeat(3000))).toBe(true);
    expect(needsFolding("a\nb\nc\nd\ne")).toBe(true);
    const el = foldedText("x".repeat(3000));
    const body = el.querySelector(".folded-text")!;
    const toggle = el.querySelector("button")!;
    expect(body.classList.contains("folded")).toBe(true);
    toggle.click();
    expect(body.classList.contains("folded")).toBe(false);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    expect(foldedText("court").querySelector("button")).toBeNull();
  });
});
