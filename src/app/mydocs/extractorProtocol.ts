/** The messages between the page and the extraction worker. Types only: importing this loads no extractor code. */
import type { WholeTimeline } from '../../schema/timeline';

export interface WorkerFile {
  id: string;
  bytes: Uint8Array;
}

export type ExtractorRequest =
  | { seq: number; kind: 'check'; file: WorkerFile }
  /** the Add documents dialog opened: load what a merge needs while the reader picks or pastes an article */
  | { seq: number; kind: 'prepare'; analyses?: string; base?: WholeTimeline }
  | {
      seq: number;
      kind: 'build';
      base: WholeTimeline;
      mine: WorkerFile[];
      /** the site path of the timeline's analyses file (timeline.analyses.json), read when it is there */
      analyses?: string;
    };

export type ExtractorReply =
  | { seq: number; kind: 'progress'; done: number; total: number; label: string }
  | { seq: number; kind: 'prepared' }
  | { seq: number; kind: 'checked'; ok: true; warnings: number }
  | { seq: number; kind: 'checked'; ok: false; message: string }
  | { seq: number; kind: 'built'; text: string; originals: 'files' | 'texts' }
  | { seq: number; kind: 'failed'; message: string };

/** The first message: where the site is, so the worker can fetch documents/<id> (its own URL is under assets/). */
export interface ExtractorSetup {
  kind: 'setup';
  siteBase: string;
}
