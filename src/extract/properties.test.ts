/**
 * Property tests: every stage survives arbitrary Unicode text (documents come from the open web) and
 * every offset it returns points at what it claims.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDocument } from './read';
import { cleanText } from './clean';
import { segmentSentences } from './segment';
import { findTimeExpressions } from './time';
import { findActorMentions } from './actors';
import { buildTimeline } from './pipeline';

// Text that looks a little like news: words, names, dates and punctuation mixed with arbitrary Unicode.
const newsy = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.constantFrom(
        'Kim Jong Un',
        'met',
        'on Friday',
        'November 29, 2024',
        'in June',
        'U.S.',
        'Putin',
        '2018',
        '\n',
        '. ',
        ', ',
        '“',
        '’s',
        'Trending',
        'Keep Reading',
        '<script>',
        '—',
      ),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(' '));
const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 200 }), newsy);
const runs = { numRuns: 150 };

describe('every stage on arbitrary Unicode text', () => {
  it('read never throws, and either decodes the bytes or says why not', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.constantFrom('a.txt', 'b.md', 'c.html', 'd.bin'), (bytes, name) => {
        const r = readDocument(name, bytes);
        if (!r.ok) expect(r.warning.message.length).toBeGreaterThan(0);
      }),
      runs,
    );
  });

  it('segment returns sentences that are exactly the text at their offsets', () => {
    fc.assert(
      fc.property(text, (t) => {
        const clean = cleanText(t).text;
        for (const s of segmentSentences(clean)) expect(clean.slice(s.start, s.end)).toBe(s.text);
      }),
      runs,
    );
  });

  it('time expressions and actor mentions point into the text', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(null, '2024-11-30', '2024-06', '2024'), (t, ref) => {
        for (const x of findTimeExpressions(t, ref)) expect(t.slice(x.start, x.end)).toBe(x.text);
        for (const a of findActorMentions(t)) {
          expect(a.start).toBeGreaterThanOrEqual(0);
          expect(a.end).toBeLessThanOrEqual(t.length);
          expect(a.end).toBeGreaterThan(a.start);
        }
      }),
      runs,
    );
  }, 60_000);

  it('the whole pipeline builds a valid timeline whose mentions are verbatim sentences', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 3 }), (texts) => {
        const files = texts.map((t, i) => ({ id: `doc${i}.txt`, bytes: new TextEncoder().encode(t) }));
        const timeline = buildTimeline(files); // validates offsets against the schema too
        for (const e of timeline.events)
          for (const m of e.mentions) expect(timeline.documents.find((d) => d.id === m.doc)!.text.slice(m.start, m.end)).toBe(m.sentence);
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
