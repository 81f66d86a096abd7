// Updates through the app, against a local update server: the setting turned on, "Check now"
// finds 0.2.0 and says so in French with its notes, "Install" asks first, and the bundle (signed
// by tests/updates/'s TEST key, which the app does not trust) is refused in words; no backup is
// made for it and the customers are all still there. Screenshots of the section at 1024×640 and
// 1280×860, in French and Thai, go to $FIDELE_SCREENSHOTS.
//
// The app reads FIDELE_UPDATE_ENDPOINT only in a debug build (src-tauri/src/updates.rs).

import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, describe, it } from "node:test";
import { By, eventually, openApp, shoot, textOf, visit, waitFor } from "./harness.mjs";

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../updates");
const NOTES = "Les cartes d'anniversaire s'impriment aussi en A5.";

/** Serves latest.json (0.2.0) and the bundle it names on 127.0.0.1; resolves to its base URL. */
function updateServer() {
  const bundle = readFileSync(path.join(fixtures, "bundle.bin"));
  const signature = readFileSync(path.join(fixtures, "bundle.bin.sig"), "utf8").trim();
  const server = http.createServer((req, res) => {
    const base = `http://127.0.0.1:${server.address().port}`;
    if (req.url === "/latest.json") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ version: "0.2.0", notes: NOTES, pub_date: "2026-12-01T09:00:00Z", platforms: { "linux-x86_64": { signature, url: `${base}/bundle.bin` } } }));
    } else if (req.url === "/bundle.bin") {
      res.writeHead(200, { "content-type": "application/octet-stream" });
      res.end(bundle);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

async function text(session, css) {
  return textOf(session, await session.findElement(By.css(css)));
}

describe("updates, only when asked", () => {
  let app;
  let server;
  before(async () => {
    server = await updateServer();
    process.env.FIDELE_UPDATE_ENDPOINT = `http://127.0.0.1:${server.address().port}/latest.json`;
    app = await openApp({ demo: 30 });
  });
  after(async () => {
    await app?.close();
    server?.close();
  });

  it("offers 0.2.0 in French, asks before installing, and refuses its signature in words", async () => {
    const { session } = app;
    await session.manage().window().setRect({ width: 1280, height: 860, x: 0, y: 0 });
    await visit(session, "/settings", "#updates");
    const box = await session.findElement(By.css("#updates-check-at-start"));
    assert.equal(await box.isSelected(), false, "off by default");
    await session.executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
    await box.click();
    // Saved: Settings drawn again shows it on.
    await visit(session, "/customers", ".customer-row");
    await visit(session, "/settings", "#updates");
    assert.equal(await (await session.findElement(By.css("#updates-check-at-start"))).isSelected(), true);

    const check = await session.findElement(By.css("#updates-check-now"));
    await session.executeScript("arguments[0].scrollIntoView({block: 'center'})", check);
    await check.click();
    await waitFor(session, "#updates-available", 30000);
    assert.equal(await text(session, "#updates-available"), "Fidèle 0.2.0 est disponible (vous avez la 0.1.0).");
    assert.equal(await text(session, "#updates-notes"), NOTES);
    await session.executeScript("document.querySelector('#about').scrollIntoView({block: 'end'})");
    await shoot(session, "updates-fr-1280x860");
    await session.manage().window().setRect({ width: 1024, height: 640, x: 0, y: 0 });
    await session.sleep(300);
    await session.executeScript("document.querySelector('#updates-install').scrollIntoView({block: 'end'})");
    await shoot(session, "updates-fr-1024x640");

    // "Install" asks first; "Not now" installs nothing.
    await (await session.findElement(By.css("#updates-install"))).click();
    await waitFor(session, "#updates-ask");
    assert.equal(await text(session, "#ask-title"), "Installer Fidèle 0.2.0 ?");
    assert.match(await text(session, "#updates-ask .ask-body"), /fichier clients est d'abord sauvegardé/);
    await (await session.findElement(By.css("#dialog-cancel"))).click();
    assert.equal(await text(session, "#updates-status"), "");

    await (await session.findElement(By.css("#updates-install"))).click();
    await waitFor(session, "#updates-ask");
    await (await session.findElement(By.css("#dialog-confirm"))).click();
    const refusal = await eventually(session, async () => {
      const said = await text(session, "#updates-status");
      return said.startsWith("Cette mise à jour a été refusée") && said;
    }, 30000, "the refusal");
    assert.match(refusal, /signature ne correspond pas/);
    await shoot(session, "updates-fr-refused-1024x640");

    // Nothing was backed up for it, and the app goes on with every customer.
    const backups = path.join(path.dirname(app.db), "backups");
    assert.deepEqual(readdirSync(backups).filter((n) => n.startsWith("fidele-before-update")), []);
    await visit(session, "/customers", ".customer-row");
  });

  it("says it in Thai too", async () => {
    const { session } = app;
    await session.manage().window().setRect({ width: 1280, height: 860, x: 0, y: 0 });
    await visit(session, "/settings", "#ui-language");
    const pick = await session.findElement(By.css("#ui-language"));
    await session.executeScript("arguments[0].value = 'th'; arguments[0].dispatchEvent(new Event('change'))", pick);
    await eventually(session, async () => (await text(session, "#updates h2")) === "อัปเดต", 15000, "the Thai section");
    // The whole app is drawn again in Thai: start from a fresh Settings.
    await session.sleep(500);
    await visit(session, "/settings", "#updates-available");
    // Check again, in Thai: the click starts a check that ends with the offer and no status.
    await session.executeScript("const b = document.querySelector('#updates-check-now'); b.scrollIntoView({block: 'center'}); b.click()");
    await eventually(
      session,
      () => session.executeScript("const b = document.querySelector('#updates-check-now'); return !b.disabled && document.querySelector('#updates-status').textContent === '' && !!document.querySelector('#updates-available')"),
      30000,
      "the check to end with the offer",
    );
    assert.equal(await text(session, "#updates-available"), "มี Fidèle 0.2.0 แล้ว (เครื่องนี้ใช้ 0.1.0)");
    await session.executeScript("document.querySelector('#about').scrollIntoView({block: 'end'})");
    await shoot(session, "updates-th-1280x860");
    await session.manage().window().setRect({ width: 1024, height: 640, x: 0, y: 0 });
    await session.sleep(300);
    await session.executeScript("document.querySelector('#updates-install').scrollIntoView({block: 'end'})");
    await shoot(session, "updates-th-1024x640");
  });
});
