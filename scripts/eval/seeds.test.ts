import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/extract/actors';
import { buildTimeline } from '../../src/extract/pipeline';
import { scoreSeeds, type SeedGold } from './seeds';

const seedsDir = resolve(__dirname, '../../benchmarks/seeds');

describe('the seeds against their hand annotation (benchmarks/seeds)', () => {
  const docs = join(seedsDir, 'documents');
  const timeline = buildTimeline(
    readdirSync(docs)
      .sort()
      .map((f) => ({ id: f, bytes: new Uint8Array(readFileSync(join(docs, f))) })),
  );
  const gold = JSON.parse(readFileSync(join(seedsDir, 'seed-events.json'), 'utf8')) as SeedGold;
  const s = scoreSeeds(timeline, gold, normalizeName);

  it('finds every core happening with its gold date, its gold actors, and merges every multi-source one', () => {
    expect(s.coreTotal).toBe(13);
    expect(s.missing).toEqual([]);
    expect(s.coreFound).toBe(s.coreTotal);
    expect(s.actorsOn).toBe(s.actorsTotal);
    expect(s.mergedOk).toBe(s.mergedTotal);
  });

  it('makes no junk actor, no event from boilerplate, and no person split in two', () => {
    expect(s.junk).toEqual([]);
    expect(s.boilerplate).toEqual([]);
    expect(s.split).toEqual([]);
  });

  it('dates the dated documents right and the undated ones within the gold range', () => {
    expect(s.datedRight).toBe(s.datedTotal);
    expect(s.inferredRight).toBe(s.inferredTotal);
  });
});
