import type { StateCreator } from 'zustand';
import type { TimelineFile } from '../../schema/timeline';
import { buildIndex, type TimelineIndex } from './timelineIndex';
import type { Store } from './store';

export type LoadStatus = 'loading' | 'ready' | 'error';

export interface DataSlice {
  status: LoadStatus;
  /** the file name the timeline came from, e.g. "timeline.json" */
  source: string;
  index: TimelineIndex | null;
  error: string | null;
  startLoading: (source: string) => void;
  /** index: already built by the loader (large files), else built here */
  loaded: (timeline: TimelineFile, index?: TimelineIndex) => void;
  failed: (message: string) => void;
}

export const createDataSlice: StateCreator<Store, [], [], DataSlice> = (set) => ({
  status: 'loading',
  source: 'timeline.json',
  index: null,
  error: null,
  startLoading: (source) => set({ status: 'loading', source, error: null }),
  loaded: (timeline, index) => set({ status: 'ready', index: index ?? buildIndex(timeline), error: null }),
  failed: (message) => set({ status: 'error', error: message, index: null }),
});
