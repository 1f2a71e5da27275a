/**
 * Client benchmark: the production build served by `vite preview`, in headless Chromium through
 * Playwright, on synthetic timelines of 1,000 to 100,000 events opened with ?data=bench-N.json.
 * Everything is found by its accessible name (issue 3): the region "Timeline", the region "Filters"
 * with one checkbox per actor, the line "n of N events".
 *
 * The build goes to its own folder (not dist/), so a benchmark never pulls the site from under an
 * end-to-end run that is serving dist/ at the same time.
 *
 * Each run of the app is followed by a run of its peer, a bare vis-timeline page on the same file
 * (scripts/bench/vis-peer/), measured by the same functions in the same browser: the ratios of the app's
 * figures to the peer's move with what the app does, not with how busy the machine is.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { serializeTimelineParts } from '../../src/extract/write';
import { type BundleResult, bundleSizes } from './bundle';
import { busiestActor, makeBenchTimeline } from './timeline';
import { median, quantile } from './stats';
import { WORK } from './extract';
import escapeStringRegexp from 'escape-string-regexp';

export interface ClientResult {
  events: number;
  /** the timeline file the first view reads (schemaVersion 2: without the documents' texts) */
  megabytes: number;
  /** its texts file, read when a document is opened */
  textsMegabytes?: number;
  /** Navigation start → items in the Timeline region and "n of N events" showing N. Median. Null: timed out. */
  loadMs: number | null;
  /**
   * The page's main-thread busy time over the same span (Chromium's TaskDuration), median: less swayed than loadMs
   * by a busy machine, since time the thread waits for a core or the network is not counted. The workers' is not in it.
   */
  loadTaskMs?: number | null;
  /** Checking (or unchecking) an actor in Filters → the count line changed and the next frame ran. Median. */
  filterMs: number | null;
  /** The 95th percentile of the same clicks (FILTER_CLICKS per run). */
  filterP95Ms?: number | null;
  /**
   * The first document opened: "Read in document" clicked → its text in the reader. On a timeline in two parts this
   * fetches, parses and checks the texts file. Median.
   */
  readerMs?: number | null;
  /** 95th percentile of requestAnimationFrame intervals while wheel-zooming and dragging for ~2 s. */
  frameP95Ms: number | null;
  /** What got in the way, when a figure is missing. */
  note?: string;
  /** The same three figures for the bare vis-timeline page on the same file, run after each run of the app. */
  peer?: { loadMs: number | null; filterMs: number | null; frameP95Ms: number | null; note?: string };
  /** Medians over the runs of the app's figure divided by the peer's in the run after it (1 = as fast as bare vis-timeline). */
  ratioToPeer?: { load: number | null; filter: number | null; frameP95: number | null };
}

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
/** BENCH_PORT: two benchmarks at once (e.g. two people profiling) each need their own server. */
const PORT = Number(process.env.BENCH_PORT ?? 4180);
/** Per process: two benchmarks at once must not empty each other's site. */
const OUT_DIR = path.join(WORK, `site-${process.pid}`);
/** Filter clicks per run (checks and unchecks in turn): enough for a median and a 95th percentile. */
const FILTER_CLICKS = 6;
const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} failed: ${stderr.slice(-800)}`))));
  });
}

async function startPreview(): Promise<ChildProcess> {
  const vite = path.join(ROOT, 'node_modules/.bin/vite');
  const server = spawn(vite, ['preview', '--port', String(PORT), '--strictPort', '--outDir', OUT_DIR], { cwd: ROOT, stdio: 'ignore' });
  let exited = false;
  server.on('exit', () => (exited = true));
  for (let i = 0; i < 150; i++) {
    // --strictPort: it exits when the port is taken, and we must not measure someone else's server.
    if (exited) throw new Error(`vite preview could not listen on port ${PORT} (another preview or benchmark running?)`);
    try {
      if ((await fetch(`http://localhost:${PORT}/`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error(`vite preview did not start on port ${PORT}`);
}

/** Resolves with performance.now() (ms since navigation start) once the timeline shows N events. */
async function waitLoaded(page: Page, events: number, timeout: number): Promise<number> {
  const handle = await page.waitForFunction(
    (n) => {
      const region = document.querySelector('[aria-label="Timeline"]');
      if (!region?.querySelector('.vis-item')) return false;
      // The count line is a live status; any leaf paragraph reading "n of N events" will do.
      const count = [...document.querySelectorAll('[role="status"], p')].find((el) => /^\s*[\d,]+ of [\d,]+ events\s*$/.test(el.textContent ?? ''));
      const total = Number(/of ([\d,]+) events/.exec(count?.textContent ?? '')?.[1].replace(/,/g, ''));
      return total === n ? performance.now() : false;
    },
    events,
    { timeout, polling: 'raf' },
  );
  return (await handle.jsonValue()) as number;
}

/** Times one click on a checkbox until the count line has changed and the following frame has run. */
async function timeFilterClick(page: Page, checkbox: ReturnType<Page['locator']>): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { __filterTiming: Promise<number> };
    const isCount = (el: Element) => /^\s*[\d,]+ of [\d,]+ events\s*$/.test(el.textContent ?? '');
    let line = [...document.querySelectorAll('[role="status"], p')].find(isCount);
    const countText = () => {
      if (!line?.isConnected) line = [...document.querySelectorAll('[role="status"], p')].find(isCount);
      return line?.textContent ?? '';
    };
    const before = countText();
    w.__filterTiming = new Promise((resolve) => {
      let clicked = 0;
      document.addEventListener('click', (e) => (clicked = e.timeStamp), { capture: true, once: true });
      const check = () => {
        if (!clicked || countText() === before) return requestAnimationFrame(check);
        requestAnimationFrame(() => resolve(performance.now() - clicked));
      };
      requestAnimationFrame(check);
    });
  });
  await checkbox.click({ timeout: 60_000 });
  const timing = page.evaluate(() => (window as unknown as { __filterTiming: Promise<number> }).__filterTiming);
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the count line did not change within 60 s')), 60_000).unref());
  return Promise.race([timing, timeout]);
}

/** p95 of frame intervals while the mouse wheel zooms and a drag pans the timeline for about 2 s. */
async function frameP95(page: Page): Promise<number> {
  const box = await page.getByRole('region', { name: 'Timeline' }).boundingBox();
  if (!box) throw new Error('the Timeline region is not on screen');
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __framesOn: boolean };
    w.__frames = [];
    w.__framesOn = true;
    let last = performance.now();
    const tick = (t: number) => {
      w.__frames.push(t - last);
      last = t;
      if (w.__framesOn) requestAnimationFrame(tick);
    };
    requestAnimationFrame((t) => {
      last = t;
      requestAnimationFrame(tick);
    });
  });
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(box.height / 2, 200);
  await page.mouse.move(x, y);
  const until = Date.now() + 1000;
  for (let i = 0; Date.now() < until; i++) {
    await page.mouse.wheel(0, i % 10 < 5 ? -120 : 120);
    await page.waitForTimeout(40);
  }
  await page.mouse.down();
  for (let i = 0; i < 40; i++) {
    await page.mouse.move(x + 200 * Math.sin(i / 6), y, { steps: 1 });
    await page.waitForTimeout(25);
  }
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __framesOn: boolean };
    w.__framesOn = false;
    return w.__frames;
  });
  return quantile(frames, 0.95);
}

interface Measured {
  loadMs: number;
  loadTaskMs: number;
  filterMs: number[];
  frameP95Ms: number;
  /** NaN: the page has no reader (the bare vis-timeline page) */
  readerMs: number;
}

/** Opens the first listed event's first source in the reader and times it until the document's text shows. */
async function timeReader(page: Page): Promise<number> {
  const table = page.getByRole('table', { name: 'Events' });
  if (!(await table.count())) return NaN;
  await table.locator('tbody tr[aria-rowindex]').first().getByRole('link').first().click({ timeout: 30_000 });
  const read = page.getByRole('region', { name: 'Event details' }).getByRole('link', { name: 'Read in document' }).first();
  await read.waitFor({ timeout: 30_000 });
  const started = await page.evaluate(() => performance.now());
  await read.click();
  await page.locator('.reader-text').waitFor({ timeout: 120_000 });
  return (await page.evaluate(() => performance.now())) - started;
}

/** One fresh page at url: load, check then uncheck the actor's box, then frames while zooming and dragging. */
async function measure(browser: Browser, url: string, events: number, actorName: string, loadTimeout: number): Promise<Measured> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  // tsx (esbuild, keepNames) wraps named functions in __name(); the page functions below are sent as source.
  await context.addInitScript('window.__name = (f) => f');
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'commit' });
    const loadMs = await waitLoaded(page, events, loadTimeout);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const loadTaskMs = (metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN) * 1000;
    const box = page
      .getByRole('region', { name: 'Filters' })
      .getByRole('checkbox', { name: new RegExp(`^${escapeStringRegexp(actorName)}\\b`) })
      .first();
    await box.scrollIntoViewIfNeeded({ timeout: 30_000 });
    const filterMs: number[] = [];
    for (let i = 0; i < FILTER_CLICKS; i++) filterMs.push(await timeFilterClick(page, box));
    const frameP95Ms = await frameP95(page);
    return { loadMs, loadTaskMs, filterMs, frameP95Ms, readerMs: await timeReader(page) };
  } finally {
    await context.close();
  }
}

async function benchSize(browser: Browser, events: number, runs: number, log: (line: string) => void): Promise<ClientResult> {
  const timeline = makeBenchTimeline(events, 1);
  // as the CLI writes it, in two parts (without its indentation): the app reads the first, the bare page too
  const parts = serializeTimelineParts(timeline, `bench-${events}.texts.json`, (t) => createHash('sha256').update(t).digest('hex'), { space: 0 });
  await writeFile(path.join(OUT_DIR, `bench-${events}.json`), parts.timeline);
  await writeFile(path.join(OUT_DIR, `bench-${events}.texts.json`), parts.texts);
  const actor = busiestActor(timeline);
  const mb = (text: string) => Math.round(Buffer.byteLength(text) / 1e4) / 100;
  const result: ClientResult = {
    events,
    megabytes: mb(parts.timeline),
    textsMegabytes: mb(parts.texts),
    loadMs: null,
    loadTaskMs: null,
    filterMs: null,
    filterP95Ms: null,
    readerMs: null,
    frameP95Ms: null,
  };
  const peer: NonNullable<ClientResult['peer']> = { loadMs: null, filterMs: null, frameP95Ms: null };
  const loadTimeout = events >= 100_000 ? 180_000 : 60_000;
  const app: Measured[] = [];
  const bare: Array<Measured | null> = [];
  const say = (who: string, i: number, m: Measured) =>
    log(
      `  client ${events} events, ${who} run ${i + 1}/${runs}: load ${m.loadMs.toFixed(0)} ms (main thread busy ${m.loadTaskMs.toFixed(0)} ms), filter ${m.filterMs.map((f) => f.toFixed(0)).join('/')} ms, frame p95 ${m.frameP95Ms.toFixed(1)} ms${Number.isNaN(m.readerMs) ? '' : `, reader ${m.readerMs.toFixed(0)} ms`}`,
    );
  for (let i = 0; i < runs; i++) {
    try {
      // every event, as a large file was opened before the key events (issue 12): figures stay comparable
      app.push(await measure(browser, `http://localhost:${PORT}/?data=bench-${events}.json&detail=all`, events, actor.name, loadTimeout));
      say('app', i, app[i]);
    } catch (e) {
      result.note = `run ${i + 1}: ${(e as Error).message.split('\n')[0]}`;
      log(`  client ${events} events, app run ${i + 1}/${runs}: ${result.note}`);
      break; // a size that times out once will time out again; do not spend the budget on it
    }
    // The peer right after, under the same load; once it has failed it is not tried again at this size.
    if (peer.note) continue;
    try {
      bare.push(await measure(browser, `http://localhost:${PORT}/vis-peer/index.html?data=bench-${events}.json`, events, actor.name, loadTimeout));
      say('bare vis-timeline', i, bare[i]!);
    } catch (e) {
      peer.note = `run ${i + 1}: ${(e as Error).message.split('\n')[0]}`;
      log(`  client ${events} events, bare vis-timeline run ${i + 1}/${runs}: ${peer.note}`);
      bare.push(null);
    }
  }
  const summarise = (
    ms: Measured[],
    into: {
      loadMs: number | null;
      loadTaskMs?: number | null;
      filterMs: number | null;
      filterP95Ms?: number | null;
      frameP95Ms: number | null;
      readerMs?: number | null;
    },
  ) => {
    if (!ms.length) return;
    into.loadMs = Math.round(median(ms.map((m) => m.loadMs)));
    if ('loadTaskMs' in into) into.loadTaskMs = Math.round(median(ms.map((m) => m.loadTaskMs)));
    into.filterMs = Math.round(median(ms.flatMap((m) => m.filterMs)));
    if ('filterP95Ms' in into)
      into.filterP95Ms = Math.round(
        quantile(
          ms.flatMap((m) => m.filterMs),
          0.95,
        ),
      );
    into.frameP95Ms = Math.round(median(ms.map((m) => m.frameP95Ms)) * 10) / 10;
    if ('readerMs' in into) into.readerMs = Math.round(median(ms.map((m) => m.readerMs)));
  };
  summarise(app, result);
  summarise(
    bare.filter((m): m is Measured => !!m),
    peer,
  );
  result.peer = peer;
  const pairs = app.flatMap((m, i) => (bare[i] ? [[m, bare[i]!] as const] : []));
  const ratio = (f: (m: Measured) => number) => (pairs.length ? Math.round(median(pairs.map(([a, b]) => f(a) / f(b))) * 100) / 100 : null);
  result.ratioToPeer = {
    load: ratio((m) => m.loadMs),
    filter: ratio((m) => median(m.filterMs)),
    frameP95: ratio((m) => m.frameP95Ms),
  };
  return result;
}

/** The peer page, vis-timeline's standalone build and its style sheet, beside the built app. */
async function writePeerPage() {
  const dir = path.join(OUT_DIR, 'vis-peer');
  await mkdir(dir, { recursive: true });
  const vis = path.join(ROOT, 'node_modules/vis-timeline');
  await copyFile(path.join(ROOT, 'scripts/bench/vis-peer/index.html'), path.join(dir, 'index.html'));
  await copyFile(path.join(ROOT, 'scripts/bench/vis-peer/peer.js'), path.join(dir, 'peer.js'));
  await copyFile(path.join(vis, 'standalone/umd/vis-timeline-graph2d.min.js'), path.join(dir, 'vis-timeline-graph2d.min.js'));
  await copyFile(path.join(vis, 'styles/vis-timeline-graph2d.min.css'), path.join(dir, 'vis-timeline-graph2d.min.css'));
}

export async function benchClient(
  sizes: number[],
  runsFor: (events: number) => number,
  log: (line: string) => void,
): Promise<{ rows: ClientResult[]; bundle: BundleResult }> {
  log('  building the site (vite build)…');
  await mkdir(path.dirname(OUT_DIR), { recursive: true });
  await run(path.join(ROOT, 'node_modules/.bin/vite'), ['build', '--outDir', OUT_DIR, '--emptyOutDir', '--manifest']);
  const bundle = await bundleSizes(OUT_DIR);
  await writePeerPage();
  const server = await startPreview();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: BROWSER_ARGS });
  try {
    const rows: ClientResult[] = [];
    for (const events of sizes) rows.push(await benchSize(browser, events, runsFor(events), log));
    return { rows, bundle };
  } finally {
    await browser.close();
    server.kill();
    await rm(OUT_DIR, { recursive: true, force: true });
  }
}
