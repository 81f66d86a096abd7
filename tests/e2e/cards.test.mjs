// The month's cards from the real app: previewed, generated through the (scripted) save
// dialog, recorded; the PDF holds the customers' names and the customer page says "card sent".

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { By, cli, eventually, openApp, textOf, waitFor } from "./harness.mjs";

/** The month the page opens on: next month, as `YYYY-MM`. */
function nextMonth() {
  const d = new Date();
  d.setDate(1);
  d.setMonth(d.getMonth() + 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}`;
}

describe("the month's cards", () => {
  let app;
  before(async () => {
    app = await openApp({ demo: 200, dialogs: true });
  });
  after(async () => {
    await app?.close();
  });

  it("generates the month's cards, records them once, and the customer page shows the card", async () => {
    const { session, db, dialogs } = app;
    const month = nextMonth();
    const expected = JSON.parse(cli(db, "cards", "--month", month, "-o", path.join(dialogs, "cli.pdf"), "--json"));
    assert.ok(expected.cards > 50, `the demo shop sends cards: ${JSON.stringify(expected)}`);

    await session.get("tauri://localhost/index.html#/cards");
    const summary = await waitFor(session, "#monthly-summary");
    await eventually(session, async () => (await textOf(session, summary)).startsWith(`${expected.cards} `), 20000, `${expected.cards} cards in the summary`);
    // The preview shows the first card's opening and the month's greeting.
    const opening = await textOf(session, await waitFor(session, ".card-preview .card-salutation"));
    assert.match(opening, /^(Cher|Chère|Bonjour|Dear|Beste|Geachte) .+,$/);

    const names = [];
    for (const a of await session.findElements(By.css("tr.recipient td:first-child a"))) names.push(await textOf(session, a));
    const accented = names.find((n) => /[éèëïœçÉ]/.test(n));
    assert.ok(accented, "an accented recipient");
    const firstId = await (await session.findElement(By.css("tr.recipient"))).getAttribute("data-id");

    await (await session.findElement(By.css("#monthly-generate"))).click();
    const result = await waitFor(session, "#monthly-result");
    await eventually(session, async () => (await textOf(session, result)).includes(".pdf"), 60000, "the PDF to be saved");
    const pdf = path.join(dialogs, `cartes-${month}.pdf`);
    assert.ok(existsSync(pdf), `${pdf} was written through the save dialog`);
    const text = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" });
    assert.ok(text.includes(accented), `${accented} is printed`);
    assert.ok(text.includes(names[0]), `${names[0]} is printed`);
    execFileSync("qpdf", ["--check", pdf]);

    const record = await session.findElement(By.css("#monthly-record"));
    await eventually(session, async () => record.isDisplayed(), 5000, "the record button");
    await record.click();
    await eventually(session, async () => /\d+/.test(await textOf(session, result)) && !(await textOf(session, result)).includes(".pdf"), 20000, "the run to be recorded");
    await eventually(session, async () => (await session.findElements(By.css("#card-runs-list tr[data-run]"))).length === 1, 10000, "the recorded run listed");

    // Recording again, from the command line, records nobody twice.
    const again = JSON.parse(cli(db, "cards", "--month", month, "-o", path.join(dialogs, "again.pdf"), "--record", "--json"));
    assert.equal(again.recorded.customers, 0);

    await session.get(`tauri://localhost/index.html#/customers/${firstId}`);
    await waitFor(session, "#customer-name");
    await eventually(
      session,
      async () => /Carte envoyée|Card sent/.test(await textOf(session, await session.findElement(By.css("main")))),
      10000,
      "card sent in the timeline",
    );
  });
});
