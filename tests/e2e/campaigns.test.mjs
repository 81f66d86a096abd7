// Do the cards pay? In the real app: the month's cards recorded with a 30 % hold-out, the
// following sales imported from a till file through the import screen, and the Campaigns view
// shows the recipients against the hold-out, the uplift with its interval and the verdict.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { By, eventually, layoutProblems, openApp, shoot, textOf, visit, waitFor } from "./harness.mjs";

/** Who a run sent a card to (in its draw) and who it held out, with an e-mail each. */
function members(db, table, extra = "") {
  const rows = execFileSync("sqlite3", [db, `SELECT (SELECT address FROM customer_emails e WHERE e.customer_id = m.customer_id ORDER BY e.position LIMIT 1) FROM ${table} m WHERE 1 ${extra}`], { encoding: "utf8" });
  return rows.split("\n").filter((e) => e.includes("@"));
}

describe("campaigns", () => {
  let app;
  before(async () => {
    app = await openApp({ demo: 300, dialogs: true });
  });
  after(async () => {
    await app?.close();
  });

  it("records a run with a hold-out, imports the sales after it, and shows the uplift and the verdict", async () => {
    const { session, db, dialogs } = app;
    await session.get("tauri://localhost/index.html#/campaigns");
    await waitFor(session, "#campaigns-none");

    await session.get("tauri://localhost/index.html#/cards");
    const holdout = await waitFor(session, "#monthly-holdout");
    assert.equal(await holdout.getAttribute("value"), "10", "10 % by default");
    await holdout.clear();
    await holdout.sendKeys("30");
    await session.executeScript("arguments[0].dispatchEvent(new Event('change'))", holdout);
    const summary = await waitFor(session, "#monthly-summary");
    await eventually(session, async () => /(mis de côté|held out)/.test(await textOf(session, summary)), 20000, "the hold-out in the summary");
    await (await session.findElement(By.css("#monthly-generate"))).click();
    const result = await waitFor(session, "#monthly-result");
    await eventually(session, async () => (await textOf(session, result)).includes(".pdf"), 60000, "the PDF to be saved");
    const record = await session.findElement(By.css("#monthly-record"));
    await eventually(session, async () => record.isDisplayed(), 5000, "the record button");
    await record.click();
    await eventually(session, async () => /(mis de côté|held out)/.test(await textOf(session, result)), 20000, "the run recorded with its hold-out");

    // The sales after the run: two recipients in three come back, one held-out customer in ten.
    const recipients = members(db, "card_run_recipients", "AND in_draw = 1");
    const heldOut = members(db, "card_run_holdouts");
    assert.ok(recipients.length > 60 && heldOut.length > 20, `${recipients.length} recipients, ${heldOut.length} held out`);
    const today = new Date();
    const day = `${String(today.getDate()).padStart(2, "0")}/${String(today.getMonth() + 1).padStart(2, "0")}/${today.getFullYear()}`;
    const lines = ["Date;E-mail;Montant"];
    recipients.filter((_, i) => i % 3 !== 0).forEach((e) => lines.push(`${day};${e};45,00`));
    heldOut.filter((_, i) => i % 10 === 0).forEach((e) => lines.push(`${day};${e};45,00`));
    writeFileSync(path.join(dialogs, "to-open", "caisse.csv"), `${lines.join("\n")}\n`);
    await (await waitFor(session, "#nav-import-export")).click();
    await (await waitFor(session, "#import-purchases-choose")).click();
    await (await waitFor(session, "#import-purchases-commit", 20000)).click();
    const imported = await waitFor(session, "#purchases-result");
    await eventually(session, async () => new RegExp(`${lines.length - 1} (achats|purchases)`).test(await textOf(session, imported)), 20000, "the sales imported");

    await (await waitFor(session, "#nav-campaigns")).click();
    const verdict = await waitFor(session, "#campaigns-verdict");
    // Recorded today: the 30 days have not passed, and the view says so rather than conclude.
    assert.match(await textOf(session, verdict), /(Trop tôt pour conclure|Too early to conclude)/);
    const row = await waitFor(session, "#campaign-runs tbody tr");
    const cells = await row.findElements(By.css("td"));
    const share = async (i) => (await textOf(session, cells[i])).match(/(\d+)\D+(\d+)/).slice(1).map(Number);
    const [back, sent] = await share(1);
    const [backHeld, held] = await share(2);
    const count = (sql) => Number(execFileSync("sqlite3", [db, sql], { encoding: "utf8" }).trim());
    assert.equal(sent, count("SELECT count(*) FROM card_run_recipients WHERE in_draw = 1"), "every recipient in the draw");
    assert.equal(held, count("SELECT count(*) FROM card_run_holdouts"), "every held-out customer");
    // Those the file names came back (a demo customer may also have bought today already).
    assert.ok(back >= recipients.filter((_, i) => i % 3 !== 0).length, `${back} recipients back`);
    assert.ok(backHeld >= heldOut.filter((_, i) => i % 10 === 0).length && backHeld / held < back / sent, `${backHeld} of ${held} held out back`);
    // The uplift with its interval, in points: far above zero here.
    assert.match(await textOf(session, cells[3]), /^\+\d+/);
    assert.match(await textOf(session, await waitFor(session, "#campaigns-method")), /(Welch|bootstrap)/i);
    await waitFor(session, "#campaign-curve canvas");
    await waitFor(session, "#campaign-uplift canvas");

    for (const [w, hgt] of [[1024, 640], [1280, 860]]) {
      await session.manage().window().setRect({ width: w, height: hgt });
      await visit(session, "/campaigns", "#campaigns-verdict");
      assert.deepEqual(await layoutProblems(session), [], `${w}x${hgt}`);
      await shoot(session, `campaigns-${w}`);
    }

    // The customer page: "always send", saved at once.
    const someone = execFileSync("sqlite3", [db, "SELECT customer_id FROM card_run_holdouts LIMIT 1"], { encoding: "utf8" }).trim();
    await visit(session, `/customers/${someone}`, "#always-send");
    const box = await waitFor(session, "#always-send");
    await eventually(session, async () => (await box.getAttribute("disabled")) === null, 5000, "the box ready");
    await box.click();
    await eventually(session, async () => execFileSync("sqlite3", [db, `SELECT always_send FROM customers WHERE id = ${someone}`], { encoding: "utf8" }).trim() === "1", 5000, "always send saved");
    assert.match(await textOf(session, await waitFor(session, ".timeline-held_out")), /(groupe témoin|comparison group)/);
  });
});
