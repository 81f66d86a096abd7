// Nothing lost by a click, as the shopkeeper meets it: a half-filled form left by the sidebar
// is there on coming back; two records merged choosing the other phone, then the merge undone;
// a pair said to be two people; a purchase deleted then put back; a customer archived, found
// through the list's "archived" filter, unarchived; a referrer picked by name; a complaint opened today; an
// erasure said to be final, with no undo.
// Screenshots of the duplicates view and the merge dialog go to $FIDELE_SHOTS when set.

import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { By, cli, eventually, openApp, textOf, waitFor } from "./harness.mjs";

const shots = process.env.FIDELE_SHOTS;

/** Screenshots at 1024x640 and 1280x860 (the window is set to each size, then put back). */
async function shoot(session, name) {
  if (!shots) return;
  mkdirSync(shots, { recursive: true });
  const window = session.manage().window();
  const was = await window.getRect();
  for (const [width, height] of [[1024, 640], [1280, 860]]) {
    await window.setRect({ width, height });
    await new Promise((r) => setTimeout(r, 300));
    writeFileSync(path.join(shots, `${name}-${width}x${height}.png`), await session.takeScreenshot(), "base64");
  }
  await window.setRect({ width: was.width, height: was.height });
}

/** The customer's record as the CLI prints it. */
function record(db, id) {
  return JSON.parse(cli(db, "customers", "export-one", String(id)));
}

describe("nothing lost by a click", () => {
  let app;
  let lotte;
  let other;
  before(async () => {
    app = await openApp();
    const add = (...args) => Number(cli(app.db, "customers", "add", ...args).trim());
    lotte = add("--first-name", "Lotte", "--last-name", "Mulder", "--email", "lotte@voorbeeld.nl", "--phone", "06 12 34 56 78", "--postal-code", "1017 GC", "--city", "Amsterdam", "--consent", "post");
    other = add("--first-name", "Lotte", "--last-name", "Mulder", "--email", "l.mulder@werk.nl", "--phone", "06 98 76 54 32", "--postal-code", "1017 GC", "--city", "Amsterdam", "--consent", "email");
    cli(app.db, "purchases", "add", "--customer", String(other), "--amount", "24,90", "--category", "Strips");
    cli(app.db, "purchases", "add", "--customer", String(lotte), "--amount", "12,00", "--category", "Romans");
    cli(app.db, "interactions", "add", "--customer", String(other), "--kind", "complaint", "--summary", "Boek beschadigd");
  });
  after(async () => {
    await app?.close();
  });

  const click = async (css) => (await waitFor(app.session, css)).click();
  const go = async (hash) => app.session.executeScript(`location.hash = ${JSON.stringify(hash)}`);
  const noticeText = async () => textOf(app.session, await waitFor(app.session, "#notice .notice"));

  it("keeps a half-filled new customer when the sidebar is clicked, and gives it back", async () => {
    const { session } = app;
    await session.get("tauri://localhost/index.html#/customers");
    await click("#add-customer");
    await (await waitFor(session, "#f-first_name")).sendKeys("Anaïs");
    await (await session.findElement(By.css("#f-last_name"))).sendKeys("Bézier");
    await (await session.findElement(By.css("#f-phone"))).sendKeys("06 55 44 33 22");
    // A referrer is picked by typing her name, never a number.
    await (await session.findElement(By.css("#f-referred_by-search"))).sendKeys("lotte mul");
    const option = await eventually(session, async () => (await session.findElements(By.css(".picker-option")))[0], 10000, "the referrer suggestions");
    assert.match(await textOf(session, option), /Lotte Mulder/);
    await option.click();

    await click("#nav-dashboard");
    await eventually(session, async () => (await session.findElements(By.css("#f-first_name"))).length === 0, 10000, "the dashboard");
    await click("#nav-customers");
    await click("#add-customer");
    const first = await waitFor(session, "#f-first_name");
    assert.equal(await first.getAttribute("value"), "Anaïs");
    assert.equal(await (await session.findElement(By.css("#f-last_name"))).getAttribute("value"), "Bézier");
    assert.equal(await (await session.findElement(By.css("#f-phone"))).getAttribute("value"), "06 55 44 33 22");
    assert.match(await (await session.findElement(By.css("#f-referred_by-search"))).getAttribute("value"), /Lotte Mulder/);
    assert.match(await textOf(session, await session.findElement(By.css("#draft-notice"))), /Brouillon repris/);
    await shoot(session, "draft-restored");

    await click("#save-customer");
    const title = await waitFor(session, "#customer-name");
    await eventually(session, async () => (await textOf(session, title)) === "Anaïs Bézier", 10000, "the new customer's page");
    assert.match(await textOf(session, await session.findElement(By.css("#relations"))), /Lotte Mulder/);
    // Saved, the draft is gone: the next new customer starts empty.
    await click("#nav-customers");
    await click("#add-customer");
    assert.equal(await (await waitFor(session, "#f-first_name")).getAttribute("value"), "");
    assert.equal((await session.findElements(By.css("#draft-notice"))).length, 0);
  });

  it("merges a pair keeping the other phone, then undoes the merge", async () => {
    const { session } = app;
    const before = [record(app.db, lotte), record(app.db, other)];
    await go("#/customers/duplicates");
    const pair = await waitFor(session, `li[data-pair="${lotte}-${other}"]`);
    const buttons = await pair.findElements(By.css(".row button"));
    const words = await Promise.all(buttons.map((b) => textOf(session, b)));
    assert.equal(new Set(words).size, words.length, `two buttons, two different words: ${words}`);
    await shoot(session, "duplicates-list");
    await (await pair.findElement(By.css("button.compare"))).click();
    await click("#pick-phones-other");
    await click("#pick-emails-both");
    const result = await waitFor(session, '[data-result="phones"]');
    assert.equal(await textOf(session, result), "06 98 76 54 32");
    await shoot(session, "duplicates-compare");

    await click("#merge-confirm-open");
    const dialog = await waitFor(session, "dialog#merge-dialog[open]");
    const said = await textOf(session, dialog);
    assert.match(said, new RegExp(`fiche n° ${other} \\(Lotte Mulder\\) sera fusionnée dans la fiche n° ${lotte}`));
    assert.match(said, /Téléphone : 06 98 76 54 32/);
    assert.match(said, /15 minutes/);
    await shoot(session, "merge-dialog");
    await click("#dialog-confirm");
    await eventually(session, async () => (await noticeText()).includes("Fiches fusionnées"), 10000, "the merge message");
    const merged = record(app.db, lotte);
    assert.deepEqual(merged.customer.phones, ["06 98 76 54 32"]);
    assert.deepEqual(merged.customer.emails, ["lotte@voorbeeld.nl", "l.mulder@werk.nl"]);
    assert.equal(merged.purchases.length, 2);
    assert.throws(() => record(app.db, other));

    await click("#notice-undo");
    await eventually(session, async () => (await noticeText()).includes("Fusion annulée"), 10000, "the undo message");
    const after = [record(app.db, lotte), record(app.db, other)];
    // The access documents carry the moment they were made; all else is as before.
    for (const doc of [...before, ...after]) delete doc.exported_at;
    assert.deepEqual(after, before);
    // The pair is back, and these two are in fact two people: it goes for good.
    const back = await waitFor(session, `li[data-pair="${lotte}-${other}"]`);
    await (await back.findElement(By.css("button.two-people"))).click();
    await waitFor(session, "dialog#two-people-dialog[open]");
    await click("#dialog-confirm");
    await waitFor(session, "#no-duplicates");
    assert.deepEqual(JSON.parse(cli(app.db, "customers", "duplicates", "--json")).pairs, []);
  });

  it("deletes a purchase after asking, then puts it back", async () => {
    const { session } = app;
    await go(`#/customers/${other}`);
    const table = await waitFor(session, "#purchases table");
    const width = await session.executeScript("return arguments[0].getBoundingClientRect().width", table);
    await click("#purchases button[data-purchase]");
    const dialog = await waitFor(session, "dialog#delete-purchase-dialog[open]");
    assert.match(await textOf(session, dialog), /24,90.*Strips/s);
    assert.match(await textOf(session, await session.findElement(By.css("#dialog-cancel"))), /Garder l'achat/);
    await shoot(session, "delete-purchase-dialog");
    // Asking does not touch the table.
    assert.equal(await session.executeScript("return arguments[0].getBoundingClientRect().width", table), width);
    await click("#dialog-cancel");
    assert.equal(record(app.db, other).purchases.length, 1, "cancel keeps it");

    await click("#purchases button[data-purchase]");
    await waitFor(session, "dialog#delete-purchase-dialog[open]");
    await click("#dialog-confirm");
    await eventually(session, async () => (await noticeText()).includes("Achat supprimé"), 10000, "the delete message");
    await shoot(session, "deleted-notice");
    await eventually(session, async () => (await session.findElements(By.css("#purchases table tr"))).length === 0, 10000, "the row gone");
    assert.equal(record(app.db, other).purchases.length, 0);
    await click("#notice-undo");
    await eventually(session, async () => (await session.findElements(By.css("#purchases table tr"))).length === 1, 10000, "the row back");
    assert.equal(record(app.db, other).purchases[0].category, "Strips");
  });

  it("says a complaint opened today, and its resolution shows in the timeline", async () => {
    const { session } = app;
    await go(`#/customers/${other}`);
    const open = await eventually(session, async () => (await session.findElements(By.css("#interactions li.complaint.open")))[0], 10000, "the open complaint");
    assert.match(await textOf(session, open), /ouvert aujourd'hui/);
    await (await open.findElement(By.css(".resolution-input"))).sendKeys("Nieuw exemplaar");
    await (await open.findElement(By.css("button.resolve"))).click();
    await eventually(
      session,
      async () => (await textOf(session, await session.findElement(By.css("#timeline")))).includes("Résolu : Réclamation « Boek beschadigd » — Nieuw exemplaar"),
      10000,
      "the resolution in the timeline",
    );
  });

  it("archives a customer after asking, finds them through the list's archived filter, unarchives them", async () => {
    const { session } = app;
    await go(`#/customers/${other}`);
    await click("#archive-customer");
    const dialog = await waitFor(session, "dialog#archive-dialog[open]");
    assert.match(await textOf(session, dialog), /Archivés/);
    await click("#dialog-confirm");
    await waitFor(session, "#archived-note");
    assert.equal(JSON.parse(cli(app.db, "customers", "list", "--search", "werk", "--json")).customers.length, 0, "out of the list");

    await click("#nav-customers");
    await (await waitFor(session, "#customer-search")).sendKeys("mulder werk");
    await eventually(session, async () => (await textOf(session, await waitFor(session, "#customer-count"))) === "0 client", 10000, "no listed customer found");
    await click("#filter-archived");
    const row = await eventually(session, async () => (await session.findElements(By.css(`.customer-row.archived[data-id="${other}"]`)))[0], 10000, "the archived row");
    assert.match(await textOf(session, row), /Archivé/);
    assert.equal(await textOf(session, await waitFor(session, "#customer-count")), "1 client archivé");
    assert.match(await textOf(session, await waitFor(session, "#clear-filters")), /\(1\)/, "counted among the filters");
    await shoot(session, "archived-list");
    // The list redraws as the search settles: find the row afresh to click it.
    await eventually(session, async () => {
      await (await session.findElement(By.css(`.customer-row.archived[data-id="${other}"]`))).click();
      return true;
    }, 10000, "the archived customer's row");
    await waitFor(session, "#archived-note");
    await shoot(session, "archived-page");
    await click("#unarchive-customer");
    await eventually(session, async () => (await session.findElements(By.css("#archived-note"))).length === 0, 10000, "the note gone");
    assert.equal(JSON.parse(cli(app.db, "customers", "list", "--search", "werk", "--json")).customers.length, 1, "back in the list");
    // Back in the list, the filter still on: no archived customer is left to find; cleared, the
    // customer is found among the listed.
    await click("#nav-customers");
    await eventually(session, async () => (await textOf(session, await waitFor(session, "#customer-count"))) === "0 client archivé", 10000, "none archived left");
    await click("#clear-filters");
    await eventually(session, async () => (await session.findElements(By.css(`.customer-row:not(.archived)[data-id="${other}"]`))).length === 1, 10000, "listed again");
  });

  it("says an erasure is final, and offers no undo after it", async () => {
    const { session } = app;
    const [anais] = JSON.parse(cli(app.db, "customers", "list", "--search", "bezier", "--json")).customers;
    await go(`#/customers/${anais.id}`);
    await click("#erase-customer");
    const dialog = await waitFor(session, "dialog#erase-dialog[open]");
    assert.match(await textOf(session, dialog), /définitif.*pas d'annulation/s);
    await click("#dialog-cancel");
    assert.equal(record(app.db, anais.id).customer.last_name, "Bézier", "cancel erases nothing");
    await click("#erase-customer");
    await waitFor(session, "dialog#erase-dialog[open]");
    await click("#dialog-confirm");
    await eventually(session, async () => (await noticeText()).includes("Données effacées"), 10000, "the erase message");
    assert.equal((await session.findElements(By.css("#notice-undo"))).length, 0, "no undo");
    assert.equal(record(app.db, anais.id).customer.last_name, "");
  });
});
