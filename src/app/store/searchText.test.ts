import { describe, expect, it } from 'vitest';
import { buildSearchText, eventsWithWords, searchWords } from './searchText';
import { smallTimeline } from './__fixtures__/smallTimeline';

const search = buildSearchText(smallTimeline.events);
const found = (q: string) => [...eventsWithWords(search, searchWords(q))].flatMap((hit, i) => (hit ? [smallTimeline.events[i].id] : []));

describe('text search over one string', () => {
  it('finds every word in titles and quotes, any case', () => {
    expect(found('TREATY')).toEqual(['treaty']);
    expect(found('according kcna')).toEqual(['agreement', 'meeting']);
  });

  it('needs every word in the same event, never across two', () => {
    expect(found('treaty belousov')).toEqual([]);
  });

  it('no words: every event', () => {
    expect(found('  ')).toEqual(['agreement', 'treaty', 'meeting']);
  });
});
