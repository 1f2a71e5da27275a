import { describe, expect, it } from 'vitest';
import { findActorMentions } from './actors';
import { canonicalizeActors } from './canonical';
import { type DroppedMention, extractEventMentions, type DraftMention, type ResolvedActor } from './events';
import { eventCandidates } from './events/candidates';
import { analyseText } from './nlp/analyse';
import { segmentSentences } from './segment';
import { findTimeExpressions } from './time';

/** Runs the stages before events on one article, published on `published`. */
function events(text: string, published = '2024-12-01', dropped?: DroppedMention[]): DraftMention[] {
  const mentions = findActorMentions(text);
  const index = canonicalizeActors([{ doc: 'a.txt', mentions }]);
  const byId = new Map(index.actors.map((a) => [a.id, a]));
  const actors: ResolvedActor[] = mentions.flatMap((m) => {
    const id = index.resolve('a.txt', m.key);
    return id ? [{ id, name: byId.get(id)!.name, kind: byId.get(id)!.kind, start: m.start, end: m.end }] : [];
  });
  const sentences = segmentSentences(text);
  const times = findTimeExpressions(text, published);
  const { candidates, rejected } = eventCandidates(analyseText(text, sentences), [], times);
  for (const r of rejected) dropped?.push(r);
  return extractEventMentions({ doc: 'a.txt', text, sentences, times, actors, excluded: [], candidates, published }, dropped);
}

const dated = (ms: DraftMention[]) => ms.filter((m) => m.time).map((m) => ({ date: m.time!.value, title: m.title }));

/** Why each clause of the text made no event: "verb:rule". */
function whyNot(text: string, published = '2024-12-01'): string[] {
  const dropped: DroppedMention[] = [];
  events(text, published, dropped);
  return dropped.map((d) => `${d.verb}:${d.rule}`);
}

describe('extractEventMentions: an event is one happening clause', () => {
  it('makes "met ... on Friday" an event dated from the article, titled from its clause, with its people', () => {
    const [m] = events('North Korean leader Kim Jong Un met Russian Defense Minister Andrei Belousov on Friday in Pyongyang to discuss military cooperation.');
    expect(m.time?.value).toBe('2024-11-29');
    expect(m.title).toBe('North Korean leader Kim Jong Un met Russian Defense Minister Andrei Belousov');
    expect(m.actors).toEqual(['kim-jong-un', 'andrei-belousov']);
    expect(m.rules).toEqual(['clause-happening', 'past', 'clause:main', 'subject:own', 'title:subject-verb-object', 'date:in-clause']);
  });

  it('makes no "Obama vowed" of a verb whose news is the clause after it, and keeps the verb with its object', () => {
    const text =
      'Speaking on television on Sunday, managing director Robert Dudley vowed the company would learn from its failed attempts. ' +
      'Early on Friday, BP began trying to insert a tube into the damaged pipe. BP on Friday began drilling a relief well.';
    const titles = dated(events(text, '2010-05-31')).map((e) => e.title);
    expect(titles.filter((t) => /(?:vowed|began)$/.test(t))).toEqual([]);
    expect(whyNot(text, '2010-05-31')).toContain('began:content-in-clause-after-verb');
  });

  it('never takes a subject from another clause: the bridge collapsed, not Biden', () => {
    const text = 'President Joe Biden on Friday flew over the wreckage of the Francis Scott Key Bridge, which collapsed into the Patapsco River on March 26.';
    const byDate = new Map(dated(events(text, '2024-04-05')).map((e) => [e.date, e.title]));
    expect(byDate.get('2024-03-26')).toBe('The Francis Scott Key Bridge collapsed into the Patapsco River');
    expect(byDate.get('2024-04-05')).toBe('President Joe Biden flew over the wreckage');
  });

  it('never makes the agent of a participle the subject: "the rig, leased by BP, exploded" is not "BP exploded"', () => {
    const text = 'The crude has been flowing since the offshore drilling rig Deepwater Horizon, leased by BP, exploded off the coast of Louisiana on April 20.';
    expect(events(text, '2010-06-01').filter((m) => m.title.startsWith('BP'))).toEqual([]);
    expect(whyNot(text, '2010-06-01')).toEqual(expect.arrayContaining(['flowing:ongoing', 'exploded:subject-in-phrase']));
  });

  it('gives each clause its own date: the spill began on 20 April, the rig sank two days later', () => {
    const text =
      'The spill began on 20 April, when the Deepwater Horizon oil rig, leased by BP from Swiss drilling giant Transocean, exploded into flames and sank two days later, killing 11 workers.';
    expect(dated(events(text, '2010-05-14'))).toEqual([
      { date: '2010-04-20', title: 'The spill began' },
      { date: '2010-04-22', title: 'The Deepwater Horizon oil rig sank' },
    ]);
  });

  it('takes no event from a negated, quoted, future or saying clause, and says which rule set it aside', () => {
    expect(whyNot('BP did not cap the well on Monday.')).toContain('cap:negated');
    expect(whyNot('"We capped the well on Monday," Thad Allen said.')).toEqual(['capped:quoted', 'said:saying-verb']);
    expect(whyNot('The phone will go on sale in the United States on June 24.', '2010-06-08')).toContain('go:future');
    expect(whyNot('Analysts said a new treaty could be signed in March.', '2010-06-08')).toContain('signed:modal');
  });

  it('does not make commentary an event: "The significance of this visit cannot be overstated"', () => {
    expect(events('The significance of this visit on Friday cannot be overstated, experts say, for the future of the region.')).toEqual([]);
  });

  it('does not make a hypothetical an event: "could be signed next year", "is expected to arrive in June"', () => {
    const text =
      'Analysts said a new treaty could be signed in March, and Russian troops are expected to arrive in June. Apple announced that Mac OS X Leopard would be released in 2007.';
    expect(dated(events(text, '2005-06-06'))).toEqual([]);
  });

  it('takes no event from "are set to discuss ... next week", "is due to take place" or "did not comment on Friday\'s strike"', () => {
    const text =
      "Leaders are set to discuss the plan again at the EU summit next week. The next Weimar Triangle summit is due to take place in Poland later this year, Tusk's office said. Moscow did not comment on Friday's strike.";
    expect(dated(events(text, '2024-03-16'))).toEqual([]);
  });
});

describe('extractEventMentions: dates', () => {
  const strike =
    'Dockworkers agreed Thursday night to suspend their strike until January 15. The walkout, the first by the union since 1977, began at 12:01 a.m. on Tuesday, October 1.';

  it('does not date a happening by the end of a span ("until January 15") nor by a record\'s baseline ("since 1977")', () => {
    expect(dated(events(strike, '2024-10-04'))).toEqual([
      { date: '2024-10-03', title: 'Dockworkers agreed to suspend their strike' },
      { date: '2024-10-01', title: 'The walkout began at 12:01 a.m.' },
    ]);
  });

  it('dates a happening after a dateline from the clause, and titles it without the dateline', () => {
    const [m] = events(
      'KYIV, Ukraine (AP) — Russian ballistic missiles slammed into the Black Sea port city of Odesa on Friday, killing 20 people.',
      '2024-03-16',
    );
    expect(m.time?.value).toBe('2024-03-15');
    expect(m.title).toBe('Russian ballistic missiles slammed into the Black Sea port city');
  });

  it('reads a timeline entry told in the present: "February 2024: The army recaptures parts of Omdurman"', () => {
    const [m] = events('February 2024: The army recaptures parts of Omdurman.', '2024-04-15');
    expect(m.title).toBe('The army recaptures parts of Omdurman');
    expect(m.rules).toContain('timeline-present');
  });

  it('drops a date after the article appeared: a past-tense clause cannot tell of it', () => {
    expect(whyNot('Shares of the company rose sharply on January 16.', '2025-01-15')).toContain('rose:date:after-publication');
  });

  it('dates a happening noun by the date right after it: "after a meeting with ... on Friday"', () => {
    const [m] = events('Kim’s comments came after a meeting with Russian Defence Minister Andrei Belousov on Friday.', '2024-11-30');
    expect(m.title).toBe('Meeting with Andrei Belousov');
    expect(m.time?.value).toBe('2024-11-29');
    expect(m.rules).toEqual(['nominal-happening', 'clause:main', 'title:noun-and-participants', 'date:after-happening-noun']);
  });

  it('dates a present-perfect report by the day it was reported: "have agreed ..., Qatar said on Wednesday"', () => {
    const [m] = events('Israel and Hamas have agreed to a ceasefire in Gaza, Qatar said on Wednesday, January 15, 2025.', '2025-01-15');
    expect(m.title).toBe('Israel and Hamas have agreed to a ceasefire');
    expect(m.rules).toContain('date:of-report-for-present-perfect');
  });
});

describe('extractEventMentions: titles are words of the clause, in order', () => {
  it('never breaks a word: "In December, international food prices ..."', () => {
    const [m] = events('In December, international food prices broke an all-time high.', '2011-01-10');
    expect(m.title).toBe('International food prices broke an all-time high');
  });

  it('writes the canonical name for a variant in the title: "Kim Jong-un" → "Kim Jong Un" when the article also spells it so', () => {
    const text =
      'North Korean leader Kim Jong Un received the delegation on Thursday. Kim Jong-un met Andrei Belousov on Friday in Pyongyang, state media reported.';
    const titles = events(text).map((m) => m.title);
    expect(titles.some((t) => t.startsWith('Kim Jong Un met Andrei Belousov'))).toBe(true);
  });

  it('reads "He" as the one person just named, and leaves it when two were', () => {
    const text =
      'Steve Jobs was born in San Francisco on February 24, 1955, and was adopted soon after birth by a local family. He started the company in 1976 with a friend.';
    const m = events(text, '2011-10-06').find((x) => x.time?.value === '1976');
    expect(m?.title).toBe('Steve Jobs started the company');
    expect(m?.rules).toContain('pronoun:only-person-before');
    expect(whyNot('President Barack Obama met Tony Hayward at the White House. He gave BP another 24 hours on Monday.', '2010-06-16')).toContain(
      'gave:pronoun:unresolved',
    );
  });

  it('leaves out a clause whose subject is "its ..." (whose is unknown out of context)', () => {
    const text =
      'BP Plc permanently "killed" its deep-sea well in the Gulf of Mexico that ruptured and caused the worst offshore oil spill in U.S. history on Sunday.';
    expect(whyNot(text, '2010-09-20')).toContain('caused:possessive-pronoun-subject');
  });
});

describe('extractEventMentions: undated reports', () => {
  it('keeps "In a recent meeting between Kim Jong-un and Belousov" as an undated mention with a recent cue', () => {
    const text =
      'In a recent meeting between North Korean leader Kim Jong-un and Russian Defense Minister Andrei Belousov, the two sides agreed to deepen military ties.';
    const [m] = events(text, '');
    expect(m.time).toBeNull();
    expect(m.recentCue).toBe(true);
    expect(m.actors).toEqual(expect.arrayContaining(['kim-jong-un', 'andrei-belousov']));
  });
});

describe('extractEventMentions: scale', () => {
  it('reads a 100 kB article of many sentences in time linear in its length', () => {
    const para = 'Apple Computer announced on Monday that it sold 2 million iPod players. Steve Jobs met the press on Tuesday in San Francisco. ';
    const text = para.repeat(Math.ceil(100_000 / para.length));
    const t0 = Date.now();
    expect(events(text, '2005-06-08').length).toBeGreaterThan(500);
    expect(Date.now() - t0).toBeLessThan(20_000);
  }, 40_000);
});

describe('extractEventMentions: actors are the participants the clause names', () => {
  it('takes no country from before an office: "U.S. President Joe Biden authorized ..." (actors:place-only-qualifies-noun)', () => {
    const [m] = events('Earlier this month, U.S. President Joe Biden authorized the use of ATACMS missiles by Ukraine.');
    expect(m.actors).toContain('joe-biden');
    expect(m.actors).toContain('ukraine');
    expect(m.actors).not.toContain('united-states');
    expect(m.rules).toContain('actors:place-only-qualifies-noun');
  });

  it('takes no country from before a government or economy noun, but keeps a country that acts', () => {
    expect(events('The U.S. government sued the oil company GLX on Monday.')[0].actors).toEqual(['glx']);
    expect(events('US oil production increased last year.')[0]?.actors ?? []).toEqual([]);
    expect(events('Britain sent troops to the region on Monday.')[0].actors).toEqual(['united-kingdom']);
    expect(events('Russian missiles hit the port of Odesa on Friday.')[0].actors).toEqual(['russia']);
  });

  it('keeps a company that owns or modifies the subject: "Shares in GLX rose", "the GLX oil rig exploded"', () => {
    expect(events('The oil company GLX said on Monday it was confident. Shares in GLX rose 3% on Friday.').find((m) => m.time)?.actors).toEqual(['glx']);
    expect(events('The oil company GLX said on Monday it was confident. The GLX oil rig exploded on Friday.').find((m) => m.time)?.actors).toEqual(['glx']);
  });

  it('keeps the organisation a participant leaves: "Several traders have resigned from GLX" (from is a participant preposition)', () => {
    expect(events('The oil company GLX said on Monday it was confident. Several traders resigned from GLX last week.').find((m) => m.time)?.actors).toEqual([
      'glx',
    ]);
  });

  it('keeps the legislature in a by-phrase that ends with its date: "a bill passed by the Senate last week"', () => {
    const m = events('The senators welcomed an oil spill bill passed by the Senate last week.').find((x) => x.time);
    expect(m?.actors).toEqual(['senate']);
  });
});

describe('extractEventMentions: a "from" phrase takes part only after the verb or its object', () => {
  it('keeps "paid the fine" to the company, not the person whose pressure it was under', () => {
    const m = events('The oil company GLX paid the fine on Friday under pressure from Mr Smithfield.').find((x) => x.time);
    expect(m?.actors).toEqual(['glx']);
  });
});

describe('extractEventMentions: a background phrase names no participant', () => {
  it('keeps the people of "despite the phone call between ..." off "Shares in GLX fell"', () => {
    const text =
      'The oil company GLX said on Monday it was confident. Shares in GLX fell by 2% on Friday despite the phone call between David Cameron and Tom Fenwick.';
    expect(events(text).find((x) => x.time)?.actors).toEqual(['glx']);
  });

  it('still names whom a happening was with after its place and date: "set up camp in Houston on Tuesday with Energy Secretary Steven Chu"', () => {
    const m = events('Adm Thad Allen set up camp in Houston on Tuesday with Energy Secretary Steven Chu.').find((x) => x.time);
    expect(m?.actors).toContain('steven-chu');
  });
});
