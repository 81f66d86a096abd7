// Starts the real app through tauri-driver (which drives WebKitWebDriver) on a temporary
// customer file, and gives the tests a selenium session. The display comes from the caller
// (`xvfb-run -a`), so parallel runs never share one.

import { spawn, execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Builder, By, until } from "selenium-webdriver";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const targetDir = process.env.CARGO_TARGET_DIR ?? path.join(root, "target");
export const appBinary = process.env.FIDELE_APP ?? path.join(targetDir, "debug", "fidele-app");
export const cliBinary = process.env.FIDELE_CLI ?? path.join(targetDir, "debug", "fidele");

/**
 * `count` distinct ports nobody listens on. They are held open together until all are
 * found: asked one after the other, the system may hand the same port out twice, and a
 * tauri-driver told to use one port for itself and for WebKitWebDriver never answers.
 */
async function freePorts(count) {
  const servers = [];
  try {
    for (let i = 0; i < count; i++) {
      const server = net.createServer();
      await new Promise((resolve, reject) => {
        server.on("error", reject);
        server.listen(0, "127.0.0.1", resolve);
      });
      servers.push(server);
    }
    return servers.map((s) => s.address().port);
  } finally {
    await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  }
}

/**
 * Ends tauri-driver with everything it started. WebKitWebDriver is its child and the app
 * WebKitWebDriver's: killing tauri-driver alone left a WebKitWebDriver behind for every test
 * (sixty idle drivers by the end of a run), so the driver leads its own process group
 * (`detached`) and the group goes together.
 */
function endDriver(driver) {
  try {
    process.kill(-driver.pid, "SIGKILL");
  } catch {
    driver.kill("SIGKILL");
  }
}

async function waitForPort(port, ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const ok = await new Promise((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => {
        socket.end();
        resolve(true);
      });
      socket.on("error", () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`tauri-driver did not listen on ${port} within ${ms} ms`);
}

/** Runs the `fidele` CLI on the test's customer file and returns stdout. */
export function cli(db, ...args) {
  return execFileSync(cliBinary, ["--db", db, ...args], { encoding: "utf8" });
}

/**
 * A fresh customer file (optionally with the demo shop) and the app open on it. With
 * `dialogs: true` the app's open and save dialogs are scripted (FIDELE_SCRIPTED_DIALOGS):
 * an open takes the newest file in `app.dialogs/to-open/`, a save writes into `app.dialogs`.
 * With `passphrase`, the file is encrypted with it before the app opens. With `from`, the app
 * opens a copy of that file instead of a new one. With `application`, another binary is
 * started in the app's place (the startup bench's bare Tauri window).
 */
export async function openApp({ demo = 0, dialogs = false, passphrase = undefined, from = undefined, at = undefined, configDir = undefined, application = appBinary } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), "fidele-e2e-"));
  // `at`: that very file, in place (a read-only one); `from`: a copy of an existing customer
  // file (the load benchmark's large one).
  const db = at ?? path.join(dir, "shop.db");
  if (at) {
    // used as it is
  } else if (from) copyFileSync(from, db);
  else cli(db, "init");
  if (demo > 0) cli(db, "demo", "--customers", String(demo), "--seed", "1");
  // An encrypted customer file: the app starts on its unlock screen.
  if (passphrase) execFileSync(cliBinary, ["--db", db, "passphrase", "set"], { env: { ...process.env, FIDELE_PASSPHRASE: passphrase }, encoding: "utf8" });
  const dialogsDir = dialogs ? path.join(dir, "dialogs") : undefined;
  if (dialogsDir) mkdirSync(path.join(dialogsDir, "to-open"), { recursive: true });
  const [port, nativePort] = await freePorts(2);
  // tauri-driver logs connection retries while WebKitWebDriver starts: keep them in a file,
  // shown only when the session cannot be opened.
  const log = path.join(dir, "tauri-driver.log");
  const logFd = openSync(log, "w");
  const driver = spawn("tauri-driver", ["--port", String(port), "--native-port", String(nativePort)], {
    stdio: ["ignore", logFd, logFd],
    detached: true,
    // tauri-driver passes its environment on to the app.
    // XDG_CONFIG_HOME: the window's remembered size and place (tauri-plugin-window-state)
    // stay with this run, so one test's window size never carries into the next.
    env: { ...process.env, FIDELE_DB: db, XDG_CONFIG_HOME: configDir ?? path.join(dir, "config"), ...(dialogsDir ? { FIDELE_SCRIPTED_DIALOGS: dialogsDir } : {}) },
  });
  await waitForPort(port, 15000);
  let session;
  try {
    session = await new Builder()
      .usingServer(`http://127.0.0.1:${port}/`)
      .withCapabilities({ browserName: "wry", "tauri:options": { application, args: ["--db", db] } })
      .build();
  } catch (e) {
    endDriver(driver);
    throw new Error(`could not start the app: ${e}\n${readFileSync(log, "utf8")}`);
  }
  answerWithin(session, COMMAND_MS);
  return {
    db,
    dialogs: dialogsDir,
    session,
    async close() {
      try {
        await Promise.race([session.quit(), new Promise((r) => setTimeout(r, 5000))]);
      } finally {
        endDriver(driver);
        // The app is WebKitWebDriver's child; if a failed test left it running, end it by its
        // unique customer file so nothing else on the machine is touched.
        try {
          execFileSync("pkill", ["-f", db]);
        } catch {
          // nothing left to end
        }
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * How long one WebDriver command may take. Selenium waits for an answer for ever, and a wait
 * whose condition's command never answers never times out either: a command that hangs
 * would cost the whole file's 180 s and say nothing. Sixty seconds is far above any command
 * here (the slowest, a screenshot of a long page under load, takes about 2 s).
 */
const COMMAND_MS = 60000;

function answerWithin(session, ms) {
  const execute = session.execute.bind(session);
  session.execute = (command) => {
    let timer;
    const hung = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`WebDriver's ${command.getName()} ${JSON.stringify(command.getParameters()).slice(0, 200)} did not answer within ${ms / 1000} s`)), ms);
    });
    return Promise.race([execute(command), hung]).finally(() => clearTimeout(timer));
  };
}

export async function waitFor(session, css, ms = 10000) {
  return session.wait(until.elementLocated(By.css(css)), ms, `waiting for ${css}`);
}

/** Waits until `fn` returns something truthy. */
export async function eventually(session, fn, ms = 10000, what = "condition") {
  return session.wait(async () => {
    try {
      return await fn();
    } catch {
      return false;
    }
  }, ms, `waiting for ${what}`);
}

/** "Hélène Dubœuf" → "helene duboeuf": what a shopkeeper types without accents. */
export function plain(text) {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/œ/g, "oe").replace(/Œ/g, "OE").toLowerCase();
}

/**
 * The text a person sees in an element. WebKitWebDriver's getText() answers "" for some
 * grid and absolutely placed elements that are plainly on screen, so ask the page itself.
 */
export async function textOf(session, element) {
  return session.executeScript("return arguments[0].innerText", element);
}

export { By };

/** Opens a screen by its route and waits for `ready`, then for what draws a moment after its data. */
export async function visit(session, route, ready) {
  await session.get(`tauri://localhost/index.html#${route}`);
  await waitFor(session, ready, 30000);
  // Charts and lists draw a moment after their data.
  await session.sleep(300);
}

/** What overflows sideways, and which amounts or dates take more than one line. */
export async function layoutProblems(session) {
  return session.executeScript(`
    const problems = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth) problems.push("the page scrolls sideways: " + doc.scrollWidth + " > " + doc.clientWidth);
    const main = document.querySelector("main");
    if (main.scrollWidth > main.clientWidth + 1) {
      const wide = [...main.querySelectorAll("*")].filter((e) => e.getBoundingClientRect().right > main.getBoundingClientRect().right + 1).slice(0, 3).map((e) => e.tagName + "." + e.className);
      problems.push("the view scrolls sideways: " + main.scrollWidth + " > " + main.clientWidth + " " + wide.join(", "));
    }
    for (const el of document.querySelectorAll(".num, .amount, .date, td.num")) {
      if (!el.textContent.trim() || el.getClientRects().length === 0) continue;
      const range = document.createRange();
      range.selectNodeContents(el);
      // Two lines make the text at least two line-heights tall. (Counting the rectangles' tops
      // would count Thai tone marks, drawn above their letter, as a line of their own.)
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      const style = getComputedStyle(el);
      const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2;
      const tall = Math.max(...rects.map((r) => r.bottom)) - Math.min(...rects.map((r) => r.top));
      if (rects.length > 0 && tall > 1.6 * line) problems.push("wraps: " + JSON.stringify(el.textContent.trim()));
    }
    return problems.slice(0, 8);
  `);
}

/** Saves a screenshot named `name` into $FIDELE_SCREENSHOTS, when it is set (to be looked at). */
export async function shoot(session, name) {
  const dir = process.env.FIDELE_SCREENSHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${name}.png`), await session.takeScreenshot(), "base64");
}
