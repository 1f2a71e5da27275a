import { describe, expect, it } from 'vitest';
import { buildTimeline, type SourceFile } from './pipeline';
import type { Cluster } from './merge';
import { MIN_DOCUMENTS, NOT_THE_STORYS, placeableInCollection, STORY_DOCUMENTS } from './salience';

const file = (id: string, text: string): SourceFile => ({ id, bytes: new TextEncoder().encode(text) });

/** A collection about one well: every document tells of "the well"; one of them of "the crystals" too. */
function collection(size: number): SourceFile[] {
  const files = [
    file('00.txt', 'Published July 10, 2010\n\nThe crystals caused BP PLC problems in May, when it tried to cover the leak with a containment dome.'),
  ];
  for (let i = 1; i < size; i++) files.push(file(`${String(i).padStart(2, '0')}.txt`, `Published July ${i}, 2010\n\nEngineers inspected the well on Monday.`));
  files.push(file('zz.txt', 'Published July 20, 2010\n\nThe well was capped on July 15, halting the flow of oil into the Gulf.'));
  return files;
}

const titles = (files: SourceFile[]) => buildTimeline(files).events.map((e) => e.title);

describe("salience: the story's own things", () => {
  it('hides a title whose subject the collection does not tell of, and keeps the story\'s own "the well"', () => {
    const shown = titles(collection(MIN_DOCUMENTS + 4));
    expect(shown).not.toContain('The crystals caused BP PLC problems');
    expect(shown).toContain('The well was capped');
  });

  it('hides nothing in a small collection, where a share says nothing (a first article, the seeds)', () => {
    expect(titles(collection(4))).toContain('The crystals caused BP PLC problems');
  });

  // Reuters 1987, 14 Dutch stories: "The strikes were called off by the main port union FNV on March 13" ("'The
  // strikes' cannot be placed (which strikes, where)"); in two of them "the strikes" heads a phrase.
  it('hides in a wire set of 10 to 19 stories a subject not told in STORY_DOCUMENTS of them', () => {
    const mention = (bareHead?: string) => ({ title: 'x', bareHead }) as unknown as Cluster['mentions'][number];
    const strikes = { mentions: [mention('strike')], undated: [] } as unknown as Cluster;
    const port = { mentions: [mention('port')], undated: [] } as unknown as Cluster;
    const heads = Array.from({ length: 14 }, (_, i) => (i < 2 ? ['strike', 'port'] : i < STORY_DOCUMENTS + 1 ? ['port'] : ['bank']));
    const hidden: Array<{ rule: string; lemma: string }> = [];
    expect(placeableInCollection([strikes, port], heads, hidden as never)).toEqual([port]);
    expect(hidden.map((h) => [h.rule, h.lemma])).toEqual([[NOT_THE_STORYS, 'strike']]);
    // (Below STORY_DOCUMENTS stories nothing is hidden.)
    expect(placeableInCollection([strikes, port], heads.slice(0, STORY_DOCUMENTS - 1))).toEqual([strikes, port]);
  });

  it(`names the rule ${NOT_THE_STORYS}`, () => {
    const mention = (bareHead?: string) => ({ title: 'x', bareHead }) as unknown as Cluster['mentions'][number];
    const crystals = { mentions: [mention('crystal')], undated: [] } as unknown as Cluster;
    const well = { mentions: [mention('well')], undated: [] } as unknown as Cluster;
    const heads = Array.from({ length: 30 }, (_, i) => (i === 0 ? ['crystal', 'well'] : ['well']));
    const hidden: Array<{ rule: string; lemma: string }> = [];
    expect(placeableInCollection([crystals, well], heads, hidden as never)).toEqual([well]);
    expect(hidden.map((h) => [h.rule, h.lemma])).toEqual([[NOT_THE_STORYS, 'crystal']]);
  });
});
