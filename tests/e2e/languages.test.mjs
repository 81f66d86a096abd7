// One voice per language: for French, Dutch, English and Thai, the shop picks the language in
// Settings, then every screen is walked and none shows a sentence of another language; money,
// dates and numbers are written the language's way (in the shop's country and, for a Thai shop,
// the Buddhist Era); a form error comes in that language; nothing overflows at 1024×640, Thai
// included. Screenshots of each screen at 1024×640 and 1280×860 go to $FIDELE_SCREENSHOTS.
//
// The tell-tales are the interface's own words: every sentence of the other languages' ui-*.ftl
// files (and errors.ftl, once it exists) that the language on screen does not share. A language
// whose files are still a copy of the English ones fails, as it should.
//
// FIDELE_LANGUAGES=fr,en runs only those.

import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, describe, it } from "node:test";
import { By, cli, eventually, layoutProblems, openApp, shoot, textOf, visit, waitFor } from "./harness.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const ALL = ["fr", "nl", "en", "th"];
const LANGUAGES = (process.env.FIDELE_LANGUAGES ?? ALL.join(",")).split(",").filter((l) => ALL.includes(l));

/** The single-line messages of one language's interface files, by id (selectors and placeables left out). */
function messages(lang) {
  const dir = path.join(root, "locales", lang);
  const out = new Map();
  for (const file of readdirSync(dir)) {
    if (!/^ui-.*\.ftl$|^errors\.ftl$/.test(file)) continue;
    for (const line of readFileSync(path.join(dir, file), "utf8").split("\n")) {
      const m = /^([a-z][a-z0-9_-]*) = ([^{}]+)$/.exec(line);
      if (m) out.set(m[1], m[2].trim());
    }
  }
  return out;
}

const WORDS = Object.fromEntries(ALL.map((l) => [l, messages(l)]));

/**
 * Sentences of other languages that must not show when `lang` is on screen: every message of
 * theirs with at least two words (or a heading), that `lang` does not use anywhere itself.
 */
function tellTales(lang) {
  const own = new Set(WORDS[lang].values());
  const found = [];
  for (const other of ALL) {
    if (other === lang) continue;
    for (const [id, text] of WORDS[other]) {
      if (own.has(text) || !/\p{L}/u.test(text)) continue;
      if (/^lang-/.test(id)) continue; // each language's own name, in the pickers
      // One word is a tell-tale only in the sidebar ("Outlook" is a heading in English and a
      // file format's name in every language).
      if (/^nav-/.test(id) || (/\s/.test(text) && text.length >= 10)) found.push({ other, id, text });
    }
  }
  return found;
}

/** What a shop in each language's country sees: its country and currency, how money and dates read. */
const SHOPS = {
  fr: { country: "FR", currency: "EUR", money: /\d,\d\d\s€/, date: /\d{1,2} (janv\.|févr\.|mars|avr\.|mai|juin|juil\.|août|sept\.|oct\.|nov\.|déc\.) 20\d\d/, own: ["Clients", "Réglages"] },
  nl: { country: "NL", currency: "EUR", money: /€\s\d{1,3}(\.\d{3})*,\d\d/, date: /\d{1,2} (jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)\.? 20\d\d/, own: ["Klanten", "Instellingen"] },
  en: { country: "GB", currency: "GBP", money: /£\d{1,3}(,\d{3})*\.\d\d/, date: /\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec) 20\d\d/, own: ["Customers", "Settings"] },
  // The Buddhist Era: 2569 is 2026.
  th: { country: "TH", currency: "THB", money: /฿\d{1,3}(,\d{3})*\.\d\d/, date: /\d{1,2} [\u0E00-\u0E7F.]+ 25\d\d/, own: [] },
};

/**
 * The screens, each with an element that says it has drawn, and what to click on leaving it
 * (the archived customers are the list's filter, which stays on while the app runs).
 */
function screens(customerId) {
  return [
    ["customers", "/customers", ".customer-row"],
    ["customer", `/customers/${customerId}`, "#customer-name"],
    ["customer-new", "/customers/new", "#customer-form"],
    ["import-export", "/import-export", "h1"],
    ["cards-month", "/cards", "#monthly-summary:not(:empty)"],
    ["cards-occasions", "/cards/occasions", "#period-summary:not(:empty)"],
    ["cards-follow-up", "/cards/follow-up", "#follow-up-list p"],
    ["dashboard", "/dashboard", "#who-matters[data-ready]"],
    ["settings", "/settings", "#shop-form"],
    ["counter", "/counter", "#counter-scan"],
    ["cards-loyalty", "/cards/loyalty", "#loyalty-form"],
    ["campaigns", "/campaigns", "#campaigns-none, #campaign-runs"],
    ["duplicates", "/customers/duplicates", "h1"],
    ["archived", "/customers/archived", "#filter-archived:checked", "#filter-archived"],
  ];
}


/**
 * The page's text as the shopkeeper reads it, without what is not the interface's: the
 * language pickers (each language's own name), the card previews (the customer's language),
 * and the customers' own data in the list and on their page.
 */
async function interfaceText(session) {
  return session.executeScript(`
    const copy = document.body.cloneNode(true);
    for (const el of copy.querySelectorAll("option[lang], .card-preview, .customer-row .name, #customer-name, address, .summary, .resolution, .plain li a, textarea")) el.remove();
    for (const select of copy.querySelectorAll("select")) {
      const original = document.getElementById(select.id);
      select.replaceWith(original && original.selectedOptions[0] && !original.selectedOptions[0].lang ? original.selectedOptions[0].textContent : "");
    }
    document.body.appendChild(copy);
    copy.style.position = "absolute";
    const text = copy.innerText;
    copy.remove();
    return text;
  `);
}



/** Chooses `value` in a select the way a keyboard or mouse would, and lets the page react. */
async function choose(session, css, value) {
  const select = await waitFor(session, css);
  await session.executeScript("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'))", select, value);
}

describe("one voice in every language", () => {
  let app;
  let customerId;
  before(async () => {
    app = await openApp({ demo: 120 });
    const list = JSON.parse(cli(app.db, "customers", "list", "--json"));
    customerId = list.customers.find((c) => c.purchases > 1)?.id ?? list.customers[0].id;
  });
  after(async () => {
    await app?.close();
  });

  it("each language's interface files are its own, not a copy of the English ones", () => {
    for (const lang of LANGUAGES.filter((l) => l !== "en")) {
      const english = WORDS.en;
      const same = [...WORDS[lang]].filter(([id, text]) => english.get(id) === text && /\p{L}{3,}\s\p{L}{3,}/u.test(text));
      assert.ok(same.length <= 5, `${lang}: ${same.length} sentences are the English ones, e.g. ${same.slice(0, 5).map(([id]) => id).join(", ")}`);
    }
  });

  for (const lang of LANGUAGES) {
    it(`${lang}: every screen in ${lang} only, money and dates its way, a form error in ${lang}`, async () => {
      const { session } = app;
      const shop = SHOPS[lang];
      const words = WORDS[lang];
      await session.manage().window().setRect({ width: 1280, height: 860, x: 0, y: 0 });

      // The shop picks its language, and its country and currency.
      await visit(session, "/settings", "#shop-form");
      await choose(session, "#ui-language", lang);
      await eventually(session, async () => (await textOf(session, await session.findElement(By.css("#nav-settings")))) === words.get("nav-settings"), 10000, `the sidebar in ${lang}`);
      await visit(session, "/settings", "#shop-form");
      for (const [css, value] of [["#f-country", shop.country], ["#f-currency", shop.currency]]) {
        const el = await session.findElement(By.css(css));
        await el.clear();
        await el.sendKeys(value);
      }
      // A Thai shop counts years in the Buddhist Era: chosen where the backend keeps the choice.
      if ((await session.findElements(By.css("#f-calendar"))).length) await choose(session, "#f-calendar", lang === "th" ? "buddhist" : "gregorian");
      await (await session.findElement(By.css("#shop-form button[type=submit]"))).click();
      await eventually(session, async () => (await textOf(session, await session.findElement(By.css("#shop-form .form-summary")))) === words.get("settings-saved"), 10000, "the shop saved");
      // Dates and numbers follow the country from the next page drawn on.
      await session.navigate().refresh();
      const sidebar = await eventually(session, async () => {
        const text = await textOf(session, await session.findElement(By.css("nav")));
        return text.includes(words.get("nav-settings")) && text;
      }, 30000, `${lang}: the sidebar drawn again`);
      for (const own of shop.own) assert.match(sidebar, new RegExp(own), `${lang}: the sidebar says ${own}: ${sidebar}`);
      if (lang === "th") assert.match(sidebar, /[\u0E00-\u0E7F]/, `th: the sidebar in Thai script: ${sidebar}`);

      const tales = tellTales(lang);
      assert.ok(tales.length > 100, `${lang}: enough tell-tales to mean something (${tales.length})`);
      const foreign = [];
      for (const [name, route, ready, leave] of screens(customerId)) {
        await visit(session, route, ready);
        const text = await interfaceText(session);
        for (const tale of tales) if (text.includes(tale.text)) foreign.push(`${name}: ${tale.other} ${tale.id} "${tale.text}"`);
        if (lang !== "th") {
          const thai = text.match(/[\u0E00-\u0E7F]+/);
          if (thai) foreign.push(`${name}: Thai script "${thai[0]}"`);
        }
        await shoot(session, `${lang}-${name}-1280x860`);
        if (leave) await (await session.findElement(By.css(leave))).click();
      }
      assert.deepEqual(foreign, [], `${lang}: another language shows`);

      // Money and dates: the customer's total and first visit, the dashboard's revenue.
      await visit(session, `/customers/${customerId}`, "#customer-name");
      const page = await textOf(session, await session.findElement(By.css("main")));
      assert.match(page, shop.money, `${lang}: money on the customer's page`);
      assert.match(page, shop.date, `${lang}: dates on the customer's page`);
      await visit(session, "/dashboard", "#who-matters[data-ready]");
      assert.match(await textOf(session, await session.findElement(By.css("#tiles"))), shop.money, `${lang}: money on the dashboard`);
      const note = await textOf(session, await session.findElement(By.css("#model-note")));
      if (/r = /.test(note)) assert.match(note, lang === "fr" || lang === "nl" ? /r = \d+,\d{3}/ : /r = \d+\.\d{3}/, `${lang}: the model's figures: ${note}`);

      // The date field: day first, the months named in the language, the year in the shop's calendar.
      await visit(session, "/customers/new", "#customer-form");
      const parts = await session.executeScript("return [...document.querySelector('#f-birthday').children].map((c) => c.id)");
      assert.deepEqual(parts, ["f-birthday-day", "f-birthday-month", "f-birthday-year"], `${lang}: day, month, year`);
      const december = await session.executeScript("return document.querySelector('#f-birthday-month option[value=\"12\"]').textContent");
      assert.equal(december, new Intl.DateTimeFormat(lang === "th" ? "th-TH" : lang, { month: "long" }).format(new Date(2026, 11, 1)), `${lang}: December's name`);
      await visit(session, "/cards", "#monthly-summary:not(:empty)");
      const year = Number(await session.executeScript("return document.querySelector('#monthly-month-year').value"));
      const expected = new Date(new Date().getFullYear(), new Date().getMonth() + 1, 1).getFullYear() + (lang === "th" ? 543 : 0);
      assert.equal(year, expected, `${lang}: the month picker's year`);
      const heading = await textOf(session, await session.findElement(By.css("#monthly-heading")));
      if (lang === "th") assert.match(heading, /25\d\d/, "th: the month's heading in the Buddhist Era");

      // A form error in the language: a half-chosen birthday, said before anything is sent.
      await visit(session, "/customers/new", "#customer-form");
      await (await session.findElement(By.css("#f-last_name"))).sendKeys("Langue");
      await choose(session, "#f-birthday-day", "12");
      await (await session.findElement(By.css("#save-customer"))).click();
      await eventually(session, async () => (await textOf(session, await session.findElement(By.css("#err-birthday")))) === words.get("date-incomplete"), 5000, `${lang}: the birthday's error`);
      // And one the backend finds: an e-mail without its domain, worded in the language once the
      // backend words its errors (locales/<lang>/errors.ftl).
      await choose(session, "#f-birthday-day", "");
      await (await session.findElement(By.css("#f-email"))).sendKeys("pas-un-email");
      await (await session.findElement(By.css("#save-customer"))).click();
      const emailError = await eventually(session, async () => (await textOf(session, await session.findElement(By.css("#err-email")))) || false, 10000, `${lang}: the e-mail's error`);
      if (ALL.every((l) => existsSync(path.join(root, "locales", l, "errors.ftl")))) {
        const wrong = tales.filter((tale) => emailError.includes(tale.text));
        assert.deepEqual(wrong, [], `${lang}: the e-mail's error "${emailError}"`);
        if (lang !== "en") assert.ok(![...WORDS.en.values()].some((text) => text.length > 12 && emailError.includes(text)), `${lang}: the e-mail's error is not English: "${emailError}"`);
      }

      // Everything fits at 1024×640, Thai included, and looks right in the screenshots.
      await session.manage().window().setRect({ width: 1024, height: 640, x: 0, y: 0 });
      const problems = [];
      for (const [name, route, ready, leave] of screens(customerId)) {
        await visit(session, route, ready);
        for (const p of await layoutProblems(session)) problems.push(`${name}: ${p}`);
        await shoot(session, `${lang}-${name}-1024x640`);
        if (leave) await (await session.findElement(By.css(leave))).click();
      }
      assert.deepEqual(problems, [], `${lang}: at 1024×640`);
    });
  }
});
