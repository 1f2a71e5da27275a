/**
 * The extraction benchmark's peer: chrono-node alone (its casual English parser, which the extractor's own
 * date stage builds on) parsing every file of the same folder, one after another on one thread. Run by
 * extract.ts in a child process right after each `npm run extract` it times, so both meet the same machine;
 * our CPU seconds divided by chrono's is a figure a busy machine hardly moves, where wall-clock seconds
 * double. Prints one JSON line: documents, bytes, dates found, CPU and wall seconds of the parsing (the
 * start of Node is left out: it is a fixed cost, not the peer's work).
 *
 * tsx scripts/bench/chrono-peer.ts DIR
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as chrono from 'chrono-node';

export interface ChronoPeerRun {
  documents: number;
  bytes: number;
  dates: number;
  cpuSeconds: number;
  seconds: number;
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.'))
    .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.isFile() ? [path.join(dir, e.name)] : []))
    .sort();
}

/** A fixed reference date: relative dates resolve the same on every run, and the work does not depend on today. */
const REFERENCE = new Date(Date.UTC(2024, 0, 1));

export function parseFolder(dir: string): ChronoPeerRun {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const run: ChronoPeerRun = { documents: 0, bytes: 0, dates: 0, cpuSeconds: 0, seconds: 0 };
  for (const file of files(dir)) {
    const bytes = readFileSync(file);
    run.documents++;
    run.bytes += bytes.length;
    run.dates += chrono.parse(bytes.toString('utf8'), REFERENCE).length;
  }
  const used = process.cpuUsage(cpu);
  run.cpuSeconds = (used.user + used.system) / 1e6;
  run.seconds = (performance.now() - started) / 1000;
  return run;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: tsx scripts/bench/chrono-peer.ts DIR');
    process.exit(1);
  }
  console.log(JSON.stringify(parseFolder(dir)));
}
