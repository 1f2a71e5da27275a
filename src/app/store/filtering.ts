/**
 * Which events pass the filters, and the counts shown beside every filter option. Counts follow the *other*
 * filters (faceted search): the number beside "KCNA" says how many events you would see if you also ticked it.
 */
import { dayEndMs, dayStartMs } from './dates';
import type { EventFacets, TimelineIndex } from './timelineIndex';

export type ActorMatch = 'any' | 'all';

export interface Filters {
  actors: string[];
  actorMatch: ActorMatch;
  docs: string[];
  publishers: string[];
  cited: string[];
  text: string;
  /** inclusive days, "YYYY-MM-DD" */
  from: string | null;
  to: string | null;
}

export const EMPTY_FILTERS: Filters = {
  actors: [],
  actorMatch: 'any',
  docs: [],
  publishers: [],
  cited: [],
  text: '',
  from: null,
  to: null,
};

export function hasActiveFilters(f: Filters): boolean {
  return f.actors.length + f.docs.length + f.publishers.length + f.cited.length > 0 || f.text.trim() !== '' || !!f.from || !!f.to;
}

type Group = 'actors' | 'docs' | 'publishers' | 'cited' | 'text' | 'dates';
const GROUPS: Group[] = ['actors', 'docs', 'publishers', 'cited', 'text', 'dates'];

function compile(filters: Filters): Record<Group, ((f: EventFacets) => boolean) | null> {
  const anyOf = (selected: string[], key: 'docs' | 'publishers' | 'cited') => {
    if (!selected.length) return null;
    const set = new Set(selected);
    return (f: EventFacets) => f[key].some((x) => set.has(x));
  };
  const actorSet = new Set(filters.actors);
  const tokens = filters.text.toLowerCase().split(/\s+/).filter(Boolean);
  const fromMs = dayStartMs(filters.from);
  const toMs = dayEndMs(filters.to);
  return {
    actors: !actorSet.size
      ? null
      : filters.actorMatch === 'all'
        ? (f) => filters.actors.every((a) => f.actors.includes(a))
        : (f) => f.actors.some((a) => actorSet.has(a)),
    docs: anyOf(filters.docs, 'docs'),
    publishers: anyOf(filters.publishers, 'publishers'),
    cited: anyOf(filters.cited, 'cited'),
    text: tokens.length ? (f) => tokens.every((t) => f.haystack.includes(t)) : null,
    // an imprecise date overlapping the range is kept: "June 2024" is within 10–30 June as far as we know
    dates: fromMs === null && toMs === null ? null : (f) => (fromMs === null || f.endMs > fromMs) && (toMs === null || f.startMs < toMs),
  };
}

export interface FacetCounts {
  actors: Map<string, number>;
  docs: Map<string, number>;
  publishers: Map<string, number>;
  cited: Map<string, number>;
}

export interface FilterResult {
  /** positions (into index.events) of the events that pass, in file order (by date) */
  matches: number[];
  counts: FacetCounts;
}

const bump = (map: Map<string, number>, keys: string[]) => {
  for (const k of keys) map.set(k, (map.get(k) ?? 0) + 1);
};

/**
 * One pass over all events. An event that fails no filter counts everywhere; an event that fails exactly one
 * group counts only in that group's options (it would appear if that group's choice changed).
 */
export function applyFilters(index: TimelineIndex, filters: Filters): FilterResult {
  const tests = compile(filters);
  const active = GROUPS.filter((g) => tests[g]);
  const counts: FacetCounts = { actors: new Map(), docs: new Map(), publishers: new Map(), cited: new Map() };
  const matches: number[] = [];
  const facets = index.facets;
  for (let i = 0; i < facets.length; i++) {
    const f = facets[i];
    let failed: Group | null = null;
    let failures = 0;
    for (const g of active) {
      if (!tests[g]!(f)) {
        failed = g;
        if (++failures > 1) break;
      }
    }
    if (failures > 1) continue;
    if (failures === 0) {
      matches.push(i);
      bump(counts.actors, f.actors);
      bump(counts.docs, f.docs);
      bump(counts.publishers, f.publishers);
      bump(counts.cited, f.cited);
    } else if (failed === 'actors') {
      // with "all", ticking another actor narrows further, so only events that already pass count
      if (filters.actorMatch === 'any') bump(counts.actors, f.actors);
    } else if (failed === 'docs' || failed === 'publishers' || failed === 'cited') {
      bump(counts[failed], f[failed]);
    }
  }
  return { matches, counts };
}
