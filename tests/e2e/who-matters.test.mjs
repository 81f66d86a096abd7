// Who matters, in the real app: the dashboard draws the demo shop's ladder, Pareto curve, RFM
// grid and leaky bucket once the analysis has run (with its progress shown meanwhile); the
// month ends it saw go into each customer's timeline; and a customer's data can be saved as
// one JSON file from their page.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { By, eventually, openApp, textOf, waitFor } from "./harness.mjs";

describe("who matters", () => {
  let app;
  before(async () => {
    app = await openApp({ demo: 300, dialogs: true });
  });
  after(async () => {
    await app?.close();
  });

  it("draws the dashboard's charts, records ladder moves and exports a customer's data", async () => {
    const { session } = app;
    await session.get("tauri://localhost/index.html#/dashboard");
    await waitFor(session, "#who-matters[data-ready='true']", 30000);
    assert.ok((await session.findElements(By.css("#rfm .rfm-grid td"))).length >= 25, "the RFM grid");
    for (const card of ["#ladder", "#pareto", "#bucket"]) {
      const canvases = await session.findElements(By.css(`${card} canvas`));
      assert.ok(canvases.length > 0, `${card} has its chart`);
    }
    const ladder = await textOf(session, await session.findElement(By.css("#ladder .ladder-counts")));
    const counted = [...ladder.matchAll(/:\s*(\d+)/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    assert.equal(counted, 300, "every demo customer is on one rung");
    assert.equal((await session.findElements(By.css("#analysis-progress"))).length, 0, "the progress row is gone");

    // The analysis recorded the last months' moves: a customer who moved shows it in their timeline.
    const moved = execFileSync("sqlite3", ["-readonly", app.db, "SELECT customer_id FROM ladder_moves WHERE from_stage IS NOT NULL ORDER BY month_end DESC LIMIT 1"], { encoding: "utf8" }).trim();
    assert.match(moved, /^\d+$/, "some customer moved on the ladder");
    await session.get(`tauri://localhost/index.html#/customers/${moved}`);
    await eventually(session, async () => (await session.findElements(By.css("#timeline li.timeline-ladder"))).length > 0, 15000, "a ladder move in the timeline");
    const line = await textOf(session, (await session.findElements(By.css("#timeline li.timeline-ladder")))[0]);
    assert.match(line, /(Monte|Descend|Entre) sur l'échelle|(Moved|Entered)/);

    // Everything held about them, saved through the (scripted) save dialog.
    await (await waitFor(session, "#export-record")).click();
    const saved = path.join(app.dialogs, `client-${moved}.json`);
    await eventually(session, async () => existsSync(saved), 10000, "the saved record");
    const doc = JSON.parse(readFileSync(saved, "utf8"));
    assert.equal(doc.format, "fidele-customer-record/1");
    assert.equal(doc.customer.id, Number(moved));
    assert.ok(doc.purchases.length > 0);
    await eventually(session, async () => (await textOf(session, await session.findElement(By.css(".upkeep")))).includes(`client-${moved}.json`), 10000, "the saved file's name");
  });
});
