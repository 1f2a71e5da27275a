import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, type Filters } from './filtering';
import { filterPhrases, onlyLine } from './filterSummary';
import { buildIndex } from './timelineIndex';
import { smallTimeline } from './__fixtures__/smallTimeline';

const index = buildIndex(smallTimeline);
const phrases = (f: Partial<Filters>) => filterPhrases(index, { ...EMPTY_FILTERS, ...f });

describe('the active filters in words', () => {
  it('says nothing when nothing is chosen', () => {
    expect(phrases({})).toEqual([]);
  });

  it('names the chosen actors by name, joined as the any/all choice joins them', () => {
    expect(phrases({ actors: ['belousov'] })).toEqual(['with Andrei Belousov']);
    expect(phrases({ actors: ['kim', 'putin', 'belousov'] })).toEqual(['with Kim Jong Un, Vladimir Putin or Andrei Belousov']);
    expect(phrases({ actors: ['kim', 'putin'], actorMatch: 'all' })).toEqual(['with Kim Jong Un and Vladimir Putin']);
  });

  it('an actor the timeline lacks filters nothing, so it is not said', () => {
    expect(phrases({ actors: ['nobody-here'] })).toEqual([]);
  });

  it('names one document by its title, counts several; publishers, cited sources, the search words and the dates', () => {
    expect(phrases({ docs: ['a.txt'] })).toEqual(['reported in “Article A”']);
    expect(phrases({ docs: ['a.txt', 'b.txt'] })).toEqual(['reported in 2 chosen documents']);
    expect(phrases({ publishers: ['Euro News Source'], cited: ['KCNA'], text: ' treaty ' })).toEqual([
      'published by Euro News Source',
      'according to KCNA',
      'matching “treaty”',
    ]);
    expect(phrases({ from: '2024-06-01', to: '2024-06-30' })).toEqual(['from 1 Jun 2024 to 30 Jun 2024']);
    expect(phrases({ from: '2024-06-01' })).toEqual(['from 1 Jun 2024 on']);
    expect(phrases({ to: '2024-06-30' })).toEqual(['up to 30 Jun 2024']);
  });

  it('the line the handout and the title slide print: nothing without a filter', () => {
    expect(onlyLine(phrases({}))).toBe('');
    expect(onlyLine(phrases({ actors: ['kim'], text: 'treaty' }))).toBe('Only events with Kim Jong Un, matching “treaty”');
  });
});
