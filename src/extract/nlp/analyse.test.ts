/**
 * The layer as a whole, on the seed articles and on arbitrary Unicode: it never throws, every offset points
 * at what it claims, clauses partition their sentence, and the same text always gives the same analysis.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../clean';
import { readDocument } from '../read';
import { type Analysis, analyseText } from './analyse';
import { describeAnalysis } from './describe';
import { tokenText } from './tokens';

const SEEDS = path.resolve(import.meta.dirname, '../../../data/documents');
const seeds = readdirSync(SEEDS)
  .filter((f) => /\.(txt|md|html)$/.test(f))
  .sort()
  .map((f) => {
    const r = readDocument(f, readFileSync(path.join(SEEDS, f)));
    if (!r.ok) throw new Error(r.warning.message);
    return { name: f, text: cleanText(r.raw).text };
  });

/** Every structural promise of an analysis. */
function expectWellFormed(a: Analysis) {
  const t = a.tokens;
  for (let i = 0; i < t.count; i++) {
    expect(t.start[i]).toBeLessThan(t.end[i]);
    if (i > 0) expect(t.start[i]).toBeGreaterThanOrEqual(t.end[i - 1]);
    expect(a.text.slice(t.start[i], t.end[i])).toBe(tokenText(t, i));
  }
  let previousEnd = 0;
  a.sentences.forEach((s, k) => {
    expect(s.tokenStart).toBe(previousEnd);
    previousEnd = s.tokenEnd;
    const [from, to] = a.clauseRange[k];
    const owners = new Map<number, number>();
    for (let id = from; id < to; id++) {
      const c = a.clauses[id];
      expect(c.id).toBe(id);
      expect(c.sentence).toBe(k);
      expect(c.verb.start).toBeGreaterThanOrEqual(s.tokenStart);
      expect(c.verb.end).toBeLessThanOrEqual(s.tokenEnd);
      expect(c.start).toBeLessThanOrEqual(c.verb.start);
      expect(c.end).toBeGreaterThanOrEqual(c.verb.end);
      expect(c.charStart).toBeGreaterThanOrEqual(s.start);
      expect(c.charEnd).toBeLessThanOrEqual(s.end);
      if (c.parent >= 0) expect(c.parent >= from && c.parent < to && c.parent !== id).toBe(true);
      for (const [ps, pe] of c.pieces) for (let i = ps; i < pe; i++) owners.set(i, (owners.get(i) ?? 0) + 1);
      for (const np of [c.subject, c.object, c.agent]) if (np) expect(np.start >= s.tokenStart && np.end <= s.tokenEnd).toBe(true);
    }
    if (to > from) for (let i = s.tokenStart; i < s.tokenEnd; i++) expect(owners.get(i)).toBe(1);
  });
  expect(previousEnd).toBe(t.count);
}

describe('analyseText on the seed articles', () => {
  it.each(seeds.map((s) => [s.name, s.text]))('%s: offsets, sentences and clauses hold together', (_name, text) => {
    const a = analyseText(text);
    expectWellFormed(a);
    expect(a.clauses.length).toBeGreaterThan(a.sentences.length / 2);
  });

  it('gives the same analysis for the same text, whatever was analysed before', () => {
    const first = seeds.map((s) => describeAnalysis(analyseText(s.text)));
    const reversed = [...seeds].reverse().map((s) => describeAnalysis(analyseText(s.text)));
    expect(reversed.reverse()).toEqual(first);
  });
});

const newsy = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 10 }),
      fc.constantFrom(
        'BP',
        'said',
        'that',
        'which',
        'the well',
        'was capped',
        'and',
        ', ',
        '. ',
        '\n',
        '“',
        '”',
        '"',
        "'s",
        'when',
        'killing',
        'to cap',
        'not',
        'If',
        'according to',
        ';',
        '(',
        ')',
        '—',
        'U.S.',
        '$1.55 billion',
      ),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(' '));

describe('analyseText on arbitrary text', { timeout: 120_000 }, () => {
  it('never throws, and every offset points at what it claims', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 200 }), newsy), (text) => {
        expectWellFormed(analyseText(text));
      }),
      { numRuns: 150 },
    );
  });
});
