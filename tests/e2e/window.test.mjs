// The window: it opens at a size that fits the screen (not always 1200×800), and the next
// start puts it back at the size and place the shopkeeper left it (tauri-plugin-window-state).
// Run on a 1280×860 screen (xvfb-run -s "-screen 0 1280x860x24").

import assert from "node:assert/strict";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { eventually, openApp, waitFor } from "./harness.mjs";

describe("the window", () => {
  let config;
  let keep;
  before(() => {
    config = mkdtempSync(path.join(tmpdir(), "fidele-e2e-config-"));
    keep = mkdtempSync(path.join(tmpdir(), "fidele-e2e-keep-"));
  });
  after(() => {
    rmSync(config, { recursive: true, force: true });
    rmSync(keep, { recursive: true, force: true });
  });

  it("fits the screen the first time, then remembers its size and place", async () => {
    const first = await openApp({ demo: 20, configDir: config });
    let db;
    try {
      const { session } = first;
      await waitFor(session, ".customer-row");
      const screen = await session.executeScript("return [screen.width, screen.height]");
      const rect = await session.manage().window().getRect();
      assert.ok(rect.width <= screen[0] && rect.height <= screen[1], `${rect.width}×${rect.height} fits ${screen}`);
      assert.notDeepEqual([rect.width, rect.height], [1200, 800], "not a fixed size");
      await session.manage().window().setRect({ width: 1010, height: 630, x: 60, y: 40 });
      // Written down a moment after the window moved, even if the app is then killed.
      const file = path.join(config, "app.fidele.desktop", ".window-state.json");
      await eventually(session, async () => existsSync(file) && JSON.parse(readFileSync(file, "utf8")).main?.width === 1010, 10000, "the window's state saved");
      db = path.join(keep, "shop.db");
      copyFileSync(first.db, db);
    } finally {
      await first.close();
    }
    const saved = JSON.parse(readFileSync(path.join(config, "app.fidele.desktop", ".window-state.json"), "utf8"));
    assert.ok(saved.main, `the main window's state: ${JSON.stringify(saved)}`);

    const second = await openApp({ from: db, configDir: config });
    try {
      const { session } = second;
      await waitFor(session, ".customer-row");
      const rect = await session.manage().window().getRect();
      assert.deepEqual([rect.width, rect.height], [1010, 630], `the size kept: ${JSON.stringify(rect)}`);
      assert.deepEqual([rect.x, rect.y], [60, 40], `the place kept: ${JSON.stringify(rect)}`);
    } finally {
      await second.close();
    }
  });
});
