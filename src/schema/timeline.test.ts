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

  it('refuses an event date that is not on the calendar, "2024-13-45", saying which field and why', () => {
    const bad = structuredClone(minimal);
    Object.assign(bad.events[0].date, { value: '2024-13-45', precision: 'day' });
    const r = parseTimeline(JSON.stringify(bad));
    if (r.ok) throw new Error('expected failure');
    expect(r.error).toContain('events.0.date.value');
    expect(r.error).toContain('"2024-13-45" has month 13, and months run from 01 to 12');
  });
  it('knows the length of each month: 29 February only in a leap year, no 31 April', () => {
    const withDate = (value: string) => {
      const file = structuredClone(minimal);
      Object.assign(file.events[0].date, { value, precision: 'day' });
      return parseTimeline(JSON.stringify(file));
    };
    expect(withDate('2024-02-29').ok).toBe(true);
    expect(withDate('2000-02-29').ok).toBe(true);
    const r = withDate('2023-02-29');
    if (r.ok) throw new Error('expected failure');
    expect(r.error).toContain('February 2023 has 28 days');
    expect(withDate('1900-02-29').ok).toBe(false);
    expect(withDate('2024-04-31').ok).toBe(false);
    expect(withDate('2024-04-00').ok).toBe(false);
  });
  it('checks every date in the file: a publication date, a mention’s own date and a report that gives another date', () => {
    const cases: Array<[string, (f: typeof minimal) => void]> = [
      ['documents.0.published.value', (f) => Object.assign(f.documents[0], { published: { value: '2024-02-30', precision: 'day', basis: 'byline' } })],
      ['events.0.mentions.0.date.value', (f) => Object.assign(f.events[0].mentions[0], { date: { value: '2024-00', precision: 'month' } })],
      ['events.0.conflicts.0.value', (f) => Object.assign(f.events[0], { conflicts: [{ value: 'soon', precision: 'day', doc: 'a.txt', text: 'soon' }] })],
      ['events.0.conflicts.0.value', (f) => Object.assign(f.events[0], { conflicts: [{ value: '2024-06', precision: 'day', doc: 'a.txt', text: 'in June' }] })],
      ['events.0.date.value', (f) => Object.assign(f.events[0].date, { value: '2024-06', precision: 'year' })],
      [
        'events.0.conflicts.0.doc',
        (f) => Object.assign(f.events[0], { conflicts: [{ value: '2024-07', precision: 'month', doc: 'gone.txt', text: 'in July' }] }),
      ],
    ];
    for (const [field, spoil] of cases) {
      const file = structuredClone(minimal);
      spoil(file);
      const r = parseTimeline(JSON.stringify(file));
      if (r.ok) throw new Error(`expected ${field} to be refused`);
      expect(r.error).toContain(field);
    }
  });
  it('accepts the first years of the calendar as written: 0001, 0050-06-19', () => {
    const file = structuredClone(minimal);
    Object.assign(file.events[0].date, { value: '0050-06-19', precision: 'day' });
    expect(parseTimeline(JSON.stringify(file)).ok).toBe(true);
  });
  it('names a second event under an id already taken, and where the first one is', () => {
    const file = structuredClone(minimal);
    file.events.push(structuredClone(file.events[0]));
    const r = parseTimeline(JSON.stringify(file));
    if (r.ok) throw new Error('expected failure');
    expect(r.error).toContain('events.1.id: duplicate event id "e1" (events.0 has it too)');
  });
  it('names duplicate actor and document ids too', () => {
    const actors = structuredClone(minimal);
    actors.actors.push({ ...actors.actors[0], name: 'Kim Jong Un' });
    expect(parseTimeline(JSON.stringify(actors))).toMatchObject({ ok: false, error: expect.stringContaining('actors.1.id: duplicate actor id "kim"') });
    const docs = structuredClone(minimal);
    docs.documents.push({ ...docs.documents[0] });
    expect(parseTimeline(JSON.stringify(docs))).toMatchObject({ ok: false, error: expect.stringContaining('documents.1.id: duplicate document id "a.txt"') });
  });
});
