// The customer file in the real app: find, open, add, and hostile text shown as text.

import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { By, cli, eventually, openApp, plain, textOf, waitFor } from "./harness.mjs";

describe("an empty customer file", () => {
  it("offers the demo shop, and then lists its customers", async () => {
    const app = await openApp();
    try {
      const { session } = app;
      const load = await waitFor(session, "#load-demo");
      await load.click();
      await eventually(session, async () => (await session.findElements(By.css(".customer-row"))).length > 10, 60000, "the demo's customers");
      assert.match(await textOf(session, await session.findElement(By.css("#customer-count"))), /^500 /);
    } finally {
      await app.close();
    }
  });
});

describe("the customer file", () => {
  let app;
  before(async () => {
    app = await openApp({ demo: 300 });
  });
  after(async () => {
    await app?.close();
  });

  it("finds a customer by part of an accented name typed without accents, and shows their purchases", async () => {
    const { session, db } = app;
    const { customers } = JSON.parse(cli(db, "customers", "list", "--json", "--all"));
    const target = customers.find((c) => /[éèëïœç]/.test(c.name) && c.purchases >= 2);
    assert.ok(target, "the demo shop has an accented repeat customer");
    const lastName = target.name.split(" ").slice(1).join(" ");
    const query = plain(lastName).slice(0, Math.max(4, lastName.length - 1));

    const search = await waitFor(session, "#customer-search");
    await search.sendKeys(query);
    // Read and click in one go: the list redraws its rows as the search settles.
    const row = `.customer-row[data-id="${target.id}"]`;
    const rowText = await eventually(
      session,
      async () => session.executeScript(`const r = document.querySelector('${row}'); return r && r.innerText;`),
      10000,
      `a row for ${target.name} after typing "${query}"`,
    );
    assert.match(rowText, new RegExp(target.name));
    await session.executeScript(`document.querySelector('${row}').click();`);

    const title = await waitFor(session, "#customer-name");
    await eventually(session, async () => (await textOf(session, title)) === target.name, 10000, "the customer page");
    const purchaseRows = await session.findElements(By.css("#purchases table tr"));
    const detail = JSON.parse(cli(db, "customers", "show", String(target.id), "--json"));
    assert.equal(purchaseRows.length, detail.purchases.length);
    assert.ok(purchaseRows.length >= 2);
  });

  it("shows a hostile name as text everywhere", async () => {
    const { session, db } = app;
    const hostile = "<img src=x onerror=alert(1)>";
    const id = cli(db, "customers", "add", "--first-name", '"><script>window.pwned=1</script>', "--last-name", hostile).trim();
    await session.get(`tauri://localhost/index.html#/customers`);
    const search = await waitFor(session, "#customer-search");
    await search.clear();
    await search.sendKeys("onerror");
    // Read in one go: the list redraws its rows as the search settles.
    const rowText = await eventually(
      session,
      async () => session.executeScript(`const r = document.querySelector('.customer-row[data-id="${id}"]'); return r && r.innerText;`),
      10000,
      "the hostile customer's row",
    );
    assert.ok(rowText.includes(hostile));
    assert.equal((await session.findElements(By.css(".customer-row img"))).length, 0);
    await session.executeScript(`document.querySelector('.customer-row[data-id="${id}"]').click();`);
    const title = await waitFor(session, "#customer-name");
    await eventually(session, async () => (await textOf(session, title)).includes(hostile), 10000, "the page title");
    assert.equal((await session.findElements(By.css("main img, main script"))).length, 0);
    assert.equal(await session.executeScript("return window.pwned === undefined"), true);
  });

  it("adds a customer through the form, with field messages for bad input", async () => {
    const { session } = app;
    await session.get(`tauri://localhost/index.html#/customers/new`);
    const last = await waitFor(session, "#f-last_name");
    await (await session.findElement(By.css("#f-email"))).sendKeys("pas-une-adresse");
    await (await session.findElement(By.css("#save-customer"))).click();
    const err = await waitFor(session, "#err-email");
    await eventually(session, async () => (await textOf(session, err)).includes("pas-une-adresse"), 10000, "the e-mail message");
    assert.ok((await textOf(session, await session.findElement(By.css("#err-last_name")))).length > 0);

    await (await session.findElement(By.css("#f-first_name"))).sendKeys("Maëlle");
    await last.sendKeys("Ørsted-Lefèvre");
    const email = await session.findElement(By.css("#f-email"));
    await email.clear();
    await email.sendKeys("maelle@exemple.fr");
    // Her cards in Dutch: the language of her cards is chosen in the form.
    await (await session.findElement(By.css("#f-language option[value='nl']"))).click();
    await (await session.findElement(By.css("#save-customer"))).click();
    const title = await waitFor(session, "#customer-name");
    await eventually(session, async () => (await textOf(session, title)) === "Maëlle Ørsted-Lefèvre", 10000, "the new customer's page");
    await eventually(session, async () => (await textOf(session, await session.findElement(By.css("main")))).includes("Nederlands"), 10000, "her language on her page");
  });
});

describe("a form error in the shopkeeper's language", () => {
  let app;
  before(async () => {
    app = await openApp();
  });
  after(async () => {
    await app?.close();
  });

  // The backend words the refusal in the UI's language; the form shows it beside its field.
  for (const [lang, said] of [
    ["fr", "« pas-un-email » n'est pas une adresse e-mail."],
    ["nl", "‘pas-un-email’ is geen e-mailadres."],
  ]) {
    it(`shows a bad e-mail beside its field in ${lang}`, async () => {
      const { session } = app;
      await session.executeAsyncScript(
        `const done = arguments[arguments.length - 1];
         window.__TAURI_INTERNALS__.invoke("set_ui_language", { language: "${lang}" }).then(() => done(), (e) => done(e));`,
      );
      await session.get(`tauri://localhost/index.html#/customers/new`);
      await (await waitFor(session, "#f-last_name")).sendKeys("Martin");
      await (await session.findElement(By.css("#f-email"))).sendKeys("pas-un-email");
      await (await session.findElement(By.css("#save-customer"))).click();
      const err = await waitFor(session, "#err-email");
      await eventually(session, async () => (await textOf(session, err)) === said, 10000, `the e-mail message in ${lang}`);
      assert.equal(await session.executeScript("return document.documentElement.lang"), lang);
      // FIDELE_SHOTS=dir keeps a picture of the form to look at.
      if (process.env.FIDELE_SHOTS) {
        const { writeFileSync } = await import("node:fs");
        writeFileSync(`${process.env.FIDELE_SHOTS}/form-error-${lang}.png`, await session.takeScreenshot(), "base64");
      }
    });
  }
});
