import { describe, expect, it } from 'vitest';
import { joinTexts, parseTexts, parseTimeline, takeTexts, type TimelineFile } from './timeline';

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
    (bad.events[0].date as { precision: string }).precision = 'fortnight';
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
  it('accepts a mention without `named`, and checks one with it against the document (the phrase that names its thing)', () => {
    const named = structuredClone(minimal);
    Object.assign(named.events[0].mentions[0], { named: { text: 'Putin', start: 8, end: 13 } });
    expect(parseTimeline(JSON.stringify(named)).ok).toBe(true);
    const wrong = structuredClone(named);
    Object.assign(wrong.events[0].mentions[0], { named: { text: 'Putin', start: 7, end: 12 } });
    const r = parseTimeline(JSON.stringify(wrong));
    if (r.ok) throw new Error('expected failure');
    expect(r.error).toContain('events.0.mentions.0.named');
    const empty = structuredClone(named);
    Object.assign(empty.events[0].mentions[0], { named: { text: '', start: 8, end: 8 } });
    expect(parseTimeline(JSON.stringify(empty)).ok).toBe(false);
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

  it('reads a week as the ISO day of its Monday, and refuses any other day of it or a shorter value', () => {
    const withWeek = (value: string) => {
      const file = structuredClone(minimal);
      Object.assign(file.events[0].date, { value, precision: 'week', text: 'last week' });
      return parseTimeline(JSON.stringify({ ...file, schemaVersion: 2 }));
    };
    const monday = withWeek('2010-06-07');
    expect(monday.ok && monday.timeline.events[0].date).toMatchObject({ value: '2010-06-07', precision: 'week' });
    // the week of 31 May 2010 runs into June: still its Monday
    expect(withWeek('2010-05-31').ok).toBe(true);
    const wednesday = withWeek('2010-06-09');
    if (wednesday.ok) throw new Error('expected failure');
    expect(wednesday.error).toContain('events.0.date.value');
    expect(wednesday.error).toContain('"2010-06-09" is a Wednesday, and a week is written as its Monday');
    const month = withWeek('2010-06');
    if (month.ok) throw new Error('expected failure');
    expect(month.error).toContain('value does not match its precision');
  });
  it('reads a week on a mention and in a conflict as it reads one on the event', () => {
    const file = structuredClone(minimal) as TimelineFile;
    Object.assign(file.events[0].mentions[0], { date: { value: '2010-06-07', precision: 'week' } });
    file.events[0].conflicts = [{ value: '2010-06-14', precision: 'week', doc: 'a.txt', text: 'last week' }];
    expect(parseTimeline(JSON.stringify(file)).ok).toBe(true);
    file.events[0].conflicts = [{ value: '2010-06-15', precision: 'week', doc: 'a.txt', text: 'last week' }];
    expect(parseTimeline(JSON.stringify(file)).ok).toBe(false);
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

/** A timeline in two parts, as the CLI writes it: the documents without their texts, and the texts file. */
function twoParts(file = minimal, id = 'sha256-abc') {
  const { texts: _, ...rest } = parseTimelineOk(JSON.stringify(file));
  const first = { ...rest, texts: { file: 'timeline.texts.json', id }, documents: rest.documents.map(({ text: _t, ...d }) => d) };
  const texts = { schemaVersion: 2, id, documents: file.documents.map((d) => ({ id: d.id, text: d.text })) };
  return { first, texts };
}

function parseTimelineOk(text: string): TimelineFile {
  const r = parseTimeline(text);
  if (!r.ok) throw new Error(r.error);
  return r.timeline;
}

describe('version 1 files', () => {
  it('are read as version 2, every text kept, as before', () => {
    const t = parseTimelineOk(JSON.stringify(minimal));
    expect(t.schemaVersion).toBe(2);
    expect(t.texts).toBeUndefined();
    expect(t.documents[0].text).toBe('Kim met Putin in June.');
    expect(t.events).toEqual(minimal.events);
  });
  it('are checked as strictly as before: a missing text is named', () => {
    const bad = structuredClone(minimal) as { documents: Array<{ text?: string }> };
    delete bad.documents[0].text;
    const r = parseTimeline(JSON.stringify(bad));
    if (r.ok) throw new Error('expected failure');
    expect(r.error).toContain('documents.0.text: is missing');
  });
  it('cannot send the app after a texts file: version 1 had none, so a `texts` in it is left out', () => {
    const t = parseTimelineOk(JSON.stringify({ ...minimal, texts: { file: 'elsewhere.json', id: 'x' } }));
    expect(t.texts).toBeUndefined();
    expect(t.documents[0].text).toBe('Kim met Putin in June.');
  });
});

describe('a timeline in two parts (version 2)', () => {
  it('reads the first part without any text, and the texts part against it', () => {
    const { first, texts } = twoParts();
    const t = parseTimelineOk(JSON.stringify(first));
    expect(t.texts).toEqual({ file: 'timeline.texts.json', id: 'sha256-abc' });
    expect(t.documents[0].text).toBeUndefined();
    const r = parseTexts(JSON.stringify(texts), t);
    if (!r.ok) throw new Error(r.error);
    expect(r.texts.get('a.txt')).toBe('Kim met Putin in June.');
    // joined again, it is the one-file timeline
    expect(joinTexts(t, r.texts)).toEqual({ ...minimal, schemaVersion: 2 });
  });
  it('keeps the texts in one place: a first part with texts in it, or a one-file timeline without, is refused', () => {
    const { first } = twoParts();
    const both = structuredClone(first) as { documents: Array<{ text?: string }> };
    both.documents[0].text = 'Kim met Putin in June.';
    expect(parseTimeline(JSON.stringify(both))).toMatchObject({
      ok: false,
      error: expect.stringContaining('documents.0.text: is here, but the texts are in timeline.texts.json'),
    });
    const { texts: _, ...neither } = first;
    expect(parseTimeline(JSON.stringify(neither))).toMatchObject({ ok: false, error: expect.stringContaining('documents.0.text: is missing') });
  });
  it('names its texts file only beside itself, never a path or another site', () => {
    for (const file of ['../secret.json', 'https://example.com/t.json', '/etc/passwd', 'texts.js']) {
      const { first } = twoParts();
      const r = parseTimeline(JSON.stringify({ ...first, texts: { file, id: 'x' } }));
      expect(r.ok, file).toBe(false);
    }
  });
  it('names a texts file of another build, and checks nothing else of it', () => {
    const { first, texts } = twoParts();
    const r = parseTexts(JSON.stringify({ ...texts, id: 'sha256-other' }), parseTimelineOk(JSON.stringify(first)));
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/timeline\.texts\.json belongs to another build of this timeline .*npm run extract/) });
  });
  it('names a document the texts file has no text for', () => {
    const { first, texts } = twoParts();
    const r = parseTexts(JSON.stringify({ ...texts, documents: [] }), parseTimelineOk(JSON.stringify(first)));
    expect(r).toMatchObject({ ok: false, error: expect.stringContaining('has no text for document "a.txt"') });
  });
  it('refuses texts whose words are not the quotes the events show, so a garbled quote is never highlighted', () => {
    const { first, texts } = twoParts();
    texts.documents[0].text = 'Kim met Biden in June.';
    const r = parseTexts(JSON.stringify(texts), parseTimelineOk(JSON.stringify(first)));
    expect(r).toMatchObject({ ok: false, error: expect.stringContaining('the text of "a.txt" does not hold the quote of event e1 at 0..22') });
  });
  it('names a texts file that is not JSON, or not of the texts shape', () => {
    const t = parseTimelineOk(JSON.stringify(twoParts().first));
    expect(parseTexts('{"schemaVersion": 2,', t)).toMatchObject({ ok: false, error: expect.stringContaining('timeline.texts.json is not valid JSON') });
    expect(parseTexts('{"schemaVersion": 2, "id": "sha256-abc", "documents": {}}', t)).toMatchObject({
      ok: false,
      error: expect.stringContaining('timeline.texts.json is invalid at documents'),
    });
  });
  it('a one-file timeline gives its texts up and takes them back unchanged', () => {
    const whole = parseTimelineOk(JSON.stringify(minimal));
    const { timeline, texts } = takeTexts(whole);
    expect(timeline.documents[0]).not.toHaveProperty('text');
    expect(JSON.stringify(joinTexts(timeline, texts))).toBe(JSON.stringify(whole));
  });
});
