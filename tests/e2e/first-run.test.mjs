// First run: a new, empty customer file asks for the shop (name, address, language, currency,
// logo, country) before anything else, with the demo shop still one click away.

import assert from "node:assert/strict";
import { copyFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, describe, it } from "node:test";
import { By, eventually, openApp, textOf, waitFor } from "./harness.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

describe("first run", () => {
  let app;
  before(async () => {
    app = await openApp({ dialogs: true });
  });
  after(async () => {
    await app?.close();
  });

  it("sets up the shop on a new file, and Settings then shows it", async () => {
    const { session, dialogs } = app;
    await waitFor(session, "#setup-form");
    assert.ok(await (await session.findElement(By.css("#load-demo"))).isDisplayed(), "the demo shop one click away");
    // Saving without a name says what is missing.
    await (await session.findElement(By.css("#setup-save"))).click();
    await eventually(session, async () => /nom de la boutique/.test(await textOf(session, await session.findElement(By.css("#setup-form .form-summary")))), 5000, "the name asked for");

    await (await session.findElement(By.css("#setup-name"))).sendKeys("Librairie des Quais");
    await (await session.findElement(By.css("#setup-address"))).sendKeys("12 quai de la Fosse");
    await (await session.findElement(By.css("#setup-postal"))).sendKeys("44000");
    await (await session.findElement(By.css("#setup-city"))).sendKeys("Nantes");
    await (await session.findElement(By.css("#setup-country option[value='BE']"))).click();
    await (await session.findElement(By.css("#setup-currency option[value='CHF']"))).click();
    await (await session.findElement(By.css("#setup-language option[value='fr']"))).click();
    // The logo through the (scripted) open dialog.
    copyFileSync(path.join(root, "icons/256x256.png"), path.join(dialogs, "to-open", "logo.png"));
    await (await session.findElement(By.css("#choose-logo"))).click();
    await eventually(session, async () => (await textOf(session, await session.findElement(By.css("#logo-status")))).includes("logo.png"), 10000, "the logo saved");
    await (await session.findElement(By.css("#setup-save"))).click();

    // Next: the first customer, or the demo.
    await waitFor(session, "#add-first");
    await waitFor(session, "#load-demo");
    await session.get("tauri://localhost/index.html#/settings");
    const form = await waitFor(session, "#shop-form");
    await eventually(session, async () => (await (await form.findElement(By.css("#f-name"))).getAttribute("value")) === "Librairie des Quais", 10000, "the shop's name in Settings");
    assert.equal(await (await form.findElement(By.css("#f-city"))).getAttribute("value"), "Nantes");
    assert.equal(await (await form.findElement(By.css("#f-country"))).getAttribute("value"), "BE");
    assert.equal(await (await form.findElement(By.css("#f-currency"))).getAttribute("value"), "CHF");
    assert.match(await textOf(session, await form.findElement(By.css("#logo-status"))), /logo est enregistré/);
  });
});
