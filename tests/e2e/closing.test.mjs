// Closing the window with a form half filled: the close request (a window manager's close
// button, sent here as the WM_DELETE_WINDOW message it sends, since Xvfb has no window manager)
// asks first, saying what would be lost, with "keep editing" focused; keeping edits keeps what
// was typed; closing then ends the app.
// Screenshots of the question go to $FIDELE_SHOTS when set.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, describe, it } from "node:test";
import { cli, eventually, openApp, textOf, waitFor } from "./harness.mjs";

const closeRequest = path.join(path.dirname(fileURLToPath(import.meta.url)), "close-request.py");

/** The app's process: the one started on this test's own customer file. */
function appPids(db) {
  try {
    return execFileSync("pgrep", ["-f", "--", `--db ${db}`], { encoding: "utf8" }).trim().split("\n").filter(Boolean);
  } catch {
    return [];
  }
}

describe("closing the window", () => {
  let app;
  before(async () => {
    app = await openApp();
    cli(app.db, "customers", "add", "--first-name", "Hélène", "--last-name", "Dubœuf");
  });
  after(async () => {
    // The app has ended by then: its session cannot be quit cleanly.
    await app?.close().catch(() => undefined);
  });

  const askToClose = () => {
    const [pid] = appPids(app.db);
    assert.ok(pid, "the app runs");
    assert.equal(execFileSync("python3", [closeRequest, pid], { encoding: "utf8" }).trim(), "1", "one window asked to close");
  };

  it("asks first while a form holds changes, keeps editing on request, and closes when told", async () => {
    const { session } = app;
    await session.get("tauri://localhost/index.html#/customers/new");
    const first = await waitFor(session, "#f-first_name");
    await first.sendKeys("Anaïs");

    askToClose();
    const dialog = await waitFor(session, "dialog#close-ask[open]");
    const text = await textOf(session, dialog);
    assert.match(text, /Fermer Fidèle/);
    assert.match(text, /pas encore enregistrées/);
    assert.match(text, /Le nouveau client/, "names what would be lost");
    assert.equal(await session.executeScript("return document.activeElement.id"), "dialog-cancel", "keep editing has the focus");
    assert.equal(await textOf(session, await waitFor(session, "#dialog-cancel")), "Continuer la saisie");
    if (process.env.FIDELE_SHOTS) {
      mkdirSync(process.env.FIDELE_SHOTS, { recursive: true });
      writeFileSync(path.join(process.env.FIDELE_SHOTS, "close-ask.png"), await session.takeScreenshot(), "base64");
    }
    await (await waitFor(session, "#dialog-cancel")).click();
    await eventually(session, async () => (await session.findElements({ css: "dialog#close-ask" })).length === 0, 5000, "the question gone");
    assert.equal(await (await waitFor(session, "#f-first_name")).getAttribute("value"), "Anaïs", "what was typed is still there");
    assert.equal(appPids(app.db).length, 1, "the app still runs");

    askToClose();
    const close = await waitFor(session, "dialog#close-ask[open] #dialog-confirm");
    assert.equal(await textOf(session, close), "Fermer et perdre les modifications");
    // The window goes while the click is answered: the driver may report the click failed.
    await close.click().catch(() => undefined);
    const deadline = Date.now() + 15000;
    while (appPids(app.db).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    assert.equal(appPids(app.db).length, 0, "the app ended");
  });
});
