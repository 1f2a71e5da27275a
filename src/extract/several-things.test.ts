import { describe, expect, it } from 'vitest';
import type { Cluster } from './merge';
import { analyseText } from './nlp/analyse';
import {
  NOT_THE_STORYS,
  nounInstances,
  OBJECT_ONE_OF_SEVERAL,
  objectsPlacedInCollection,
  ONE_OF_SEVERAL,
  PHRASE_ONE_OF_SEVERAL,
  phrasesPlacedInCollection,
  placeableInCollection,
  SEVERAL_BESIDE_MIN,
  SEVERAL_MIN,
  severalThings,
} from './salience';
import { segmentSentences } from './segment';

const instances = (text: string) => nounInstances(analyseText(text, segmentSentences(text)));

const report = (title: string, fields: { bareHead?: string; objectHead?: string }) =>
  ({ title, rules: [], ...fields }) as unknown as Cluster['mentions'][number];
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
    // ("a new cap" and "another cap" are each one of a kind, and set beside another; "the cap" is the known one.)
    expect(counts).toContainEqual(['cap', 2, 1, 2]);
    // ("a relief well" is a kind of well, the noun before says so; "the well" is the known one.)
    expect(counts).toContainEqual(['well', 0, 1, 0]);
  }, 30_000);

  it("finds the caps of a spill several and its well one, and the story's own thing one however it is introduced", () => {
    // (Counts as in the Washington Post's spill collection: "a ... cap" 8 times, "the cap" 27, "the new cap", "the old
    // cap" and the like 16, in 44 of 291 documents; "a ... well" 19 times, "the well" 330, in 175; "an explosion" 11
    // times, "the explosion" 41, in 126 of them; "a blowout" 19 times, "the blowout" 36, "the original blowout" once.)
    const docs = 291;
    const inst: Array<Array<[string, number, number, number]>> = Array.from({ length: docs }, () => []);
    const heads: string[][] = Array.from({ length: docs }, () => []);
    const spread = (lemma: string, one: number, known: number, beside: number, inDocs: number) => {
      for (let i = 0; i < inDocs; i++) heads[i].push(lemma);
      inst[0].push([lemma, one, known, beside]);
    };
    spread('cap', 8, 27, 16, 44);
    spread('well', 19, 330, 6, 175);
    spread('explosion', 41, 140, 6, 126);
    spread('blowout', 19, 36, 2, 74);
    const several = severalThings(inst, heads);
    expect(several.has('cap')).toBe(true);
    expect(several.has('well')).toBe(false);
    // (Never set beside another blowout: "The well suffered the blowout" reads alone.)
    expect(several.has('blowout')).toBe(false);
    // (Told in more than STORY_NOUN_SHARE of the documents: the story's own explosion, "an explosion" or not.)
    expect(several.has('explosion')).toBe(false);
    // (A few "a" phrases are the one thing introduced, below SEVERAL_MIN.)
    const few = Array.from({ length: 12 }, () => ['box']);
    expect(severalThings([[['box', SEVERAL_MIN - 1, 2, SEVERAL_BESIDE_MIN]]], few).has('box')).toBe(false);
    expect(
      severalThings(
        [[['box', SEVERAL_MIN, 2, SEVERAL_BESIDE_MIN]]],
        Array.from({ length: 12 }, (_, i) => (i ? [] : ['box'])),
      ).has('box'),
    ).toBe(true);
    // (A collection of fewer than STORY_DOCUMENTS documents tells of nothing several.)
    expect(severalThings([[['box', SEVERAL_MIN, 2, SEVERAL_BESIDE_MIN]]], [[]]).size).toBe(0);
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

  it(`hides "The flow of oil was shut off by the cap" and "Valves on the cap were shut" (${PHRASE_ONE_OF_SEVERAL}), keeps "the cap on the well"`, () => {
    const several = new Set(['cap']);
    const shut = cluster(report('The flow of oil was shut off by the cap', {}));
    const valves = cluster(report('Valves on the cap were shut', {}));
    const on = cluster(report('Engineers placed the cap on the well', {}));
    const fitted = cluster(report('BP put a new tight-fitting cap on the well', {}));
    const hidden: Array<{ rule: string; lemma: string }> = [];
    expect(phrasesPlacedInCollection([shut, valves, on, fitted], several, hidden as never)).toEqual([on, fitted]);
    expect(hidden.map((h) => [h.rule, h.lemma])).toEqual([
      [PHRASE_ONE_OF_SEVERAL, 'cap'],
      [PHRASE_ONE_OF_SEVERAL, 'cap'],
    ]);
    // (An event with another report whose title names it otherwise is kept, the report with "the cap" marked to be
    // shown last, merge.ts; a collection with no such noun hides nothing.)
    const both = cluster(report('The flow of oil was shut off by the cap', {}), report('The flow of oil was shut off', {}));
    const kept = phrasesPlacedInCollection([both], several);
    expect(kept.map((c) => c.mentions.map((m) => [m.title, m.rules]))).toEqual([
      [
        ['The flow of oil was shut off by the cap', [PHRASE_ONE_OF_SEVERAL]],
        ['The flow of oil was shut off', []],
      ],
    ]);
    expect(phrasesPlacedInCollection([shut], new Set())).toEqual([shut]);
    // (Timeline17, Reuters' spill collection: a noun after it is the phrase's head, "the court" says what kind of ruling.)
    const ruling = cluster(report('The court ruling pushed shares of Transocean Ltd up', {}));
    expect(phrasesPlacedInCollection([ruling], new Set(['court']))).toEqual([ruling]);
  });
});
