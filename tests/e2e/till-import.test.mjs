// A till export in the real app: columns the guess misses are picked in the preview's
// drop-downs, the preview follows before anything is written, warnings are shown apart from
// refused rows, and the next export from the same till is read as the shopkeeper chose.

import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { By, eventually, openApp, textOf, waitFor } from "./harness.mjs";

async function shot(session, name) {
  if (!process.env.FIDELE_E2E_SHOTS) return;
  writeFileSync(path.join(process.env.FIDELE_E2E_SHOTS, `${name}.png`), await session.takeScreenshot(), "base64");
}

async function pick(session, column, field) {
  await (await waitFor(session, `#pmap-${column} option[value="${field}"]`)).click();
}

async function countOf(session, name) {
  return textOf(session, await waitFor(session, `#purchase-preview [data-count="${name}"] strong`));
}

const TILL = [
  "Date;Qui;Combien;Rayon;Prix d'achat",
  "03/11/2026;helene@exemple.fr;12,50;Fleurs;beaucoup",
  "04/11/2026;;8,00;Fleurs;2,00",
  "05/11/2026;paul@exemple.fr;20,00;Vases;9,00",
  "",
].join("\n");

describe("till import", () => {
  let app;
  before(async () => {
    app = await openApp({ dialogs: true });
  });
  after(async () => {
    await app?.close();
  });

  it("lets the shopkeeper pick each column's field, then remembers the choice", async () => {
    const { session, dialogs } = app;
    writeFileSync(path.join(dialogs, "to-open", "caisse-novembre.csv"), TILL);
    await (await waitFor(session, "#nav-import-export")).click();
    await (await waitFor(session, "#create-customers")).click();
    await (await waitFor(session, "#import-purchases-choose")).click();

    const missing = await waitFor(session, "#purchase-missing");
    assert.match(await textOf(session, missing), /(Montant|amount)/i);
    assert.equal(await (await waitFor(session, "#pmap-0")).getAttribute("value"), "date");
    assert.equal(await (await waitFor(session, "#pmap-4")).getAttribute("value"), "cost");

    await pick(session, 2, "amount");
    await eventually(session, async () => (await session.findElements(By.css("#purchase-missing"))).length === 0, 10000, "the amount column taken");
    // No customer column yet: every sale is anonymous, counted, not refused.
    assert.equal(await countOf(session, "anonymous"), "3");
    assert.equal(await countOf(session, "rejected"), "0");

    await pick(session, 1, "email");
    await eventually(session, async () => (await countOf(session, "new")) === "2", 10000, "two sales with their customer");
    assert.equal(await countOf(session, "anonymous"), "1");
    assert.equal(await countOf(session, "updated"), "2", "two customers to add");
    assert.equal(await countOf(session, "warnings"), "1");
    const warning = await textOf(session, await waitFor(session, '#import-warnings li[data-line="2"]'));
    assert.match(warning, /beaucoup/);
    await session.manage().window().setRect({ width: 1024, height: 640 });
    await shot(session, "till-import-1024");
    await session.manage().window().setRect({ width: 1280, height: 860 });
    await shot(session, "till-import-1280");

    await (await waitFor(session, "#import-purchases-commit")).click();
    const result = await waitFor(session, "#purchases-result");
    await eventually(session, async () => /2 (achats|purchases)/.test(await textOf(session, result)), 15000, "the import's result");
    assert.match(await textOf(session, result), /1 (ventes anonymes|anonymous)/);

    // December's export from the same till: read as chosen, without a question.
    writeFileSync(path.join(dialogs, "to-open", "caisse-decembre.csv"), "Date;Qui;Combien;Rayon;Prix d'achat\n01/12/2026;helene@exemple.fr;30,00;Fleurs;12,00\n");
    await (await waitFor(session, "#import-purchases-choose")).click();
    await waitFor(session, "#purchase-remembered");
    assert.equal(await (await waitFor(session, "#pmap-1")).getAttribute("value"), "email");
    assert.equal(await countOf(session, "new"), "1");
  });
});
