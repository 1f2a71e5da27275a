import type { StateCreator } from 'zustand';
import { EMPTY_FILTERS, type ActorMatch, type Filters } from './filtering';
import type { Store } from './store';

export type SourceKind = 'docs' | 'publishers' | 'cited';

export interface FiltersSlice {
  filters: Filters;
  toggleActor: (id: string) => void;
  /** from an actor chip in the details: show this actor's events (adds it to the actor filter) */
  filterByActor: (id: string) => void;
  setActorMatch: (match: ActorMatch) => void;
  toggleSource: (kind: SourceKind, value: string) => void;
  setText: (text: string) => void;
  setDateRange: (from: string | null, to: string | null) => void;
  clearFilters: () => void;
  setFilters: (filters: Filters) => void;
}

const toggle = (list: string[], value: string) => (list.includes(value) ? list.filter((x) => x !== value) : [...list, value]);

export const createFiltersSlice: StateCreator<Store, [], [], FiltersSlice> = (set) => ({
  filters: EMPTY_FILTERS,
  toggleActor: (id) => set((s) => ({ filters: { ...s.filters, actors: toggle(s.filters.actors, id) } })),
  filterByActor: (id) => set((s) => (s.filters.actors.includes(id) ? s : { filters: { ...s.filters, actors: [...s.filters.actors, id] } })),
  setActorMatch: (actorMatch) => set((s) => ({ filters: { ...s.filters, actorMatch } })),
  toggleSource: (kind, value) => set((s) => ({ filters: { ...s.filters, [kind]: toggle(s.filters[kind], value) } })),
  setText: (text) => set((s) => ({ filters: { ...s.filters, text } })),
  setDateRange: (from, to) => set((s) => ({ filters: { ...s.filters, from: from || null, to: to || null } })),
  clearFilters: () => set({ filters: EMPTY_FILTERS }),
  setFilters: (filters) => set({ filters }),
});
