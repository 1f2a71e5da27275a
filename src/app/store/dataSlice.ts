import type { StateCreator } from 'zustand';
import { takeTexts, type TextsResult, type TimelineFile } from '../../schema/timeline';
import type { Store } from './store';
import { buildIndex, type TimelineIndex } from './timelineIndex';
import { resolveActorIds } from './filtering';

export type LoadStatus = 'loading' | 'ready' | 'error';

/**
 * Where the documents' texts are: already here (a one-file timeline, a version 1 file, a merge with the reader's
 * own documents), or in the texts file of a timeline in two parts, loaded on first need (the reader, an export).
 */
export type TextsSource = { kind: 'here'; texts: ReadonlyMap<string, string> } | { kind: 'file'; load: () => Promise<TextsResult> };

export interface TextsState {
  /** idle: in a texts file not asked for yet */
  status: 'idle' | 'loading' | 'ready' | 'error';
  texts: ReadonlyMap<string, string> | null;
  /** why the texts cannot be shown; the rest of the app goes on without them */
  error: string | null;
}

export interface DataSlice {
  status: LoadStatus;
  /** the file name the timeline came from, e.g. "timeline.json" */
  source: string;
  /** the timeline's documents are without their texts here: those are in `texts` */
  index: TimelineIndex | null;
  error: string | null;
  texts: TextsState;
  textsSource: TextsSource | null;
  startLoading: (source: string) => void;
  /**
   * index: already built by the loader (large files), else built here. texts: where the texts are; without it,
   * the timeline's own (a one-file timeline).
   */
  loaded: (timeline: TimelineFile, options?: { index?: TimelineIndex; texts?: TextsSource }) => void;
  failed: (message: string) => void;
  /** The documents' texts, loaded once; rejects with the message the reader shows when they cannot be had. */
  loadTexts: () => Promise<ReadonlyMap<string, string>>;
}

const NO_TEXTS: TextsState = { status: 'idle', texts: null, error: null };

export const createDataSlice: StateCreator<Store, [], [], DataSlice> = (set, get) => {
  // the load under way, for the source it was started for: asked twice, the texts file is fetched once
  let pending: { source: TextsSource; promise: Promise<ReadonlyMap<string, string>> } | null = null;
  return {
    status: 'loading',
    source: 'timeline.json',
    index: null,
    error: null,
    texts: NO_TEXTS,
    textsSource: null,
    startLoading: (source) => set({ status: 'loading', source, error: null }),
    loaded: (timeline, options = {}) => {
      let textsSource = options.texts;
      if (!textsSource) {
        if (timeline.texts) {
          const file = timeline.texts.file;
          textsSource = { kind: 'file', load: async () => ({ ok: false, error: `The document texts (${file}) were not loaded with this timeline.` }) };
        } else {
          const taken = takeTexts(timeline);
          timeline = taken.timeline;
          textsSource = { kind: 'here', texts: taken.texts };
        }
      }
      const texts: TextsState = textsSource.kind === 'here' ? { status: 'ready', texts: textsSource.texts, error: null } : NO_TEXTS;
      const index = options.index ?? buildIndex(timeline);
      // a hand-typed ?actor=BP names the actor whose id is "bp" (filtering.ts resolveActorIds)
      const { filters } = get();
      const actors = resolveActorIds(index, filters.actors);
      set({ status: 'ready', index, error: null, texts, textsSource, ...(actors !== filters.actors ? { filters: { ...filters, actors: [...actors] } } : {}) });
    },
    failed: (message) => set({ status: 'error', error: message, index: null, texts: NO_TEXTS, textsSource: null }),
    loadTexts: () => {
      const { texts, textsSource } = get();
      if (texts.status === 'ready' && texts.texts) return Promise.resolve(texts.texts);
      if (!textsSource) return Promise.reject(new Error('No timeline is loaded.'));
      if (texts.status === 'error') return Promise.reject(new Error(texts.error ?? 'The document texts could not be loaded.'));
      if (pending?.source === textsSource) return pending.promise;
      if (textsSource.kind === 'here') return Promise.resolve(textsSource.texts);
      set({ texts: { status: 'loading', texts: null, error: null } });
      const promise = textsSource
        .load()
        .catch((e: Error): TextsResult => ({ ok: false, error: `The document texts could not be loaded: ${e.message}` }))
        .then((result) => {
          // a timeline loaded meanwhile (a merge, another file) has texts of its own: this answer is not for it
          if (get().textsSource === textsSource)
            set({ texts: result.ok ? { status: 'ready', texts: result.texts, error: null } : { status: 'error', texts: null, error: result.error } });
          if (!result.ok) throw new Error(result.error);
          return result.texts as ReadonlyMap<string, string>;
        });
      pending = { source: textsSource, promise };
      return promise;
    },
  };
};
