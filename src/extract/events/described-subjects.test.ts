import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

const dated = (text: string, published: string) => events(text, published).filter((m) => m.time);

describe('events/described-subjects: "the" and a description a reader cannot place', () => {
  it('makes no event of a thing known only by its measure (subject-cannot-be-placed:measure-only)', () => {
    const device =
      'The 450-ton device was removed Friday afternoon from the Gulf of Mexico floor and attached to a long section of pipe that will be used to haul it 5,000 feet to the surface.';
    expect(whyNot(device, '2010-09-04')).toContain('removed:subject-cannot-be-placed:measure-only');
    expect(dated(device, '2010-09-04').map((m) => m.title)).toEqual([]);
    // (A noun before the head says which kind; "a" introduces its thing.)
    const stack = 'The 75-tonne capping stack was lowered onto the well on Monday.';
    expect(whyNot(stack, '2010-07-13')).not.toContain('lowered:subject-cannot-be-placed:measure-only');
    expect(dated('A 450-ton device was removed on Friday.', '2010-09-04').map((m) => m.title)).toEqual(['A 450-ton device was removed']);
  });

  it('makes no event of a bare "members" or "measurements" (subject-cannot-be-placed:needs-its-phrase)', () => {
    const members = 'Members also cheered a brief BP share price rally on Thursday.';
    expect(whyNot(members, '2010-06-18')).toContain('cheered:subject-cannot-be-placed:needs-its-phrase');
    expect(dated(members, '2010-06-18').map((m) => m.title)).toEqual([]);
    const since = 'Since measurements ended nearly two months ago, the scientists admit they are unsure what has happened to the plume.';
    expect(whyNot(since, '2010-08-10')).toContain('ended:subject-cannot-be-placed:needs-its-phrase');
    // (Its phrase kept: "Members of Congress".)
    const congress = 'Members of Congress reminded Tony Hayward of the 11 dead workers on Thursday.';
    expect(dated(congress, '2010-06-18').map((m) => m.title)[0]).toMatch(/^Members of Congress reminded Tony Hayward/);
  });

  it('makes no event of a bare noun of one with "its" after the verb (object-cannot-be-placed:whose)', () => {
    const cement =
      'Then, it spent the next two months dying: The well was sealed off July 15, and cement was forced down its central pipe in a so-called "static kill" in early August.';
    expect(whyNot(cement, '2010-09-19')).toContain('forced:object-cannot-be-placed:whose');
    expect(dated(cement, '2010-09-19').map((m) => m.title)).not.toContain('Cement was forced down its central pipe');
    // (A short name in capitals the tagger took for a noun owns its alert level.)
    const who = 'The WHO raised its global pandemic alert level to 5 on Wednesday.';
    expect(whyNot(who, '2009-04-30')).not.toContain('raised:object-cannot-be-placed:whose');
  });
});
