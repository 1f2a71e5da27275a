/**
 * Filler days (src/story/filler.ts): summarize ranks the days the articles refer to without an event among the event
 * days, each scored as an event one article reports, and prints each in the articles' own words. Sentences from
 * Reuters' swine-flu reports of April 2009 (Timeline17), one to a document.
 */
import { describe, expect, it } from 'vitest';
import type { DocumentRecord, EventRecord } from '../schema/timeline';
import { fillerDays, importanceDocuments, namedOnlyInAdvance, readDaySentence, statesHappening, summarizeWithFiller } from './filler';
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

  it('fills no day that only articles published before its eve name: a deadline or a plan, never reported back', () => {
    // Reuters of 23 June 2010 names 4 July as a deadline; the Guardian of 25 July names the board meeting of the 26th
    // ("tomorrow"), which the Guardian of 27 July reports
    const ahead = new Map([
      ['p.md', 'House Speaker Nancy Pelosi had set a July 4 deadline for lawmakers to put together ideas on how to deal legislatively with the BP oil spill.'],
      ['q.md', 'A board meeting is scheduled for tomorrow, but a BP spokesman refused to comment on whether the succession issue was on the agenda.'],
      ['r.md', 'Tony Hayward will step down as chief executive, BP said today.'],
    ]);
    const dated = [document('p.md', '2010-06-23'), document('q.md', '2010-07-25'), document('r.md', '2010-07-27')];
    const days = fillerDays([], importanceDocuments(dated, ahead), { from: '2010-06-24' }).map((d) => d.date);
    expect(days).toContain('2010-07-26');
    expect(days).not.toContain('2010-07-04');
    expect(namedOnlyInAdvance('2010-07-04', [{ doc: importanceDocuments(dated, ahead)[0], start: 0, end: 0 }])).toBe(true);
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

/** readDaySentence on a sentence and its date phrase (the first occurrence of `date`). */
function read(sentence: string, date: string) {
  const at = sentence.indexOf(date);
  return readDaySentence(sentence, at, at + date.length).rules;
}

describe('the sentence a filler day prints tells what happened on the day (readDaySentence)', () => {
  it('reads a past clause that holds the date as telling the day', () => {
    // The Washington Post, 2 May 2010; Fox News, 27 April 2010
    expect(read("On Sunday, the third anniversary of his becoming BP's chief executive, Hayward began his day in Houma, La.", 'On Sunday')).toEqual([
      'filler-sentence:past-clause',
    ]);
    expect(
      read(
        'As crews struggled to contain the oil slick, Coast Guard officials said Tuesday they were considering setting fire to the contaminated water to burn off the crude.',
        'Tuesday',
      ),
    ).toEqual(['filler-sentence:past-clause']);
  });

  it('reads a scene-setting participle by the clause it hangs on, and a chronology line by its label', () => {
    expect(
      read(
        'Speaking on US television on Sunday, BP managing director Robert Dudley vowed the company would learn from its failed attempts and continue trying.',
        'on Sunday',
      ),
    ).toEqual(['filler-sentence:past-clause']);
    expect(read('5 May: BP successfully stops the flow of oil from the end of the drilling pipe - one of three leak points.', '5 May')).toEqual([
      'filler-sentence:chronology-line',
    ]);
  });

  it('reads a plan, a schedule, a modal and a due date as weak', () => {
    expect(read('Napolitano and Salazar will appear jointly on several of the Sunday morning news shows, the White House said.', 'Sunday')).toEqual([
      'filler-weak:date-in-noun-phrase',
      'filler-weak:future',
    ]);
    expect(
      read('A board meeting is scheduled for tomorrow, but a BP spokesman refused to comment on whether the succession issue was on the agenda.', 'tomorrow'),
    ).toEqual(['filler-weak:present-clause']);
    expect(
      read(
        'Mr Svanberg indicated that, with the ultimate cost of the spill so uncertain, a decision would be made closer to 27 July, when the next dividend payment is due to be declared.',
        '27 July',
      ),
    ).toEqual(['filler-weak:modal']);
    expect(read('The relief well is set to intercept the damaged well at the end of July.', 'the end of July')).toEqual(['filler-weak:nonfinite-clause']);
  });

  it('reads a call-out to readers, a question and a fact box as weak', () => {
    expect(read("That's why today we're calling for your ideas on how to stop the leak.", 'today')).toContain('filler-weak:reader-callout');
    expect(read('As the hearings wound up, some protesters started a chant: Hey hey, Lamar McKay, who many fish did you kill today?', 'today')).toContain(
      'filler-weak:question',
    );
    expect(
      read(
        'Clean-up costs so far: $990m (£674m) Estimated cost of sand barrier project $360m (£244m) BP scheduled to make a first-quarter dividend payment to shareholders on 21 June',
        'on 21 June',
      ),
    ).toContain('filler-weak:fact-box');
  });

  it("reads a date that modifies a noun, and a date far from its clause's verb, as weak", () => {
    // Fox News, 25 April 2010 (a Sunday); the BBC's listing run into the next sentence by the segmenter
    expect(
      read(
        'Frustrated fishermen had to keep their boats idle as another day of rough seas kept crews away from the slick, and President Barack Obama planned a Sunday trip to the Gulf Coast.',
        'Sunday',
      ),
    ).toContain('filler-weak:date-in-noun-phrase');
    expect(
      read(
        'BP - In Deep Water, BBC One, Monday, 21 June at 2030BST Then available in the UK via the link below Henry Waxman, a House of Representatives Democrat who is overseeing congressional investigations into the rig disaster, has accused BP of cutting corners.',
        'Monday, 21 June',
      ),
    ).toContain('filler-weak:date-far-from-verb');
  });

  it('prints a day with the sentence that tells it before an earlier plan, and names its rule', () => {
    const t = new Map([
      ['p.md', 'Napolitano and Salazar will appear jointly on several of the Sunday morning news shows, the White House said.'],
      ['q.md', 'On Sunday, Hayward began his day in Houma, La.'],
    ]);
    const ds = [document('p.md', '2010-05-01'), document('q.md', '2010-05-03')];
    const [day] = summarizeWithFiller([], () => importanceDocuments(ds, t), { dates: 1 });
    expect([day.date, day.sentences, day.sentenceRules]).toEqual([
      '2010-05-02',
      ['On Sunday, Hayward began his day in Houma, La.'],
      ['filler-sentence:past-clause'],
    ]);
  });
});
