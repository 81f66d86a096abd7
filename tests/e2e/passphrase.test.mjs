// An encrypted customer file in the real app: the unlock screen, a wrong passphrase, the right one.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { By, eventually, openApp, textOf, waitFor } from "./harness.mjs";

describe("an encrypted customer file", () => {
  it("opens on the unlock screen, refuses a wrong passphrase and opens with the right one", async () => {
    const app = await openApp({ demo: 50, passphrase: "Sésame ouvre-toi" });
    try {
      const { session, db } = app;
      const field = await waitFor(session, "#unlock-passphrase");
      const before = readFileSync(db);
      await field.sendKeys("sesame");
      await (await session.findElement(By.css("#unlock-submit"))).click();
      await eventually(
        session,
        async () => /wrong passphrase|phrase de passe incorrecte/i.test(await textOf(session, await session.findElement(By.css("#unlock-error")))),
        10000,
        "the wrong-passphrase message",
      );
      assert.ok(readFileSync(db).equals(before), "a wrong passphrase leaves the file byte for byte");

      await field.clear();
      await field.sendKeys("Sésame ouvre-toi");
      await (await session.findElement(By.css("#unlock-submit"))).click();
      await eventually(session, async () => (await session.findElements(By.css(".customer-row"))).length > 10, 30000, "the customers");
      assert.match(await textOf(session, await session.findElement(By.css("#customer-count"))), /^50 /);
    } finally {
      await app.close();
    }
  });
});
