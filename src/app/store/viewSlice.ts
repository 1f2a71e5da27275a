import type { StateCreator } from 'zustand';
import { type Detail, KEY_EVENTS, keyEventsFor, MIN_KEY_EVENTS } from './detail';
import type { Store } from './store';
import type { Background } from './storyView';
import { tidyName } from './collectionName';

/** 'present' is the classroom mode (issue 4). */
export type Mode = 'explore' | 'present';
export type Lanes = 'none' | 'actor' | 'source';
export type SortKey = 'date' | 'title' | 'actors' | 'sources';

/** The visible window of the timeline, as ISO strings (what the URL holds). */
export interface VisibleWindow {
  start: string;
  end: string;
}

export interface ViewSlice {
  mode: Mode;
  /** the presentation's current slide, 1-based (only meaningful in 'present') */
  slide: number;
  /** ?embed=1: a compact timeline for an iframe on a class website */
  embed: boolean;
  window: VisibleWindow | null;
  lanes: Lanes;
  drawerOpen: boolean;
  sort: { key: SortKey; dir: 'asc' | 'desc' };
  /** how many of the filtered events a large collection shows (detail.ts) */
  detail: Detail;
  /**
   * how many the key events are on this screen, fixed when the app opens: detail.ts keyEventsFor, then fewer when the
   * first view's timeline hides some of them (TimelineView.tsx, fitKeyEvents)
   */
  keyEvents: number;
  /** events outside the collection's period: folded into the timeline's markers, or shown (storyView.ts) */
  background: Background;
  /** the collection's name as the reader gave it (?name=); null: the file's own (collection.ts collectionTitle) */
  name: string | null;
  setMode: (mode: Mode) => void;
  /** enters or leaves the presentation at a slide */
  present: (slide: number) => void;
  setSlide: (slide: number) => void;
  setWindow: (window: VisibleWindow | null) => void;
  setLanes: (lanes: Lanes) => void;
  setDrawerOpen: (open: boolean) => void;
  sortBy: (key: SortKey) => void;
  setDetail: (detail: Detail) => void;
  /** the first view's timeline draws fewer key events whole than keyEventsFor reckoned (never fewer than MIN_KEY_EVENTS) */
  setKeyEvents: (keyEvents: number) => void;
  setBackground: (background: Background) => void;
  /** names the collection; an empty name gives it back its file's name */
  setName: (name: string | null) => void;
}

export const createViewSlice: StateCreator<Store, [], [], ViewSlice> = (set) => ({
  mode: 'explore',
  slide: 1,
  embed: false,
  window: null,
  lanes: 'none',
  drawerOpen: false,
  sort: { key: 'date', dir: 'asc' },
  detail: 'key',
  keyEvents: typeof window === 'undefined' ? KEY_EVENTS : keyEventsFor(window.innerWidth, window.innerHeight),
  background: 'folded',
  name: null,
  setMode: (mode) => set({ mode }),
  present: (slide) => set({ mode: 'present', slide: Math.max(1, Math.floor(slide)) }),
  setSlide: (slide) => set((s) => (s.slide === slide ? s : { slide: Math.max(1, Math.floor(slide)) })),
  setWindow: (window) => set((s) => (s.window && window && s.window.start === window.start && s.window.end === window.end ? s : { window })),
  setLanes: (lanes) => set({ lanes }),
  setDrawerOpen: (drawerOpen) => set({ drawerOpen }),
  // clicking the sorted column again reverses it
  sortBy: (key) => set((s) => ({ sort: { key, dir: s.sort.key === key && s.sort.dir === 'asc' ? 'desc' : 'asc' } })),
  setDetail: (detail) => set({ detail }),
  setKeyEvents: (keyEvents) => set({ keyEvents: Math.min(KEY_EVENTS, Math.max(MIN_KEY_EVENTS, Math.floor(keyEvents))) }),
  setBackground: (background) => set({ background }),
  setName: (name) => set({ name: tidyName(name) }),
});
