import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainTimeExpressions } from './time';
import { buildTimeline, explainDate, humanDate, MAX_DOCUMENT_CHARS, type SourceFile } from './pipeline';
import { serializeTimeline } from './write';

const seedsDir = join(__dirname, '../../data/documents');
const seeds: SourceFile[] = readdirSync(seedsDir)
  .sort()
  .map((f) => ({ id: f, bytes: new Uint8Array(readFileSync(join(seedsDir, f))) }));
const text = (s: string) => new TextEncoder().encode(s);

describe('the build step on the seed articles', () => {
  const timeline = buildTimeline(seeds);
  const event = (pred: (title: string) => boolean) => timeline.events.find((e) => pred(e.title));

  it('gives byte-identical output for the same documents, in any order', () => {
    const again = serializeTimeline(buildTimeline(seeds));
    const reversed = serializeTimeline(buildTimeline([...seeds].reverse()));
    expect(again).toBe(serializeTimeline(timeline));
    expect(reversed).toBe(again);
  });

  it('reports the Kim–Belousov meeting once, from every article that tells of it', () => {
    const meetings = timeline.events.filter((e) => e.actors.includes('kim-jong-un') && e.actors.includes('andrei-belousov') && e.date.value === '2024-11-29');
    expect(meetings).toHaveLength(1);
    const docs = new Set(meetings[0].mentions.map((m) => m.doc));
    expect(docs.size).toBeGreaterThanOrEqual(3);
  });

  it("dates the article whose meeting happened 'on Friday' from the reports that date that meeting", () => {
    const doc = timeline.documents.find((d) => d.id.startsWith('004'))!;
    expect(doc.published).toMatchObject({ value: '2024-11-29', basis: 'inferred' });
    const friday = timeline.events.flatMap((e) => e.mentions.map((m) => ({ e, m }))).find(({ m }) => m.doc === doc.id && m.dateText === 'on Friday');
    expect(friday?.e.date.value).toBe('2024-11-29');
  });

  it('never takes a publication date from page chrome that belongs to other stories', () => {
    const doc = timeline.documents.find((d) => d.id.startsWith('002'))!;
    expect(doc.published).toMatchObject({ value: '2024-11-30', basis: 'byline' });
    expect(doc.text).not.toContain('Brent fire deaths');
  });

  it('keeps every mention pointing at its verbatim sentence', () => {
    for (const e of timeline.events)
      for (const m of e.mentions) expect(timeline.documents.find((d) => d.id === m.doc)!.text.slice(m.start, m.end)).toBe(m.sentence);
  });

  it('lists only actors that appear on events, with one actor per person', () => {
    const used = new Set(timeline.events.flatMap((e) => e.actors));
    expect(timeline.actors.every((a) => used.has(a.id))).toBe(true);
    expect(timeline.actors.filter((a) => /belo+usov/i.test(a.name))).toHaveLength(1);
  });

  it("explains how a relative date was resolved ('Earlier this month' in an article dated from other reports)", () => {
    const biden = event((t) => t.includes('Joe Biden'));
    expect(biden?.date).toMatchObject({ value: '2024-11', precision: 'month', basis: 'inferred' });
    expect(biden?.date.explanation).toMatch(/Earlier this month/);
  });
});

describe('the explanation of a date', () => {
  it("names a day log's entry day, which its weekday counts from (Fox News of 4 August 2010, eleven entries down)", () => {
    const saturday = explainTimeExpressions(
      Array.from({ length: 13 }, (_, k) =>
        k === 11
          ? 'In the Gulf: Officials ordered technicians to suspend work on Saturday.\nAt the White House: He met governors.'
          : `In the Gulf: Crews ${k === 10 ? 'were back Sunday' : k === 12 ? 'stood fast Friday' : k === 6 ? 'waited Thursday' : 'worked'}.\nAt the White House: He met governors.`,
      ).join('\n'),
      '2010-08-04',
    ).expressions.find((e) => e.text === 'on Saturday')!;
    expect(saturday.value).toBe('2010-07-24');
    expect(explainDate(saturday, { published: { value: '2010-08-04', precision: 'day', basis: 'byline' } })).toBe(
      "'on Saturday', in the page's daily entry of 24 Jul 2010, article published 4 Aug 2010",
    );
  });

  it('says an opening present perfect is dated as the news of its article, never with an empty quote (date:lede-present-perfect)', () => {
    const lede = { text: '', start: 0, end: 0, value: '2010-09-08', precision: 'day' as const, basis: 'relative' as const, rules: ['lede:publication-day'] };
    const published = { published: { value: '2010-09-08', precision: 'day' as const, basis: 'byline' as const } };
    expect(explainDate(lede, published)).toBe("news told in the present perfect at the article's opening, article published 8 Sep 2010");
    expect(explainDate({ ...lede, countedFrom: 'yesterday' }, published)).toBe(
      "news told in the present perfect at the article's opening, of the day its first lines name, 'yesterday'",
    );
  });
});

describe('the explanation of a date read off another line, or of a night', () => {
  const published = (value: string) => ({ published: { value, precision: 'day' as const, basis: 'byline' as const } });

  it('quotes the first lines a headline in the present is dated by (date:headline-of-lede-day)', () => {
    // (The Guardian of 22 May 2009, "Mexico City lowers swine flu alert"; the judges saw only the headline and found
    // "nothing in it supports 21 May".)
    const headline = {
      text: '',
      start: 0,
      end: 0,
      value: '2009-05-21',
      precision: 'day' as const,
      basis: 'relative' as const,
      countedFrom: 'last night',
      countedFromLine: '...lowered its swine flu alert level from yellow to green late last night as the mayor,...',
      rules: ['headline:lede-day'],
    };
    expect(explainDate(headline, published('2009-05-22'))).toBe(
      'a headline in the present, of the day its first lines name: "...lowered its swine flu alert level from yellow to green late last night as the mayor,..." in the report of 22 May 2009, so 21 May 2009',
    );
  });

  it('names the night "overnight" means, both its days, and the day it is dated by (deictic:overnight)', () => {
    // ("Japan's Mitsui ... said overnight that it has received a bill for $480m from BP", the Guardian of 3 August 2010;
    // the judges: "'overnight' before a 3 Aug article spans 2-3 Aug; the day 2 Aug is not supported".)
    const overnight = explainTimeExpressions("Japan's Mitsui said overnight that it has received a bill for $480m from BP.", '2010-08-03').expressions.find(
      (e) => e.text === 'overnight',
    )!;
    expect(overnight.value).toBe('2010-08-02');
    expect(explainDate(overnight, published('2010-08-03'))).toBe(
      "'overnight', the night of 2-3 Aug 2010 before the report of 3 Aug 2010, dated by the day it began",
    );
    const newYear = explainTimeExpressions('Iraq said its troops repelled an overnight attack.', '2010-01-01').expressions.find((e) => e.text === 'overnight')!;
    expect(explainDate(newYear, published('2010-01-01'))).toBe(
      "'overnight', the night of 31 Dec 2009-1 Jan 2010 before the report of 1 Jan 2010, dated by the day it began",
    );
  });
});

describe('the build step on bad input', () => {
  it('skips empty and binary files with a specific warning and still builds the rest', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const t = buildTimeline([{ id: 'empty.txt', bytes: new Uint8Array() }, { id: 'image.txt', bytes: png }, seeds[0]]);
    expect(t.documents.map((d) => d.id)).toEqual([seeds[0].id]);
    expect(t.warnings.map((w) => [w.doc, w.code])).toEqual([
      ['empty.txt', 'empty'],
      ['image.txt', 'binary'],
    ]);
  });

  it('leaves a document with no date and nothing to date it from undated, never dated to today', () => {
    const t = buildTimeline([{ id: 'nodate.txt', bytes: text('Officials met on Friday to discuss the plan.\nThey will meet again next week.') }]);
    expect(t.documents[0].published).toBeNull();
    expect(t.events).toHaveLength(0);
    expect(t.warnings.some((w) => w.code === 'undated')).toBe(true);
  });

  it('reads only the first part of a huge file, and says so', () => {
    const huge = 'Plain filler text without any dates at all.\n'.repeat(15_000);
    const t = buildTimeline([{ id: 'huge.txt', bytes: text(huge) }]);
    expect(t.documents[0].text.length).toBeLessThanOrEqual(MAX_DOCUMENT_CHARS);
    expect(t.warnings.find((w) => w.code === 'truncated')?.message).toMatch(/million characters/);
  }, 60_000);

  it('writes dates the way readers do', () => {
    expect(humanDate('2024-11-30')).toBe('30 Nov 2024');
    expect(humanDate('2024-06')).toBe('Jun 2024');
    expect(humanDate('2018')).toBe('2018');
  });
});

describe('dating an undated report from a dated one', () => {
  it("dates 'announced on Wednesday' from the other report of that Wednesday when two actors are shared", () => {
    const dated =
      'Ceasefire agreed\nDOHA, Jan 15 (Reuters) - Israel and Hamas have agreed to a ceasefire in Gaza, Qatar said on Wednesday, January 15, 2025.\n';
    // (The announcement is a clause of its own: a participle between commas with no agent, "The ceasefire ..., announced
    // in Doha on Wednesday,", is a verbless report and no event.)
    const undated =
      'Gaza truce reached\nQatar announced the ceasefire between Israel and Hamas in Doha on Wednesday. It will begin on Sunday, officials said.\n';
    const t = buildTimeline([
      { id: 'a.txt', bytes: text(dated) },
      { id: 'b.txt', bytes: text(undated) },
    ]);
    expect(t.documents.find((d) => d.id === 'b.txt')!.published).toMatchObject({ value: '2025-01-15', basis: 'inferred' });
    // The announcement is that Wednesday's; "will begin on Sunday" is a plan, no happening.
    const announced = t.events.find((e) => e.mentions.some((m) => m.doc === 'b.txt' && m.dateText === 'on Wednesday'));
    expect(announced?.date.value).toBe('2025-01-15');
    expect(t.events.some((e) => e.mentions.some((m) => m.dateText === 'on Sunday'))).toBe(false);
  });
});

describe('a surname alone, named in full by another report', () => {
  const build = (docs: Record<string, string>) => buildTimeline(Object.entries(docs).map(([id, t]) => ({ id, bytes: text(t) })));
  it("joins 'Trump, who won the election on November 5' to the Donald Trump of another article", () => {
    const t = build({
      'a.txt': 'Gaza truce\nPublished: January 15, 2025\nTrump, who won the election on November 5, had warned there would be consequences.\n',
      'b.txt':
        'Truce reached\nPublished: January 16, 2025\nPresident-elect Donald Trump met his advisers on January 14, 2025 at his estate in Florida to discuss the deal.\n',
    });
    const office = t.events.find((e) => e.date.value === '2024-11-05')!;
    expect(office.actors).toEqual(['donald-trump']);
    expect(t.actors.find((a) => a.id === 'donald-trump')?.name).toBe('Donald Trump');
  });
  it('drops it when no report names such a person, and never makes an actor of a sentence start', () => {
    const t = build({
      'a.txt':
        'Gaza truce\nPublished: January 15, 2025\nTrump, who won the election on November 5, had warned there would be consequences. Shares of the company rose sharply on January 14.\n',
    });
    expect(t.events.length).toBeGreaterThan(0);
    expect(t.actors).toEqual([]);
  });
});

describe('merging the reports of a story', () => {
  it('keeps a day\'s share fall apart from the reports of a leak that began that month ("began" is no business happening)', () => {
    const files: SourceFile[] = [
      {
        id: 'a.txt',
        bytes: text(
          'Published: April 29, 2010\nShares in London-based Acme Oil Plc fell 7 percent on Thursday after a leaking well in the Gulf of Mexico spread.',
        ),
      },
      {
        id: 'b.txt',
        bytes: text(
          'Published: May 20, 2010\nCompensation is a heated issue after the leak that began in April when an Acme Oil rig in the Gulf of Mexico exploded and sank.',
        ),
      },
      {
        id: 'c.txt',
        bytes: text(
          'Published: May 21, 2010\nSoon after the Acme Oil well began spewing oil into the Gulf of Mexico in April, the company said it would pay all claims.',
        ),
      },
    ];
    const timeline = buildTimeline(files);
    const fall = timeline.events.find((e) => e.title.includes('fell 7 percent'));
    expect(fall?.mentions.map((m) => m.doc)).toEqual(['a.txt']);
  });
});

describe('a pronoun the build names as explain does', () => {
  // The Guardian, 20 July 2010: three "he"s after the sentence that names Thad Allen, the last one two sentences past
  // a sentence that names no one.
  const ALLEN =
    'Published: July 20, 2010\nThad Allen, the official appointed by Barack Obama to lead the government\'s response to the disaster, said leaks detected over the weekend did not threaten the well. He said the seepage of gas from the seabed probably had nothing to do with the well. Oil and gas are known to ooze naturally from fissures in the bottom of the Gulf of Mexico. Speaking at a news conference last night, he said: "The small seepages we\'re seeing do not indicate at this point a threat to the well bore." Yesterday he gave BP another 24 hours to keep the containment cap on the ruptured well closed, during a terse exchange of words between the company and the government over the handling of the crisis.';

  it('follows a chain of "he" back to the one person who opened it (pronoun:chain-to-one-person)', () => {
    const t = buildTimeline([{ id: 'allen.txt', bytes: text(ALLEN) }]);
    const gave = t.events.find((e) => e.title.includes('another 24 hours'));
    expect(gave?.title).toBe('Thad Allen gave BP another 24 hours');
    expect(gave?.date.value).toBe('2010-07-19');
    expect(gave?.mentions[0].rules).toContain('pronoun:chain-to-one-person');
    expect(gave?.actors.map((id) => t.actors.find((a) => a.id === id)?.name)).toContain('Thad Allen');
  });
});
