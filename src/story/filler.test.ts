/**
 * Filler days (src/story/filler.ts): summarize ranks the days the articles refer to without an event among the event
 * days, each scored as an event one article reports, and prints each in the articles' own words. Sentences from
 * Reuters' swine-flu reports of April 2009 (Timeline17), one to a document.
 */
import { describe, expect, it } from 'vitest';
import type { DocumentRecord, EventRecord } from '../schema/timeline';
import { importanceDocuments, statesHappening, summarizeWithFiller } from './filler';
import { summarizeTimeline } from './rank';

function document(id: string, published: string): DocumentRecord {
  return { id, title: id, publisher: 'Reuters', published: { value: published, precision: 'day', basis: 'metadata', text: published } } as DocumentRecord;
}

const texts = new Map([
  ['a.md', 'Mexico canceled classes for millions of children in its sprawling capital city on Friday.'],
  ['b.md', 'The World Health Organization warned on Saturday that the new flu could start a global epidemic.'],
  ['c.md', 'Health officials met on Saturday. The WHO raised its alert level on April 27.'],
  ['d.md', 'Scientists recalled the Spanish flu of 1918. The flu outbreak was confirmed on April 27.'],
  ['e.md', 'Health ministers of the European Union are due to meet on Monday.'],
  ['f.md', 'Talks are due on May 20.'],
]);
const documents = [
  document('a.md', '2009-04-24'),
  document('b.md', '2009-04-25'),
  document('c.md', '2009-04-28'),
  document('d.md', '2009-04-28'),
  document('e.md', '2009-04-26'),
  document('f.md', '2009-04-28'),
];
const docs = () => importanceDocuments(documents, texts);

const closed: EventRecord = {
  id: 'closed',
  date: { value: '2009-04-24', precision: 'day', basis: 'explicit', text: 'on Friday' },
  title: 'Mexico canceled classes for millions of children',
  actors: [],
  importance: 3,
  mentions: [{ doc: 'a.md', sentence: texts.get('a.md') as string, start: 0, end: 88, attribution: null, dateText: 'on Friday' }],
};

describe('summarize with filler days', () => {
  it('fills the dates the event days leave with the days most referred to, each with a sentence that refers to it', () => {
    const summary = summarizeWithFiller([closed], docs, { dates: 3 });
    expect(summary.map((d) => [d.date, d.filler, d.rule])).toEqual([
      ['2009-04-24', false, 'summary:key-event-day'],
      ['2009-04-25', true, 'summary:filler-referred-day'],
      ['2009-04-27', true, 'summary:filler-referred-day'],
    ]);
    // of the two sentences that name 25 April, the earliest report; every sentence verbatim
    expect(summary[1].sentences).toEqual(['The World Health Organization warned on Saturday that the new flu could start a global epidemic.']);
    for (const d of summary) for (const s of d.sentences) expect([...texts.values()].some((t) => t.includes(s))).toBe(true);
  });

  it('prefers a sentence that tells what happened that day to an earlier one that only names it', () => {
    const april27 = summarizeWithFiller([closed], docs, { dates: 3 }).find((d) => d.date === '2009-04-27');
    expect(april27?.sentences).toEqual(['The WHO raised its alert level on April 27.']);
  });

  it('ranks a referred day among the event days: one the articles name more than an event day is weighed takes its place', () => {
    // 27 April: two documents name it, and as a day one of them reports it weighs more than an event hand-rated 3
    const summary = summarizeWithFiller([closed], docs, { dates: 1 });
    expect(summary.map((d) => [d.date, d.filler, d.rule])).toEqual([['2009-04-27', true, 'summary:filler-referred-day']]);
  });

  it('keeps an event day that weighs more, with its event’s sentence, as the app ranks it', () => {
    const key = { ...closed, importance: 20 };
    expect(summarizeWithFiller([key], docs, { dates: 1 }).map((d) => [d.date, d.sentences])).toEqual(summarizeTimeline([key], { dates: 1 }));
  });

  it('gives the key dates alone when the texts are not there, as the app ranks them', () => {
    expect(summarizeWithFiller([closed], null, { dates: 5 }).map((d) => d.date)).toEqual(['2009-04-24']);
  });

  it('fills no date outside the collection’s period: not the background, nor a day after every article', () => {
    const summary = summarizeWithFiller([closed], docs, { dates: 10 });
    expect(summary.map((d) => d.date)).toEqual(['2009-04-24', '2009-04-25', '2009-04-27']);
    expect(summarizeWithFiller([closed], docs, { dates: 4, from: '2009-05-01' })).toEqual([]);
  });
});

describe('filler days: which references count', () => {
  it('fills nothing when no document has a publication date: without a period, a background day could fill a date', () => {
    const undated = [{ id: 'g.md', title: 'g.md', publisher: 'Reuters' } as DocumentRecord];
    const ixtoc = new Map([['g.md', 'The Ixtoc I well blew out in the Bay of Campeche on June 3, 1979.']]);
    expect(summarizeWithFiller([closed], () => importanceDocuments(undated, ixtoc), { dates: 3 }).map((d) => d.date)).toEqual(['2009-04-24']);
  });

  it('takes a later sentence of a document that tells of the day, and never a date phrase alone', () => {
    const later = new Map([
      ['a.md', texts.get('a.md') as string],
      ['h.md', 'Talks are due on April 27. The WHO raised its alert level on April 27.'],
      ['i.md', 'Health ministers will meet on Monday, April\n\n27 in Luxembourg.'],
    ]);
    const summary = summarizeWithFiller(
      [closed],
      () => importanceDocuments([documents[0], document('h.md', '2009-04-28'), document('i.md', '2009-04-25')], later),
      {
        dates: 3,
        sentences: 3,
      },
    );
    const april27 = summary.find((d) => d.date === '2009-04-27');
    expect(april27?.sentences[0]).toBe('The WHO raised its alert level on April 27.');
    for (const d of summary) for (const s of d.sentences) expect([...later.values()].some((t) => t.includes(s) && s.length > 20)).toBe(true);
  });

  it('counts no date the extractor sets aside as dating no happening: "as of", "until"', () => {
    const bounds = new Map([
      ['a.md', texts.get('a.md') as string],
      ['j.md', 'Mexico had reported 20 deaths as of April 26.'],
      ['k.md', 'Schools will stay shut until April 27.'],
    ]);
    const summary = summarizeWithFiller(
      [closed],
      () => importanceDocuments([documents[0], document('j.md', '2009-04-28'), document('k.md', '2009-04-28')], bounds),
      { dates: 3 },
    );
    expect(summary.map((d) => d.date)).toEqual(['2009-04-24']);
  });
});

describe('statesHappening', () => {
  it('reads a past or present-perfect finite verb as a happening, a plan or a date line as a bare mention', () => {
    expect(statesHappening('The WHO raised its alert level on April 27.')).toBe(true);
    expect(statesHappening('A new flu has killed up to 68 people in Mexico.')).toBe(true);
    expect(statesHappening('Talks are due on May 20.')).toBe(false);
    expect(statesHappening('The meeting could be held on May 20.')).toBe(false);
  });
});
