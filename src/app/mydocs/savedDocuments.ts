/**
 * The reader's documents, kept in the browser (IndexedDB) until they remove them. Each is stored as the file the
 * extractor reads (id, name, bytes) with the timeline it was added to, so documents added to one timeline are
 * not merged into another opened with ?data=.
 */
import type { MyDocument } from './myDocument';

export interface SavedDocument extends MyDocument {
  /** the timeline file it was added to, e.g. "timeline.json" */
  timeline: string;
  /** when it was added (ms): the list shows documents in the order they were added */
  added: number;
}

const DB_NAME = 'chronolens';
const STORE = 'my-documents';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore(STORE, { keyPath: ['timeline', 'id'] });
      store.createIndex('timeline', 'timeline');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB is not available'));
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T> | undefined): Promise<T | undefined> {
  const db = await open();
  try {
    return await new Promise<T | undefined>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request ? request.result : undefined);
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
  } finally {
    db.close();
  }
}

export async function listSaved(timeline: string): Promise<SavedDocument[]> {
  if (typeof indexedDB === 'undefined') return [];
  const all = (await run<SavedDocument[]>('readonly', (s) => s.index('timeline').getAll(timeline))) ?? [];
  return all.sort((a, b) => a.added - b.added || (a.id < b.id ? -1 : 1));
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
