/**
 * The client's one I/O edge: fetch a timeline file from the site and validate it against the contract.
 * A broken file yields parseTimeline's message naming the field, never a blank page.
 *
 * A large file (100,000 events is 65 MB) is validated in a Web Worker (timeline.worker.ts) while this thread
 * parses its own copy and builds the index, so the two run on two cores at once. Handing the worker's parsed
 * objects back would cost more than parsing again: the structured clone of 100,000 events took 1.5 to 2.5 times as
 * long as JSON.parse of the same text (V8, measured with node:v8 serialize/deserialize). What the worker builds
 * that is flat (the search text: one string and one Int32Array) does come back.
 */
import { parseTimeline, type ParseResult, type TimelineFile } from '../../schema/timeline';
import type { SearchText } from '../store/searchText';
import { buildIndex, type TimelineIndex } from '../store/timelineIndex';
import type { ValidateReply, ValidateRequest } from './validateProtocol';

/** Files up to this many characters are parsed and validated here: a worker costs more than it saves. */
export const WORKER_THRESHOLD = 1_000_000;

/** index: built here, for a large file, while the worker validated it */
export type LoadResult = ParseResult & { index?: TimelineIndex };

export async function fetchTimeline(name: string, fetcher: typeof fetch = fetch): Promise<LoadResult> {
  const url = `${import.meta.env.BASE_URL}${name}`;
  let response: Response;
  try {
    response = await fetcher(url, { cache: 'no-cache' });
  } catch (e) {
    return { ok: false, error: `Could not load ${name}: ${(e as Error).message}` };
  }
  if (!response.ok) {
    const hint = response.status === 404 && name === 'timeline.json' ? ' Run `npm run extract` to build it from data/documents/.' : '';
    return { ok: false, error: `Could not load ${name}: the server answered ${response.status} ${response.statusText}.${hint}` };
  }
  const text = await response.text();
  // vite preview answers unknown paths with index.html; say so rather than "not valid JSON: Unexpected token <"
  if (/^\s*</.test(text)) return { ok: false, error: `Could not load ${name}: the site has no such timeline file.` };
  if (text.length <= WORKER_THRESHOLD || typeof Worker === 'undefined') return parseTimeline(text);
  return parseLargeTimeline(text);
}

async function parseLargeTimeline(text: string): Promise<LoadResult> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./timeline.worker.ts', import.meta.url), { type: 'module', name: 'chronolens-timeline' });
  } catch {
    return parseTimeline(text);
  }
  const verdict = new Promise<ValidateReply | null>((resolve) => {
    worker.onmessage = (event: MessageEvent<ValidateReply>) => resolve(event.data);
    // a worker that cannot start (blocked, out of memory): validate here instead
    worker.onerror = () => resolve(null);
  });
  worker.postMessage({ text } satisfies ValidateRequest);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    worker.terminate();
    return parseTimeline(text); // the same message the small path gives
  }
  // index this copy while the worker is still validating; it is used only if the worker finds the file valid
  const prebuilt: { searchText?: SearchText } = {};
  let index: TimelineIndex | null = null;
  try {
    index = buildIndex(raw as TimelineFile, prebuilt);
  } catch {
    // not the shape of a timeline: the worker says where
  }
  const reply = await verdict;
  worker.terminate();
  if (!reply) return parseTimeline(text);
  if (!reply.ok) return { ok: false, error: reply.error };
  prebuilt.searchText = reply.searchText;
  // valid as the worker checked it; this copy keeps any fields the contract does not name (zod's copy drops them)
  return { ok: true, timeline: raw as TimelineFile, ...(index ? { index } : {}) };
}
