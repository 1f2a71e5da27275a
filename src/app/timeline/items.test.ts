import { describe, expect, it } from 'vitest';
import type { TimelineFile } from '../../schema/timeline';
import { smallTimeline } from '../store/__fixtures__/smallTimeline';
import { buildIndex } from '../store/timelineIndex';
import type { Lanes } from '../store/viewSlice';
import { buildItems, shortTitle } from './items';

const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty'];

/** The small timeline with its event, actor and document ids renamed after members of Object.prototype. */
function prototypeNamed(): TimelineFile {
  const t = structuredClone(smallTimeline);
  const actor = new Map(t.actors.map((a, i) => [a.id, PROTOTYPE_NAMES[i]]));
  const doc = new Map(t.documents.map((d, i) => [d.id, PROTOTYPE_NAMES[i + 2]]));
  for (const a of t.actors) a.id = actor.get(a.id)!;
  for (const d of t.documents) d.id = doc.get(d.id)!;
  t.events.forEach((e, i) => {
    e.id = PROTOTYPE_NAMES[i];
    e.actors = e.actors.map((a) => actor.get(a)!);
    for (const m of e.mentions) m.doc = doc.get(m.doc)!;
    for (const c of e.conflicts ?? []) c.doc = doc.get(c.doc)!;
  });
  return t;
}

describe('what vis-timeline is given', () => {
  for (const lanes of ['none', 'actor', 'source'] as Lanes[]) {
    it(`never uses an id named like a member of Object.prototype as an item or lane id (lanes: ${lanes})`, () => {
      const index = buildIndex(prototypeNamed());
      const { items, groups } = buildItems(index, lanes);
      const ids = [...items.map((i) => i.id), ...items.map((i) => i.group ?? ''), ...(groups ?? []).map((g) => g.id)].filter(Boolean);
      expect(ids.length).toBeGreaterThan(0);
      // vis-timeline looks items and lanes up in plain objects: an id must not find anything in an empty one
      expect(ids.filter((id) => id in {})).toEqual([]);
      // and every item still says which event it draws, so a click selects that event
      expect(new Set(items.map((i) => i.eventId))).toEqual(new Set(['constructor', '__proto__', 'toString']));
    });
  }

  it('labels the lanes with the names of the actors, and the documents with their publisher over a short title', () => {
    const index = buildIndex(prototypeNamed());
    expect(buildItems(index, 'actor').groups!.map((g) => g.label)).toEqual(['Kim Jong Un', 'Andrei Belousov', 'No actor', 'Vladimir Putin']);
    expect(buildItems(index, 'source').groups!.map((g) => [g.label, g.detail])).toEqual([
      ['Euro News Source', 'Article A'],
      ['Publisher unknown', 'Article B'],
    ]);
  });

  it('cuts a sentence-long document title to its first words for the lane, keeping the whole title on hover', () => {
    const title = 'Kim Jong Un Meets with Russian Defense Minister, Signaling Strengthened Ties Amidst Geopolitical Tensions';
    expect(shortTitle(title)).toBe('Kim Jong Un Meets with Russian Defense…');
    expect(shortTitle('Article A')).toBe('Article A');
    const t = structuredClone(smallTimeline);
    t.documents[0].title = title;
    const lane = buildItems(buildIndex(t), 'source').groups!.find((g) => g.label === 'Euro News Source')!;
    expect(lane.full).toBe(`Euro News Source: ${title}`);
  });
});
