/**
 * The explorer's one store, split by concern (data, filters, selection, view). Derived data (matching events,
 * counts, sorted rows) is computed by the selectors in selectors.ts, never stored.
 */
import { createStore, useStore } from 'zustand';
import { createDataSlice, type DataSlice } from './dataSlice';
import { createFiltersSlice, type FiltersSlice } from './filtersSlice';
import { createSelectionSlice, type SelectionSlice } from './selectionSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';

export type Store = DataSlice & FiltersSlice & SelectionSlice & ViewSlice;

export function createExplorerStore() {
  return createStore<Store>()((...a) => ({
    ...createDataSlice(...a),
    ...createFiltersSlice(...a),
    ...createSelectionSlice(...a),
    ...createViewSlice(...a),
  }));
}

export type ExplorerStore = ReturnType<typeof createExplorerStore>;

/** The app's store. Tests make their own with createExplorerStore(). */
export const explorerStore = createExplorerStore();

export function useExplorer<T>(selector: (s: Store) => T): T {
  return useStore(explorerStore, selector);
}
