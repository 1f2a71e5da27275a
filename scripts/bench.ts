/**
 * npm run bench -- [--only extract|add|client|nlp] [--extract 100,1000,10000] [--add 300,1000] [--client 1000,10000,100000] [--runs N] [--real DIR]
 *
 * Measures the build step (documents per second, peak memory, incremental rebuild) and the client
 * (load, filter, frame times) at several sizes, a reader's "Add documents" on a built collection
 * (scripts/bench/add-document.ts), and the linguistic layer on real news (`--only nlp`:
 * scripts/bench/nlp.ts), prints the medians and writes bench/results.json.
 * Each figure of the build step and the client has a peer measured in the same run, right after it:
 * chrono-node alone on the same articles for the build step, the added article extracted alone for an
 * addition, a bare vis-timeline page with the same items for the client; the ratios to them show a regression that a busy machine's slower medians would hide.
 * With --real DIR (or CHRONOLENS_T17), also real news end to end: the Timeline17 development topics under DIR.
 * Not part of `npm test` or CI: the figures depend on the machine, and are read, not asserted.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import type { BundleResult } from './bench/bundle';
import { type AddDocumentResult, benchAddDocument } from './bench/add-document';
import { benchClient, type ClientResult } from './bench/client';
import { benchExtract, benchRealText, type ExtractResult, type RealTextResult, removeRunFolder } from './bench/extract';
import { benchNlp, type NlpResult, printNlp } from './bench/nlp';

const USAGE =
  'Usage: npm run bench -- [--only extract|add|client|nlp] [--extract 100,1000,10000] [--add 300,1000] [--client 1000,10000,100000] [--runs N] [--real DIR]\n' +
  '  --real DIR   also extract real news: the Timeline17 development topics converted under DIR (default: $CHRONOLENS_T17)';
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const RESULTS = path.join(ROOT, 'bench/results.json');

interface Options {
  only: 'extract' | 'add' | 'client' | 'nlp' | null;
  extract: number[];
  add: number[];
  client: number[];
  runs: number | null;
  real: string | null;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = {
    only: null,
    extract: [100, 1000, 10_000],
    add: [300, 1000],
    client: [1000, 10_000, 100_000],
    runs: null,
    real: process.env.CHRONOLENS_T17 || null,
  };
  const sizes = (v: string | undefined) => {
    const list = (v ?? '').split(',').map(Number);
    if (!list.length || list.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(USAGE);
    return list;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--only') {
      const v = argv[++i];
      if (v !== 'extract' && v !== 'add' && v !== 'client' && v !== 'nlp') throw new Error(USAGE);
      opts.only = v;
    } else if (a === '--extract') opts.extract = sizes(argv[++i]);
    else if (a === '--client') opts.client = sizes(argv[++i]);
    else if (a === '--add') opts.add = sizes(argv[++i]);
    else if (a === '--runs') opts.runs = sizes(argv[++i])[0];
    else if (a === '--real') {
      opts.real = argv[++i] ?? '';
      if (!opts.real || opts.real.startsWith('--')) throw new Error(`--real needs the folder of the converted Timeline17 topics.\n${USAGE}`);
    } else throw new Error(`Unknown option ${a}.\n${USAGE}`);
  }
  return opts;
}

/** Several runs where a run is cheap; one where it takes minutes. */
const extractRuns = (documents: number) => (documents <= 100 ? 5 : documents <= 1000 ? 3 : 1);
const clientRuns = (events: number) => (events <= 10_000 ? 3 : 2);

/** Sizes measured now replace the same sizes of an earlier run; the others are kept (one size can be re-run alone). */
function mergeBySize<T>(previous: T[], measured: T[], size: (r: T) => number): T[] {
  const now = new Set(measured.map(size));
  return [...previous.filter((r) => !now.has(size(r))), ...measured].sort((a, b) => size(a) - size(b));
}

const pad = (v: unknown, n: number) => String(v ?? '—').padStart(n);

function printExtract(rows: ExtractResult[], real: RealTextResult | null) {
  console.log(
    `\nextraction (${rows[0]?.cores ?? real?.cores ?? '?'} cores; medians; cold = empty cache; × chrono = our CPU s / chrono-node's alone, same files, same run)`,
  );
  console.log(
    `${pad('documents', 10)} ${pad('MB', 7)} ${pad('seconds', 8)} ${pad('MB/s/core', 10)} ${pad('CPU s', 7)} ${pad('MB/CPU s', 9)} ${pad('peak MB', 8)} ${pad('events', 7)} ${pad('+1 doc s', 9)} ${pad('+1 CPU s', 9)} ${pad('chrono CPU s', 13)} ${pad('× chrono', 9)} runs`,
  );
  for (const r of rows)
    console.log(
      `${pad(r.documents, 10)} ${pad(r.megabytes, 7)} ${pad(r.seconds, 8)} ${pad(r.mbPerSecondPerCore, 10)} ${pad(r.cpuSeconds, 7)} ${pad(r.mbPerCpuSecond, 9)} ${pad(r.peakMB, 8)} ${pad(r.events, 7)} ${pad(r.addOneSeconds, 9)} ${pad(r.addOneCpuSeconds, 9)} ${pad(r.chrono?.cpuSeconds, 13)} ${pad(r.cpuRatioToChrono, 9)} ${r.runs}`,
    );
  if (real)
    console.log(
      `${pad(`${real.documents} real`, 10)} ${pad(real.megabytes, 7)} ${pad(real.seconds, 8)} ${pad(real.mbPerSecondPerCore, 10)} ${pad(real.cpuSeconds, 7)} ${pad(real.mbPerCpuSecond, 9)} ${pad(real.peakMB, 8)} ${pad(real.events, 7)} ${pad(null, 9)} ${pad(null, 9)} ${pad(real.chrono.cpuSeconds, 13)} ${pad(real.cpuRatioToChrono, 9)} ${real.runs}  (${real.corpus}: ${real.topics.length})`,
    );
}

function printClient(rows: ClientResult[]) {
  console.log(
    "\nclient (headless Chromium, production build; medians; MB: the first view's file [+ its texts file]; busy: the page's main-thread ms until loaded; reader: ms to open a document's text; [bare vis-timeline, same file, same run]; × = app / bare)",
  );
  console.log(
    `${pad('events', 8)} ${pad('MB', 6)} ${pad('+texts', 7)} ${pad('load ms', 8)} ${pad('busy', 6)} ${pad('[bare]', 7)} ${pad('×', 5)} ${pad('filter ms', 10)} ${pad('p95', 5)} ${pad('[bare]', 7)} ${pad('×', 5)} ${pad('frame p95', 10)} ${pad('[bare]', 7)} ${pad('×', 5)} ${pad('reader', 7)}  note`,
  );
  for (const r of rows) {
    const p = r.peer;
    const x = r.ratioToPeer;
    const notes = [r.note, p?.note && `bare: ${p.note}`].filter(Boolean).join('; ');
    console.log(
      `${pad(r.events, 8)} ${pad(r.megabytes, 6)} ${pad(r.textsMegabytes, 7)} ${pad(r.loadMs, 8)} ${pad(r.loadTaskMs, 6)} ${pad(p?.loadMs, 7)} ${pad(x?.load, 5)} ${pad(r.filterMs, 10)} ${pad(r.filterP95Ms, 5)} ${pad(p?.filterMs, 7)} ${pad(x?.filter, 5)} ${pad(r.frameP95Ms, 10)} ${pad(p?.frameP95Ms, 7)} ${pad(x?.frameP95, 5)} ${pad(r.readerMs, 7)}  ${notes}`,
    );
  }
}

function printAdd(rows: AddDocumentResult[]) {
  console.log(
    "\nadd one document to a built collection (the extraction worker's code, a fresh session: check + merge after the dialog's prepare; medians; cold: without prepare; [alone]: the same article extracted alone, CPU ms; × = add CPU / alone; without file: every loaded document analysed again)",
  );
  console.log(
    `${pad('collection', 11)} ${pad('documents', 10)} ${pad('MB', 6)} ${pad('file MB', 8)} ${pad('add ms', 7)} ${pad('CPU ms', 7)} ${pad('cold', 6)} ${pad('[alone]', 8)} ${pad('×', 6)} ${pad('without file CPU ms', 20)} runs`,
  );
  for (const r of rows)
    console.log(
      `${pad(r.collection, 11)} ${pad(r.documents, 10)} ${pad(r.megabytes, 6)} ${pad(r.analysesMegabytes, 8)} ${pad(r.addMs, 7)} ${pad(r.addCpuMs, 7)} ${pad(r.coldCpuMs, 6)} ${pad(r.aloneCpuMs, 8)} ${pad(r.ratioToAlone, 6)} ${pad(r.withoutFileCpuMs, 20)} ${r.runs}`,
    );
}

function printBundle(bundle: BundleResult) {
  console.log(`\nJavaScript, gzip kB: ${bundle.firstViewKB} before the first view, ${bundle.timelineKB} with the timeline's chunk`);
  console.log(`${pad('gzip kB', 8)} ${pad('kB', 8)}  ${'loads'.padEnd(11)} file`);
  for (const c of bundle.chunks) console.log(`${pad(c.gzipKB, 8)} ${pad(c.kB, 8)}  ${c.loads.padEnd(11)} ${c.file}`);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const log = (line: string) => console.error(line);
  const previous = JSON.parse(await readFile(RESULTS, 'utf8').catch(() => '{}')) as {
    extract?: ExtractResult[];
    addDocument?: AddDocumentResult[];
    client?: ClientResult[];
    nlp?: NlpResult;
    extractRealText?: RealTextResult | null;
    bundle?: BundleResult | null;
  };
  const loadBefore = loadavg()[0];
  const results = {
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: availableParallelism(),
      memoryGB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      loadAverage1m: [loadBefore],
    },
    measuredAt: new Date().toISOString(),
    extract: previous.extract ?? [],
    /** one article added to a built collection in the browser's extractor (scripts/bench/add-document.ts) */
    addDocument: previous.addDocument ?? [],
    client: previous.client ?? [],
    nlp: previous.nlp ?? null,
    extractRealText: previous.extractRealText ?? null,
    /** the built site's JavaScript, chunk by chunk (scripts/bench/bundle.ts); measured with the client */
    bundle: previous.bundle ?? null,
  };
  // The linguistic layer is measured only when asked: it needs the Timeline17 text beside the checkout.
  if (opts.only === 'nlp') {
    log('linguistic layer benchmark…');
    results.nlp = await benchNlp({ runs: opts.runs ?? 5 }, log);
  }
  if (opts.only !== 'client' && opts.only !== 'add' && opts.only !== 'nlp') {
    log('extraction benchmark…');
    results.extract = mergeBySize(results.extract, await benchExtract(opts.extract, opts.runs ? () => opts.runs! : extractRuns, log), (r) => r.documents);
    if (opts.real) {
      log(`real text (Timeline17 development topics in ${opts.real})…`);
      results.extractRealText = await benchRealText(path.resolve(opts.real), opts.runs ?? 1, log);
    }
  }
  if (opts.only === null || opts.only === 'add') {
    log('add-document benchmark…');
    const rows = await benchAddDocument(opts.add, opts.real ? path.resolve(opts.real) : null, opts.runs ?? 5, log);
    results.addDocument = [...results.addDocument.filter((r) => !rows.some((m) => m.collection === r.collection && m.documents === r.documents)), ...rows];
  }
  if (opts.only !== 'extract' && opts.only !== 'add' && opts.only !== 'nlp') {
    log('client benchmark…');
    const client = await benchClient(opts.client, opts.runs ? () => opts.runs! : clientRuns, log);
    results.client = mergeBySize(results.client, client.rows, (r) => r.events);
    results.bundle = client.bundle;
  }
  results.machine.loadAverage1m.push(loadavg()[0]);
  await mkdir(path.dirname(RESULTS), { recursive: true });
  await writeFile(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.log(
    `machine: ${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.memoryGB} GB, Node ${results.machine.node}; 1-minute load average ${results.machine.loadAverage1m.map((l) => l.toFixed(1)).join(' → ')}`,
  );
  if (results.extract.length || results.extractRealText) printExtract(results.extract, results.extractRealText);
  if (results.addDocument.length) printAdd(results.addDocument);
  if (results.client.length) printClient(results.client);
  if (results.bundle) printBundle(results.bundle);
  if (results.nlp) printNlp(results.nlp);
  console.log(`\nwritten: ${path.relative(process.cwd(), RESULTS)}`);
}

main()
  .catch((e) => {
    console.error(`bench: ${(e as Error).message}`);
    process.exitCode = 1;
  })
  .finally(removeRunFolder);
