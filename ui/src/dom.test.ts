import { describe, expect, it } from "vitest";
import { h, mount } from "./dom";

describe("h", () => {
  it("renders hostile text as text, never markup", () => {
    const hostile = `<img src=x onerror=alert(1)>"><script>alert(2)</script>`;
    const el = h("div", {}, hostile, h("span", { title: hostile }, hostile));
    expect(el.querySelector("img")).toBeNull();
    expect(el.querySelector("script")).toBeNull();
    expect(el.textContent).toBe(hostile + hostile);
    expect(el.querySelector("span")!.getAttribute("title")).toBe(hostile);
  });

  it("skips empty children and wires events", () => {
    let clicks = 0;
    const b = h("button", { onclick: () => clicks++, disabled: false }, null, undefined, false, "ok", 3);
    b.click();
    expect(clicks).toBe(1);
    expect(b.textContent).toBe("ok3");
    expect(b.hasAttribute("disabled")).toBe(false);
  });

  it("mount replaces content", () => {
    const root = h("div", {}, "old");
    mount(root, "new");
    expect(root.textContent).toBe("new");
  });
});
