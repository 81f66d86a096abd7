// The counter from the real app: a card scanned as an AZERTY keyboard types it (`&` for 1,
// `à` for 0, key events whose `code` is the physical DigitN) opens its customer; a sale of
// "124,90" + Enter earns its points at once; a greeting card's offer code is redeemed once and
// refused the second time; a refund takes the points back; a new customer is enrolled.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { Key } from "selenium-webdriver";
import { By, cli, eventually, layoutProblems, openApp, shoot, textOf, visit, waitFor } from "./harness.mjs";

const AZERTY = { 1: "&", 2: "é", 3: '"', 4: "'", 5: "(", 6: "-", 7: "è", 8: "_", 9: "ç", 0: "à" };

/**
 * Types `text` into the counter's field as a USB scanner on an AZERTY keyboard does: one
 * keydown per character, a few milliseconds apart, each with the physical key's `code` and the
 * character AZERTY gives for it, then Enter. WebDriver cannot set `code`, so the page dispatches
 * the events itself.
 */
async function scanAzerty(session, text) {
  return session.executeAsyncScript(
    `const [text, azerty, done] = arguments;
     const field = document.getElementById("counter-scan");
     field.focus();
     const started = performance.now();
     window.__counterShown = undefined;
     const seen = new MutationObserver(() => {
       if (document.getElementById("counter-name") && window.__counterShown === undefined) {
         window.__counterShown = performance.now() - started;
         seen.disconnect();
       }
     });
     seen.observe(document.body, { childList: true, subtree: true });
     const press = (code, key) => field.dispatchEvent(new KeyboardEvent("keydown", { code, key, bubbles: true, cancelable: true }));
     for (const c of text) {
       if (/[0-9]/.test(c)) press("Digit" + c, azerty[c]);
       else if (/[A-Z]/.test(c)) press("Key" + c, c === "M" ? "," : c === "A" ? "q" : c === "Z" ? "w" : c.toLowerCase());
       else if (c === "-") press("Minus", ")");
       else press("", c);
     }
     const typed = field.value;
     press("Enter", "Enter");
     done({ typed, started });`,
    text,
    AZERTY,
  );
}

function sql(db, query) {
  return execFileSync("sqlite3", [db, query], { encoding: "utf8" }).trim();
}

describe("the counter", () => {
  let app;
  before(async () => {
    app = await openApp({ demo: 60, dialogs: true });
    cli(app.db, "loyalty", "--on", "--points-per-unit", "1", "--reward", "200=10", "--reward", "50:Un marque-page");
    const month = new Date().toISOString().slice(0, 7);
    cli(app.db, "cards", "--month", month, "-o", path.join(app.dialogs, "cartes.pdf"), "--record");
  });
  after(async () => {
    await app?.close();
  });

  it("opens the customer of a card scanned on AZERTY, sells, redeems an offer once, refunds", async () => {
    const { session, db } = app;
    const [code, owner] = sql(db, "SELECT offer_code, customer_id FROM card_run_recipients WHERE offer_code IS NOT NULL ORDER BY customer_id LIMIT 1").split("|");
    const buyer = sql(db, `SELECT id FROM customers WHERE id <> ${owner} AND erased_at IS NULL ORDER BY id LIMIT 1`);
    const card = JSON.parse(cli(db, "customers", "show", buyer, "--json"));
    assert.equal(card.member_number.length, 10);

    await visit(session, "/counter", "#counter-scan");
    const scan = await scanAzerty(session, card.member_number);
    assert.equal(scan.typed, card.member_number, "the AZERTY scan reads as the card's digits");
    const name = await waitFor(session, "#counter-name");
    await eventually(session, async () => (await textOf(session, name)).includes(card.name), 10000, card.name);
    const took = await eventually(session, () => session.executeScript("return window.__counterShown"), 5000, "the view's time");
    console.log(`scan to counter view: ${took.toFixed(0)} ms (the target, <= 100 ms, is measured on the load bench's file)`);

    // Keyboard only: the amount has the focus; the amount, Enter.
    const focused = await session.switchTo().activeElement();
    assert.equal(await focused.getAttribute("id"), "counter-amount");
    await focused.sendKeys("124,90", Key.ENTER);
    const earned = await waitFor(session, "#counter-earned");
    await eventually(session, async () => /\+124\b/.test(await textOf(session, earned)), 10000, "+124 points");
    assert.match(await textOf(session, await waitFor(session, "#counter-balance")), /\b124\b/);
    for (const [w, h] of [[1024, 640], [1280, 860]]) {
      await session.manage().window().setRect({ width: w, height: h });
      await session.sleep(300);
      assert.deepEqual(await layoutProblems(session), [], `${w}x${h}`);
      await shoot(session, `counter-${w}x${h}`);
    }

    // The greeting card's offer code, scanned: its customer, the offer good; redeemed with a sale.
    await session.findElement(By.id("counter-scan")).click();
    await scanAzerty(session, code);
    const scanned = await waitFor(session, "#counter-scanned-offer");
    assert.ok((await textOf(session, scanned)).includes(code));
    assert.equal(await scanned.getAttribute("class"), "");
    await (await session.switchTo().activeElement()).sendKeys("40", Key.ENTER);
    await waitFor(session, "#counter-earned");
    assert.equal(sql(db, `SELECT count(*) FROM offer_redemptions WHERE offer_code = '${code}' AND accepted_despite IS NULL`), "1");

    // The second time: refused with why, and accepted only on purpose.
    await session.findElement(By.id("counter-scan")).click();
    await scanAzerty(session, code);
    const refused = await waitFor(session, "#counter-scanned-offer");
    await eventually(session, async () => (await refused.getAttribute("class")) === "warning", 5000, "the offer refused");
    await session.findElement(By.css("#counter-sale details summary")).click();
    await session.findElement(By.id("counter-offer")).sendKeys(code);
    await session.findElement(By.id("counter-amount")).sendKeys("10", Key.ENTER);
    const why = await waitFor(session, "#counter-accept-anyway");
    assert.ok((await textOf(session, await session.findElement(By.id("counter-sale-error")))).includes(code));
    assert.equal(sql(db, `SELECT count(*) FROM offer_redemptions WHERE offer_code = '${code}'`), "1", "nothing written while refused");
    await why.click();
    await waitFor(session, "#counter-earned");
    assert.equal(sql(db, `SELECT accepted_despite FROM offer_redemptions WHERE offer_code = '${code}' ORDER BY id DESC LIMIT 1`), "already_used");

    // A refund of the first sale takes its 124 points back.
    await session.findElement(By.id("counter-scan")).click();
    await scanAzerty(session, card.member_number);
    await waitFor(session, "#counter-purchases");
    const sale = sql(db, `SELECT id FROM purchases WHERE customer_id = ${buyer} AND amount_minor = 12490 ORDER BY id DESC LIMIT 1`);
    const before = Number(sql(db, `SELECT sum(points) FROM points_entries WHERE customer_id = ${buyer}`));
    const buttons = await session.findElements(By.css("#counter-purchases button"));
    for (const b of buttons) {
      const li = await textOf(session, await b.findElement(By.xpath("..")));
      if (li.includes("124,90") || li.includes("124.90")) {
        await b.click();
        break;
      }
    }
    const amount = await waitFor(session, `#counter-refund-amount-${sale}`);
    await amount.sendKeys(Key.ENTER);
    await eventually(session, async () => Number(sql(db, `SELECT sum(points) FROM points_entries WHERE customer_id = ${buyer}`)) === before - 124, 10000, "124 points taken back");
  });

  it("earns the points of a purchase typed on the customer's page, and takes them back when it is deleted", async () => {
    const { session, db } = app;
    const who = sql(db, "SELECT id FROM customers WHERE erased_at IS NULL ORDER BY id DESC LIMIT 1 OFFSET 3");
    const balance = () => Number(sql(db, `SELECT coalesce(sum(points), 0) FROM points_entries WHERE customer_id = ${who}`));
    const shown = async () => Number((await textOf(session, await waitFor(session, "#customer-points"))).replace(/\D/g, ""));
    await visit(session, `/customers/${who}`, "#customer-points");
    const start = balance();
    assert.equal(await shown(), start, "the page shows the ledger's balance");
    await (await session.findElement(By.css("#purchases summary"))).click();
    await session.findElement(By.id("purchase-amount")).sendKeys("60,50");
    await session.findElement(By.id("purchase-save")).click();
    await eventually(session, async () => (await shown()) === start + 60, 10000, "60 points more on the page");
    assert.equal(balance(), start + 60);
    const id = sql(db, `SELECT id FROM purchases WHERE customer_id = ${who} AND amount_minor = 6050 ORDER BY id DESC LIMIT 1`);
    await (await session.findElement(By.css(`button[data-purchase="${id}"]`))).click();
    await waitFor(session, "dialog#delete-purchase-dialog[open]");
    await (await session.findElement(By.id("dialog-confirm"))).click();
    await eventually(session, async () => (await shown()) === start, 10000, "the points taken back with the purchase");
    assert.equal(sql(db, `SELECT kind || ' ' || points FROM points_entries WHERE customer_id = ${who} ORDER BY id DESC LIMIT 1`), "refunded -60");

    // Brought to 5 points short of the bookmark (50 points): on the week's follow-up, with
    // what to say.
    const short = 45 - start;
    assert.ok(short > 0, `a balance under 45 to begin with (${start})`);
    {
      if (!(await session.findElement(By.id("purchase-amount")).isDisplayed())) await (await session.findElement(By.css("#purchases summary"))).click();
      await session.findElement(By.id("purchase-amount")).sendKeys(`${short},00`);
      await session.findElement(By.id("purchase-save")).click();
      await eventually(session, async () => (await shown()) === 45, 10000, "45 points");
      await visit(session, "/cards/follow-up", "#follow-up-list");
      const group = await waitFor(session, '#follow-up-list [data-reason="near_reward"]');
      const text = await textOf(session, group);
      assert.match(text, /plus que 5 pour « Un marque-page »/, text);
      for (const [w, h] of [[1024, 640], [1280, 860]]) {
        await session.manage().window().setRect({ width: w, height: h });
        await session.sleep(300);
        await shoot(session, `follow-up-near-reward-${w}x${h}`);
      }
      // In Thai: the same line, counted the Thai way, nothing overflowing.
      const ui = async (lang) => {
        await visit(session, "/settings", "#ui-language");
        await session.executeScript("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'))", await session.findElement(By.id("ui-language")), lang);
        await session.sleep(500);
      };
      await ui("th");
      await visit(session, "/cards/follow-up", '#follow-up-list [data-reason="near_reward"]');
      assert.match(await textOf(session, await waitFor(session, '#follow-up-list [data-reason="near_reward"]')), /มี 45 แต้ม อีกเพียง 5 แต้มจะได้ “Un marque-page”/);
      for (const [w, h] of [[1024, 640], [1280, 860]]) {
        await session.manage().window().setRect({ width: w, height: h });
        await session.sleep(300);
        assert.deepEqual(await layoutProblems(session), [], `th ${w}x${h}`);
        await shoot(session, `follow-up-near-reward-th-${w}x${h}`);
      }
      await ui("fr");
    }
  });

  it("refuses a misread card and enrols a new customer with a card number", async () => {
    const { session, db } = app;
    await visit(session, "/counter", "#counter-scan");
    await scanAzerty(session, "1000000019");
    await waitFor(session, "#counter-nothing");
    await session.findElement(By.id("counter-enrol")).click();
    const first = await waitFor(session, "#enrol-first");
    await eventually(session, async () => (await (await session.switchTo().activeElement()).getAttribute("id")) === "enrol-first", 5000, "focus");
    await first.sendKeys("Capucine");
    await session.findElement(By.id("enrol-last")).sendKeys("Lemaire");
    await session.findElement(By.id("enrol-phone")).sendKeys("06 55 44 33 22");
    await session.findElement(By.id("enrol-consent-post")).click();
    await session.findElement(By.id("enrol-phone")).sendKeys(Key.ENTER);
    const done = await waitFor(session, "#enrol-done");
    const number = sql(db, "SELECT m.number FROM member_numbers m JOIN customers c ON c.id = m.customer_id WHERE c.last_name = 'Lemaire' AND m.stopped_at IS NULL");
    assert.ok((await textOf(session, done)).includes(number), "the new card's number is shown");
    assert.equal(sql(db, "SELECT granted FROM consent_events e JOIN customers c ON c.id = e.customer_id WHERE c.last_name = 'Lemaire' AND channel = 'post'"), "1");
    await shoot(session, "counter-enrolled");
  });
});
