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
  /** counts the requests to put the keyboard focus on the details (an event opened with Enter) */
  detailsFocus: number;
  /** focus: the event was opened from the keyboard, the focus follows it into the details */
  selectEvent: (id: string | null, focus?: boolean) => void;
  openReader: (doc: string, at?: number | null) => void;
  closeReader: () => void;
}

export const createSelectionSlice: StateCreator<Store, [], [], SelectionSlice> = (set) => ({
  selectedEventId: null,
  reader: null,
  detailsFocus: 0,
  // selecting an event shows its details, so it closes the reader
  selectEvent: (id, focus = false) => set((s) => ({ selectedEventId: id, reader: null, detailsFocus: focus && id ? s.detailsFocus + 1 : s.detailsFocus })),
  openReader: (doc, at = null) => set({ reader: { doc, at } }),
  closeReader: () => set({ reader: null }),
});
