/**
 * The reader's documents, kept in the browser (IndexedDB) until they remove them. Each is stored as the file the
 * extractor reads (id, name, bytes) with the timeline it was added to, so documents added to one timeline are
 * not merged into another opened with ?data=.
 *
 * What IndexedDB gives back is checked like any file from outside (zod, at the boundary): another version of the
 * app, an extension or a damaged profile may have left a record of another shape, and one such record, unchecked,
 * makes every later merge fail, Remove included. A record that does not pass is left out, deleted, and reported.
 */
import { z } from 'zod';
import { isPlainRelativePath } from './documentPath';
import type { MyDocument } from './myDocument';

export interface SavedDocument extends MyDocument {
  /** the timeline file it was added to, e.g. "timeline.json" */
  timeline: string;
  /** when it was added (ms): the list shows documents in the order they were added */
  added: number;
}

const SavedDocumentSchema = z.object({
  id: z.string().refine(isPlainRelativePath, 'is not a path inside the documents folder'),
  name: z.string(),
  bytes: z.instanceof(Uint8Array),
  timeline: z.string(),
  added: z.number(),
});

/** A record that could not be used: its key in the store, and why. */
export interface DroppedRecord {
  key: string;
  reason: string;
}

const DB_NAME = 'chronolens';
const STORE = 'my-documents';
/**
 * The last merge of a timeline with its saved documents (keepMerged), in a database of its own: what it keeps can
 * always be made again, and the documents' database keeps its version (another tab of an older build opens it).
 */
const MERGED_DB = 'chronolens-merged';
const MERGED = 'merged';

function openMerged(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = database().open(MERGED_DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(MERGED, { keyPath: 'timeline' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB is not available'));
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

/** No IndexedDB in this browser (some private windows, some embedded browsers, or switched off). */
export class NoSavedDocuments extends Error {
  constructor() {
    super('this browser does not let the page keep documents (IndexedDB is not available here, as in some private windows)');
  }
}

function database(): IDBFactory {
  const factory = (globalThis as { indexedDB?: IDBFactory | null }).indexedDB;
  if (!factory) throw new NoSavedDocuments();
  return factory;
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = database().open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore(STORE, { keyPath: ['timeline', 'id'] });
      store.createIndex('timeline', 'timeline');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB is not available'));
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

/** An object store and the database that holds it. */
interface Place {
  open: () => Promise<IDBDatabase>;
  store: string;
}
const DOCUMENTS: Place = { open, store: STORE };
const MERGES: Place = { open: openMerged, store: MERGED };

async function run(mode: IDBTransactionMode, work: (store: IDBObjectStore) => void, place = DOCUMENTS): Promise<void> {
  const db = await place.open();
  const name = place.store;
  try {
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(name, mode);
      work(tx.objectStore(name));
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
  } finally {
    db.close();
  }
}

const keyText = (key: IDBValidKey) => (Array.isArray(key) ? key.map((k) => String(k)).join(' / ') : String(key));

/** The documents saved for a timeline, in the order they were added; records that fail the check are deleted and listed. */
export async function listSaved(timeline: string): Promise<{ docs: SavedDocument[]; dropped: DroppedRecord[] }> {
  const docs: SavedDocument[] = [];
  const dropped: DroppedRecord[] = [];
  await run('readwrite', (store) => {
    const cursor = store.index('timeline').openCursor(IDBKeyRange.only(timeline));
    cursor.onsuccess = () => {
      const at = cursor.result;
      if (!at) return;
      const parsed = SavedDocumentSchema.safeParse(at.value);
      if (parsed.success) docs.push(parsed.data);
      else {
        const issue = parsed.error.issues[0];
        dropped.push({ key: keyText(at.primaryKey), reason: `${issue.path.join('.') || 'the record'} ${issue.message}` });
        at.delete();
      }
      at.continue();
    };
  });
  docs.sort((a, b) => a.added - b.added || (a.id < b.id ? -1 : 1));
  return { docs, dropped };
}

export async function saveDocuments(docs: SavedDocument[]): Promise<void> {
  await run('readwrite', (s) => {
    for (const d of docs) s.put(d);
  });
}

export async function deleteSaved(timeline: string, id: string): Promise<void> {
  await run('readwrite', (s) => {
    s.delete([timeline, id]);
  });
}

/**
 * The timeline a merge gave (the worker's serialized file), kept with what it was made from (`key`: the loaded
 * timeline and the saved documents, mergeKey in myDocsStore.ts), so that a reload shows it again without running the
 * extractor over every document: with many added documents every reload re-read them all. One per timeline file.
 */
export interface KeptMerge {
  timeline: string;
  key: string;
  text: string;
  originals: 'files' | 'texts';
}

const KeptMergeSchema = z.object({
  timeline: z.string(),
  key: z.string(),
  text: z.string(),
  originals: z.enum(['files', 'texts']),
});

export async function keepMerged(kept: KeptMerge): Promise<void> {
  await run('readwrite', (s) => s.put(kept), MERGES);
}

/** The kept merge of this timeline when it was made from `key`; null otherwise (a stale or foreign one is deleted). */
export async function keptMerge(timeline: string, key: string): Promise<KeptMerge | null> {
  let found: KeptMerge | null = null;
  await run(
    'readwrite',
    (s) => {
      const request = s.get(timeline);
      request.onsuccess = () => {
        if (request.result === undefined) return;
        const parsed = KeptMergeSchema.safeParse(request.result);
        if (parsed.success && parsed.data.key === key) found = parsed.data;
        else s.delete(timeline);
      };
    },
    MERGES,
  );
  return found;
}

export async function forgetMerged(timeline: string): Promise<void> {
  await run('readwrite', (s) => s.delete(timeline), MERGES);
}
