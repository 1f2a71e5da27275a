import { describe, expect, it } from 'vitest';
import { canonicalizeActors, withinOneEdit } from './canonical';
import type { ActorMention } from './types';
import { mention as m } from './mention.harness';

describe('withinOneEdit', () => {
  it('says whether two spellings are at most one letter changed, added or dropped apart', () => {
    const close = [
      ['belousov', 'belousov'],
      ['beloousov', 'belousov'],
      ['belousov', 'beloousov'],
      ['belousov', 'belousow'],
      ['xbelousov', 'belousov'],
      ['belousov', 'belousovx'],
      ['', 'a'],
    ];
    const far = [
      ['belousov', 'beluosov'],
      ['belousov', 'belous'],
      ['abelousov', 'belousovb'],
      ['belousov', 'xelousoy'],
      ['', 'ab'],
    ];
    for (const [a, b] of close) expect([a, b, withinOneEdit(a, b)]).toEqual([a, b, true]);
    for (const [a, b] of far) expect([a, b, withinOneEdit(a, b)]).toEqual([a, b, false]);
  });
});

describe('canonicalizeActors', () => {
  it('makes "Andrei Beloousov" in one article and "Andrei Belousov" in another one person', () => {
    const index = canonicalizeActors([
      { doc: 'a.txt', mentions: [m('Andrei Belousov', 'andrei belousov'), m('Andrei Belousov', 'andrei belousov')] },
      { doc: 'b.txt', mentions: [m('Andrei Beloousov', 'andrei beloousov'), m('Beloousov', 'andrei beloousov')] },
    ]);
    expect(index.actors).toHaveLength(1);
    expect(index.actors[0]).toMatchObject({ id: 'andrei-belousov', name: 'Andrei Belousov', kind: 'person' });
    expect(index.actors[0].aliases).toEqual(['Andrei Beloousov', 'Beloousov']);
    expect(index.resolve('b.txt', 'andrei beloousov')).toBe('andrei-belousov');
  });

  it('makes "Deepwater Horizon" and "Deep Water Horizon" one thing, but keeps "iPhone 4" and "iPhone 4S" apart', () => {
    const index = canonicalizeActors([
      { doc: 'a.txt', mentions: [m('Deepwater Horizon', 'other:deepwater horizon', 'other'), m('Deepwater Horizon', 'other:deepwater horizon', 'other')] },
      { doc: 'b.txt', mentions: [m('Deep Water Horizon', 'other:deep water horizon', 'other'), m('iPhone 4', 'other:iphone 4', 'other')] },
      { doc: 'c.txt', mentions: [m('iPhone 4S', 'other:iphone 4s', 'other')] },
    ]);
    expect(index.resolve('b.txt', 'other:deep water horizon')).toBe(index.resolve('a.txt', 'other:deepwater horizon'));
    expect(index.actors.find((a) => a.id === index.resolve('a.txt', 'other:deepwater horizon'))?.name).toBe('Deepwater Horizon');
    expect(index.resolve('b.txt', 'other:iphone 4')).not.toBe(index.resolve('c.txt', 'other:iphone 4s'));
  });

  it('keeps different people with one surname apart: "Kim Jong Un" and "Kim Il Sung"', () => {
    const index = canonicalizeActors([{ doc: 'a.txt', mentions: [m('Kim Jong Un', 'kim jong un'), m('Kim Il Sung', 'kim il sung')] }]);
    expect(index.actors.map((a) => a.name)).toEqual(['Kim Il Sung', 'Kim Jong Un']);
  });

  it('joins "Kim Jong-un" and "Kim Jong Un" and shows the form most articles use', () => {
    const index = canonicalizeActors([
      { doc: 'a.txt', mentions: [m('Kim Jong Un', 'kim jong un'), m('Kim', 'kim jong un')] },
      { doc: 'b.txt', mentions: [m('Kim Jong-un', 'kim jong un')] },
      { doc: 'c.txt', mentions: [m('Kim Jong Un', 'kim jong un')] },
    ]);
    expect(index.actors).toEqual([{ id: 'kim-jong-un', name: 'Kim Jong Un', kind: 'person', aliases: ['Kim', 'Kim Jong-un'] }]);
  });

  it('shows "World Health Organisation", written most, though the first report wrote "Organization"; on a tie, the spelling met first', () => {
    // The Guardian's H1N1 reports write "World Health Organisation" 51 times and quote "World Health Organization" once.
    const k = 'org:world health organization';
    const most = canonicalizeActors([
      { doc: 'a.txt', mentions: [m('World Health Organization', k, 'organization')] },
      { doc: 'b.txt', mentions: [m('World Health Organisation', k, 'organization'), m('World Health Organisation', k, 'organization')] },
    ]);
    expect(most.actors.map((a) => [a.name, a.aliases])).toEqual([['World Health Organisation', ['World Health Organization']]]);
    const tie = canonicalizeActors([
      { doc: 'a.txt', mentions: [m('World Health Organization', k, 'organization')] },
      { doc: 'b.txt', mentions: [m('World Health Organisation', k, 'organization')] },
    ]);
    expect(tie.actors.map((a) => a.name)).toEqual(['World Health Organization']);
    const tieOtherWay = canonicalizeActors([
      { doc: 'a.txt', mentions: [m('World Health Organisation', k, 'organization')] },
      { doc: 'b.txt', mentions: [m('World Health Organization', k, 'organization')] },
    ]);
    expect(tieOtherWay.actors.map((a) => a.name)).toEqual(['World Health Organisation']);
  });

  it('joins a surname an article never expanded ("Putin") to the one full name that holds it', () => {
    const index = canonicalizeActors([
      { doc: 'a.txt', mentions: [m('Vladimir Putin', 'vladimir putin')] },
      { doc: 'b.txt', mentions: [m('Putin', 'putin')] },
    ]);
    expect(index.resolve('b.txt', 'putin')).toBe('vladimir-putin');
  });

  it('joins "KCNA" and "Korean Central News Agency" written in different articles', () => {
    const index = canonicalizeActors([
      { doc: 'a.txt', mentions: [m('Korean Central News Agency', 'org:korean central news agency', 'organization')] },
      { doc: 'b.txt', mentions: [m('KCNA', 'org:kcna', 'organization')] },
    ]);
    expect(index.actors).toHaveLength(1);
    expect(index.actors[0].name).toBe('Korean Central News Agency');
  });

  it('reads "Apple Inc." as the company "Apple", and one name seen as company and as product as one actor', () => {
    const index = canonicalizeActors([
      { doc: 'a.txt', mentions: [m('Apple Inc', 'org:apple inc', 'organization'), m('Apple', 'org:apple', 'organization')] },
      { doc: 'b.txt', mentions: [m('Apple', 'other:apple', 'other')] },
    ]);
    expect(index.actors).toHaveLength(1);
    expect(index.actors[0].kind).toBe('organization');
  });

  it('joins "iPhones" to "iPhone" but keeps "iPhone 4" and "iPhone 4S" apart', () => {
    const index = canonicalizeActors([
      {
        doc: 'a.txt',
        mentions: [
          m('iPhone', 'other:iphone', 'other'),
          m('iPhones', 'other:iphones', 'other'),
          m('iPhone 4', 'other:iphone 4', 'other'),
          m('iPhone 4S', 'other:iphone 4s', 'other'),
        ],
      },
    ]);
    expect(index.actors.map((a) => a.name)).toEqual(['iPhone', 'iPhone 4', 'iPhone 4S']);
  });

  describe('data/actors.json', () => {
    const docs = [
      {
        doc: 'a.txt',
        mentions: [m('Kim Jong Un', 'kim jong un'), m('Vladimir Putin', 'vladimir putin'), m('Euro News Source', 'org:euro news source', 'organization')],
      },
      { doc: 'b.txt', mentions: [m('Supreme Leader Kim', 'supreme leader kim')] },
    ];

    it('renames an actor and merges the names the user lists as one', () => {
      const index = canonicalizeActors(docs, { actors: [{ name: 'Kim Jong-un', aliases: ['Kim Jong Un', 'Supreme Leader Kim'] }] });
      const kim = index.actors.find((a) => a.name === 'Kim Jong-un');
      expect(kim?.id).toBe('kim-jong-un');
      expect(index.resolve('b.txt', 'supreme leader kim')).toBe('kim-jong-un');
      expect(index.resolve('a.txt', 'kim jong un')).toBe('kim-jong-un');
    });

    it("changes an actor's kind when the user says so", () => {
      const index = canonicalizeActors(docs, { actors: [{ name: 'Euro News Source', kind: 'other' }] });
      expect(index.actors.find((a) => a.name === 'Euro News Source')?.kind).toBe('other');
    });

    it('joins through an actor two entries share: the later entry takes in what the earlier one merged', () => {
      const index = canonicalizeActors(docs, {
        actors: [
          { name: 'Kim Jong Un', aliases: ['Supreme Leader Kim'] },
          { name: 'Kim Jong Un of the DPRK', aliases: ['Supreme Leader Kim', 'Vladimir Putin'] },
        ],
      });
      const id = index.resolve('a.txt', 'kim jong un');
      expect(id).not.toBeNull();
      expect(index.resolve('b.txt', 'supreme leader kim')).toBe(id);
      expect(index.resolve('a.txt', 'vladimir putin')).toBe(id);
      expect(index.actors.find((a) => a.id === id)?.name).toBe('Kim Jong Un of the DPRK');
    });

    it('applies a file of 200,000 entries, of which only the ones naming an actor change anything', () => {
      const many = Array.from({ length: 200_000 }, (_, i) => ({ name: `Generated Person ${i}`, aliases: [`G. Person ${i}`] }));
      many[123_456] = { name: 'Kim Jong-un', aliases: ['Kim Jong Un', 'Supreme Leader Kim'] };
      const index = canonicalizeActors(docs, { actors: many });
      expect(index.actors.map((a) => a.name).sort()).toEqual(['Euro News Source', 'Kim Jong-un', 'Vladimir Putin']);
      expect(index.resolve('b.txt', 'supreme leader kim')).toBe('kim-jong-un');
      // (what it checks is the result; how fast is the bench's business, and vitest's 5 s default ran out under load)
    }, 60_000);

    it('drops the actors the user lists, so no event carries them', () => {
      const index = canonicalizeActors(docs, { drop: ['Euro News Source'] });
      expect(index.actors.some((a) => a.name === 'Euro News Source')).toBe(false);
      expect(index.resolve('a.txt', 'org:euro news source')).toBeNull();
    });
  });

  it('joins an acronym that keeps the "of": "BOJ" is the "Bank of Japan"', () => {
    const index = canonicalizeActors([
      { doc: 'a.txt', mentions: [m('Bank of Japan', 'org:bank of japan', 'organization')] },
      { doc: 'b.txt', mentions: [m('BOJ', 'org:boj', 'organization')] },
    ]);
    expect(index.actors.map((a) => a.name)).toEqual(['Bank of Japan']);
  });

  it('never makes "the bank" a name or alias of the Bank of Japan it stands for', () => {
    const index = canonicalizeActors([
      {
        doc: 'a.txt',
        mentions: [m('Bank of Japan', 'org:bank of japan', 'organization'), { ...m('the bank', 'org:bank of japan', 'organization'), anaphor: true }],
      },
    ]);
    expect(index.actors).toEqual([expect.objectContaining({ name: 'Bank of Japan', aliases: [] })]);
  });
});

describe('canonicalizeActors: joins and their rules', () => {
  it('makes "succeeding Sergei Shoigu" (tentative) a person only where another report says who he is', () => {
    const confirmed = canonicalizeActors([
      { doc: 'a.txt', mentions: [m('Sergei Shoigu', '?sergei shoigu')] },
      { doc: 'b.txt', mentions: [m('Sergei Shoigu', 'sergei shoigu')] },
    ]);
    expect(confirmed.actors.map((a) => a.name)).toEqual(['Sergei Shoigu']);
    expect(confirmed.rulesOf('sergei-shoigu')).toEqual(['confirmed-by-another-report']);
    expect(confirmed.resolve('a.txt', '?sergei shoigu')).toBe('sergei-shoigu');
    // With nothing to confirm it, a name of two words stays a name, of no known kind (unconfirmed-name); events.ts
    // lists it only where it is a happening's own participant.
    const alone = canonicalizeActors([{ doc: 'a.txt', mentions: [m('Public Citizen', '?public citizen')] }]);
    expect(alone.actors).toEqual([{ id: 'public-citizen', name: 'Public Citizen', kind: 'other', aliases: [] }]);
    expect(alone.rulesOf('public-citizen')).toEqual(['unconfirmed-name']);
    // one word alone ("Hayward said", "Credit default swaps") is no name to keep
    expect(canonicalizeActors([{ doc: 'a.txt', mentions: [m('Credit', '?credit')] }]).actors).toEqual([]);
  });

  it('reads a tentative name as a surname only, of a person two reports name in a collection of twenty or more', () => {
    // "Allen announced that the national incident command was being dismantled": Thad Allen, not Allen Kruse
    const allen = canonicalizeActors([
      { doc: 'a.txt', mentions: [m('Allen', '?allen')] },
      { doc: 'b.txt', mentions: [m('Thad Allen', 'thad allen'), m('Allen Kruse', 'allen kruse')] },
    ]);
    expect(allen.resolve('a.txt', '?allen')).toBe('thad-allen');
    // "Although Long died in 1935", in a large collection where one report names a "Mark Long"
    const filler = Array.from({ length: 20 }, (_, i) => ({ doc: `f${i}.txt`, mentions: [m('GLX', 'org:glx', 'organization')] }));
    const long = canonicalizeActors([{ doc: 'a.txt', mentions: [m('Long', '?long')] }, { doc: 'b.txt', mentions: [m('Mark Long', 'mark long')] }, ...filler]);
    expect(long.resolve('a.txt', '?long')).toBeNull();
  });

  it('joins "Mr Dudley" (a titled surname) to the one Bob Dudley of the corpus, and records why', () => {
    const index = canonicalizeActors([
      { doc: 'a.txt', mentions: [m('Dudley', 'dudley')] },
      { doc: 'b.txt', mentions: [m('Bob Dudley', 'bob dudley')] },
    ]);
    expect(index.actors.map((a) => a.name)).toEqual(['Bob Dudley']);
    expect(index.joins).toEqual([{ rule: 'surname-of-one-person', into: 'bob dudley', key: 'dudley' }]);
  });

  it('gives a word that only spoke ("Alyeska said") to the organisation of that name', () => {
    const index = canonicalizeActors([
      { doc: 'a.txt', mentions: [m('Alyeska', '?alyeska')] },
      { doc: 'b.txt', mentions: [m('Alyeska', 'org:alyeska', 'organization')] },
    ]);
    expect(index.actors).toEqual([expect.objectContaining({ name: 'Alyeska', kind: 'organization' })]);
    expect(index.rulesOf('alyeska')).toEqual(['tentative-joins-organisation']);
  });

  it('makes "Kim Jong Un" read as a company in one report the person the others name', () => {
    const index = canonicalizeActors([
      { doc: 'a.txt', mentions: [m('Kim Jong Un', 'org:kim jong un', 'organization')] },
      { doc: 'b.txt', mentions: [m('Kim Jong Un', 'kim jong un'), m('Kim Jong Un', 'kim jong un')] },
    ]);
    expect(index.actors).toEqual([expect.objectContaining({ name: 'Kim Jong Un', kind: 'person' })]);
    expect(index.rulesOf('kim-jong-un')).toEqual(['same-name-as-person']);
  });

  it('gives a name one report calls a vessel to the vessel, though three others read it as a person', () => {
    const tanker = { ...m('Exxon Valdez', 'other:exxon valdez', 'other'), rules: ['vessel-noun-before-name'] };
    const index = canonicalizeActors([
      // "the 11 million gallons that leaked from the grounded tanker Exxon Valdez"
      { doc: 'a.txt', mentions: [tanker] },
      // "exceeding even the 1989 Exxon Valdez disaster": Valdez read as a surname
      { doc: 'b.txt', mentions: [m('Exxon Valdez', 'exxon valdez'), m('Exxon Valdez', 'exxon valdez')] },
      { doc: 'c.txt', mentions: [m('Exxon Valdez', 'exxon valdez')] },
    ]);
    expect(index.actors).toEqual([expect.objectContaining({ name: 'Exxon Valdez', kind: 'other' })]);
    expect(index.joins.map((j) => j.rule)).toEqual(['person-reading-of-a-vessel']);
  });

  it('does not spell "BP" out as "BGC Partners": a name with an acronym of its own', () => {
    const index = canonicalizeActors([
      { doc: 'a.txt', mentions: [m('BGC Partners', 'org:bgc partners', 'organization')] },
      { doc: 'b.txt', mentions: [m('BP', 'org:bp', 'organization')] },
    ]);
    expect(index.actors.map((a) => a.name)).toEqual(['BGC Partners', 'BP']);
    expect(index.joins).toEqual([]);
  });

  it('records the acronym join: "KCNA" is the "Korean Central News Agency"', () => {
    const index = canonicalizeActors([
      { doc: 'a.txt', mentions: [m('Korean Central News Agency', 'org:korean central news agency', 'organization')] },
      { doc: 'b.txt', mentions: [m('KCNA', 'org:kcna', 'organization')] },
    ]);
    expect(index.joins.map((j) => j.rule)).toEqual(['acronym']);
  });
});

describe('canonicalizeActors: places and initials', () => {
  it('gives a word read once as a company and in more reports as a place to the place, which is no actor', () => {
    const index = canonicalizeActors([
      { doc: 'a.txt', mentions: [m('Florida', 'org:florida', 'organization'), m('Florida', '?florida')] },
      { doc: 'b.txt', mentions: [m('Florida', 'place:florida', 'place'), m('Florida', '?florida')] },
      { doc: 'c.txt', mentions: [m('Florida', 'place:florida', 'place')] },
    ]);
    expect(index.actors).toEqual([]);
    expect(index.resolve('b.txt', '?florida')).toBeNull();
    expect(index.joins.map((j) => j.rule)).not.toContain('tentative-joins-organisation');
  });

  it('makes "Thad W. Allen" the "Thad Allen" of other reports', () => {
    const index = canonicalizeActors([
      { doc: 'a.txt', mentions: [m('Thad W. Allen', 'thad w allen')] },
      { doc: 'b.txt', mentions: [m('Thad Allen', 'thad allen'), m('Thad Allen', 'thad allen')] },
    ]);
    expect(index.actors.map((a) => a.name)).toEqual(['Thad Allen']);
    expect(index.rulesOf('thad-allen')).toEqual(['middle-initial']);
  });
});

describe('canonicalizeActors: surnames and storms written alone', () => {
  it('joins "Allen announced" to the one Thad Allen, written with and without his middle initial (middle-initial first)', () => {
    const index = canonicalizeActors([
      { doc: 'a.txt', mentions: [m('Thad W. Allen', 'thad w allen'), m('Allen', '?allen')] },
      { doc: 'b.txt', mentions: [m('Thad Allen', 'thad allen'), m('Allen Kruse', 'allen kruse')] },
    ]);
    expect(index.resolve('a.txt', '?allen')).toBe(index.resolve('b.txt', 'thad allen'));
    expect(index.actors.filter((a) => a.name.includes('Allen'))).toHaveLength(2);
    expect(index.joins.map((j) => j.rule)).toContain('tentative-surname-of-one-person');
  });

  it('joins "Katrina struck in 2005" and "the monster Katrina, a storm that" to Hurricane Katrina (same-storm, storm-name-alone)', () => {
    const index = canonicalizeActors([
      { doc: 'a.txt', mentions: [m('Hurricane Katrina', 'other:hurricane katrina', 'other')] },
      { doc: 'b.txt', mentions: [m('Katrina', '?katrina')] },
      { doc: 'c.txt', mentions: [m('Katrina', 'other:storm katrina', 'other')] },
    ]);
    expect(index.actors.map((a) => a.name)).toEqual(['Hurricane Katrina']);
    expect(index.resolve('b.txt', '?katrina')).toBe('hurricane-katrina');
    expect(index.resolve('c.txt', 'other:storm katrina')).toBe('hurricane-katrina');
    expect(index.joins.map((j) => j.rule).sort()).toEqual(['same-storm', 'storm-name-alone']);
  });
});

describe('canonicalizeActors: names by how often reports use them', () => {
  it('gives "President Obama" to Barack Obama, named in three times as many reports as Michelle Obama', () => {
    const docs = ['a', 'b', 'c', 'd'].map((d) => ({ doc: `${d}.txt`, mentions: [m('Barack Obama', 'barack obama')] }));
    docs.push({ doc: 'e.txt', mentions: [m('Michelle Obama', 'michelle obama')] }, { doc: 'f.txt', mentions: [m('Obama', 'obama')] });
    const index = canonicalizeActors(docs);
    expect(index.resolve('f.txt', 'obama')).toBe('barack-obama');
    expect(index.rulesOf('barack-obama')).toEqual(['surname-of-most-named-person']);
  });

  it('names a company by the acronym reports write far more often: "BP", not "British Petroleum"', () => {
    const mentions = [m('British Petroleum', 'org:bp', 'organization'), ...Array.from({ length: 3 }, () => m('BP', 'org:bp', 'organization'))];
    expect(canonicalizeActors([{ doc: 'a.txt', mentions }]).actors.map((a) => a.name)).toEqual(['BP']);
  });
});

describe('canonicalizeActors: tentative names of things that take part', () => {
  const mention = (surface: string, kind: ActorMention['kind'], key: string, rules: string[]): ActorMention => ({
    surface,
    start: 0,
    end: surface.length,
    kind,
    key,
    rules,
  });

  it('joins a tentative acronym to the organisation another report names (tentative-joins-organisation)', () => {
    const index = canonicalizeActors([
      { doc: 'a', mentions: [mention('GLX', 'organization', 'org:glx', ['acronym-speaks'])] },
      { doc: 'b', mentions: [mention('GLX', 'organization', '?glx', ['tentative-acronym'])] },
    ]);
    expect(index.resolve('b', '?glx')).toBe('glx');
    expect(index.rulesOf('glx')).toContain('tentative-joins-organisation');
  });

  it("joins a tentative name that begins one organisation's full name to it (tentative-start-of-organisation)", () => {
    // ("said Daniel Torres, a scientist with Woods Hole Oceanographic Institution" in one report; "said Chris Reddy of
    // Woods Hole, who was part of the expedition" and "The Woods Hole team used an autonomous robot submarine" in another.)
    const index = canonicalizeActors([
      {
        doc: 'a',
        mentions: [mention('Woods Hole Oceanographic Institution', 'organization', 'org:woods hole oceanographic institution', ['organisation-head-word'])],
      },
      { doc: 'b', mentions: [mention('Woods Hole', 'person', '?woods hole', ['tentative-full-name'])] },
    ]);
    const id = index.resolve('b', '?woods hole');
    expect(id).toBe(index.resolve('a', 'org:woods hole oceanographic institution'));
    expect(index.actors.find((x) => x.id === id)?.kind).toBe('organization');
    expect(index.rulesOf(id!)).toContain('tentative-start-of-organisation');
    // (not a name more reports write alone than in the organisation's name: a city)
    const city = canonicalizeActors([
      { doc: 'a', mentions: [mention('New Orleans Foundation', 'organization', 'org:new orleans foundation', ['organisation-head-word'])] },
      { doc: 'b', mentions: [mention('New Orleans', 'person', '?new orleans', ['tentative-full-name'])] },
      { doc: 'c', mentions: [mention('New Orleans', 'person', '?new orleans', ['tentative-full-name'])] },
    ]);
    expect(city.joins.map((j) => j.rule)).not.toContain('tentative-start-of-organisation');
  });

  it('joins a tentative named thing to the one another report knows, and keeps it unconfirmed when none does (tentative-joins-named-thing)', () => {
    const index = canonicalizeActors([
      { doc: 'a', mentions: [mention('Sea Falcon', 'other', 'other:sea falcon', ['product-cue'])] },
      {
        doc: 'b',
        mentions: [
          mention('Sea Falcon', 'other', '?sea falcon', ['tentative-named-thing']),
          mention('Kite Star', 'other', '?kite star', ['tentative-named-thing']),
        ],
      },
    ]);
    expect(index.resolve('b', '?sea falcon')).toBe('sea-falcon');
    expect(index.rulesOf('sea-falcon')).toContain('tentative-joins-named-thing');
    expect(index.resolve('b', '?kite star')).toBe('kite-star');
    expect(index.rulesOf('kite-star')).toEqual(['unconfirmed-name']);
  });
});
