/**
 * npm run eval: scores the extractor against the hand annotation of the seeds (../shared/gold) and the
 * public benchmarks (../shared/bench), one line per figure. Scoring rules: ../shared/bench/README.md
 * and the issue's targets. Nothing here feeds back into the extractor: it only measures.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildTimeline } from '../src/extract/pipeline';
import { normalizeName } from '../src/extract/actors';
import type { TimelineFile } from '../src/schema/timeline';
import { evaluateMeantime } from './eval/meantime';
import { scoreSeeds, type SeedGold } from './eval/seeds';
import { scoreSemeval } from './eval/semeval';
import { heldoutLines, scoreHeldout } from './eval/heldout';

const shared = resolve(process.argv[2] ?? '../shared');

export function buildFolder(dir: string): TimelineFile {
  const files = readdirSync(dir)
    .filter((f) => !f.startsWith('.'))
    .sort()
    .map((f) => ({ id: f, bytes: new Uint8Array(readFileSync(join(dir, f))) }));
  return buildTimeline(files);
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');

function main() {
  if (!existsSync(shared)) {
    console.error(`eval: ${shared} not found (the gold annotations live beside the checkout, in ../shared)`);
    process.exit(1);
  }
  const lines: string[] = [];
  const seedsDir = join(shared, 'seeds');
  const gold = JSON.parse(readFileSync(join(shared, 'gold/seed-events.json'), 'utf8')) as SeedGold;
  const seeds = scoreSeeds(buildFolder(seedsDir), gold, normalizeName);
  lines.push(`seeds core mentions found with gold date: ${pct(seeds.coreFound, seeds.coreTotal)} (${seeds.coreFound}/${seeds.coreTotal}) [target >= 95%]`);
  lines.push(`seeds gold actors on their events: ${pct(seeds.actorsOn, seeds.actorsTotal)} (${seeds.actorsOn}/${seeds.actorsTotal}) [target >= 95%]`);
  lines.push(`seeds multi-source core events merged: ${seeds.mergedOk}/${seeds.mergedTotal} [target all]`);
  lines.push(`seeds stretch mentions found with gold date: ${pct(seeds.stretchFound, seeds.stretchTotal)} (${seeds.stretchFound}/${seeds.stretchTotal})`);
  lines.push(`seeds junk actors: ${seeds.junk.length}${seeds.junk.length ? ` (${seeds.junk.join(', ')})` : ''} [target 0]`);
  lines.push(`seeds mentions from boilerplate: ${seeds.boilerplate.length}${seeds.boilerplate.length ? ` (${seeds.boilerplate.join(' | ')})` : ''} [target 0]`);
  lines.push(`seeds gold actors split in two: ${seeds.split.length}${seeds.split.length ? ` (${seeds.split.join(', ')})` : ''} [target 0]`);
  lines.push(`seeds dated documents dated right: ${seeds.datedRight}/${seeds.datedTotal} [target all]`);
  lines.push(`seeds undated documents inferred within the gold range: ${seeds.inferredRight}/${seeds.inferredTotal}`);
  lines.push(`seeds events: ${seeds.events}, actors: ${seeds.actors}`);
  if (process.env.EVAL_VERBOSE) for (const m of seeds.missing) lines.push(`  missing: ${m}`);

  const meantime = evaluateMeantime(join(shared, 'bench/meantime-apple'));
  lines.push(
    `meantime-apple date value accuracy: ${pct(meantime.correct, meantime.total)} (${meantime.correct}/${meantime.total}) [target >= 92%; chrono-node alone 70.6%]`,
  );
  lines.push(`meantime-apple date precision: ${pct(meantime.taggedTrue, meantime.tagged)} (${meantime.taggedTrue}/${meantime.tagged})`);

  const semDir = join(shared, 'bench/semeval2015-apple');
  const sem = scoreSemeval(buildFolder(join(semDir, 'documents')), semDir, normalizeName);
  lines.push(`semeval2015-apple entity timelines dated recall: ${pct(sem.found, sem.total)} (${sem.found}/${sem.total})`);
  lines.push(`semeval2015-apple target entities present as actors: ${sem.entitiesPresent}/${sem.entities}`);
  if (process.env.EVAL_VERBOSE) for (const m of sem.misses) lines.push(`  semeval missing: ${m}`);

  const heldout = scoreHeldout(resolve('src/extract/__fixtures__'), normalizeName);
  lines.push(...heldoutLines(heldout, !!process.env.EVAL_VERBOSE));
  for (const l of lines) console.log(l);
}

main();
