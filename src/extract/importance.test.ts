import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../schema/timeline';
import { importanceOf, rateImportance, type ImportanceDocument } from './importance';
import { buildTimeline } from './pipeline';
import { findTimeExpressions } from './time';

/** A document as the pipeline hands it over: its time expressions read by the real tagger against its date. */
function doc(id: string, published: string | null, text: string, publisher: string | null = null): ImportanceDocument {
  const precision = published === null ? 'day' : published.length === 10 ? 'day' : published.length === 7 ? 'month' : 'year';
  return {
    id,
    text,
    publisher,
    published: published === null ? null : { value: published, precision },
    times: findTimeExpressions(text, published),
    timesReference: published,
    excluded: [],
  };
}

/** An event told by the first sentence of each of these documents. */
function event(id: string, value: string, docs: ImportanceDocument[]): EventRecord {
  const precision = value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year';
  return {
    id,
    date: { value, precision, basis: 'explicit', text: value },
    title: id,
    actors: [],
    mentions: docs.map((d) => {
      const end = d.text.indexOf('.') + 1;
      return { doc: d.id, sentence: d.text.slice(0, end), start: 0, end, attribution: null };
    }),
  };
}

const rated = (events: EventRecord[], docs: ImportanceDocument[]) => new Map(rateImportance(events, docs).map((e) => [e.id, e]));

describe('importance: how central an event is to the collection', () => {
  const blast = [
    doc('a.txt', '2010-04-21', 'The Deepwater Horizon rig exploded on Tuesday, killing 11 workers.', 'Reuters'),
    doc('b.txt', '2010-04-21', 'An explosion on Tuesday night sank the rig in the Gulf of Mexico.', 'BBC'),
    doc('c.txt', '2010-04-22', 'The rig exploded on April 20 and burned for two days.', 'BBC'),
  ];
  const drill = doc('d.txt', '2010-04-21', 'Crews held a safety drill on April 12, officials said.', 'Reuters');

  it('ranks a happening three reports tell from two publishers above one a single report tells', () => {
    const r = rated([event('blast', '2010-04-20', blast), event('drill', '2010-04-12', [drill])], [...blast, drill]);
    expect(r.get('blast')!.importanceWhy).toMatchObject({ documents: 3, publishers: 2 });
    expect(r.get('drill')!.importanceWhy).toMatchObject({ documents: 1, publishers: 1 });
    expect(r.get('blast')!.importance!).toBeGreaterThan(r.get('drill')!.importance!);
  });

  it('counts every document that refers to the day, not only the reports of the event', () => {
    const background = [
      doc('e.txt', '2010-05-03', 'Shares in BP fell sharply on Monday. The company has lost value every day since the April 20 blast.'),
      doc('f.txt', '2010-05-10', 'Engineers lowered a containment dome on Saturday. Oil has leaked since April 20.'),
    ];
    const r = rated([event('blast', '2010-04-20', blast)], [...blast, ...background]);
    expect(r.get('blast')!.importanceWhy!.dateDocuments).toBe(5);
  });

  it('counts the documents that recall the day a week or more after it', () => {
    const later = [
      doc('g.txt', '2010-04-26', 'Oil washed ashore on Monday, six days after the rig exploded on April 20.'),
      doc('h.txt', '2010-07-15', 'BP capped the well on Thursday, 86 days after the April 20 explosion.'),
    ];
    const r = rated([event('blast', '2010-04-20', blast)], [...blast, ...later]);
    // a, b and c were published within two days, g within six: only h recalls the day a week or more later.
    expect(r.get('blast')!.importanceWhy!.laterDocuments).toBe(1);
  });

  it('counts the articles published on the day and the two days after it as its burst', () => {
    const quiet = doc('q.txt', '2010-04-30', 'The coast guard said on Friday the slick had grown.');
    const r = rated([event('blast', '2010-04-20', blast), event('drill', '2010-04-12', [drill])], [...blast, drill, quiet]);
    expect(r.get('blast')!.importanceWhy!.burst).toBe(4); // a, b, d on the 21st and c on the 22nd
    expect(r.get('drill')!.importanceWhy!.burst).toBe(0);
  });

  it('gives no day burst to a month-dated event', () => {
    const june = [doc('j.txt', '2010-06-30', 'BP shares lost a third of their value in June.')];
    const r = rated([event('june', '2010-06', june)], june);
    expect(r.get('june')!.importanceWhy).toMatchObject({ burst: 0, dateDocuments: 1 });
  });

  it('counts the documents that name the week for a week-dated event, not those that name its Monday, and gives it no burst', () => {
    // 9 June 2010 is a Wednesday: "last week" is the week of Monday 31 May
    const week = [
      doc('w1.txt', '2010-06-09', 'Engineers fitted a cap on the well last week.', 'Reuters'),
      doc('w2.txt', '2010-06-08', 'Oil reached Florida last week, officials said.', 'BBC'),
      doc('w3.txt', '2010-06-02', 'BP shares fell on May 31, a Monday.', 'BBC'),
    ];
    const capped: EventRecord = {
      ...event('capped', '2010-05-31', [week[0]]),
      date: { value: '2010-05-31', precision: 'week', basis: 'relative', text: 'last week' },
    };
    const r = rated([capped], week);
    expect(r.get('capped')!.importanceWhy).toMatchObject({ documents: 1, dateDocuments: 2, burst: 0 });
    const asDay = rated([{ ...capped, date: { ...capped.date, precision: 'day' } }], week);
    expect(asDay.get('capped')!.importance!).toBeGreaterThan(r.get('capped')!.importance!);
  });

  it('marks a date long before the coverage as background and one after every article as after', () => {
    const docs = [
      doc('k.txt', '2010-05-02', 'The Exxon Valdez ran aground in Alaska in March 1989.'),
      doc('l.txt', '2010-05-03', 'A relief well should reach the leak by August 15, BP said.'),
      doc('o.txt', '2010-05-01', 'The rig exploded on April 20, killing 11 workers.'),
    ];
    const r = rated([event('valdez', '1989-03', [docs[0]]), event('relief', '2010-08-15', [docs[1]]), event('rig', '2010-04-20', [docs[2]])], docs);
    expect(r.get('valdez')!.importanceWhy!.period).toBe('background');
    expect(r.get('relief')!.importanceWhy!.period).toBe('after');
    // Eleven days before the first article is still the story: its first reports tell what happened just before them.
    expect(r.get('rig')!.importanceWhy!.period).toBe('story');
  });

  it('weighs background and after-the-fact dates at half the same evidence in the story period', () => {
    const why = { documents: 2, publishers: 1, dateDocuments: 5, laterDocuments: 1, burst: 3, period: 'story' as const };
    expect(importanceOf({ ...why, period: 'background' })).toBeCloseTo(importanceOf(why) / 2, 2);
    expect(importanceOf({ ...why, period: 'after' })).toBeCloseTo(importanceOf(why) / 2, 2);
  });

  it('ranks a day-dated event above a month-dated one that many reports place only "in April"', () => {
    const april = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6'].map((id) =>
      doc(`${id}.txt`, '2010-05-03', 'Rig workers raised safety concerns in April. Crews waited.'),
    );
    const sank = [
      doc('s.txt', '2010-04-23', 'The rig sank on April 22, a day after the fire was put out.'),
      doc('t.txt', '2010-04-23', 'The rig sank on Thursday.'),
    ];
    const r = rated([event('concerns', '2010-04', april), event('sank', '2010-04-22', sank)], [...april, ...sank]);
    // Six documents name April and report the month's event, two name the 22nd: counted alike, April would lead.
    expect(r.get('concerns')!.importanceWhy).toMatchObject({ documents: 6, dateDocuments: 6 });
    expect(r.get('sank')!.importanceWhy).toMatchObject({ documents: 2, dateDocuments: 2 });
    expect(r.get('sank')!.importance!).toBeGreaterThan(r.get('concerns')!.importance!);
    const why = { documents: 2, publishers: 1, dateDocuments: 5, laterDocuments: 1, burst: 0, period: 'story' as const };
    expect(importanceOf(why, 'month')).toBeCloseTo(importanceOf(why, 'day') / 2, 2);
  });

  it("discounts a day's date salience in the busy weeks of the coverage, and never boosts a quiet week's", () => {
    // Reuters on the oil spill: a fortnight of daily market reports in June, one article a month by December.
    const june = Array.from({ length: 12 }, (_, i) =>
      doc(`june${i}.txt`, i < 6 ? '2010-06-03' : '2010-06-04', 'Cameron International dropped 0.7 percent on June 3.', 'Reuters'),
    );
    const monthly = ['2010-07-15', '2010-08-15', '2010-09-15', '2010-10-15', '2010-11-15'].map((d) =>
      doc(`m${d}.txt`, d, 'Cleanup crews worked along the coast.', 'Reuters'),
    );
    const suit = doc('suit.txt', '2010-12-15', 'The Justice Department sued BP and eight other companies on December 15.', 'Reuters');
    const docs = [...june, ...monthly, suit];
    const r = rated([event('cameron', '2010-06-03', [june[0]]), event('suit', '2010-12-15', [suit])], docs);
    const cameron = r.get('cameron')!.importanceWhy!;
    // 18 articles over 196 days, 1.38 a fortnight on average; the fortnight around 3 June has 12 of them.
    expect(cameron).toMatchObject({ dateDocuments: 12, coverage: 8.71 });
    expect(r.get('cameron')!.importance).toBe(importanceOf(cameron));
    expect(importanceOf(cameron)).toBeLessThan(importanceOf({ ...cameron, coverage: undefined }));
    // The suit's fortnight has one article: below the mean, its one reference counts as one.
    const suitWhy = r.get('suit')!.importanceWhy!;
    expect(suitWhy.coverage).toBeLessThan(1);
    expect(importanceOf(suitWhy)).toBe(importanceOf({ ...suitWhy, coverage: undefined }));
  });

  it('weighs no coverage for a date outside the story period or coarser than a day', () => {
    const docs = [doc('k.txt', '2010-05-02', 'The Exxon Valdez ran aground in Alaska in March 1989. Oil reached the coast in May.')];
    const r = rated([event('valdez', '1989-03', docs), event('may', '2010-05', docs)], docs);
    expect(r.get('valdez')!.importanceWhy!.coverage).toBeUndefined();
    expect(r.get('may')!.importanceWhy!.coverage).toBeUndefined();
  });

  it('does not read a byline date as a reference to the day', () => {
    const text = 'By Jane Doe, April 21, 2010\nThe rig sank on April 22.';
    const bylined = doc('r.txt', '2010-04-22', text);
    const reporter = doc('t.txt', '2010-04-21', 'Fire crews fought the blaze on April 21.');
    const fire = [event('fire', '2010-04-21', [reporter])];
    expect(rateImportance(fire, [reporter, bylined])[0].importanceWhy!.dateDocuments).toBe(2);
    const excluded: Array<[number, number]> = [[0, text.indexOf('\n')]];
    expect(rateImportance(fire, [reporter, { ...bylined, excluded }])[0].importanceWhy!.dateDocuments).toBe(1);
  });

  it("reads an undated document's relative dates again once its date has been inferred", () => {
    const reporter = doc('v.txt', '2010-09-20', 'The well was sealed for good on September 19.');
    const undated = doc('u.txt', null, 'Engineers sealed the well on Sunday, officials said.');
    const inferred = { ...undated, published: { value: '2010-09-20', precision: 'day' as const } };
    const sealed = [event('sealed', '2010-09-19', [reporter])];
    expect(rateImportance(sealed, [reporter, undated])[0].importanceWhy!.dateDocuments).toBe(1);
    // Monday 20 September: 'on Sunday' is the 19th.
    expect(rateImportance(sealed, [reporter, inferred])[0].importanceWhy!.dateDocuments).toBe(2);
  });

  it('gives the same numbers for the same input, to three decimals', () => {
    const events = [event('blast', '2010-04-20', blast), event('drill', '2010-04-12', [drill])];
    const once = rateImportance(events, [...blast, drill]);
    expect(rateImportance(events, [drill, ...blast])).toEqual(once);
    for (const e of once) expect(Math.round(e.importance! * 1000) / 1000).toBe(e.importance);
  });
});

describe('importance on the seed articles', () => {
  const dir = join(__dirname, '../../data/documents');
  const timeline = buildTimeline(
    readdirSync(dir)
      .sort()
      .map((f) => ({ id: f, bytes: new Uint8Array(readFileSync(join(dir, f))) })),
  );

  it('puts the Kim–Belousov meeting that four articles report first, and every event carries its reasons', () => {
    const ranked = [...timeline.events].sort((a, b) => b.importance! - a.importance!);
    // (doc 000 spells him "Beloousov" and never "Belousov": its title keeps its own spelling.)
    expect(ranked[0].title).toMatch(/^Kim Jong Un met with .*Andrei Beloo?usov$/);
    expect(ranked[0].importanceWhy).toMatchObject({ documents: 4, period: 'story' });
    for (const e of timeline.events) expect(e.importanceWhy?.documents).toBe(new Set(e.mentions.map((m) => m.doc)).size);
  });

  it('files the 2018 inter-Korean military agreement as background to a story told in late 2024', () => {
    const agreement = timeline.events.find((e) => e.date.value === '2018');
    expect(agreement?.importanceWhy?.period).toBe('background');
  });
});
