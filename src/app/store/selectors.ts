/**
 * Derived data, computed from the store and remembered for the last inputs, so components that read the same
 * result share one computation and re-render only when it changes.
 */
import type { EventRecord } from '../../schema/timeline';
import { applyFilters, type FilterResult } from './filtering';
import type { Store } from './store';
import { type StoryView, storyView } from './storyView';
import { facetCount, type TimelineIndex } from './timelineIndex';
import type { SortKey } from './viewSlice';

function memoLast<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let last: R;
  return (...args: A) => {
    if (!lastArgs || args.length !== lastArgs.length || args.some((a, i) => a !== lastArgs![i])) {
      last = fn(...args);
      lastArgs = args;
    }
    return last;
  };
}

const EMPTY_RESULT: FilterResult = {
  matches: [],
  counts: { actors: new Map(), docs: new Map(), publishers: new Map(), cited: new Map() },
};

const filterMemo = memoLast((index: TimelineIndex | null, filters: Store['filters']) => (index ? applyFilters(index, filters) : EMPTY_RESULT));
/** the events that pass the filters, and the counts beside every filter option */
export const selectFiltered = (s: Store): FilterResult => filterMemo(s.index, s.filters);

const storyMemo = memoLast(
  (index: TimelineIndex | null, result: FilterResult, detail: Store['detail'], background: Store['background'], keyEvents: number): StoryView =>
    index
      ? storyView(index, result.matches, detail, background, keyEvents)
      : { shown: [], matches: [], folded: [], large: false, limited: false, unfolded: 0, detail },
);
/** of the filtered events, those a large collection shows (its key events, the background folded): storyView.ts */
export const selectStoryView = (s: Store): StoryView => storyMemo(s.index, selectFiltered(s), s.detail, s.background, s.keyEvents);

const shownMemo = memoLast(
  (result: FilterResult, view: StoryView): FilterResult => (view.shown === result.matches ? result : { matches: view.shown, counts: result.counts }),
);
/**
 * The events shown (matches: the filtered events the Detail level and the fold keep) and the filters' counts:
 * what the timeline, the table, the presentation, the handout and the exports show.
 */
export const selectFilterResult = (s: Store): FilterResult => shownMemo(selectFiltered(s), selectStoryView(s));

const visibleIdsMemo = memoLast((index: TimelineIndex | null, result: FilterResult) =>
  index ? new Set(result.matches.map((i) => index.events[i].id)) : new Set<string>(),
);
/** ids of the events that pass the filters */
export const selectVisibleIds = (s: Store): Set<string> => visibleIdsMemo(s.index, selectFilterResult(s));

export const selectTotal = (s: Store): number => s.index?.events.length ?? 0;

export const selectSelectedEvent = (s: Store): EventRecord | null => {
  if (!s.index || !s.selectedEventId) return null;
  const pos = s.index.eventPos.get(s.selectedEventId);
  return pos === undefined ? null : s.index.events[pos];
};

function sortValue(index: TimelineIndex, pos: number, key: SortKey): string | number {
  const e = index.events[pos];
  switch (key) {
    case 'date':
      return index.startMs[pos];
    case 'title':
      return e.title.toLowerCase();
    case 'actors':
      return e.actors
        .map((a) => index.actorById.get(a)?.name ?? a)
        .join(', ')
        .toLowerCase();
    case 'sources':
      return facetCount(index.facet.docs, pos);
  }
}

const rowsMemo = memoLast((index: TimelineIndex | null, result: FilterResult, key: SortKey, dir: 'asc' | 'desc') => {
  if (!index) return [];
  // events arrive sorted by date then id, so the date order is the file order
  if (key === 'date') return dir === 'asc' ? result.matches : [...result.matches].reverse();
  const sign = dir === 'asc' ? 1 : -1;
  const keyed = result.matches.map((pos) => ({ pos, v: sortValue(index, pos, key) }));
  keyed.sort((a, b) => (a.v < b.v ? -sign : a.v > b.v ? sign : a.pos - b.pos));
  return keyed.map((k) => k.pos);
});
/** positions of the filtered events in the list's sort order */
export const selectSortedRows = (s: Store): number[] => rowsMemo(s.index, selectFilterResult(s), s.sort.key, s.sort.dir);

/** why the open event is not on the timeline or in the table: the filters leave it out, it is folded away, or the Detail level */
export type HiddenBecause = 'filters' | 'folded' | 'detail';

/**
 * Why the selected event is not shown now, or null when it is. A shared link to an event (?event=…) of a large
 * collection opened its details beside a timeline and a table that did not have it: the link named a background
 * event, folded away, or one below the key events, and the reader looked for it in vain; a filter or the Detail
 * slider moved after an event was opened does the same.
 */
export function selectSelectedHidden(s: Store): HiddenBecause | null {
  const pos = s.selectedEventId && s.index ? s.index.eventPos.get(s.selectedEventId) : undefined;
  if (pos === undefined || selectVisibleIds(s).has(s.selectedEventId!)) return null;
  const view = selectStoryView(s);
  if (!view.matches.includes(pos)) return 'filters';
  return view.folded.includes(pos) ? 'folded' : 'detail';
}
