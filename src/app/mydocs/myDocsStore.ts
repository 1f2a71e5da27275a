/**
 * "My documents": the reader's own articles merged into the loaded timeline. A store of its own (the feature's
 * state: the list, progress, the last message) beside the explorer's; it hands the merged timeline to the
 * explorer through its one data action, `loaded`, and keeps the timeline as it was loaded (`base`) so a removal
 * or a reload rebuilds from the same starting point.
 */
import { createStore, useStore } from 'zustand';
import { joinTexts, parseTimeline, type TimelineFile, type WholeTimeline } from '../../schema/timeline';
import type { TextsSource } from '../store/dataSlice';
import { explorerStore } from '../store/store';
import { analysesFileFor } from '../../extract/analysesFile';
import { buildWith, checkFile, EXTRACTOR_BUILD, prepareExtractor } from './extractorClient';
import { contentTag, type MyDocument, PASTED_NAME } from './myDocument';
import {
  deleteSaved,
  forgetMerged,
  keepMerged,
  keptMerge,
  listSaved,
  NoSavedDocuments,
  saveDocuments,
  type DroppedRecord,
  type SavedDocument,
} from './savedDocuments';

export interface Busy {
  label: string;
  done: number;
  total: number;
}

export interface MyDocsState {
  /** the timeline as loaded: its documents without their texts, which are in `texts` */
  base: Base | null;
  docs: SavedDocument[];
  busy: Busy | null;
  notice: { kind: 'error' | 'done'; text: string } | null;
  /** how the loaded timeline's own documents were merged: from their files, or from the texts the timeline keeps */
  originals: 'files' | 'texts' | null;
  dialogOpen: boolean;
}

export interface Base {
  source: string;
  timeline: TimelineFile;
  texts: TextsSource;
}

export const myDocsStore = createStore<MyDocsState>()(() => ({
  base: null,
  docs: [],
  busy: null,
  notice: null,
  originals: null,
  dialogOpen: false,
}));

export function useMyDocs<T>(selector: (s: MyDocsState) => T): T {
  return useStore(myDocsStore, selector);
}

// One change at a time: a removal clicked while a paste is being merged waits for it.
let queue: Promise<unknown> = Promise.resolve();
function serially<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  queue = next.catch(() => undefined);
  return next;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const setBusy = (label: string, done = 0, total = 0) => myDocsStore.setState({ busy: { label, done, total } });

/** The loaded timeline as one file, with its documents' texts (fetched the first time, when in a texts file). */
let wholeBase: { base: Base; whole: Promise<WholeTimeline> } | null = null;
function baseWithTexts(base: Base): Promise<WholeTimeline> {
  if (wholeBase?.base !== base) {
    const explorer = explorerStore.getState();
    // while the base is shown, through the explorer, so the reader shares the one download and its message
    const texts =
      base.texts.kind === 'here'
        ? Promise.resolve(base.texts.texts)
        : explorer.textsSource === base.texts
          ? explorer.loadTexts()
          : base.texts.load().then((r) => {
              if (!r.ok) throw new Error(r.error);
              return r.texts;
            });
    const whole = texts.then((t) => joinTexts(base.timeline, t));
    whole.catch(() => (wholeBase = null)); // asked again later, try again
    wholeBase = { base, whole };
  }
  return wholeBase.whole;
}

/**
 * The Add documents dialog opened: the texts of the loaded timeline and the extractor are loaded while the reader
 * picks or pastes an article, so that pressing Add waits only for that article and the merge.
 */
export function prepareToAdd(): void {
  const base = myDocsStore.getState().base;
  if (!base) return;
  const analyses = analysesFileFor(base.source);
  // without the texts (a failure met again, and told, when Add is pressed) the extractor still loads
  baseWithTexts(base).then(
    (whole) => prepareExtractor(analyses, whole),
    () => prepareExtractor(analyses),
  );
}

/** Shows the loaded timeline as it was loaded, texts and all. */
function showBase(base: Base): void {
  explorerStore.getState().loaded(base.timeline, { texts: base.texts });
}

/** Builds base + docs in the worker and shows the result; throws (and changes nothing) when the build fails. */
async function showMerged(docs: SavedDocument[], fitAll = false): Promise<void> {
  const base = myDocsStore.getState().base;
  if (!base) throw new Error('no timeline is loaded');
  if (!docs.length) {
    showBase(base);
    myDocsStore.setState({ originals: null });
    await forgetMerged(base.source).catch(() => undefined);
    return;
  }
  setBusy('Reading the timeline’s texts');
  const whole = await baseWithTexts(base);
  setBusy('Starting the extractor');
  const { timeline, text, originals } = await buildWith(
    whole,
    docs.map(({ id, bytes }) => ({ id, bytes })),
    (done, total, label) => setBusy(label, done, total),
    // what the build step learnt from each loaded document, so that only the reader's are analysed (analysesFile.ts)
    analysesFileFor(base.source),
  );
  // after an addition, show the whole timeline so the new events are in view (a reload keeps the linked window)
  if (fitAll) explorerStore.getState().setWindow(null);
  explorerStore.getState().loaded(timeline);
  myDocsStore.setState({ originals });
  // kept for the next reload; a browser that cannot keep it merges again then, as before
  await keepMerged({ timeline: base.source, key: mergeKey(base, docs), text, originals }).catch(() => undefined);
}

/**
 * What a merge was made from: the extractor, the loaded timeline (its whole file) and the saved documents (each
 * one's id, content and order). Another build of the site, the timeline extracted again, a document added or
 * removed: another key, and the kept merge is not used.
 */
function mergeKey(base: Base, docs: readonly SavedDocument[]): string {
  const mine = docs.map((d) => `${d.id}:${d.bytes.length}:${contentTag(d.bytes)}`).join('|');
  return `${EXTRACTOR_BUILD}\n${timelineTag(base.timeline)}\n${mine}`;
}

/** Each loaded timeline's length and tag, made once: serializing a large timeline stalls the page. */
const timelineTags = new WeakMap<TimelineFile, string>();
function timelineTag(timeline: TimelineFile): string {
  let tag = timelineTags.get(timeline);
  if (tag === undefined) {
    const bytes = new TextEncoder().encode(JSON.stringify(timeline));
    tag = `${bytes.length}:${contentTag(bytes)}`;
    timelineTags.set(timeline, tag);
  }
  return tag;
}

/** The merge kept from the last visit, shown again as it was; false when there is none for these documents. */
async function showKept(base: Base, docs: readonly SavedDocument[]): Promise<boolean> {
  const kept = await keptMerge(base.source, mergeKey(base, docs)).catch(() => null);
  if (!kept) return false;
  // read back like any file from outside the page: one that does not pass is merged again
  const parsed = parseTimeline(kept.text);
  if (!parsed.ok) return false;
  explorerStore.getState().loaded(parsed.timeline);
  myDocsStore.setState({ originals: kept.originals });
  return true;
}

/** After the timeline loads: note it as the base, and merge the documents saved for it, if any. */
export function restoreMyDocuments(source: string, timeline: TimelineFile, texts: TextsSource): Promise<void> {
  myDocsStore.setState({ base: { source, timeline, texts } });
  return serially(async () => {
    let saved: SavedDocument[];
    let dropped: DroppedRecord[];
    try {
      ({ docs: saved, dropped } = await listSaved(source));
    } catch (e) {
      // no IndexedDB (private mode in some browsers): nothing was saved, nothing to restore
      if (!(e instanceof NoSavedDocuments))
        myDocsStore.setState({ notice: { kind: 'error', text: `Your saved documents could not be read: ${(e as Error).message}` } });
      return;
    }
    const unreadable = dropped.length ? [droppedMessage(dropped)] : [];
    if (unreadable.length) myDocsStore.setState({ notice: { kind: 'error', text: unreadable[0] } });
    if (!saved.length) return;
    myDocsStore.setState({ docs: saved });
    try {
      const base = myDocsStore.getState().base;
      if (!base || !(await showKept(base, saved))) await showMerged(saved);
      myDocsStore.setState({ busy: null });
    } catch (e) {
      const text = [...unreadable, `Your documents could not be merged: ${(e as Error).message}`].join(' ');
      myDocsStore.setState({ busy: null, notice: { kind: 'error', text } });
    }
  });
}

/**
 * Adds documents: each is first read by the extractor alone; one it cannot read (binary, empty) is named with
 * the reason and left out, and the rest are merged. Nothing is saved or shown until the merge succeeded.
 * Resolves true when at least one document was added.
 */
export function addMyDocuments(candidates: MyDocument[], refused: string[] = []): Promise<boolean> {
  return serially(async () => {
    const { base, docs } = myDocsStore.getState();
    const problems = [...refused];
    if (!base) problems.push('No timeline is loaded yet.');
    myDocsStore.setState({ notice: null });
    const fresh: SavedDocument[] = [];
    const now = Date.now();
    try {
      for (const [i, c] of candidates.entries()) {
        if (!base) break;
        if (docs.some((d) => d.id === c.id) || fresh.some((d) => d.id === c.id)) {
          problems.push(`"${c.name}" is already in My documents.`);
          continue;
        }
        setBusy(`Reading ${c.name}`, i, candidates.length);
        const check = await checkFile({ id: c.id, bytes: c.bytes });
        if (check.ok) fresh.push({ ...c, timeline: base.source, added: now + i });
        else problems.push(`"${c.name}" was not added: ${check.message}.`);
      }
      if (fresh.length) {
        const next = [...docs, ...fresh];
        await showMerged(next, true);
        myDocsStore.setState({ docs: next });
        await saveDocuments(fresh).catch((e: Error) => problems.push(`Added, but not saved in this browser: ${e.message}`));
      }
    } catch (e) {
      problems.push(`Nothing was added: ${(e as Error).message}`);
      fresh.length = 0;
    }
    const done = fresh.length ? `Added ${fresh.map((d) => `"${addedName(d)}"`).join(', ')}.` : '';
    myDocsStore.setState({
      busy: null,
      notice: problems.length ? { kind: 'error', text: [done, ...problems].filter(Boolean).join(' ') } : { kind: 'done', text: done },
    });
    return fresh.length > 0;
  });
}

/**
 * The name the notice gives an added document: the one the reader gave it (a file's name, the title typed), or for a
 * text pasted with no title the title it got on the timeline. 'Added "Pasted text".' named nothing the reader could
 * find: My documents, under it, listed the BBC article pasted as "Oil in the water at the site of the Deepwater
 * Horizon oil spill in the Gulf of Mexico".
 */
function addedName(d: SavedDocument): string {
  if (d.name !== PASTED_NAME) return d.name;
  return explorerStore.getState().index?.docById.get(d.id)?.title || d.name;
}

/** "2 saved documents could not be read and were deleted: timeline.json / mine/a.txt (bytes …)." */
function droppedMessage(dropped: DroppedRecord[]): string {
  const list = dropped.map((d) => `${d.key} (${d.reason})`).join('; ');
  return `${plural(dropped.length, 'saved document')} could not be read and ${dropped.length === 1 ? 'was' : 'were'} deleted from this browser: ${list}.`;
}

/**
 * Removes a document: from this browser first, whatever else happens, then from the timeline. When the others
 * cannot be merged again, the loaded timeline is shown without any of them and the message says why.
 */
export function removeMyDocument(id: string): Promise<void> {
  return serially(async () => {
    const { base, docs } = myDocsStore.getState();
    const doc = docs.find((d) => d.id === id);
    if (!base || !doc) return;
    const next = docs.filter((d) => d.id !== id);
    myDocsStore.setState({ notice: null, docs: next });
    const problems: string[] = [];
    await deleteSaved(base.source, id).catch((e: Error) => {
      if (!(e instanceof NoSavedDocuments)) problems.push(`It may come back after a reload: ${e.message}.`);
    });
    try {
      await showMerged(next);
    } catch (e) {
      showBase(base);
      problems.push(`Your other documents could not be merged again, so the timeline is shown without them: ${(e as Error).message}`);
    }
    const done = `Removed "${doc.name}".`;
    myDocsStore.setState({ busy: null, notice: problems.length ? { kind: 'error', text: [done, ...problems].join(' ') } : { kind: 'done', text: done } });
  });
}
