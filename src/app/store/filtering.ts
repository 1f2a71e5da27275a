/**
 * Which events pass the filters, and the counts shown beside every filter option. Counts follow the *other*
 * filters (faceted search): the number beside "KCNA" says how many events you would see if you also ticked it.
 */
import { dayEndMs, dayStartMs } from './dates';
import { eventsWithWords, searchWords } from './searchText';
import type { FacetColumn, FacetName, TimelineIndex } from './timelineIndex';

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
const FACETS: FacetName[] = ['actors', 'docs', 'publishers', 'cited'];

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

/** 1 where the event passes one facet's choice: any of the chosen values, or (actors, "all") every one of them. */
function facetPass(column: FacetColumn, chosen: readonly string[], all: boolean): Uint8Array {
  const n = column.offsets.length - 1;
  const pass = new Uint8Array(n);
  const wanted = new Uint8Array(column.values.length);
  let known = 0;
  for (const v of chosen) {
    const id = column.idOf.get(v);
    if (id !== undefined && !wanted[id]) {
      wanted[id] = 1;
      known++;
    }
  }
  // with "all", a chosen actor on no event at all leaves nothing
  if (all && known < new Set(chosen).size) return pass;
  const { offsets, members } = column;
  for (let i = 0; i < n; i++) {
    let hits = 0;
    for (let k = offsets[i]; k < offsets[i + 1]; k++) hits += wanted[members[k]];
    pass[i] = all ? (hits === known ? 1 : 0) : hits > 0 ? 1 : 0;
  }
  return pass;
}

function datePass(index: TimelineIndex, fromMs: number | null, toMs: number | null): Uint8Array {
  const n = index.events.length;
  const pass = new Uint8Array(n);
  // an imprecise date overlapping the range is kept: "June 2024" is within 10–30 June as far as we know
  for (let i = 0; i < n; i++) pass[i] = (fromMs === null || index.endMs[i] > fromMs) && (toMs === null || index.startMs[i] < toMs) ? 1 : 0;
  return pass;
}

/** Which events pass each active group of filters (groups with nothing chosen are left out). */
function groupPasses(index: TimelineIndex, filters: Filters): Array<[Group, Uint8Array]> {
  const passes: Array<[Group, Uint8Array]> = [];
  if (filters.actors.length) passes.push(['actors', facetPass(index.facet.actors, filters.actors, filters.actorMatch === 'all')]);
  if (filters.docs.length) passes.push(['docs', facetPass(index.facet.docs, filters.docs, false)]);
  if (filters.publishers.length) passes.push(['publishers', facetPass(index.facet.publishers, filters.publishers, false)]);
  if (filters.cited.length) passes.push(['cited', facetPass(index.facet.cited, filters.cited, false)]);
  const words = searchWords(filters.text);
  if (words.length) passes.push(['text', eventsWithWords(index.searchText, words)]);
  const fromMs = dayStartMs(filters.from);
  const toMs = dayEndMs(filters.to);
  if (fromMs !== null || toMs !== null) passes.push(['dates', datePass(index, fromMs, toMs)]);
  return passes;
}

function bump(counts: Int32Array, column: FacetColumn, pos: number) {
  for (let k = column.offsets[pos]; k < column.offsets[pos + 1]; k++) counts[column.members[k]]++;
}

function countMap(column: FacetColumn, counts: Int32Array): Map<string, number> {
  const map = new Map<string, number>();
  for (let id = 0; id < counts.length; id++) if (counts[id]) map.set(column.values[id], counts[id]);
  return map;
}

/**
 * One pass over all events. An event that fails no filter counts everywhere; an event that fails exactly one
 * group counts only in that group's options (it would appear if that group's choice changed).
 */
export function applyFilters(index: TimelineIndex, filters: Filters): FilterResult {
  const passes = groupPasses(index, filters);
  const columns = index.facet;
  const tallies = Object.fromEntries(FACETS.map((f) => [f, new Int32Array(columns[f].values.length)])) as Record<FacetName, Int32Array>;
  const matches: number[] = [];
  const n = index.events.length;
  for (let i = 0; i < n; i++) {
    let failed: Group | null = null;
    let failures = 0;
    for (const [group, pass] of passes) {
      if (!pass[i]) {
        failed = group;
        if (++failures > 1) break;
      }
    }
    if (failures > 1) continue;
    if (failures === 0) {
      matches.push(i);
      for (const f of FACETS) bump(tallies[f], columns[f], i);
    } else if (failed === 'actors') {
      // with "all", ticking another actor narrows further, so only events that already pass count
      if (filters.actorMatch === 'any') bump(tallies.actors, columns.actors, i);
    } else if (failed === 'docs' || failed === 'publishers' || failed === 'cited') {
      bump(tallies[failed], columns[failed], i);
    }
  }
  const counts = Object.fromEntries(FACETS.map((f) => [f, countMap(columns[f], tallies[f])])) as unknown as FacetCounts;
  return { matches, counts };
}
