/**
 * Held-out figures: the seed scoring (scoreSeeds) applied to articles the extractor was not developed on,
 * src/extract/__fixtures__/heldout/ with its hand annotation heldout-gold.json beside it (written before
 * the extractor's output was looked at). They stand in for the real articles the extractor is judged on.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildTimeline } from '../../src/extract/pipeline';
import { scoreSeeds, type SeedGold, type SeedScore } from './seeds';

export function scoreHeldout(fixtures: string, normalize: (s: string) => string): SeedScore {
  const dir = join(fixtures, 'heldout');
  const files = readdirSync(dir)
    .filter((f) => !f.startsWith('.'))
    .sort()
    .map((f) => ({ id: f, bytes: new Uint8Array(readFileSync(join(dir, f))) }));
  const gold = JSON.parse(readFileSync(join(fixtures, 'heldout-gold.json'), 'utf8')) as SeedGold;
  return scoreSeeds(buildTimeline(files), gold, normalize);
}

/** The same lines as the seeds block, prefixed "heldout". */
export function heldoutLines(s: SeedScore, verbose: boolean): string[] {
  const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');
  const lines = [
    `heldout core mentions found with gold date: ${pct(s.coreFound, s.coreTotal)} (${s.coreFound}/${s.coreTotal})`,
    `heldout gold actors on their events: ${pct(s.actorsOn, s.actorsTotal)} (${s.actorsOn}/${s.actorsTotal})`,
    `heldout multi-source core events merged: ${s.mergedOk}/${s.mergedTotal}`,
    `heldout stretch mentions found with gold date: ${pct(s.stretchFound, s.stretchTotal)} (${s.stretchFound}/${s.stretchTotal})`,
    `heldout junk actors: ${s.junk.length}${s.junk.length ? ` (${s.junk.join(', ')})` : ''} [target 0]`,
    `heldout mentions from boilerplate: ${s.boilerplate.length}${s.boilerplate.length ? ` (${s.boilerplate.join(' | ')})` : ''} [target 0]`,
    `heldout gold actors split in two: ${s.split.length}${s.split.length ? ` (${s.split.join(', ')})` : ''} [target 0]`,
    `heldout dated documents dated right: ${s.datedRight}/${s.datedTotal}`,
    `heldout undated documents inferred within the gold range: ${s.inferredRight}/${s.inferredTotal}`,
    `heldout events: ${s.events}, actors: ${s.actors}`,
  ];
  if (verbose) for (const m of s.missing) lines.push(`  heldout missing: ${m}`);
  return lines;
}
