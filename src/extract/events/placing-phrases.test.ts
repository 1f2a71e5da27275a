import { describe, expect, it } from 'vitest';
import { events } from '../events.harness';
import { buildTimeline, type SourceFile } from '../pipeline';
import { OBJECT_NOT_THE_STORYS, objectsPlacedInCollection, STORY_DOCUMENTS } from '../salience';
import type { Cluster } from '../merge';

const made = (text: string, published: string) => events(text, published).map((m) => ({ title: m.title, rules: m.rules, objectHead: m.objectHead }));

// Reuters 1987 and Timeline17: a title's "the" noun that a reader cannot place, and the words of its own sentence that
// place it (events/naming-of.ts, events/unplaced.ts `bareObject`, salience.ts `objectsPlacedInCollection`).
describe('events: the words that place a title\'s "the" noun', () => {
  it('keeps the name after the naming "of" (title:keeps-naming-of-phrase)', () => {
    const gold = "Gold output in the northeast China province of Heilongjiang rose 22.7 pct in 1986 from 1985's level, the New China News Agency said.";
    const [m] = made(gold, '1987-03-02');
    expect(m.title).toBe('Gold output in the northeast China province of Heilongjiang rose 22.7 pct');
    expect(m.rules).toContain('title:keeps-naming-of-phrase');
  }, 60_000);

  it('marks a bare "the" object for the collection to place (bareObject), not one with a word that says which', () => {
    const [region] = made(
      'President Barack Obama toured the region Sunday, deflecting criticism that his administration was too slow to respond.',
      '2010-05-03',
    );
    expect(region.title).toBe('President Barack Obama toured the region');
    expect(region.objectHead).toBe('region');
    const [community] = made('Spain joined the community in January last year and farmers say they have suffered competition from EC imports.', '1987-03-04');
    expect(community.title).toBe('Spain joined the community');
    expect(community.objectHead).toBe('community');
    const lange = made(
      'Prime Minister David Lange visited the region today before flying to Auckland to attend a South Pacific Forum conference of foreign ministers.',
      '1987-03-03',
    ).find((m) => m.title.includes('visited'));
    expect(lange?.title).toBe('Prime Minister David Lange visited the region');
    expect(lange?.objectHead).toBe('region');
    // (A noun before the head says which kind: "the swap program"; a name says which: "the Metropark hotel".)
    const [swap] = made('Mexico suspended the swap program on Friday.', '1987-03-02');
    expect(swap.title).toBe('Mexico suspended the swap program');
    expect(swap.objectHead).toBeUndefined();
    const [hotel] = made('Police sealed off the Metropark hotel on Saturday.', '2009-05-03');
    expect(hotel.objectHead).toBeUndefined();
    // (A currency is the one of its name; an infinitive's object is what was urged, after who urged whom.)
    const rupiah = made(
      "What path to take appears to be a matter of some dispute within Suharto's government. The government devalued the rupiah by 31 pct against the dollar last September to help exports and curb imports.",
      '1987-03-05',
    ).find((m) => m.title.includes('rupiah'));
    expect(rupiah?.title).toBe("Suharto's government devalued the rupiah");
    expect(rupiah?.objectHead).toBeUndefined();
    const tender = made('Last night GenCorp Inc urged shareholders to reject the tender.', '1987-03-31').find((m) => m.title.includes('urged'));
    expect(tender?.title).toBe('GenCorp Inc urged shareholders to reject the tender');
    expect(tender?.objectHead).toBeUndefined();
  }, 60_000);
});

const file = (id: string, text: string): SourceFile => ({ id, bytes: new TextEncoder().encode(text) });

describe(`salience: an object the collection tells of (${OBJECT_NOT_THE_STORYS})`, () => {
  it('hides "toured the region" where no document tells of a region, and keeps "capped the well" in a story of one well', () => {
    const files = [
      file(
        '00.txt',
        'Published May 3, 2010\n\nPresident Barack Obama toured the region on Sunday, deflecting criticism that his administration was too slow to respond.',
      ),
    ];
    for (let i = 1; i <= STORY_DOCUMENTS + 2; i++)
      files.push(file(`${String(i).padStart(2, '0')}.txt`, `Published July ${i}, 2010\n\nEngineers inspected the well on Monday.`));
    files.push(file('zz.txt', 'Published July 20, 2010\n\nBP capped the well on July 15, halting the flow of oil into the Gulf.'));
    const shown = buildTimeline(files).events.map((e) => e.title);
    expect(shown).not.toContain('President Barack Obama toured the region');
    expect(shown).toContain('BP capped the well');
  }, 60_000);

  it('hides an event only when every report has such an object', () => {
    const mention = (objectHead?: string) => ({ title: 'x', objectHead }) as unknown as Cluster['mentions'][number];
    const both = { mentions: [mention('region'), mention()], undated: [] } as unknown as Cluster;
    const only = { mentions: [mention('region')], undated: [] } as unknown as Cluster;
    const hidden: Array<{ rule: string; lemma: string }> = [];
    const heads = Array.from({ length: STORY_DOCUMENTS }, () => ['well']);
    expect(objectsPlacedInCollection([both, only], heads, hidden as never)).toEqual([both]);
    // (A collection too small to tell of anything hides nothing.)
    expect(objectsPlacedInCollection([both, only], [['region']])).toEqual([both, only]);
    expect(hidden.map((h) => [h.rule, h.lemma])).toEqual([[OBJECT_NOT_THE_STORYS, 'region']]);
  });
});
