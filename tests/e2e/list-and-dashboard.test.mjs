// The customer list sorted, filtered and saved as a view, and the dashboard's drifting list,
// as a shopkeeper uses them. With FIDELE_E2E_SHOTS set, screenshots at 1024x640 and 1280x860.

import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { By, cli, eventually, openApp, waitFor } from "./harness.mjs";

async function shot(session, name) {
  if (!process.env.FIDELE_E2E_SHOTS) return;
  writeFileSync(path.join(process.env.FIDELE_E2E_SHOTS, `${name}.png`), await session.takeScreenshot(), "base64");
}

/** The names in the list, top to bottom, read in one go (rows redraw as the list settles). */
async function listedNames(session) {
  return session.executeScript(
    "return [...document.querySelectorAll('.customer-row')].sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top)).map((r) => r.querySelector('.name').firstChild.textContent)",
  );
}

async function choose(session, css, value) {
  await session.executeScript(
    `const s = document.querySelector(arguments[0]); s.value = arguments[1]; s.dispatchEvent(new Event('change'));`,
    css,
    value,
  );
}

describe("the customer list and the dashboard", () => {
  let app;
  before(async () => {
    app = await openApp({ demo: 300 });
    const add = (...args) => cli(app.db, "customers", "add", "--tag", "e2e-tri", ...args).trim();
    add("--first-name", "Théo", "--last-name", "Aubry", "--city", "Lyon");
    add("--first-name", "Étienne", "--last-name", "Aubry", "--city", "Lyon", "--phone", "04 78 55 66 77");
    add("--first-name", "Zoé", "--last-name", "Zola", "--city", "Évian-les-Bains");
    add("--first-name", "Anneke", "--last-name", "van den Berg", "--city", "Utrecht", "--country", "NL");
  });
  after(async () => {
    await app?.close();
  });

  it("sorts by a column, filters by tag and town, saves the view and finds it again", async () => {
    const { session } = app;
    await session.manage().window().setRect({ width: 1280, height: 860 });
    await session.get("tauri://localhost/index.html#/customers");
    await waitFor(session, "#filter-tag option[value='e2e-tri']");
    await choose(session, "#filter-tag", "e2e-tri");
    await eventually(session, async () => (await listedNames(session)).length === 4, 10000, "the four tagged customers");
    // Accents sort with their letter, a Dutch particle under the name: Berg files under B.
    assert.deepEqual(await listedNames(session), ["Étienne Aubry", "Théo Aubry", "Anneke van den Berg", "Zoé Zola"]);

    // A second click on Name reverses; a click on City sorts by town, accents ignored.
    await session.findElement(By.css("button.sort[data-sort='name']")).click();
    await eventually(session, async () => (await listedNames(session))[0] === "Zoé Zola", 10000, "the list reversed");
    await session.findElement(By.css("button.sort[data-sort='city']")).click();
    await eventually(session, async () => (await listedNames(session))[0] === "Zoé Zola", 10000, "Évian first by town");
    assert.equal(await session.executeScript("return document.querySelector(\"button.sort[data-sort='city']\").closest('[aria-sort]').getAttribute('aria-sort')"), "ascending");

    // Filters combine: tag and town.
    await choose(session, "#filter-city", "Lyon");
    await eventually(session, async () => (await listedNames(session)).length === 2, 10000, "the two in Lyon");
    assert.match(await session.executeScript("return document.querySelector('#customer-count').textContent"), /^2 /);
    await shot(session, "list-filtered-1280x860");

    // Saved under a name, and found again after leaving the list.
    await session.findElement(By.css("#save-view")).click();
    const name = await waitFor(session, "#view-name");
    await name.sendKeys("Aubry de Lyon");
    await session.findElement(By.css("#confirm-save-view")).click();
    await waitFor(session, "#view-picker option[value='Aubry de Lyon']");
    await session.get("tauri://localhost/index.html#/dashboard");
    await waitFor(session, "#tiles");
    await session.get("tauri://localhost/index.html#/customers");
    await waitFor(session, "#clear-filters");
    await session.findElement(By.css("#clear-filters")).click();
    await eventually(session, async () => (await listedNames(session)).length > 10, 10000, "the whole list again");
    await waitFor(session, "#view-picker option[value='Aubry de Lyon']");
    await choose(session, "#view-picker", "Aubry de Lyon");
    await eventually(session, async () => (await listedNames(session)).length === 2, 10000, "the saved view");
    assert.equal(await session.executeScript("return document.querySelector('#filter-city').value"), "Lyon");
    assert.equal(await session.executeScript("return document.querySelector('#filter-tag').value"), "e2e-tri");

    // A search by phone shows the number it matched.
    await session.findElement(By.css("#clear-filters")).click();
    const search = await waitFor(session, "#customer-search");
    await search.clear();
    await search.sendKeys("0478 55");
    const contact = await eventually(
      session,
      async () => session.executeScript("const r = document.querySelector('.customer-row .contact.matched'); return r && r.textContent;"),
      10000,
      "the matched phone in the row",
    );
    assert.equal(contact, "04 78 55 66 77");
    await search.clear();
    await search.sendKeys(" ");
    await session.manage().window().setRect({ width: 1024, height: 640 });
    await choose(session, "#filter-tag", "e2e-tri");
    await eventually(session, async () => (await listedNames(session)).length === 4, 10000, "the tagged customers at 1024x640");
    await shot(session, "list-1024x640");
    const overflow = await session.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    assert.ok(overflow <= 0, `the list fits 1024 px wide (${overflow} px over)`);
  });

  it("shows each complaint once, and the number to call after 'call them'", async () => {
    const { session, db } = app;
    await session.manage().window().setRect({ width: 1280, height: 860 });
    await session.get("tauri://localhost/index.html#/dashboard");
    await waitFor(session, "#open-complaints");
    const ids = await session.executeScript(
      "return [...document.querySelectorAll('#open-complaints li.interaction')].map((li) => li.dataset.id)",
    );
    assert.equal(new Set(ids).size, ids.length, `no complaint twice: ${ids}`);

    await waitFor(session, "#drifting li[data-id]", 60000);
    // Each amount says what it is.
    const values = await session.executeScript("return [...document.querySelectorAll('#drifting .value')].map((v) => v.textContent)");
    assert.ok(values.length > 0 && values.every((v) => /^valeur 12 mois : |^12-month value: /.test(v)), values.join(" | "));
    const rows = await session.executeScript("return [...document.querySelectorAll('#drifting li[data-id]')].map((li) => li.dataset.id)");
    assert.ok(rows.length <= 8, `the drifting list is capped (${rows.length})`);
    const withPhone = rows.find((id) => JSON.parse(cli(db, "customers", "show", id, "--json")).phones.length > 0);
    assert.ok(withPhone, "a drifting customer with a phone");
    await shot(session, "dashboard-1280x860");
    await session.executeScript(`document.querySelector('#drifting li[data-id="${withPhone}"] .call-them').scrollIntoView()`);
    await session.findElement(By.css(`#drifting li[data-id="${withPhone}"] .call-them`)).click();
    const link = await waitFor(session, `#drifting li[data-id="${withPhone}"] .called a.phone`);
    assert.match(await link.getAttribute("href"), /^tel:\+\d{8,15}$/);
    const reminders = JSON.parse(cli(db, "reminders", "--week", isoWeek(new Date()), "--json"));
    const reminded = (reminders.groups.reminder ?? []).filter((e) => String(e.customer_id) === withPhone);
    assert.equal(reminded.length, 1, "the reminder was added, once");
    await session.executeScript("document.querySelector('#drifting').scrollIntoView()");
    await shot(session, "dashboard-drifting-1280x860");
    const page = await session.executeScript("return document.documentElement.scrollHeight");
    assert.ok(page < 4000, `the dashboard is not stretched by the drifting list (${page} px)`);
    // Drawn again at 1024x640, as a shopkeeper on a small laptop opens it.
    await session.manage().window().setRect({ width: 1024, height: 640 });
    await session.get("tauri://localhost/index.html#/customers");
    await waitFor(session, "#customer-search");
    await session.get("tauri://localhost/index.html#/dashboard");
    await waitFor(session, "#drifting li[data-id]", 60000);
    await shot(session, "dashboard-1024x640");
    await session.executeScript("document.querySelector('#drifting').scrollIntoView()");
    await shot(session, "dashboard-drifting-1024x640");
    const wide = await session.executeScript(
      "const w = document.documentElement.clientWidth; return [...document.querySelectorAll('main *')].filter((e) => e.getBoundingClientRect().right > w + 1).slice(0, 5).map((e) => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))",
    );
    assert.deepEqual(wide, [], "nothing on the dashboard reaches past 1024 px");
  });
});

describe("a new customer", () => {
  let app;
  before(async () => {
    app = await openApp({ demo: 60 });
  });
  after(async () => {
    await app?.close();
  });

  it("is offered only real birthdays, and their page says what is true for them", async () => {
    const { session } = app;
    await session.get("tauri://localhost/index.html#/customers/new");
    await waitFor(session, "#f-birthday-month");
    const lastDay = async () =>
      session.executeScript("const o = [...document.querySelectorAll('#f-birthday-day option')]; return o[o.length - 1].value");
    await choose(session, "#f-birthday-day", "31");
    await choose(session, "#f-birthday-month", "2");
    assert.equal(await lastDay(), "29", "no 30 or 31 February");
    assert.equal(await session.executeScript("return document.querySelector('#f-birthday-day').value"), "", "31 February is not kept");
    await choose(session, "#f-birthday-month", "4");
    assert.equal(await lastDay(), "30");
    await session.findElement(By.css("#f-birthday-year")).sendKeys("1983");
    await choose(session, "#f-birthday-month", "2");
    assert.equal(await lastDay(), "28", "1983 was not a leap year");
    await choose(session, "#f-birthday-day", "14");
    await session.findElement(By.css("#f-last_name")).sendKeys("Nouvelle");
    await session.findElement(By.css("#save-customer")).click();
    const why = await waitFor(session, "#outlook-why", 20000);
    const text = await eventually(session, async () => session.executeScript("return arguments[0].textContent", why), 10000, "the outlook's why");
    assert.doesNotMatch(text, /modèle|model/i);
    assert.match(text, /premier achat|first purchase/);
  });
});

function isoWeek(d) {
  const date = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
  const day = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - day);
  const year = date.getUTCFullYear();
  const week = Math.ceil(((date - Date.UTC(year, 0, 1)) / 86400000 + 1) / 7);
  return `${year}-W${String(week).padStart(2, "0")}`;
}
