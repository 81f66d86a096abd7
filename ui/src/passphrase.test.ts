import { afterEach, describe, expect, it } from "vitest";
import { setInvoke } from "./api";
import { passphraseActions, passphraseRequest } from "./api-passphrase";
import { setLanguage } from "./i18n";
import { renderUnlock } from "./views/unlock";

const form = (current: string, replacement: string, confirm: string) => ({ current, replacement, confirm });

describe("passphrase requests from Settings", () => {
  it("offers set on a plain file, change and remove on an encrypted one", () => {
    expect(passphraseActions(false)).toEqual(["set"]);
    expect(passphraseActions(true)).toEqual(["change", "remove"]);
  });

  it("asks for the new passphrase twice, the same", () => {
    expect(passphraseRequest("set", form("", "", ""))).toEqual({ field: "replacement", error: "passphrase-need-new" });
    expect(passphraseRequest("set", form("", "Sésame", "sésame"))).toEqual({ field: "confirm", error: "passphrase-mismatch" });
    expect(passphraseRequest("set", form("ignored", "Sésame", "Sésame"))).toEqual({ current: null, replacement: "Sésame" });
  });

  it("needs the current passphrase to change or remove it", () => {
    expect(passphraseRequest("change", form("", "b", "b"))).toEqual({ field: "current", error: "passphrase-need-current" });
    expect(passphraseRequest("remove", form("", "", ""))).toEqual({ field: "current", error: "passphrase-need-current" });
    expect(passphraseRequest("change", form("a", "b", "b"))).toEqual({ current: "a", replacement: "b" });
    expect(passphraseRequest("remove", form("a", "", ""))).toEqual({ current: "a", replacement: null });
  });
});

describe("the unlock screen", () => {
  afterEach(() => setInvoke(() => Promise.reject(new Error("no backend"))));

  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it("says a wrong passphrase is wrong, then opens with the right one", async () => {
    setLanguage("en");
    const calls: unknown[] = [];
    setInvoke(async (cmd, args) => {
      calls.push([cmd, args]);
      if ((args as { passphrase: string }).passphrase !== "Sésame") {
        throw { kind: "wrong_passphrase", message: "wrong passphrase for shop.db" };
      }
      return null;
    });
    const main = document.createElement("main");
    let opened = 0;
    renderUnlock(main, "/home/shop/fidele.db", async () => {
      opened++;
    });
    const input = main.querySelector<HTMLInputElement>("#unlock-passphrase")!;
    const submit = main.querySelector<HTMLFormElement>("#unlock-form")!;
    expect(input.type).toBe("password");

    submit.requestSubmit();
    await settle();
    expect(main.querySelector("#unlock-error")!.textContent).toBe("Type the passphrase.");
    expect(calls).toEqual([]);

    input.value = "sesame";
    submit.requestSubmit();
    await settle();
    expect(main.querySelector("#unlock-error")!.textContent).toContain("Wrong passphrase");
    expect(opened).toBe(0);

    input.value = "Sésame";
    submit.requestSubmit();
    await settle();
    expect(opened).toBe(1);
    expect(calls).toEqual([
      ["unlock", { passphrase: "sesame" }],
      ["unlock", { passphrase: "Sésame" }],
    ]);
    // The passphrase does not linger in the page.
    expect(input.value).toBe("");
  });
});
