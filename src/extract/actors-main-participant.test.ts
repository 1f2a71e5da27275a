import { describe, expect, it } from 'vitest';
import { findActorMentions } from './actors';
import { buildTimeline } from './pipeline';
import { wireStory } from './wire-story.harness';

// Reuters 1987 sets judged blind (round 72): half the failing records failed on actors, most often the main participant
// missing ("The Wallenbergs originally sold Nobel Industrier" with no Wallenbergs) or a junk actor ("B" of "Swedish
// Match's B shares"). scripts/eval/subject-actors-lint.ts counts the events whose title's subject names no actor.
const mention = (text: string, surface: string) => findActorMentions(text).find((m) => m.surface === surface);

/** The events of one wire story, with their actors' names and their actor rules. */
function wireEvents(published: string, body: string) {
  const timeline = buildTimeline(wireStory(published, body));
  const names = new Map(timeline.actors.map((a) => [a.id, a.name]));
  return timeline.events.map((e) => ({
    title: e.title,
    actors: e.actors.map((id) => names.get(id)),
    rules: e.mentions.flatMap((m) => m.rules),
  }));
}

describe('the main participant is named: families, firms "and Co", slash names, bodies of an office', () => {
  it('reads "the Wallenbergs" that acted as a family, an organisation (family-name-after-the)', () => {
    const m = mention(
      'The Wallenbergs originally sold Nobel Industrier, an arms and chemicals group, to Penser in 1984 to pay for buying Volvo.',
      'Wallenbergs',
    );
    expect(m).toMatchObject({ kind: 'organization', rules: expect.arrayContaining(['family-name-after-the']) });
    // (not a plural that does not act: "the Wallenbergs' holding")
    expect(mention("The Wallenbergs' holding company is Investor.", 'Wallenbergs')?.rules ?? []).not.toContain('family-name-after-the');
  });

  it('reads "Goldman Sachs and Co" as one firm, no tentative person (and-co-ends-name)', () => {
    const m = mention("Goldman Sachs and Co, BP's investment advisor, advised the Shell Oil board in 1984 and 1985.", 'Goldman Sachs and Co');
    expect(m).toMatchObject({ kind: 'organization', rules: ['and-co-ends-name'] });
  });

  it('reads "Royal Dutch/Shell" as one organisation, no surname "Royal" (slash-joins-name)', () => {
    const text =
      'After objections from minority shareholders about the price, Royal Dutch/Shell raised its bid and began a 58 dlrs a share tender offer in April 1984.';
    expect(mention(text, 'Royal Dutch/Shell')).toMatchObject({ kind: 'organization', rules: ['slash-joins-name'] });
    expect(findActorMentions(text).some((m) => m.surface === 'Royal')).toBe(false);
    // (two states are two: "The U.S./Japan talks ended, Shell said.")
    expect(findActorMentions('The U.S./Japan talks ended, Shell said.').map((m) => m.surface)).toEqual(['U.S.', 'Japan', 'Shell']);
  });

  it('reads "an Office of the President" as a body, no surname "Office" (body-of-titled-office)', () => {
    const m = mention(
      'Sam Antar and other executive vice presidents Mitchell Antar and Isaac Kairey were named to an Office of the President that took over the duties of chief executive officer from chairman Eddie Antar in January.',
      'Office of the President',
    );
    expect(m).toMatchObject({ kind: 'organization', rules: ['body-of-titled-office'] });
  });
});

describe('an acronym spelling a name a country opens', () => {
  it('reads "Zambia Consolidated Copper Mines, ZCCM," as one organisation, and the ZCCM that acted as it (country-starts-spelt-name)', () => {
    const text =
      "LUSAKA, March 5 - Sales fell 18.7 pct to 119,967 tonnes from 147,537, Zambia Consolidated Copper Mines, ZCCM, said.\n\nZCCM, which monopolises copper mining in Zambia and accounts for about 90 pct of the country's foreign exchange earnings, made a net loss of 718 mln kwacha in 1986.";
    const found = findActorMentions(text);
    expect(found.find((m) => m.surface === 'Zambia Consolidated Copper Mines')).toMatchObject({ kind: 'organization', rules: ['country-starts-spelt-name'] });
    expect(found.filter((m) => m.surface === 'ZCCM').map((m) => m.key)).toEqual([
      'org:zambia consolidated copper mines',
      'org:zambia consolidated copper mines',
    ]);
  });
});

describe('nothing else: no share class, no sayer who only reported the figure', () => {
  it('makes no actor of a share class "B" (one-letter-name)', () => {
    const aside: Array<{ word: string; rule: string }> = [];
    const text = "Swedish Match's B shares open to foreign buyers closed at 424 crowns on Friday.";
    expect(findActorMentions(text, undefined, aside).some((m) => m.surface === 'B')).toBe(false);
    expect(aside).toContainEqual({ word: 'B', rule: 'one-letter-name' });
  });

  it('lists no organisation that only reported the figure at the sentence end (actors:sayer-of-trailing-attribution)', () => {
    const events = wireEvents(
      '1987-04-01',
      "# LUXEMBOURG BANK BALANCES' JANUARY FALL\n\nLUXEMBOURG, April 1 - The balance sheet total of all Luxembourg-based banks fell in January to 7,888 billion luxembourg francs, a decline of 1.49 pct on the previous month, the Institut Monetaire Luxembourgeois (IML) said.",
    );
    const fell = events.find((e) => e.title.includes('fell'));
    expect(fell?.actors).toEqual([]);
    expect(fell?.rules).toContain('actors:sayer-of-trailing-attribution');
  }, 60_000);
});

describe('the owner of a figure that moved (actors:state-owns-moved-figure)', () => {
  it('lists West Germany for its sugar stocks that rose', () => {
    const events = wireEvents(
      '1987-03-05',
      '# WEST GERMAN SUGAR STOCKS RISE\n\nBONN, March 5 - West German sugar stocks rose to 2.60 mln tonnes in February from 2.41 mln in January, the agriculture ministry said.',
    );
    const rose = events.find((e) => e.title.includes('rose'));
    expect(rose?.title).toBe('West German sugar stocks rose to 2.60 mln tonnes');
    expect(rose?.actors).toEqual(['West Germany']);
    expect(rose?.rules).toContain('actors:state-owns-moved-figure');
  }, 60_000);

  it('lists no state before a noun whose clause tells no figure ("Canadian troops were killed")', () => {
    const events = wireEvents('2010-05-18', '# TROOPS KILLED\n\nKABUL, May 18 - A Canadian colonel was killed in Afghanistan on Tuesday, officials said.');
    for (const e of events) expect(e.rules).not.toContain('actors:state-owns-moved-figure');
  }, 60_000);
});

describe('the main participant on the events of a wire story', () => {
  it('lists the Wallenbergs who sold, Royal Dutch/Shell that bid', () => {
    const sold = wireEvents(
      '1987-03-02',
      '# WALLENBERGS FIGHT BID FOR SWEDISH MATCH STAKE\n\nSTOCKHOLM, March 2 - The Wallenbergs originally sold Nobel Industrier, an arms and chemicals group, to Penser in 1984 to pay for buying Volvo out of two other key group companies.',
    ).find((e) => e.title.includes('sold'));
    expect(sold?.actors).toContain('Wallenbergs');
    const bid = wireEvents(
      '1987-03-26',
      '# BP MAY HAVE TO RAISE BID - ANALYSTS\n\nNEW YORK, March 26 - After objections from minority shareholders about the price, Royal Dutch/Shell raised its bid and began a 58 dlrs a share tender offer in April 1984.',
    ).find((e) => e.title.includes('tender offer'));
    expect(bid?.actors).toEqual(['Royal Dutch/Shell']);
  }, 60_000);
});
