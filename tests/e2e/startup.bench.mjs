// Start-up and memory of the release app (issue 18), beside a bare Tauri window measured the
// same way in the same run. A benchmark, not a test: `scripts/bench.sh` runs it on the
// customer_file bench's file (100,000 customers, 2,000,000 purchases) with the release build
// the packages carry (FIDELE_APP) and examples/bare_window.rs built the same way (FIDELE_BARE):
//   FIDELE_LOAD_DB=big.db FIDELE_APP=target/release/fidele-app \
//   FIDELE_BARE=target/release/examples/bare_window xvfb-run -a node tests/e2e/startup.bench.mjs
//
// Targets:
// - launch to the first customer rows painted ≤ 500 ms, timed inside the app: the kernel's
//   start time of the process against the moment the page marks the rows painted
//   (ui/src/first-rows.ts), so tauri-driver's and WebKitWebDriver's own start-up is not counted.
//   The best of ROUNDS launches, each on a fresh copy of the file, with the file in the page
//   cache (a shop's laptop opens the file it opened yesterday).
// - memory idle with the file open, as the summed PSS of the app and its WebKit processes
//   (web and network), ≤ 1.15× the bare window's, both at the same window size after IDLE_MS.

import { readFileSync, readdirSync } from "node:fs";
import { openApp } from "./harness.mjs";

const source = process.env.FIDELE_LOAD_DB;
const app = process.env.FIDELE_APP;
const bare = process.env.FIDELE_BARE;
if (!source || !app || !bare) {
  console.error("startup bench: set FIDELE_LOAD_DB (a large customer file), FIDELE_APP (the release app) and FIDELE_BARE (the bare window)");
  process.exit(2);
}

const ROUNDS = 5;
const FIRST_ROWS_TARGET_MS = 500;
const MEMORY_RATIO_TARGET = 1.15;
/** Long enough for the list's first pages, the dashboard's cache warm-up and WebKit's own settling. */
const IDLE_MS = 5000;
const SIZE = { width: 1280, height: 860, x: 0, y: 0 };

const misses = [];
function report(label, figure, target, met) {
  if (!met) misses.push(label);
  console.log(`${label.padEnd(52)} ${figure.padStart(12)}   target ${target}   ${met ? "met" : "OVER TARGET"}`);
}

/** Every process, as pid → {ppid, cmdline}. */
function processes() {
  const all = new Map();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command's name is in parentheses and may hold spaces: the fields follow the last ")".
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const cmdline = readFileSync(`/proc/${name}/cmdline`, "utf8").split("\0").join(" ");
      all.set(Number(name), { ppid: Number(fields[1]), startTicks: Number(fields[19]), cmdline });
    } catch {
      // ended while we looked
    }
  }
  return all;
}

/** The process started as `binary` with this run's customer file among its arguments. */
function launched(binary, db) {
  for (const [pid, p] of processes()) if (p.cmdline.startsWith(binary) && p.cmdline.includes(db)) return pid;
  throw new Error(`no process of ${binary} on ${db}`);
}

/** The process and all its descendants (WebKit's web and network processes are the app's children). */
function tree(root) {
  const all = processes();
  const found = [root];
  for (let i = 0; i < found.length; i++) for (const [pid, p] of all) if (p.ppid === found[i]) found.push(pid);
  return found;
}

/** Proportional set size, MiB: shared pages counted once across the processes that share them. */
function pssMiB(pids) {
  let kib = 0;
  for (const pid of pids) {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, "utf8");
    kib += Number(/^Pss:\s+(\d+) kB/m.exec(rollup)[1]);
  }
  return kib / 1024;
}

/** When a process started, as wall-clock milliseconds (the kernel counts clock ticks since boot). */
function startedAt(pid) {
  const ticksPerSecond = 100; // USER_HZ, the unit of /proc/<pid>/stat's start time on Linux
  const uptimeSeconds = Number(readFileSync("/proc/uptime", "utf8").split(" ")[0]);
  const bootedAt = Date.now() - uptimeSeconds * 1000;
  return bootedAt + (processes().get(pid).startTicks * 1000) / ticksPerSecond;
}

async function firstRowsAfterLaunch() {
  const opened = await openApp({ from: source, application: app });
  try {
    const { session, db } = opened;
    const pid = launched(app, db);
    const painted = await session.wait(() => session.executeScript("return window.__fideleFirstRows ?? null"), 60000, "the first rows painted");
    return { ms: painted - startedAt(pid), opened, pid };
  } catch (e) {
    await opened.close();
    throw e;
  }
}

async function idleMemory(opened, pid) {
  await opened.session.manage().window().setRect(SIZE);
  await new Promise((r) => setTimeout(r, IDLE_MS));
  const pids = tree(pid);
  return { mib: pssMiB(pids), processes: pids.length };
}

const launches = [];
let appMemory;
for (let round = 0; round < ROUNDS; round++) {
  const { ms, opened, pid } = await firstRowsAfterLaunch();
  launches.push(ms);
  console.log(`  launch ${round + 1}: first rows ${ms.toFixed(0)} ms after the process started`);
  try {
    if (round === ROUNDS - 1) appMemory = await idleMemory(opened, pid);
  } finally {
    await opened.close();
  }
}

const bareOpened = await openApp({ application: bare });
let bareMemory;
try {
  bareMemory = await idleMemory(bareOpened, launched(bare, bareOpened.db));
} finally {
  await bareOpened.close();
}

const best = Math.min(...launches);
report(`launch to the first customer rows (best of ${ROUNDS})`, `${best.toFixed(0)} ms`, `≤ ${FIRST_ROWS_TARGET_MS} ms`, best <= FIRST_ROWS_TARGET_MS);
console.log(`${"  median".padEnd(52)} ${`${launches.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)].toFixed(0)} ms`.padStart(12)}`);
console.log(`${"memory idle, bare Tauri window (PSS)".padEnd(52)} ${`${bareMemory.mib.toFixed(0)} MiB`.padStart(12)}   ${bareMemory.processes} processes`);
console.log(`${"memory idle, the app with the file open (PSS)".padEnd(52)} ${`${appMemory.mib.toFixed(0)} MiB`.padStart(12)}   ${appMemory.processes} processes`);
const ratio = appMemory.mib / bareMemory.mib;
report("memory, the app against the bare window", `${ratio.toFixed(2)}×`, `≤ ${MEMORY_RATIO_TARGET}×`, ratio <= MEMORY_RATIO_TARGET);
if (misses.length) {
  console.log(`startup bench: missed ${misses.join("; ")}`);
  process.exit(1);
}
