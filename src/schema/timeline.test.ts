import { describe, expect, it } from 'vitest';
import { parseTimeline } from './timeline';

const minimal = {
  schemaVersion: 1,
  documents: [{ id: 'a.txt', title: 'A', publisher: null, published: null, text: 'Kim met Putin in June.', citedSources: [] }],
  actors: [{ id: 'kim', name: 'Kim', kind: 'person', aliases: [] }],
  events: [
    {
      id: 'e1',
      date: { value: '2024-06', precision: 'month', basis: 'explicit', text: 'in June' },
      title: 'Kim meets Putin',
      actors: ['kim'],
      mentions: [{ doc: 'a.txt', sentence: 'Kim met Putin in June.', start: 0, end: 22, attribution: null }],
    },
  ],
  warnings: [],
};

describe('timeline contract', () => {
  it('accepts a file that follows the contract', () => {
    expect(parseTimeline(JSON.stringify(minimal)).ok).toBe(true);
  });
  it("keeps the collection's title when the file has one, and still reads a file without (all files before it)", () => {
    const titled = parseTimeline(JSON.stringify({ ...minimal, title: 'Korea and Russia, 2024' }));
    expect(titled.ok && titled.timeline.title).toBe('Korea and Russia, 2024');
    const old = parseTimeline(JSON.stringify(minimal));
    expect(old.ok && old.timeline.title).toBeUndefined();
    expect(parseTimeline(JSON.stringify({ ...minimal, title: 7 })).ok).toBe(false);
  });
  it('names malformed JSON', () => {
    const r = parseTimeline('{"schemaVersion": 1,');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/not valid JSON/);
  });
  it('names an unknown schemaVersion', () => {
    const r = parseTimeline(JSON.stringify({ ...minimal, schemaVersion: 9 }));
    if (r.ok) throw new Error('expected failure');
    expect(r.error).toMatch(/schemaVersion 9/);
  });
  it('names the field that fails validation', () => {
    const bad = structuredClone(minimal);
    (bad.events[0].date as { precision: string }).precision = 'week';
    const r = parseTimeline(JSON.stringify(bad));
    if (r.ok) throw new Error('expected failure');
    expect(r.error).toContain('events.0.date.precision');
  });
  it('rejects a mention whose offsets do not point at its sentence', () => {
    const bad = structuredClone(minimal);
    bad.events[0].mentions[0].start = 1;
    const r = parseTimeline(JSON.stringify(bad));
    if (r.ok) throw new Error('expected failure');
    expect(r.error).toContain('events.0.mentions.0.sentence');
  });
  it('checks a quote against its document as text.slice(start, end) would, offsets past the end included', () => {
    const text = minimal.documents[0].text;
    for (const [start, end, sentence, ok] of [
      [0, 22, text, true],
      [4, 9, 'met P', true],
      [17, 99, 'June.', true], // slice stops at the end of the text
      [9, 4, '', true], // end before start: an empty slice
      [4, 9, 'met p', false],
      [4, 10, 'met P', false],
    ] as const) {
      const file = structuredClone(minimal);
      Object.assign(file.events[0].mentions[0], { start, end, sentence });
      expect(parseTimeline(JSON.stringify(file)).ok, `${start}..${end} "${sentence}"`).toBe(ok);
    }
  });
});
