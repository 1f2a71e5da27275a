import type { StateCreator } from 'zustand';
import type { Store } from './store';

export interface ReaderTarget {
  doc: string;
  /** offset of the sentence to show, when opened from a source */
  at: number | null;
}

export interface SelectionSlice {
  selectedEventId: string | null;
  reader: ReaderTarget | null;
  selectEvent: (id: string | null) => void;
  openReader: (doc: string, at?: number | null) => void;
  closeReader: () => void;
}

export const createSelectionSlice: StateCreator<Store, [], [], SelectionSlice> = (set) => ({
  selectedEventId: null,
  reader: null,
  // selecting an event shows its details, so it closes the reader
  selectEvent: (id) => set({ selectedEventId: id, reader: null }),
  openReader: (doc, at = null) => set({ reader: { doc, at } }),
  closeReader: () => set({ reader: null }),
});
