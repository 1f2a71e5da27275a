import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from './filtering';
import { isMinorChange, readUrl, writeUrl } from './urlState';

const base = { source: 'timeline.json', filters: EMPTY_FILTERS, selectedEventId: null, reader: null, window: null, lanes: 'none' as const, mode: 'explore' as const };

describe('the view in the address bar', () => {
  it('an untouched view has a clean address', () => {
    expect(writeUrl(base)).toBe('');
  });

  it('round-trips filters, search, selection, reader, window and lanes', () => {
    const state = {
      ...base,
      source: 'other.json',
      filters: { ...EMPTY_FILTERS, actors: ['andrei-belousov', 'kim,jong'], actorMatch: 'all' as const, docs: ['a b.txt'], publishers: ['Euro News Source'], cited: ['KCNA'], text: 'treaty & pact', from: '2024-01-01', to: '2024-12-31' },
      selectedEventId: 'ev-1',
      reader: { doc: 'a b.txt', at: 120 },
      window: { start: '2024-05-01', end: '2024-12-31' },
      lanes: 'actor' as const,
    };
    const back = readUrl(writeUrl(state));
    expect(back).toEqual({ data: 'other.json', filters: state.filters, selectedEventId: 'ev-1', reader: state.reader, window: state.window, lanes: 'actor', mode: 'explore' });
  });

  it('loads only a timeline file beside the app', () => {
    expect(readUrl('?data=classroom.json').data).toBe('classroom.json');
    expect(readUrl('?data=https://evil.example/x.json').data).toBe('timeline.json');
    expect(readUrl('?data=../secret.json').data).toBe('timeline.json');
  });

  it('ignores malformed values instead of failing', () => {
    const u = readUrl('?from=yesterday&start=never&end=2024-01-01&lanes=sideways&at=-3&read=a.txt&match=most');
    expect(u.filters.from).toBeNull();
    expect(u.window).toBeNull();
    expect(u.lanes).toBe('none');
    expect(u.reader).toEqual({ doc: 'a.txt', at: null });
    expect(u.filters.actorMatch).toBe('any');
  });

  it('typing and panning replace the history entry; ticking a filter adds one', () => {
    expect(isMinorChange('?q=tr', '?q=tre')).toBe(true);
    expect(isMinorChange('?start=2024-01-01&end=2024-02-01', '?start=2024-01-05&end=2024-02-05')).toBe(true);
    expect(isMinorChange('', '?actor=kim')).toBe(false);
    expect(isMinorChange('?event=a', '?event=b')).toBe(false);
  });
});
