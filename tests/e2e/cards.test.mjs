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

  it("writes each customer's card in their language, its words edited language by language", async () => {
    const { session } = app;
    await session.get("tauri://localhost/index.html#/cards");
    await waitFor(session, "#monthly-summary");
    // A Dutch-speaking customer of this French shop: their row says NL.
    const row = await eventually(session, async () => (await session.findElements(By.xpath("//tr[contains(@class,'recipient')][.//span[@class='lang-tag' and text()='NL']]")))[0], 20000, "a Dutch recipient");
    await (await row.findElement(By.css("td:nth-child(2)"))).click(); // not the name: it links to the customer
    assert.match(await textOf(session, await session.findElement(By.css("#monthly-summary"))), /\d+ NL/, "the summary counts the Dutch cards");
    const greeting = await session.findElement(By.css("#monthly-greeting"));
    const language = await session.findElement(By.css("#monthly-text-language"));
    assert.equal(await language.getAttribute("value"), "fr", "the shop's language first");
    const french = await greeting.getAttribute("value");
    // The Dutch card shows its own greeting, not the French one being edited.
    const shown = await textOf(session, await session.findElement(By.css(".card-preview .card-greeting")));
    assert.notEqual(shown, french);
    assert.match(await textOf(session, await session.findElement(By.css(".card-preview .card-salutation"))), /^(Beste|Geachte) /);

    await (await session.findElement(By.css("#monthly-text-language option[value='nl']"))).click();
    await eventually(session, async () => (await greeting.getAttribute("value")) === shown, 5000, "the Dutch greeting in the editor");
    await greeting.clear();
    await greeting.sendKeys("Lentegroeten uit de winkel");
    await (await session.findElement(By.css("#monthly-save-texts"))).click();
    await eventually(session, async () => (await textOf(session, await session.findElement(By.css(".card-preview .card-greeting")))) === "Lentegroeten uit de winkel", 10000, "the saved Dutch greeting on the Dutch card");

    await (await session.findElement(By.css("#monthly-text-language option[value='fr']"))).click();
    await eventually(session, async () => (await greeting.getAttribute("value")) === french, 5000, "the French words back in the editor");
    assert.equal(await textOf(session, await session.findElement(By.css(".card-preview .card-greeting"))), "Lentegroeten uit de winkel", "the Dutch card keeps its words");
  });
});

describe("the cards page, one job per tab", () => {
  let app;
  before(async () => {
    app = await openApp({ demo: 60 });
  });
  after(async () => {
    await app?.close();
  });

  it("opens on the coming month's cards, and the birthdays and the week's follow-up have their own tabs", async () => {
    const { session } = app;
    await session.get("tauri://localhost/index.html#/cards");
    const heading = await waitFor(session, "#monthly-heading");
    const d = new Date();
    const coming = new Date(d.getFullYear(), d.getMonth() + 1, 1);
    const name = new Intl.DateTimeFormat("fr", { month: "long", year: "numeric" }).format(coming);
    assert.equal(await textOf(session, heading), `Cartes de ${name} (le mois prochain)`);
    assert.equal((await session.findElements(By.css("#period-cards, #follow-up"))).length, 0, "the month's tab holds the month's cards only");

    await (await session.findElement(By.css("#cards-tab-occasions"))).click();
    await waitFor(session, "#period-summary");
    assert.match(await session.getCurrentUrl(), /#\/cards\/occasions$/);
    assert.equal((await session.findElements(By.css("#monthly-cards, #follow-up"))).length, 0);
    assert.equal(await (await session.findElement(By.css("#cards-tab-occasions"))).getAttribute("aria-current"), "page");

    await (await session.findElement(By.css("#cards-tab-follow-up"))).click();
    await waitFor(session, "#follow-up-list .muted");
    await waitFor(session, "#reminders");
    assert.match(await session.getCurrentUrl(), /#\/cards\/follow-up$/);

    // Back returns to the previous tab.
    await session.navigate().back();
    await waitFor(session, "#period-summary");
    // Another month: the heading says which, without "next month".
    await (await session.findElement(By.css("#cards-tab-month"))).click();
    // The month field: a month named in the language, and a year.
    await waitFor(session, "#monthly-month");
    const later = new Date(d.getFullYear(), d.getMonth() + 3, 1);
    for (const [part, value] of [["month", String(later.getMonth() + 1)], ["year", String(later.getFullYear())]]) {
      const el = await session.findElement(By.css(`#monthly-month-${part}`));
      await session.executeScript("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'))", el, value);
    }
    const laterName = new Intl.DateTimeFormat("fr", { month: "long", year: "numeric" }).format(later);
    await eventually(session, async () => (await textOf(session, await session.findElement(By.css("#monthly-heading")))) === `Cartes de ${laterName}`, 5000, "the later month named");
  });
});
