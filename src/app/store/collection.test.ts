import { describe, expect, it } from 'vitest';
import { collectionFacts, collectionTitle, factsLine } from './collection';
import { buildIndex } from './timelineIndex';
import { smallTimeline } from './__fixtures__/smallTimeline';
import { storyView } from './storyView';

describe("a collection's name and facts", () => {
  it('is the title the file gives (extract --title or the folder)', () => {
    expect(collectionTitle({ ...smallTimeline, title: 'BP oil spill, BBC' })).toBe('BP oil spill, BBC');
  });

  it('without one, is named after the actors on most events, not after the file', () => {
    const title = collectionTitle(smallTimeline);
    expect(title).not.toMatch(/timeline|\.json/);
    const kim = smallTimeline.actors.find((a) => a.id === 'kim')!.name;
    expect(title).toContain(kim);
  });

  it('says the period from the first to the last event, each date no more precise than it is known', () => {
    const index = buildIndex(smallTimeline);
    const all = index.events.map((_, i) => i);
    const facts = collectionFacts(index, all);
    expect(facts.period).toMatch(/^2018 – \d{1,2} \w{3} 2024$/);
    expect(facts.events).toBe(3);
  });

  it('counts the articles and publishers the shown events come from', () => {
    const index = buildIndex(smallTimeline);
    const facts = collectionFacts(index, [index.eventPos.get('meeting')!]);
    const docs = new Set(index.events[index.eventPos.get('meeting')!].mentions.map((m) => m.doc));
    expect(facts.articles).toBe(docs.size);
    expect(factsLine(facts)).toMatch(/^1 event from \d+ articles?( by \d+ publishers?)?$/);
  });

  it('unfiltered, counts every article of the collection, also those that report no event; filtered, those of its events', () => {
    const quiet = { id: 'c.txt', title: 'Article C', publisher: 'Other Paper', published: null, text: 'Nothing happened.', citedSources: [] };
    const index = buildIndex({ ...smallTimeline, documents: [...smallTimeline.documents, quiet] });
    const all = index.events.map((_, i) => i);
    const whole = collectionFacts(index, all, storyView(index, all, 'key', 'folded'));
    expect(whole.articles).toBe(3);
    expect(whole.publishers).toBe(2);
    expect(factsLine(whole)).toBe('3 events from 3 articles by 2 publishers');
    const meeting = index.eventPos.get('meeting')!;
    const filtered = collectionFacts(index, [meeting], storyView(index, [meeting], 'key', 'folded'));
    expect(filtered.articles).toBe(new Set(index.events[meeting].mentions.map((m) => m.doc)).size);
  });
});
