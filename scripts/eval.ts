/**
 * npm run eval [-- --t17 DIR]: scores the extractor against the hand annotation of the seeds and the public
 * benchmarks in benchmarks/ (benchmarks/README.md: what they are, their licences and how each is scored), one
 * line per figure; with a converted Timeline17 development folder (--t17 DIR or CHRONOLENS_T17=DIR), also the
 * key dates `summarize` picks, beside the date-reference baseline. Nothing here feeds back into the extractor:
 * it only measures.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTimeline } from '../src/extract/pipeline';
import { normalizeName } from '../src/extract/actors';
import type { TimelineFile } from '../src/schema/timeline';
import { evaluateMeantime } from './eval/meantime';
import { scoreSeeds, type SeedGold } from './eval/seeds';
import { scoreSemeval } from './eval/semeval';
import { heldoutLines, scoreHeldout } from './eval/heldout';
import { scoreTimeline17, TIMELINE17_HOW_TO, timeline17Lines } from './eval/timeline17';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const benchmarks = join(root, 'benchmarks');
const USAGE = 'usage: npm run eval [-- --t17 DIR]   (DIR: Timeline17 development topics converted as benchmarks/timeline17/README.md says)';

function parseArgs(argv: string[]): { t17: string | null } {
  let t17 = process.env.CHRONOLENS_T17 || null;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--t17' && argv[i + 1] && !argv[i + 1].startsWith('--')) t17 = argv[++i];
    else if (argv[i] === '--help' || argv[i] === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else {
      console.error(`eval: ${argv[i] === '--t17' ? '--t17 needs a folder' : `unknown argument ${argv[i]}`}\n${USAGE}`);
      process.exit(2);
    }
  }
  return { t17: t17 ? resolve(t17) : null };
}

export function buildFolder(dir: string): TimelineFile {
  const files = readdirSync(dir)
    .filter((f) => !f.startsWith('.'))
    .sort()
    .map((f) => ({ id: f, bytes: new Uint8Array(readFileSync(join(dir, f))) }));
  return buildTimeline(files);
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');

function main() {
  const args = parseArgs(process.argv.slice(2));
  const lines: string[] = [];
  const seedsDir = join(benchmarks, 'seeds/documents');
  const gold = JSON.parse(readFileSync(join(benchmarks, 'seeds/seed-events.json'), 'utf8')) as SeedGold;
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

  const meantime = evaluateMeantime(join(benchmarks, 'meantime-apple'));
  lines.push(
    `meantime-apple date value accuracy: ${pct(meantime.correct, meantime.total)} (${meantime.correct}/${meantime.total}) [target >= 92%; chrono-node alone 70.6%]`,
  );
  lines.push(`meantime-apple date precision: ${pct(meantime.taggedTrue, meantime.tagged)} (${meantime.taggedTrue}/${meantime.tagged})`);

  const semDir = join(benchmarks, 'semeval2015-apple');
  const sem = scoreSemeval(buildFolder(join(semDir, 'documents')), semDir, normalizeName);
  lines.push(`semeval2015-apple entity timelines dated recall: ${pct(sem.found, sem.total)} (${sem.found}/${sem.total})`);
  lines.push(`semeval2015-apple target entities present as actors: ${sem.entitiesPresent}/${sem.entities}`);
  if (process.env.EVAL_VERBOSE) for (const m of sem.misses) lines.push(`  semeval missing: ${m}`);

  const heldout = scoreHeldout(join(root, 'src/extract/__fixtures__'), normalizeName);
  lines.push(...heldoutLines(heldout, !!process.env.EVAL_VERBOSE));
  for (const l of lines) console.log(l);

  if (!args.t17) {
    console.log(TIMELINE17_HOW_TO);
    return;
  }
  if (!existsSync(args.t17) || !statSync(args.t17).isDirectory()) {
    console.error(`eval: Timeline17 folder not found: ${args.t17}`);
    process.exit(1);
  }
  try {
    for (const l of timeline17Lines(scoreTimeline17(args.t17, root, (s) => process.stderr.write(`${s}\n`)))) console.log(l);
  } catch (e) {
    console.error(`eval: Timeline17 not scored: ${(e as Error).message}`);
    process.exit(1);
  }
}

main();
