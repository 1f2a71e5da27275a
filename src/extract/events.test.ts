import { describe, expect, it } from 'vitest';
import { findActorMentions } from './actors';
import { canonicalizeActors } from './canonical';
import { extractEventMentions, type DraftMention, type ResolvedActor } from './events';
import { eventCandidates } from './events/candidates';
import { analyseText } from './nlp/analyse';
import { segmentSentences } from './segment';
import { findTimeExpressions } from './time';

/** Runs the stages before events on one article, published on `published`. */
function events(text: string, published = '2024-12-01'): DraftMention[] {
  const mentions = findActorMentions(text);
  const index = canonicalizeActors([{ doc: 'a.txt', mentions }]);
  const byId = new Map(index.actors.map((a) => [a.id, a]));
  const actors: ResolvedActor[] = mentions.flatMap((m) => {
    const id = index.resolve('a.txt', m.key);
    return id ? [{ id, name: byId.get(id)!.name, kind: byId.get(id)!.kind, start: m.start, end: m.end }] : [];
  });
  const sentences = segmentSentences(text);
  const { candidates } = eventCandidates(analyseText(text, sentences));
  return extractEventMentions({ doc: 'a.txt', text, sentences, times: findTimeExpressions(text, published), actors, excluded: [], candidates, published });
}

const dated = (ms: DraftMention[]) => ms.filter((m) => m.time).map((m) => ({ date: m.time!.value, title: m.title }));

describe('extractEventMentions: what is a happening', () => {
  it('makes "met ... on Friday" an event dated from the article\'s date, with its people', () => {
    const [m] = events(
      'North Korean leader Kim Jong Un met with visiting Russian Defense Minister Andrei Belousov in Pyongyang on Friday, according to the Korean Central News Agency.',
    );
    expect(m.time?.value).toBe('2024-11-29');
    expect(m.actors).toEqual(expect.arrayContaining(['kim-jong-un', 'andrei-belousov']));
  });

  it('does not make commentary an event: "The significance of this visit cannot be overstated"', () => {
    expect(events('The significance of this visit on Friday cannot be overstated, experts say, for the future of the region.')).toEqual([]);
  });

  it('does not make a hypothetical an event: "could be signed next year", "is expected to arrive in June"', () => {
    const text =
      'Analysts said a new treaty could be signed in March, and Russian troops are expected to arrive in June. Apple announced that Mac OS X Leopard would be released in 2007.';
    expect(dated(events(text, '2005-06-06'))).toEqual([]);
  });

  it('keeps a scheduled plan: "It will go on sale in the U.S. on June 24"', () => {
    const text = 'Apple unveiled the iPhone 4 on Monday. The phone will go on sale in the United States on June 24, the company announced.';
    expect(dated(events(text, '2010-06-08')).map((e) => e.date)).toContain('2010-06-24');
  });
});

describe('extractEventMentions: titles', () => {
  it('titles "North Korean leader Kim Jong Un met ..." with names, verb and object, no title words and no date', () => {
    const [m] = events('North Korean leader Kim Jong Un met Russian Defense Minister Andrei Belousov on Friday in Pyongyang to discuss military cooperation.');
    expect(m.title.startsWith('Kim Jong Un met')).toBe(true);
    expect(m.title).not.toMatch(/Friday|leader|Minister/);
    expect(m.title.length).toBeLessThanOrEqual(91);
  });

  it('writes the canonical name for a variant in the title: "Kim Jong-un" → "Kim Jong Un" when the article also spells it so', () => {
    const text =
      'North Korean leader Kim Jong Un received the delegation on Thursday. Kim Jong-un met Andrei Belousov on Friday in Pyongyang, state media reported.';
    const titles = events(text).map((m) => m.title);
    expect(titles.some((t) => t.startsWith('Kim Jong Un met Andrei Belousov'))).toBe(true);
  });

  it('drops the employer before an officer: "Apple Computer CEO Steve Jobs gave ..."', () => {
    const [m] = events(
      'Apple Computer CEO and co-founder Steve Jobs gave his annual opening keynote to the developers conference on Monday in San Francisco.',
      '2005-06-07',
    );
    expect(m.title.startsWith('Steve Jobs gave')).toBe(true);
  });

  it('gives each date of a sentence its own happening: "fought cancer in 2004 and took six months off in early 2009"', () => {
    const text =
      'Steve Jobs co-founded the company in a garage with a friend and later led it for many years. He fought pancreatic cancer in 2004 and took six months off in early 2009.';
    const byDate = new Map(dated(events(text, '2011-10-06')).map((e) => [e.date, e.title]));
    expect(byDate.get('2004')).toBe('Steve Jobs fought pancreatic cancer');
    expect(byDate.get('2009')).toMatch(/^Steve Jobs took six months off/);
  });

  it('reads "He" as the person just named: "He started Apple in 1976"', () => {
    const text =
      'Steve Jobs was born in San Francisco on February 24, 1955, and was adopted soon after birth by a local family. He started the company in 1976 with a friend.';
    const m = events(text, '2011-10-06').find((x) => x.time?.value === '1976');
    expect(m?.actors).toContain('steve-jobs');
    expect(m?.title.startsWith('Steve Jobs started')).toBe(true);
  });
});

describe('findAttribution', () => {
  it('names the source after "according to"', () => {
    expect(findAttribution('Kim met Belousov on Friday, according to KCNA.')).toBe('KCNA');
  });

  it('names the source of "Reports from South Korea\'s spy agency indicate"', () => {
    expect(findAttribution("Reports from South Korea's spy agency indicate that North Korea sent troops in October.")).toBe("South Korea's spy agency");
  });

  it('names the reporter of "North Korean state media reported that ..."', () => {
    expect(findAttribution('Seoul, December 1, 2024 – North Korean state media reported that Kim Jong Un met Andrei Belousov.')).toBe(
      'North Korean state media',
    );
  });

  it('finds no source in a plain statement', () => {
    expect(findAttribution('Kim Jong Un met Andrei Belousov on Friday.')).toBeNull();
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

describe('titles without their dates', () => {
  it("drops the preposition that introduced the date: 'Seoul officials met on April 2, 2024 to discuss' ", async () => {
    const { buildTimeline } = await import('./pipeline');
    const t = buildTimeline([{ id: 'a.txt', bytes: new TextEncoder().encode('Seoul officials met on April 2, 2024 to discuss the summit.\n') }]);
    expect(t.events[0].title).not.toMatch(/\bon to\b/);
    expect(t.events[0].title).toMatch(/met to discuss the summit/);
  });
});

describe('extractEventMentions: congressional and war verbs (held-out articles)', () => {
  it('dates "The Senate passed the ... bill on Feb. 13" and "Xi Jinping congratulated Putin on Monday"', () => {
    const text =
      'The Senate passed the $95 billion national security bill on Feb. 13 by a vote of 70-29, with 22 Republicans joining most Democrats. ' +
      'Beijing\'s response was warmer: Chinese President Xi Jinping congratulated Putin on Monday and said the two countries would keep deepening their "comprehensive strategic partnership."';
    expect(dated(events(text, '2024-03-21')).map((m) => m.date)).toEqual(['2024-02-13', '2024-03-18']);
  });

  it("titles a wire story's first sentence after its dateline", () => {
    const text = 'KYIV, Ukraine (AP) — Russian ballistic missiles slammed into the Black Sea port city of Odesa on Friday, killing 20 people.';
    const mentions = findActorMentions(text);
    const index = canonicalizeActors([{ doc: 'a.txt', mentions }]);
    const [m] = extractEventMentions({
      doc: 'a.txt',
      text,
      sentences: segmentSentences(text),
      times: findTimeExpressions(text, '2024-03-16'),
      actors: [],
      excluded: [[0, 21]],
    });
    expect(index.actors.length).toBeGreaterThan(0);
    expect(m.title).toBe('Russian ballistic missiles slammed into the Black Sea port city of Odesa');
  });
});

describe('extractEventMentions: plans and what did not happen', () => {
  it('takes no event from "are set to discuss ... next week", "is due to take place" or "did not comment on Friday\'s strike"', () => {
    const text =
      'Still, much will depend on whether Paris and Berlin can agree, a question the leaders are set to discuss again at the EU summit next week. ' +
      "The next Weimar Triangle summit is due to take place in Poland later this year, Tusk's office said. Moscow did not comment on Friday's strike.";
    expect(dated(events(text, '2024-03-16'))).toEqual([]);
  });
});

describe('extractEventMentions: dates that are not when something happened (wire copy, AP strike story)', () => {
  const strike =
    'Dockworkers agreed Thursday night to suspend their strike until January 15. The walkout, the first by the union since 1977, began at 12:01 a.m. on Tuesday, October 1. The previous contract expired on September 30. Last month, the union had rejected an offer of a 50% raise.';

  it('does not date a happening by the end of a span ("until January 15") nor by a record\'s baseline ("the first since 1977")', () => {
    const dates = dated(events(strike, '2024-10-04')).map((e) => e.date);
    expect(dates).not.toContain('2025-01-15');
    expect(dates).not.toContain('1977');
  });

  it('finds "expired" and "had rejected" as happenings, dated from the article', () => {
    const byDate = new Map(dated(events(strike, '2024-10-04')).map((e) => [e.date, e.title]));
    expect(byDate.get('2024-09-30')).toBe('The previous contract expired');
    expect(byDate.get('2024-09')).toBe('The union had rejected an offer of a 50% raise');
  });

  it('titles "agreed Thursday night to suspend" without a stray "night", and keeps "12:01 a.m." whole', () => {
    const byDate = new Map(dated(events(strike, '2024-10-04')).map((e) => [e.date, e.title]));
    expect(byDate.get('2024-10-03')).toBe('Dockworkers agreed to suspend their strike');
    expect(byDate.get('2024-10-01')).toBe('The walkout began at 12:01 a.m');
  });
});

describe('extractEventMentions: whose clause it is', () => {
  it('gives "but negotiations stalled again" its own subject, not the first clause\'s', () => {
    const text = 'The African Union took over mediation in 2020, but negotiations stalled again in December 2023.';
    const titles = dated(events(text, '2025-09-09'));
    expect(titles).toContainEqual({ date: '2023-12', title: 'Negotiations stalled again' });
  });

  it('drops a dated title before a name: "then-Prime Minister Meles Zenawi"', () => {
    const [m] = events('Construction began in 2011 under then-Prime Minister Meles Zenawi.', '2025-09-09');
    expect(m.title).toBe('Construction began under Meles Zenawi');
  });
});

describe('extractEventMentions: which happening a date belongs to', () => {
  it('gives "in February" to the verb just before it, and a clause\'s "it" the name it stands for', () => {
    const text = 'The companies had planned to sell 579 stores, a plan the FTC rejected in February when it sued to block the deal.';
    expect(dated(events(text, '2024-12-11'))).toEqual([{ date: '2024-02', title: 'A plan the FTC rejected' }]);
  });
});

describe('extractEventMentions: a happening told in a relative clause', () => {
  it('titles "as a wildfire that broke out on Sunday" from the wildfire, not from the main clause', () => {
    const text = 'Greek authorities on Monday ordered evacuations north of Athens as a wildfire that broke out on Sunday near Varnavas spread.';
    const sunday = dated(events(text, '2024-08-12')).find((e) => e.date === '2024-08-11');
    expect(sunday?.title.startsWith('A wildfire broke out near Varnavas')).toBe(true);
  });
});

describe('extractEventMentions: timelines told in the present ("Key events in Sudan\'s war")', () => {
  it('reads "fighters seize", "The army recaptures" as happenings, but not "to unveil" nor "Wednesday\'s close"', () => {
    const text =
      "December 18, 2023: RSF fighters seize Wad Madani, the capital of Gezira state. February 2024: The army recaptures parts of Omdurman. Apple shares rose to $373.72, a drop of only $2.46 since Wednesday's close.";
    const byDate = dated(events(text, '2024-04-15'));
    expect(byDate).toContainEqual({ date: '2023-12-18', title: 'RSF fighters seize Wad Madani' });
    expect(byDate).toContainEqual({ date: '2024-02', title: 'The army recaptures parts of Omdurman' });
    expect(byDate.find((e) => e.title.includes('close'))).toBeUndefined();
  });
});

describe("extractEventMentions: an analysis piece looking back (Europe's energy crunch)", () => {
  it('finds "were damaged", "overtook" and "had fallen" as happenings with their years', () => {
    const text =
      'The Nord Stream pipelines were damaged by underwater explosions in September 2022. Norway overtook Russia as the largest supplier in 2022. By 2024 that share had fallen below 10%.';
    const dates = dated(events(text, '2025-11-03')).map((e) => e.date);
    expect(dates).toEqual(expect.arrayContaining(['2022-09', '2022', '2024']));
  });
});
