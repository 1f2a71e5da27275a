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
  /**
   * counts the requests to put the keyboard focus on the details (an event opened with Enter); 0 when the last
   * opening was not one. Never reset, a keyboard opening's count stayed above 0 and the details, drawn anew for a
   * later opening by mouse, read it as a request: the focus jumped into the pane at every click after one Enter.
   */
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
  selectEvent: (id, focus = false) => set((s) => ({ selectedEventId: id, reader: null, detailsFocus: focus && id ? s.detailsFocus + 1 : 0 })),
  openReader: (doc, at = null) => set({ reader: { doc, at }, detailsFocus: 0 }),
  closeReader: () => set({ reader: null }),
});
