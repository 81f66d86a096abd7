// Hostile text in every customer field, and every view shows it as text: no element is ever
// made from a customer's words. The same session checks the app's log (its stderr) never
// holds the customer's words either.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";

// The app's stderr is its log. WebKitWebDriver does not pass it on, so the app is started
// through a wrapper that sends it to a file (set before the harness reads FIDELE_APP).
const here = path.dirname(fileURLToPath(import.meta.url));
const realApp = process.env.FIDELE_APP ?? path.join(process.env.CARGO_TARGET_DIR ?? path.join(here, "../../target"), "debug", "fidele-app");
const logDir = mkdtempSync(path.join(tmpdir(), "fidele-e2e-log-"));
const appLog = path.join(logDir, "app-stderr.log");
const wrapper = path.join(logDir, "fidele-app");
writeFileSync(wrapper, `#!/bin/sh\nexec 2>>'${appLog}'\necho "wrapper: the app's stderr follows" >&2\nexec '${realApp}' "$@"\n`);
chmodSync(wrapper, 0o755);
process.env.FIDELE_APP = wrapper;
const { By, cli, eventually, openApp, textOf, waitFor } = await import("./harness.mjs");

// Each field gets its own payload (the number says which field would have run it). The CSP
// forbids inline scripts and handlers, so the real test is that no such element exists.
const img = (n) => `<img src=x onerror=window.__pwned=${n}>`;
const script = (n) => `"><script>window.__pwned=${n}</script>`;

const H = {
  first: `Zoé${img(1)}`,
  last: `Hostilix ${script(2)}`,
  company: `Société ${img(3)} & Fils`,
  line1: `12 rue ${img(4)}`,
  line2: `Bât. ${script(5)}`,
  city: `Paris ${img(6)}`,
  postcode: `<b>75011</b>`,
  notes: `Note ${script(7)}`,
  preferences: `Aime ${img(8)}`,
  tag: `<script>window.__pwned=9</script>`,
  summary: `Plainte ${img(10)}`,
  details: `Détails ${script(11)}`,
  resolution: `Réglé ${img(12)}`,
  category: `Romans ${img(13)}`,
  note: `Achat ${script(14)}`,
  household: `Famille ${img(15)}`,
  reminder: `Rappeler ${script(16)}`,
  openComplaint: `Toujours ouvert ${img(17)}`,
  imported: `Importé ${img(18)}`,
};
// What the customer list and page call them.
const NAME = `${H.first} ${H.last}`;

/** Whether the page holds anything a payload would have made, or a payload ran. */
async function injected(session) {
  return session.executeScript(`
    const found = document.querySelectorAll('img[src="x"], [onerror], script:not([src]), iframe, object, embed');
    return { elements: Array.from(found).map((e) => e.outerHTML.slice(0, 80)), pwned: window.__pwned ?? null };
  `);
}

async function assertClean(session, where) {
  const found = await injected(session);
  assert.deepEqual(found, { elements: [], pwned: null }, `nothing injected in ${where}`);
}

async function pageText(session) {
  return session.executeScript("return document.querySelector('main').innerText");
}

/** Waits until every string is shown as text in the page's main area. */
async function shows(session, where, ...texts) {
  await eventually(
    session,
    async () => {
      const text = await pageText(session);
      return texts.every((t) => text.includes(t));
    },
    15000,
    `${where} to show ${texts.map((t) => JSON.stringify(t)).join(", ")}`,
  ).catch(async (e) => {
    const text = await pageText(session);
    const missing = texts.filter((t) => !text.includes(t));
    throw new Error(`${where} does not show ${JSON.stringify(missing)} as text: ${e.message}\n--- page text ---\n${text.slice(0, 3000)}`);
  });
  await assertClean(session, where);
}

async function visit(session, route) {
  await session.get(`tauri://localhost/index.html#${route}`);
}

function sql(db, statement) {
  return execFileSync("sqlite3", [db, statement], { encoding: "utf8" }).trim();
}

function isoDay(d) {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

describe("hostile text in every field", () => {
  let app;
  let id;
  let twin;
  before(async () => {
    app = await openApp({ demo: 40, dialogs: true });
    const { db } = app;
    const tomorrow = new Date(Date.now() + 24 * 3600 * 1000);
    const birthday = `--${String(tomorrow.getMonth() + 1).padStart(2, "0")}-${String(tomorrow.getDate()).padStart(2, "0")}`;
    const add = (...fields) => cli(db, "customers", "add", ...fields).trim();
    // The e-mail and phone are checked (an address and a number, or refused), so they carry no
    // markup.
    const common = ["--email", "hostilix@exemple.fr", "--postal-code", H.postcode, "--city", H.city, "--address-line", H.line1];
    id = add(
      "--first-name", H.first, "--last-name", H.last, "--company", H.company, ...common, "--address-line2", H.line2,
      "--phone", "06 12 34 56 78", "--birthday", birthday, "--notes", H.notes, "--preferences", H.preferences,
      "--tag", H.tag, "--consent", "post,email",
    );
    // Same e-mail: a probable duplicate.
    twin = add("--first-name", H.first, "--last-name", H.last, ...common);
    const ago = (days) => isoDay(new Date(Date.now() - days * 24 * 3600 * 1000));
    cli(db, "purchases", "add", "--customer", id, "--amount", "42,50", "--category", H.category, "--note", H.note, "--at", ago(3));
    const complaint = cli(db, "interactions", "add", "--customer", id, "--kind", "complaint", "--summary", H.summary, "--details", H.details, "--at", ago(20)).trim().match(/\d+/)[0];
    cli(db, "interactions", "resolve", complaint, "--resolution", H.resolution);
    cli(db, "interactions", "add", "--customer", id, "--kind", "complaint", "--summary", H.openComplaint, "--at", ago(15));
    // No command for these two yet: straight into the file (the app reads them like any other).
    const quoted = (s) => `'${s.replaceAll("'", "''")}'`;
    sql(db, `INSERT INTO households (name, created_at) VALUES (${quoted(H.household)}, '2026-01-01T10:00:00');
             UPDATE customers SET household_id = last_insert_rowid() WHERE id IN (${id}, ${twin});`);
    sql(db, `INSERT INTO reminders (customer_id, title, due_date, created_at) VALUES (${id}, ${quoted(H.reminder)}, '${isoDay(new Date())}', '2026-01-01T10:00:00');`);
  });
  after(async () => {
    await app?.close();
    rmSync(logDir, { recursive: true, force: true });
  });

  it("the customer list and its search", async () => {
    const { session } = app;
    await visit(session, "/customers");
    const search = await waitFor(session, "#customer-search");
    await search.sendKeys("hostilix");
    // Read in one go: the list redraws its rows as the search settles.
    const rowText = await eventually(
      session,
      async () => session.executeScript(`const r = document.querySelector('.customer-row[data-id="${id}"]'); return r && r.innerText;`),
      10000,
      "the hostile row",
    );
    assert.ok(rowText.includes(NAME), rowText);
    await shows(session, "the searched list", NAME);
  });

  it("the customer page, with purchases, interactions and the timeline", async () => {
    const { session } = app;
    await visit(session, `/customers/${id}`);
    const title = await waitFor(session, "#customer-name");
    await eventually(session, async () => (await textOf(session, title)) === NAME, 10000, "the page title");
    await shows(
      session,
      "the customer page",
      H.company, H.line1, H.line2, `${H.postcode} ${H.city}`, H.notes, H.preferences, H.tag, H.household,
      H.category, H.note, H.summary, H.resolution, H.openComplaint,
    );
    // The timeline loads after the page. (An interaction's details are shown nowhere yet.)
    const timeline = await waitFor(session, "#timeline");
    for (const text of [H.summary, H.openComplaint, H.category]) {
      await eventually(session, async () => (await textOf(session, timeline)).includes(text), 10000, `${text} in the timeline`);
    }
    await assertClean(session, "the timeline");
  });

  it("the edit form holds every field as its value", async () => {
    const { session } = app;
    await visit(session, `/customers/${id}/edit`);
    const first = await waitFor(session, "#f-first_name");
    await eventually(session, async () => (await first.getAttribute("value")) === H.first || (await session.executeScript("return arguments[0].value", first)) === H.first, 10000, "the form");
    const values = await session.executeScript("return Array.from(document.querySelectorAll('main input, main textarea')).map((e) => e.value)");
    for (const v of [H.first, H.last, H.company, H.line1, H.line2, H.postcode, H.city, H.notes, H.preferences]) {
      assert.ok(values.some((x) => x.includes(v)), `${v} in the form: ${JSON.stringify(values)}`);
    }
    await assertClean(session, "the edit form");
  });

  it("the dashboard and who matters", async () => {
    const { session } = app;
    await visit(session, "/dashboard");
    await waitFor(session, "#open-complaints");
    await shows(session, "the dashboard", H.openComplaint, NAME);
    const birthdays = await textOf(session, await session.findElement(By.css("#birthdays")));
    assert.ok(birthdays.includes(NAME), `tomorrow's birthday: ${birthdays}`);
  });

  it("the probable duplicates", async () => {
    const { session } = app;
    await visit(session, "/customers/duplicates");
    await eventually(session, async () => (await session.findElements(By.css(`main a[href="#/customers/${twin}"]`))).length > 0, 15000, "the twin listed");
    await shows(session, "the duplicates", NAME, H.city, "hostilix@exemple.fr");
  });

  it("cards, the follow-up sheet and reminders", async () => {
    const { session } = app;
    await visit(session, "/cards");
    await waitFor(session, "#monthly-summary");
    // One card for the household, addressed to its name or to the customer.
    await eventually(session, async () => (await session.findElements(By.css(`tr.recipient[data-id="${id}"], tr.recipient[data-id="${twin}"]`))).length > 0, 30000, "the hostile recipient");
    const recipients = await session.executeScript("return Array.from(document.querySelectorAll('tr.recipient')).map((r) => r.innerText).join('\\n')");
    assert.ok(recipients.includes(H.last), `the recipient by name: ${recipients.slice(0, 500)}`);
    // The follow-up and the reminders have their own tab.
    await visit(session, "/cards/follow-up");
    await shows(session, "the follow-up tab", H.reminder);
    const follow = await textOf(session, await waitFor(session, "#follow-up-list"));
    await assertClean(session, "the follow-up sheet");
    if (follow.includes("Hostilix")) assert.ok(follow.includes(NAME), follow);
  });

  it("import and export", async () => {
    const { session, dialogs } = app;
    await visit(session, "/import-export");
    const choose = await waitFor(session, "#import-customers-choose");
    await assertClean(session, "import and export");
    // The file's name is shown too.
    const file = `${img(20)}.csv`;
    const scripted = "Brûlé <script>window.__pwned=19</script>";
    writeFileSync(path.join(dialogs, "to-open", file), `Nom;Prénom;Ville\n${H.imported};${H.first};${H.city}\n${scripted};;Lyon\n`);
    await choose.click();
    await waitFor(session, "#customer-preview", 20000);
    // Row by row, folded away at first.
    await (await waitFor(session, "#customer-preview details:not([open]) summary")).click();
    await shows(session, "the import preview", file, H.imported, scripted);
  });

  it("settings", async () => {
    const { session } = app;
    await visit(session, "/settings");
    await eventually(session, async () => (await session.findElements(By.css("main input"))).length > 0, 10000, "the settings form");
    await assertClean(session, "settings");
  });

  it("the app logs none of it", async () => {
    const log = readFileSync(appLog, "utf8");
    assert.ok(log.startsWith("wrapper: the app's stderr follows"), "the log is the app's stderr");
    for (const word of ["Hostilix", "hostilix", "onerror", "Zoé", "Paris", "06 12 34 56 78", "0612345678"]) {
      assert.ok(!log.includes(word), `the log holds "${word}":\n${log.slice(0, 2000)}`);
    }
  });
});
