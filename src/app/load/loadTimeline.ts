/**
 * The client's one I/O edge: fetch a timeline file from the site and validate it against the contract.
 * A broken file yields parseTimeline's message naming the field, never a blank page.
 *
 * A large file (100,000 events is 65 MB) is validated in a Web Worker (timeline.worker.ts) while this thread
 * parses its own copy and builds the index, so the two run on two cores at once:
 * - the worker is started early in the download (readBody says when): a worker's script is fetched and started
 *   with the help of this thread, so a worker started just before this thread parses for seconds does not start
 *   until the parse is over (seen in a trace: 3 s late);
 * - it is handed the file's bytes chunk by chunk as they download, transferred, and decodes them as they come,
 *   instead of a 65 MB string copied by postMessage after the download (0.8 s on this thread, 0.5 s on its);
 * - the page waits only for its verdict; the search text it builds afterwards arrives when it arrives (a search
 *   typed before then builds its own).
 * Handing the worker's parsed objects back would cost more than parsing again: the structured clone of 100,000
 * events took 1.5 to 2.5 times as long as JSON.parse of the same text (V8, measured with node:v8
 * serialize/deserialize). What the worker builds that is flat (the search text: one string and one Int32Array)
 * does come back.
 */
import { parseTexts, parseTimeline, restoreTimeline, takeTexts, type TextsResult, type TimelineFile } from '../../schema/timeline';
import type { TextsSource } from '../store/dataSlice';
import type { SearchText } from '../store/searchText';
import { buildIndex, type TimelineIndex } from '../store/timelineIndex';
import { readBody, type Body, type ChunkSink } from './readBody';
import type { ValidateReply, ValidateRequest } from './validateProtocol';

/** Files up to this many bytes are parsed and validated here: a worker costs more than it saves. */
export const WORKER_THRESHOLD = 1_000_000;
/**
 * A file of unsaid size starts the worker once this much of it has come, so that the worker is up by the end of a
 * large download; one that then ends under WORKER_THRESHOLD stops it again. The seeds (40 kB) never start one.
 */
export const EARLY_WORKER_BYTES = 256_000;

/**
 * timeline: its documents without their texts, which are in `texts` (a one-file timeline's, taken out of it) or
 * in its texts file (loaded when first needed); index: built here, for a large file, while the worker validated it
 */
export type LoadResult = { ok: true; timeline: TimelineFile; texts: TextsSource; index?: TimelineIndex } | { ok: false; error: string };

type Verdict = Extract<ValidateReply, { kind: 'verdict' }>;

/** The worker's side of a large load: it is handed the file's bytes as they arrive. */
export interface Validation extends ChunkSink {
  /** The file is complete; resolves with the worker's verdict, or null when the worker failed (validate here then). */
  check(): Promise<Verdict | null>;
  /**
   * Resolves once the first chunk has reached the worker. Until a worker has started, the page queues what is
   * posted to it and hands the queue over in a task of its own, later than the worker's own first message: a page
   * that starts parsing before that holds the worker's input back until its parse is over (seen in traces: the
   * download's chunks reached the worker 2 to 3 s after they were posted, after the page's parse).
   */
  receiving: Promise<void>;
  /** The search text the worker builds after a valid verdict. */
  searchText: Promise<SearchText>;
  stop(): void;
}

export type StartValidation = () => Validation | null;

/** The message for a ?data= value that names no file beside the app (readUrl refuses it). */
export function refusedDataMessage(value: string): string {
  const shown = value.length > 120 ? `${value.slice(0, 120)}…` : value;
  return `"?data=${shown}" was not opened: ?data= takes the name of a .json file beside this app (letters, digits, dots, dashes and underscores, such as other.json), never a folder or another site.`;
}

export async function fetchTimeline(name: string, fetcher: typeof fetch = fetch, startValidation: StartValidation = startWorker): Promise<LoadResult> {
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
  let validation: Validation | null = null;
  let body: Body;
  try {
    body = await readBody(response, { large: WORKER_THRESHOLD, early: EARLY_WORKER_BYTES }, () => (validation = startValidation()));
  } catch (e) {
    (validation as Validation | null)?.stop();
    return { ok: false, error: `Could not load ${name}: ${(e as Error).message}` };
  }
  const { text, size } = body;
  let worker = validation as Validation | null;
  if (worker && size <= WORKER_THRESHOLD) {
    worker.stop(); // started before the size was known; a small file is quicker done here
    worker = null;
  }
  // A site that answers an unknown path with its own page (vite preview, most single-page hosts) sends it as
  // text/html: that file is missing. A file that is there but is not JSON (an HTML page saved as x.json) is named
  // as what it is, never as missing.
  if (/^\s*</.test(text.slice(0, 1000))) {
    worker?.stop();
    if (/^text\/html\b/i.test(response.headers.get('content-type') ?? ''))
      return { ok: false, error: `Could not load ${name}: the site has no such timeline file.` };
    return { ok: false, error: `${name} is not a timeline file: it holds markup (it starts with "<"), not JSON.` };
  }
  if (!worker) return withTexts(parseTimeline(text), name, fetcher);
  return parseLargeTimeline(text, worker, name, fetcher);
}

/** The valid timeline, its texts taken out of it, or where to fetch them. */
function withTexts(
  result: { ok: true; timeline: TimelineFile; index?: TimelineIndex } | { ok: false; error: string },
  name: string,
  fetcher: typeof fetch,
): LoadResult {
  if (!result.ok) return result;
  const { timeline, index } = result;
  if (timeline.texts) {
    const ref = timeline.texts;
    return { ok: true, timeline, ...(index ? { index } : {}), texts: { kind: 'file', load: () => fetchTexts(ref.file, timeline, name, fetcher) } };
  }
  const taken = takeTexts(timeline);
  return { ok: true, timeline: taken.timeline, texts: { kind: 'here', texts: taken.texts } };
}

/**
 * The texts file of a timeline in two parts, checked against it (parseTexts). Its messages say what is wrong and
 * that the rest of the timeline is fine: they are shown in the reader, in place of a document's text.
 */
export async function fetchTexts(file: string, timeline: TimelineFile, source: string, fetcher: typeof fetch = fetch): Promise<TextsResult> {
  const missing = `The document texts are missing: ${file} is not on this site. The timeline, its events and their quotes work without it; to read whole documents, publish ${file} beside ${source} (\`npm run extract\` writes both).`;
  let response: Response;
  try {
    response = await fetcher(`${import.meta.env.BASE_URL}${file}`, { cache: 'no-cache' });
  } catch (e) {
    return { ok: false, error: `The document texts (${file}) could not be loaded: ${(e as Error).message}` };
  }
  if (response.status === 404) return { ok: false, error: missing };
  if (!response.ok)
    return { ok: false, error: `The document texts (${file}) could not be loaded: the server answered ${response.status} ${response.statusText}.` };
  let text: string;
  try {
    text = await response.text();
  } catch (e) {
    return { ok: false, error: `The document texts (${file}) could not be loaded: ${(e as Error).message}` };
  }
  // a site that answers an unknown path with its own page: the file is not there (as fetchTimeline says)
  if (/^\s*</.test(text.slice(0, 1000)))
    return /^text\/html\b/i.test(response.headers.get('content-type') ?? '')
      ? { ok: false, error: missing }
      : { ok: false, error: `${file} holds markup, not the document texts.` };
  return parseTexts(text, timeline);
}

async function parseLargeTimeline(text: string, validation: Validation, name: string, fetcher: typeof fetch): Promise<LoadResult> {
  const verdict = validation.check();
  await Promise.race([validation.receiving, verdict]);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    validation.stop();
    return withTexts(parseTimeline(text), name, fetcher); // the same message the small path gives
  }
  // index this copy while the worker is still validating; it is used only if the worker finds the file valid
  const prebuilt: { searchText?: SearchText } = {};
  let index: TimelineIndex | null = null;
  let timeline: TimelineFile | null = null;
  let texts = new Map<string, string>();
  try {
    // a version 1 file migrated as the worker migrates it (restoreTimeline); a one-file timeline's texts taken out
    timeline = restoreTimeline(raw) as TimelineFile;
    if (!timeline.texts) ({ timeline, texts } = takeTexts(timeline));
    index = buildIndex(timeline, prebuilt);
  } catch {
    // not the shape of a timeline: the worker says where
  }
  const reply = await verdict;
  if (!reply) {
    validation.stop();
    return withTexts(parseTimeline(text), name, fetcher);
  }
  if (!reply.ok) {
    validation.stop();
    return { ok: false, error: reply.error };
  }
  if (!timeline || !index) return withTexts(parseTimeline(text), name, fetcher);
  void validation.searchText.then((searchText) => (prebuilt.searchText = searchText));
  // valid as the worker checked it; this copy keeps any fields the contract does not name (zod's copy drops them)
  if (timeline.texts) return withTexts({ ok: true, timeline, index }, name, fetcher);
  return { ok: true, timeline, index, texts: { kind: 'here', texts } };
}

/** The validation worker, or null where workers cannot start (validate here then). */
function startWorker(): Validation | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return validationOver(new Worker(new URL('./timeline.worker.ts', import.meta.url), { type: 'module', name: 'chronolens-timeline' }));
  } catch {
    return null;
  }
}

/** What the page needs of a worker (tests stand in for one). */
export interface ValidatorPort {
  postMessage(message: ValidateRequest, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<ValidateReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

export function validationOver(port: ValidatorPort): Validation {
  let settle: (reply: Verdict | null) => void = () => {};
  const verdict = new Promise<Verdict | null>((resolve) => (settle = resolve));
  let flowing: () => void = () => {};
  const receiving = new Promise<void>((resolve) => (flowing = resolve));
  let deliver: (searchText: SearchText) => void = () => {};
  const searchText = new Promise<SearchText>((resolve) => (deliver = resolve));
  const stop = () => port.terminate();
  port.onmessage = (event) => {
    const reply = event.data;
    if (reply.kind === 'receiving') return flowing();
    if (reply.kind === 'verdict') return settle(reply);
    deliver(reply.searchText);
    stop();
  };
  // a worker that cannot start (blocked, out of memory): validate here instead
  port.onerror = () => settle(null);
  return {
    push(chunk) {
      // the page keeps only its text, so the bytes move to the worker without a copy
      const own = chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength ? chunk : chunk.slice();
      port.postMessage({ kind: 'chunk', bytes: own.buffer as ArrayBuffer }, [own.buffer]);
    },
    check() {
      port.postMessage({ kind: 'end' }, []);
      return verdict;
    },
    receiving,
    searchText,
    stop,
  };
}
