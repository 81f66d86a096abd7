// Failures the shopkeeper can read: a file from a newer Fidèle, or one that is not a customer
// file, gets a native message naming it (scripted: written to `message.txt`) and is left
// untouched; a read-only file opens with a banner and refuses every write in the UI's words.

import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { By, appBinary, cli, eventually, openApp, textOf, waitFor } from "./harness.mjs";

/** Starts the app on `db` with scripted dialogs; resolves with its exit code and message. */
function runApp(db, dialogs) {
  return new Promise((resolve, reject) => {
    const child = spawn(appBinary, ["--db", db], { env: { ...process.env, FIDELE_SCRIPTED_DIALOGS: dialogs, XDG_CONFIG_HOME: dialogs }, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error("the app did not end"));
    }, 30000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      let message = null;
      try {
        message = readFileSync(path.join(dialogs, "message.txt"), "utf8");
      } catch {
        // none
      }
      resolve({ code, message, stderr });
    });
  });
}

describe("a file the app cannot open", () => {
  let dir;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), "fidele-e2e-refused-"));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("a file from a newer Fidèle: a message names it and says to update, the file untouched", async () => {
    const db = path.join(dir, "futur.db");
    cli(db, "init");
    execFileSync("sqlite3", [db, "PRAGMA user_version = 999; PRAGMA journal_mode = DELETE;"]);
    const before = readFileSync(db);
    const dialogs = path.join(dir, "newer");
    mkdirSync(dialogs);
    const { code, message } = await runApp(db, dialogs);
    assert.notEqual(code, 0);
    assert.ok(message, "a message was shown");
    assert.ok(message.includes(db), `it names the file: ${message}`);
    assert.match(message, /(version plus récente|newer version)/);
    assert.match(message, /(Installez la dernière version|Install the latest)/);
    assert.deepEqual(readFileSync(db), before, "the file is untouched");
  });

  it("a file that is not a customer file: a message says so, the file untouched", async () => {
    const db = path.join(dir, "clients.csv.db");
    writeFileSync(db, "Nom;Prénom\nDubœuf;Hélène\n".repeat(200));
    const before = readFileSync(db);
    const dialogs = path.join(dir, "foreign");
    mkdirSync(dialogs);
    const { code, message } = await runApp(db, dialogs);
    assert.notEqual(code, 0);
    assert.ok(message?.includes(db), `it names the file: ${message}`);
    assert.match(message, /(n'est pas un fichier clients|not a Fidèle customer file)/);
    assert.deepEqual(readFileSync(db), before, "the file is untouched");
  });
});

describe("a read-only customer file", () => {
  let app;
  let mount;
  let before_;
  before(async () => {
    mount = mkdtempSync(path.join(tmpdir(), "fidele-e2e-ro-"));
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=8M", "tmpfs", mount]);
    const db = path.join(mount, "shop.db");
    cli(db, "init");
    cli(db, "customers", "add", "--first-name", "Lina", "--last-name", "Lecture");
    execFileSync("mount", ["-o", "remount,ro", mount]);
    before_ = readFileSync(db);
    app = await openApp({ at: db });
  });
  after(async () => {
    await app?.close();
    try {
      execFileSync("umount", ["-l", mount]);
    } catch {
      // not mounted
    }
    rmSync(mount, { recursive: true, force: true });
  });

  it("opens read-only with a banner, and every write is refused in the UI's words", async () => {
    const { session, db } = app;
    const banner = await waitFor(session, "#read-only-banner");
    await eventually(session, async () => (await textOf(session, banner)).startsWith("Lecture seule"), 10000, "the banner");
    await waitFor(session, ".customer-row");
    // Adding a customer is refused, and says why.
    await session.get("tauri://localhost/index.html#/customers/new");
    const last = await waitFor(session, "#f-last_name");
    await last.sendKeys("Refusée");
    await (await session.findElement(By.css("form button[type='submit']"))).click();
    await eventually(
      session,
      async () => /Rien n'a été enregistré : ce fichier clients est en lecture seule/.test(await textOf(session, await session.findElement(By.css("main")))),
      10000,
      "the refusal in French",
    );
    // Settings too.
    await session.get("tauri://localhost/index.html#/settings");
    const form = await waitFor(session, "#shop-form");
    await (await form.findElement(By.css("button[type='submit']"))).click();
    await eventually(session, async () => /lecture seule/.test(await textOf(session, await form.findElement(By.css(".form-summary")))), 10000, "the settings refused");
    assert.deepEqual(readFileSync(db), before_, "nothing written");
  });
});
