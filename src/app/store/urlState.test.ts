import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from './filtering';
import { addressWithKeyEvents, isMinorChange, readUrl, resetViewSearch, writeUrl } from './urlState';

const base = {
  source: 'timeline.json',
  filters: EMPTY_FILTERS,
  selectedEventId: null,
  reader: null,
  window: null,
  lanes: 'none' as const,
  mode: 'explore' as const,
};

describe('the view in the address bar', () => {
  it('an untouched view has a clean address', () => {
    expect(writeUrl(base)).toBe('');
  });

  it('round-trips filters, search, Detail, the unfolded background, selection, reader, window and lanes', () => {
    const state = {
      ...base,
      source: 'other.json',
      filters: {
        ...EMPTY_FILTERS,
        actors: ['andrei-belousov', 'kim,jong'],
        actorMatch: 'all' as const,
        docs: ['a b.txt'],
        publishers: ['Euro News Source'],
        cited: ['KCNA'],
        text: 'treaty & pact',
        from: '2024-01-01',
        to: '2024-12-31',
      },
      selectedEventId: 'ev-1',
      reader: { doc: 'a b.txt', at: 120 },
      window: { start: '2024-05-01', end: '2024-12-31' },
      lanes: 'actor' as const,
      detail: 120,
      background: 'shown' as const,
    };
    const back = readUrl(writeUrl(state));
    expect(back).toEqual({
      data: 'other.json',
      filters: state.filters,
      detail: 120,
      background: 'shown',
      selectedEventId: 'ev-1',
      reader: state.reader,
      window: state.window,
      lanes: 'actor',
      mode: 'explore',
      slide: 1,
      embed: false,
      refusedData: null,
      name: null,
    });
  });

  it('leaves the key events and the folded background out of the address: a plain link opens the story', () => {
    expect(writeUrl({ ...base, detail: 'key', background: 'folded' })).toBe('');
    expect(readUrl('').detail).toBe('key');
    expect(readUrl('').background).toBe('folded');
    expect(readUrl('?detail=all').detail).toBe('all');
    // anything else is the key events, never an error: a hand-edited link still opens
    for (const odd of ['0', '-5', '1e3', 'lots', '12.5']) expect(readUrl(`?detail=${odd}`).detail).toBe('key');
  });

  it('loads only a timeline file beside the app', () => {
    expect(readUrl('?data=classroom.json').data).toBe('classroom.json');
    expect(readUrl('?data=https://evil.example/x.json').data).toBe('timeline.json');
    expect(readUrl('?data=../secret.json').data).toBe('timeline.json');
  });

  it('keeps a refused ?data= value, so the page can say it was refused instead of opening timeline.json unasked', () => {
    expect(readUrl('?data=https://evil.example/x.json').refusedData).toBe('https://evil.example/x.json');
    expect(readUrl('?data=').refusedData).toBe('');
    expect(readUrl('?data=classroom.json').refusedData).toBeNull();
    expect(readUrl('?actor=kim').refusedData).toBeNull();
  });

  it('resets the view to the same timeline with nothing else: what "Reset view" opens', () => {
    expect(resetViewSearch('?data=classroom.json&actor=kim&event=constructor&lanes=actor&mode=present&slide=3&start=2024-01-01&end=2024-12-31')).toBe(
      '?data=classroom.json',
    );
    expect(resetViewSearch('?event=__proto__&read=a.txt&at=5')).toBe('');
    expect(resetViewSearch('?embed=1&actor=kim')).toBe('?embed=1');
  });

  it('ignores malformed values instead of failing', () => {
    const u = readUrl('?from=yesterday&start=never&end=2024-01-01&lanes=sideways&at=-3&read=a.txt&match=most');
    expect(u.filters.from).toBeNull();
    expect(u.window).toBeNull();
    expect(u.lanes).toBe('none');
    expect(u.reader).toEqual({ doc: 'a.txt', at: null });
    expect(u.filters.actorMatch).toBe('any');
  });

  it('a presentation link holds its slide with the filters', () => {
    const state = { ...base, filters: { ...EMPTY_FILTERS, actors: ['kim'] }, mode: 'present' as const, slide: 3 };
    const url = writeUrl(state);
    expect(url).toBe('?actor=kim&mode=present&slide=3');
    expect(readUrl(url)).toMatchObject({ mode: 'present', slide: 3, filters: { actors: ['kim'] } });
  });

  it('a presentation of a large collection names how many key events it shows: a slide link opens the same event on every screen', () => {
    const large = { events: new Array(178) };
    const deck = { ...base, mode: 'present' as const, slide: 20, detail: 'key' as const, keyEvents: 30 };
    expect(writeUrl({ ...deck, index: large })).toBe('?detail=30&mode=present&slide=20');
    // read on a phone (whose own key events are 10), the link keeps the laptop's 30
    expect(readUrl('?detail=30&mode=present&slide=20')).toMatchObject({ detail: 30, slide: 20 });
    // the explorer's address, and a collection shown whole, stay clean
    expect(writeUrl({ ...deck, mode: 'explore', index: large })).toBe('');
    expect(writeUrl({ ...deck, index: { events: new Array(8) } })).toBe('?mode=present&slide=20');
    // a level chosen by hand is written as chosen
    expect(writeUrl({ ...deck, detail: 'all', index: large })).toBe('?detail=all&mode=present&slide=20');
  });

  it("the printed handout's address names the key events of a large collection, and only then", () => {
    const href = 'https://example.org/?data=bbc.json&start=2010-04-15&end=2010-09-24';
    expect(addressWithKeyEvents(href, true, 'key', 16)).toBe('https://example.org/?data=bbc.json&start=2010-04-15&end=2010-09-24&detail=16');
    expect(addressWithKeyEvents(href, false, 'key', 16)).toBe(href);
    expect(addressWithKeyEvents(href, true, 'all', 16)).toBe(href);
  });

  it('a slide outside a presentation, or not a positive whole number, is slide 1', () => {
    expect(readUrl('?slide=4').slide).toBe(1);
    expect(readUrl('?mode=present&slide=0').slide).toBe(1);
    expect(readUrl('?mode=present&slide=2.5').slide).toBe(1);
    expect(readUrl('?mode=present&slide=x').slide).toBe(1);
    expect(writeUrl({ ...base, slide: 5 })).toBe('');
  });

  it('embed mode survives in the address', () => {
    expect(readUrl('?embed=1').embed).toBe(true);
    expect(readUrl('?embed=true').embed).toBe(false);
    expect(writeUrl({ ...base, embed: true, lanes: 'actor' })).toBe('?lanes=actor&embed=1');
  });

  it('stepping through slides replaces the history entry; starting to present adds one', () => {
    expect(isMinorChange('?mode=present&slide=2', '?mode=present&slide=3')).toBe(true);
    expect(isMinorChange('', '?mode=present&slide=1')).toBe(false);
  });

  it('typing and panning replace the history entry; ticking a filter adds one', () => {
    expect(isMinorChange('?q=tr', '?q=tre')).toBe(true);
    expect(isMinorChange('?start=2024-01-01&end=2024-02-01', '?start=2024-01-05&end=2024-02-05')).toBe(true);
    expect(isMinorChange('', '?actor=kim')).toBe(false);
    expect(isMinorChange('?event=a', '?event=b')).toBe(false);
  });
});
