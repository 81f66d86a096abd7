// Import and export in the real app: a French Excel file chosen in the (scripted) dialog,
// previewed with its encoding and the values it cannot read, imported, found in the customer
// list; a Google Contacts file whose flagged birthday and one column are corrected in the
// preview before anything is written; then an export written where the save dialog says.

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

/** Google Contacts' "Google CSV": the whole name beside the given and family names, the
 * tussenvoegsel in "Additional Name", a formatted address alone, an impossible birthday. */
const GOOGLE = [
  "Name,Given Name,Additional Name,Family Name,Birthday,Notes,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Address 1 - Type,Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - Postal Code,Address 1 - Country,Organization 1 - Name,Organization 1 - Title",
  'Anneke van den Berg,Anneke,van den,Berg,1979-02-30,,* Home,anneke@example.nl,Mobile,06 12345678,Home,"Keizersgracht 100\n1015 CJ Amsterdam\nNederland",,,,,,Dichteres',
  "Sam Taylor,Sam,,Taylor,--07-14,,* Work,sam@example.com,Work,(502) 555-0142,Work,,92 Chestnut Street,Louisville,40202,United States,Taylor Books,Owner",
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

  it("imports a French Excel file: encoding and the value it cannot read shown, accented names found", async () => {
    const { session, dialogs } = app;
    writeFileSync(path.join(dialogs, "to-open", "clients.csv"), windows1252(FRENCH_EXCEL));

    await (await waitFor(session, "#nav-import-export")).click();
    await (await waitFor(session, "#import-customers-choose")).click();
    const encoding = await waitFor(session, "#import-encoding");
    assert.equal(await textOf(session, encoding), "windows-1252");
    // Maëlle's impossible birthday costs the birthday, not Maëlle: a warning, not a refusal.
    const flagged = await waitFor(session, '#import-warnings li[data-line="4"]');
    const flaggedText = await textOf(session, flagged);
    assert.match(flaggedText, /(Ligne|Line) 4/);
    assert.match(flaggedText, /Date de naissance/);
    assert.match(flaggedText, /31\/02\/1985/);
    assert.equal((await session.findElements(By.css("#import-rejected li"))).length, 0);
    const counts = await textOf(session, await session.findElement(By.css("#import-counts")));
    assert.match(counts, /(Nouveaux|New)\s+3/);
    const mapping = await session.findElement(By.css("#map-1"));
    assert.equal(await mapping.getAttribute("value"), "last_name");
    await shot(session, "import-preview");

    await (await session.findElement(By.css("#import-customers-commit"))).click();
    const result = await waitFor(session, "#import-result");
    await eventually(session, async () => /3 (nouveaux clients|new customers).*1 (valeurs? laissées? de côté|values? left out)/.test(await textOf(session, result)), 15000, "the import's result");

    await (await session.findElement(By.css("#nav-customers"))).click();
    const search = await waitFor(session, "#customer-search");
    await search.sendKeys("duboeuf");
    // The list redraws as the search settles: read the row's text inside the wait.
    const row = await eventually(
      session,
      async () => {
        for (const r of await session.findElements(By.css(".customer-row"))) {
          const text = await textOf(session, r).catch(() => "");
          if (text.includes("Hélène Dubœuf")) return text;
        }
        return false;
      },
      10000,
      "Hélène Dubœuf in the customer list",
    );
    assert.match(row, /Lyon/);
  });

  it("corrects a flagged birthday and a column of a Google Contacts file before importing it", async () => {
    const { session, dialogs } = app;
    writeFileSync(path.join(dialogs, "to-open", "contacts.csv"), Buffer.from(GOOGLE, "utf8"));
    await (await waitFor(session, "#nav-import-export")).click();
    await (await waitFor(session, "#import-customers-choose")).click();
    await eventually(session, async () => (await textOf(session, await waitFor(session, "#import-format"))) === "Google Contacts", 10000, "the source named");
    const flagged = await waitFor(session, '#import-warnings li[data-line="2"]');
    assert.match(await textOf(session, flagged), /1979-02-30/);
    await shot(session, "import-warnings");

    const value = await session.findElement(By.css("#warning-value-0"));
    await value.clear();
    await value.sendKeys("1979-02-28");
    await (await session.findElement(By.css("#warning-correct-0"))).click();
    await eventually(session, async () => (await session.findElements(By.css("#import-warnings li"))).length === 0, 10000, "the corrected preview");

    // "Organization 1 - Title" is read nowhere; the shopkeeper sends it to the notes.
    const title = await session.findElement(By.css("#map-17"));
    assert.equal(await title.getAttribute("value"), "ignore");
    await (await title.findElement(By.css('option[value="notes"]'))).click();
    await eventually(session, async () => (await (await session.findElement(By.css("#map-17"))).getAttribute("value")) === "notes", 10000, "the corrected column");
    // The correction of the birthday survives the change of column.
    assert.equal((await session.findElements(By.css("#import-warnings li"))).length, 0);
    await shot(session, "import-corrected");

    await (await session.findElement(By.css("#import-customers-commit"))).click();
    const result = await waitFor(session, "#import-result");
    let said = "";
    await eventually(
      session,
      async () => /2 (nouveaux clients|new customers).*0 (valeurs? laissées? de côté|values? left out)/.test((said = await textOf(session, result))),
      15000,
      "the import's result",
    ).catch((e) => assert.fail(`${e.message}: "${said}"`));

    await (await session.findElement(By.css("#nav-customers"))).click();
    const search = await waitFor(session, "#customer-search");
    await search.clear();
    await search.sendKeys("anneke");
    const id = await eventually(
      session,
      async () => {
        const rows = await session.findElements(By.css(".customer-row"));
        for (const r of rows) {
          const text = await textOf(session, r).catch(() => "");
          if (text.includes("Anneke van den Berg") && /Amsterdam/.test(text) && rows.length === 1) return r.getAttribute("data-id");
        }
        return false;
      },
      10000,
      "Anneke van den Berg, once, with her particle and her city",
    );
    await (await session.findElement(By.css(`.customer-row[data-id="${id}"]`))).click();
    await eventually(session, async () => /Dichteres/.test(await textOf(session, await session.findElement(By.css("main")))), 10000, "the title column read into her notes");
    const page = await textOf(session, await session.findElement(By.css("main")));
    assert.match(page, /1979/, "the corrected birthday");
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
    await eventually(session, async () => /(étiquettes?|labels?) /.test(await textOf(session, result)), 15000, "the labels' result");
    const pdf = path.join(dialogs, "etiquettes-L7160.pdf");
    assert.ok(existsSync(pdf));
    assert.equal(readFileSync(pdf).subarray(0, 5).toString(), "%PDF-");
    await shot(session, "export");
  });
});
