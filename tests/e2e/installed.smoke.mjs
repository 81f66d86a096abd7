// The installed package, driven like a shopkeeper would: the app the desktop entry starts and
// the `fidele` it put on the PATH (scripts/test-package.sh sets FIDELE_APP and FIDELE_CLI to
// them). Named .smoke.mjs, not .test.mjs: `npm test` runs the build tree's binaries, this
// file only the installed ones.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { appBinary, cli, cliBinary, eventually, openApp, textOf, waitFor } from "./harness.mjs";

describe("the installed app", () => {
  let app;
  before(async () => {
    assert.ok(process.env.FIDELE_APP && process.env.FIDELE_CLI, "run by scripts/test-package.sh, on the installed binaries");
    assert.ok(!appBinary.includes("/target/") && !cliBinary.includes("/target/"), `${appBinary}, ${cliBinary}: installed, not built here`);
    app = await openApp({ demo: 60, dialogs: true });
  });
  after(async () => {
    await app?.close();
  });

  it("opens the demo shop, finds a customer and prints the month's cards", async () => {
    const { session, db, dialogs } = app;
    const { customers } = JSON.parse(cli(db, "customers", "list", "--json", "--all"));
    const target = customers[0];
    const search = await waitFor(session, "#customer-search", 20000);
    await search.sendKeys(target.name.split(" ").at(-1));
    const row = `.customer-row[data-id="${target.id}"]`;
    await eventually(session, async () => session.executeScript(`return !!document.querySelector('${row}')`), 10000, `${target.name} found`);

    await session.get("tauri://localhost/index.html#/cards");
    await waitFor(session, "#monthly-summary");
    await eventually(session, async () => /^\d+ /.test(await textOf(session, await waitFor(session, "#monthly-summary"))), 20000, "the month's cards counted");
    await (await waitFor(session, "#monthly-generate")).click();
    await eventually(session, async () => (await textOf(session, await waitFor(session, "#monthly-result"))).includes(".pdf"), 60000, "the PDF saved");
    const pdf = readdirSync(dialogs).find((f) => f.endsWith(".pdf"));
    assert.ok(pdf && existsSync(path.join(dialogs, pdf)), "the cards' PDF was written");
    const text = execFileSync("pdftotext", [path.join(dialogs, pdf), "-"], { encoding: "utf8" });
    assert.ok(text.trim().length > 100, "the PDF has the cards' text");
  });
});
