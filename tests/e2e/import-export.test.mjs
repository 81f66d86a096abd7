// Import and export in the real app: a French Excel file chosen in the (scripted) dialog,
// previewed with its encoding and refused rows, imported, found in the customer list; then an
// export written where the save dialog says.

import assert from "node:assert/strict";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { By, eventually, openApp, textOf, waitFor } from "./harness.mjs";

/** Text as French Excel saves it: Windows-1252 (œ is 0x9C there, not in Latin-1), CRLF. */
function windows1252(text) {
  const special = { "œ": 0x9c, "Œ": 0x8c, "€": 0x80, "’": 0x92 };
  return Buffer.from([...text].map((c) => special[c] ?? c.charCodeAt(0)));
}

const FRENCH_EXCEL = [
  "Civilité;Nom;Prénom;Adresse;Code postal;Ville;Téléphone portable;E-mail;Date de naissance;Newsletter",
  "Mme;Dubœuf;Hélène;12, rue de la Façade;69001;Lyon;06 12 34 56 78;helene@exemple.fr;14/07/1985;oui",
  "M.;Garçon;François;3 place du Marché;75004;Paris;07 98 76 54 32;f.garcon@exemple.fr;03/02;non",
  "Mme;Lefèvre;Maëlle;;;;;maelle@exemple.fr;31/02/1985;oui",
  "",
].join("\r\n");

async function shot(session, name) {
  if (!process.env.FIDELE_E2E_SHOTS) return;
  writeFileSync(path.join(process.env.FIDELE_E2E_SHOTS, `${name}.png`), await session.takeScreenshot(), "base64");
}

describe("import and export", () => {
  let app;
  before(async () => {
    app = await openApp({ dialogs: true });
  });
  after(async () => {
    await app?.close();
  });

  it("imports a French Excel file: encoding and refused rows shown, accented names found", async () => {
    const { session, dialogs } = app;
    writeFileSync(path.join(dialogs, "to-open", "clients.csv"), windows1252(FRENCH_EXCEL));

    await (await waitFor(session, "#nav-import-export")).click();
    await (await waitFor(session, "#import-customers-choose")).click();
    const encoding = await waitFor(session, "#import-encoding");
    assert.equal(await textOf(session, encoding), "windows-1252");
    const refused = await waitFor(session, '#import-rejected li[data-line="4"]');
    const refusedText = await textOf(session, refused);
    assert.match(refusedText, /(Ligne|Line) 4/);
    assert.match(refusedText, /31\/02\/1985/);
    const counts = await textOf(session, await session.findElement(By.css("#import-counts")));
    assert.match(counts, /(Nouveaux|New)\s+2/);
    const mapping = await session.findElement(By.css("#map-1"));
    assert.equal(await mapping.getAttribute("value"), "last_name");
    await shot(session, "import-preview");

    await (await session.findElement(By.css("#import-customers-commit"))).click();
    const result = await waitFor(session, "#import-result");
    await eventually(session, async () => /2 (nouveaux clients|new customers)/.test(await textOf(session, result)), 15000, "the import's result");

    await (await session.findElement(By.css("#nav-customers"))).click();
    const search = await waitFor(session, "#customer-search");
    await search.sendKeys("duboeuf");
    const row = await eventually(
      session,
      async () => {
        for (const r of await session.findElements(By.css(".customer-row"))) {
          if ((await textOf(session, r)).includes("Hélène Dubœuf")) return r;
        }
        return false;
      },
      10000,
      "Hélène Dubœuf in the customer list",
    );
    assert.match(await textOf(session, row), /Lyon/);
  });

  it("exports the customers as a CSV for Excel and as labels", async () => {
    const { session, dialogs } = app;
    await (await waitFor(session, "#nav-import-export")).click();
    await (await waitFor(session, "#export-csv-excel")).click();
    const result = await waitFor(session, "#export-result");
    await eventually(session, async () => /clients-excel\.csv/.test(await textOf(session, result)), 15000, "the export's result");
    const csv = readFileSync(path.join(dialogs, "clients-excel.csv"), "utf8");
    assert.ok(csv.startsWith("\ufeffCivilité;Prénom;Nom"), csv.slice(0, 40));
    assert.match(csv, /"Hélène";"Dubœuf"/);

    // The newsletter tool's file: only who said yes to e-mail, under Mailchimp's own columns.
    await (await session.findElement(By.css("#export-newsletter-mailchimp"))).click();
    await eventually(session, async () => /newsletter-mailchimp\.csv/.test(await textOf(session, result)), 15000, "the newsletter export's result");
    const newsletter = readFileSync(path.join(dialogs, "newsletter-mailchimp.csv"), "utf8");
    assert.ok(newsletter.startsWith("Email Address,First Name,Last Name,Tags,Language\r\n"), newsletter.slice(0, 60));
    if (process.env.FIDELE_SCREENSHOTS) {
      writeFileSync(path.join(process.env.FIDELE_SCREENSHOTS, "export-newsletter.png"), await session.takeScreenshot(), "base64");
    }

    await (await session.findElement(By.css("#export-labels-l7160"))).click();
    await eventually(session, async () => /(étiquettes|labels) /.test(await textOf(session, result)), 15000, "the labels' result");
    const pdf = path.join(dialogs, "etiquettes-L7160.pdf");
    assert.ok(existsSync(pdf));
    assert.equal(readFileSync(pdf).subarray(0, 5).toString(), "%PDF-");
    await shot(session, "export");
  });
});
