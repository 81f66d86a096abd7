// The shopkeeper's daily round in the real app: add a customer, record a purchase and a
// complaint, resolve it, find the customer again typing without accents.

import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { By, eventually, openApp, textOf, waitFor } from "./harness.mjs";

describe("a day with the customer file", () => {
  let app;
  before(async () => {
    app = await openApp({ demo: 50 });
  });
  after(async () => {
    await app?.close();
  });

  it("adds a customer, records a purchase and a complaint, resolves it, finds them again", async () => {
    const { session } = app;
    const type = async (css, text) => (await session.findElement(By.css(css))).sendKeys(text);
    const click = async (css) => (await session.findElement(By.css(css))).click();

    await session.get("tauri://localhost/index.html#/customers/new");
    await waitFor(session, "#f-last_name");
    await type("#f-first_name", "Anaïs");
    await type("#f-last_name", "Bézier-Lœuvre");
    await type("#f-phone", "06 98 76 54 32");
    await click("#save-customer");
    const title = await waitFor(session, "#customer-name");
    await eventually(session, async () => (await textOf(session, title)) === "Anaïs Bézier-Lœuvre", 10000, "the new page");

    // A purchase, typed with a decimal comma.
    await click("#purchases summary");
    await type("#purchase-amount", "42,90");
    await type("#purchase-category", "Romans");
    await click("#purchase-save");
    await eventually(session, async () => (await session.findElements(By.css("#purchases table tr"))).length === 1, 10000, "the purchase row");
    assert.match(await textOf(session, await session.findElement(By.css("#purchases table"))), /42,90/);

    // A complaint, then its resolution.
    await click("#interactions summary");
    await (await session.findElement(By.css("#interaction-kind"))).sendKeys("Réclamation");
    await type("#interaction-summary", "Livre abîmé");
    await click("#interaction-save");
    const open = await eventually(session, async () => (await session.findElements(By.css("#interactions li.complaint.open")))[0], 10000, "the open complaint");
    await (await open.findElement(By.css(".resolution-input"))).sendKeys("Exemplaire échangé");
    await (await open.findElement(By.css("button.resolve"))).click();
    await eventually(session, async () => (await session.findElements(By.css("#interactions li.complaint.resolved"))).length === 1, 10000, "the resolved complaint");
    assert.match(await textOf(session, await session.findElement(By.css("#interactions"))), /Exemplaire échangé/);

    // Found again by an accent-less, ligature-less search.
    await session.get("tauri://localhost/index.html#/customers");
    const search = await waitFor(session, "#customer-search");
    await search.sendKeys("bezier loeuv");
    // The list shows everyone until the search has answered: wait for the hit itself.
    await eventually(
      session,
      async () => (await textOf(session, (await session.findElements(By.css(".customer-row")))[0])).includes("Anaïs Bézier-Lœuvre"),
      10000,
      "the search hit",
    );
    assert.equal(await textOf(session, await session.findElement(By.css("#customer-count"))), "1 client");
    // And by phone digits, whatever the spacing.
    await search.clear();
    await search.sendKeys("0698");
    await eventually(
      session,
      async () => (await textOf(session, (await session.findElements(By.css(".customer-row")))[0])).includes("Bézier"),
      10000,
      "the phone search hit",
    );
  });
});
