import { describe, expect, it } from 'vitest';
import type { Cluster } from './merge';
import { analyseText } from './nlp/analyse';
import {
  NOT_THE_STORYS,
  nounInstances,
  OBJECT_ONE_OF_SEVERAL,
  objectsPlacedInCollection,
  ONE_OF_SEVERAL,
  placeableInCollection,
  SEVERAL_MIN,
  severalThings,
} from './salience';
import { segmentSentences } from './segment';

const instances = (text: string) => nounInstances(analyseText(text, segmentSentences(text)));

const report = (title: string, fields: { bareHead?: string; objectHead?: string }) => ({ title, ...fields }) as unknown as Cluster['mentions'][number];
const cluster = (...mentions: Cluster['mentions']) => ({ mentions, undated: [] }) as unknown as Cluster;

// Timeline17, the BP spill: a funnel, a top hat, a containment cap and a new tighter-fitting one were each "the cap" in
// turn, and every title with "the cap" alone was judged unreadable ("The cap collected about 620,000 gallons",
// "Robots removed the cap": "which cap? the story had several"); "The well was capped" in the same collections is
// judged readable: the well is the story's one thing.
describe('salience: a noun the collection calls several things by', () => {
  it('counts each noun written as one of a kind ("a new cap") and as the known thing ("the cap"), not a kind of its own ("a relief well")', () => {
    const counts = instances(
      'BP placed a new cap on the well on Monday. Engineers said the cap was working. Another cap could follow. Drilling started on a relief well.',
    );
    expect(counts).toContainEqual(['cap', 2, 1]);
    // ("a relief well" is a kind of well, the noun before says so; "the well" is the known one.)
    expect(counts).toContainEqual(['well', 0, 1]);
  }, 30_000);

  it("finds the caps of a spill several and its well one, and the story's own thing one however it is introduced", () => {
    // (Counts as in the Washington Post's spill collection: "a ... cap" 8 times, "the cap" 27, in 44 of 291 documents;
    // "a ... well" 19 times, "the well" 330; "an explosion" 11 times, "the explosion" 41, in 126 of them.)
    const docs = 291;
    const inst: Array<Array<[string, number, number]>> = Array.from({ length: docs }, () => []);
    const heads: string[][] = Array.from({ length: docs }, () => []);
    const spread = (lemma: string, one: number, known: number, inDocs: number) => {
      for (let i = 0; i < inDocs; i++) heads[i].push(lemma);
      inst[0].push([lemma, one, known]);
    };
    spread('cap', 8, 27, 44);
    spread('well', 19, 330, 175);
    spread('explosion', 41, 140, 126);
    const several = severalThings(inst, heads);
    expect(several.has('cap')).toBe(true);
    expect(several.has('well')).toBe(false);
    // (Told in more than STORY_NOUN_SHARE of the documents: the story's own explosion, "an explosion" or not.)
    expect(several.has('explosion')).toBe(false);
    // (A few "a" phrases are the one thing introduced, below SEVERAL_MIN.)
    expect(severalThings([[['box', SEVERAL_MIN - 1, 2]]], [['box']]).has('box')).toBe(false);
  });

  it(`hides "The cap collected about 620,000 gallons" and "Robots removed the cap" (${ONE_OF_SEVERAL}, ${OBJECT_ONE_OF_SEVERAL}), keeps "The well was sealed"`, () => {
    const heads: string[][] = Array.from({ length: 40 }, () => ['cap', 'well']);
    const several = new Set(['cap']);
    const collected = cluster(report('The cap collected about 620,000 gallons', { bareHead: 'cap' }));
    const sealed = cluster(report('The well was sealed', { bareHead: 'well' }));
    const hidden: Array<{ rule: string; lemma: string }> = [];
    expect(placeableInCollection([collected, sealed], heads, hidden as never, several)).toEqual([sealed]);
    expect(hidden.map((h) => [h.rule, h.lemma])).toEqual([[ONE_OF_SEVERAL, 'cap']]);
    const removed = cluster(report('Robots removed the cap', { objectHead: 'cap' }));
    const capped = cluster(report('BP capped the well', { objectHead: 'well' }));
    const gone: Array<{ rule: string; lemma: string }> = [];
    expect(objectsPlacedInCollection([removed, capped], heads, gone as never, several)).toEqual([capped]);
    expect(gone.map((h) => [h.rule, h.lemma])).toEqual([[OBJECT_ONE_OF_SEVERAL, 'cap']]);
    // (Without the caps told several, the story's caps are placed as before; a crystal the collection never tells of is not.)
    expect(placeableInCollection([collected], heads)).toEqual([collected]);
    const crystals = cluster(report('The crystals caused BP PLC problems', { bareHead: 'crystal' }));
    const why: Array<{ rule: string }> = [];
    placeableInCollection([crystals], heads, why as never, several);
    expect(why.map((h) => h.rule)).toEqual([NOT_THE_STORYS]);
  });

  it('leaves a title whose words before the noun say which kind ("The top kill started") to the other rules', () => {
    const heads: string[][] = Array.from({ length: 40 }, () => ['kill']);
    const top = cluster(report('The top kill started', { bareHead: 'kill' }));
    expect(placeableInCollection([top], heads, undefined, new Set(['kill']))).toEqual([top]);
  });
});
