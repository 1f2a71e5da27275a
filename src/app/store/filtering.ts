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

/**
 * Whether a filter narrows the events: an actor the timeline lacks (a shared link's ?actor=) filters nothing
 * (knownActors), so it alone makes no "No events match these filters" and no "Clear all".
 */
export function hasActiveFilters(f: Filters, index: TimelineIndex): boolean {
  return knownActors(index, f.actors).length + f.docs.length + f.publishers.length + f.cited.length > 0 || f.text.trim() !== '' || !!f.from || !!f.to;
}

/**
 * The chosen actors this timeline has. A shared link may name an actor the timeline does not have (an old link, a
 * link to another collection, a typed ?actor=): it filters nothing, and the app says so (unknownActors), rather than
 * showing "0 of 200 events" with no reason.
 */
function knownActors(index: TimelineIndex, chosen: readonly string[]): readonly string[] {
  return chosen.every((id) => index.actorById.has(id)) ? chosen : chosen.filter((id) => index.actorById.has(id));
}

/**
 * The chosen actors as this timeline's ids: an id it lacks that names one of its actors, by name, alias or id in any
 * case, is that actor's id. A link typed by hand says ?actor=BP, and the BBC's spill coverage answered "The actor
 * “BP” in this link is not in this timeline" over a filter list whose first organisation was BP (id "bp"). A name
 * that fits more than one actor, or none, is kept as it is (unknownActors says so). The same array when nothing changes.
 */
export function resolveActorIds(index: TimelineIndex, chosen: readonly string[]): readonly string[] {
  if (chosen.every((id) => index.actorById.has(id))) return chosen;
  const key = (s: string) => s.normalize('NFC').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();
  const resolved = chosen.map((id) => {
    if (index.actorById.has(id)) return id;
    const want = key(id);
    const fits = [...index.actorById.values()].filter((a) => [a.id, a.name, ...a.aliases].some((n) => key(n) === want));
    return fits.length === 1 ? fits[0].id : id;
  });
  return [...new Set(resolved)];
}

/** The chosen actors this timeline does not have, as the address names them. */
export function unknownActors(index: TimelineIndex, filters: Filters): string[] {
  return filters.actors.filter((id) => !index.actorById.has(id));
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
  const actors = knownActors(index, filters.actors);
  if (actors.length) passes.push(['actors', facetPass(index.facet.actors, actors, filters.actorMatch === 'all')]);
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

function countMap(column: FacetColumn, counts: Int32Array): Map<string, number> {
  const map = new Map<string, number>();
  for (let id = 0; id < counts.length; id++) if (counts[id]) map.set(column.values[id], counts[id]);
  return map;
}

/** With no filter chosen every event passes and counts everywhere: the same for every visit of the index. */
const unfiltered = new WeakMap<TimelineIndex, FilterResult>();

/**
 * One pass over all events. An event that fails no filter counts everywhere; an event that fails exactly one
 * group counts only in that group's options (it would appear if that group's choice changed). At 100,000 events
 * this is a hot loop (tens of ms): plain indexed loops over typed arrays, no iterators or closures inside.
 */
export function applyFilters(index: TimelineIndex, filters: Filters): FilterResult {
  const passes = groupPasses(index, filters);
  if (!passes.length) {
    const cached = unfiltered.get(index);
    if (cached) return cached;
  }
  const columns = index.facet;
  const tallies = Object.fromEntries(FACETS.map((f) => [f, new Int32Array(columns[f].values.length)])) as Record<FacetName, Int32Array>;
  const groups = passes.map(([group]) => group);
  const arrays = passes.map(([, pass]) => pass);
  const facetColumns = FACETS.map((f) => columns[f]);
  const facetTallies = FACETS.map((f) => tallies[f]);
  // the facet whose tally an event failing only group g goes to (-1: none); "all" actors count only passing events
  const bumpOnFail = groups.map((g) =>
    g === 'actors' ? (filters.actorMatch === 'any' ? 0 : -1) : g === 'docs' ? 1 : g === 'publishers' ? 2 : g === 'cited' ? 3 : -1,
  );
  const bump = (f: number, pos: number) => {
    const { offsets, members } = facetColumns[f];
    const counts = facetTallies[f];
    for (let k = offsets[pos], end = offsets[pos + 1]; k < end; k++) counts[members[k]]++;
  };
  const matches: number[] = [];
  const n = index.events.length;
  const g = arrays.length;
  for (let i = 0; i < n; i++) {
    let failed = -1;
    let failures = 0;
    for (let j = 0; j < g; j++) {
      if (!arrays[j][i]) {
        failed = j;
        if (++failures > 1) break;
      }
    }
    if (failures > 1) continue;
    if (failures === 0) {
      matches.push(i);
      bump(0, i);
      bump(1, i);
      bump(2, i);
      bump(3, i);
    } else if (bumpOnFail[failed] >= 0) bump(bumpOnFail[failed], i);
  }
  const counts = Object.fromEntries(FACETS.map((f) => [f, countMap(columns[f], tallies[f])])) as unknown as FacetCounts;
  const result = { matches, counts };
  if (!passes.length) unfiltered.set(index, result);
  return result;
}
