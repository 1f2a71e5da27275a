import { describe, expect, it } from 'vitest';
import { parseTimeline, type TimelineFile, type TimelineFileV1 } from '../../schema/timeline';
import { serializeTimelineParts } from '../../extract/write';
import { createExplorerStore } from '../store/store';
import { smallTimeline } from '../store/__fixtures__/smallTimeline';
import { buildSearchText } from '../store/searchText';
import { fetchTexts, fetchTimeline, validationOver, type LoadResult, type ValidatorPort } from './loadTimeline';
import { createValidator } from './validator';
import type { ValidateReply, ValidateRequest } from './validateProtocol';

/** The seed-sized fixture with one more document of 1.2 MB of text: past the threshold for the worker. */
function largeTimeline(): TimelineFile {
  const t = structuredClone(smallTimeline);
  t.documents.push({ id: 'long.txt', title: 'A long report', publisher: null, published: null, text: 'Talks went on. '.repeat(80_000), citedSources: [] });
  return t;
}

function serve(text: string, chunkSize = 64 * 1024, headers: Record<string, string> = {}): typeof fetch {
  const bytes = new TextEncoder().encode(text);
  return async () =>
    new Response(
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (let at = 0; at < bytes.length; at += chunkSize) controller.enqueue(bytes.slice(at, at + chunkSize));
          controller.close();
        },
      }),
      { headers },
    );
}

/** The worker's code run in this process, its messages delivered a task later as a worker's would be. */
function inProcessWorker(behaviour: 'works' | 'fails to start' = 'works') {
  const log = { started: 0, stopped: 0, chunks: 0 };
  const port: ValidatorPort = {
    onmessage: null,
    onerror: null,
    terminate: () => void log.stopped++,
    postMessage(message: ValidateRequest) {
      if (message.kind === 'chunk') log.chunks++;
      setTimeout(() => {
        if (log.stopped) return;
        if (behaviour === 'fails to start') return port.onerror?.({} as ErrorEvent);
        handle(message);
      });
    },
  };
  const handle = createValidator((reply: ValidateReply) => setTimeout(() => port.onmessage?.({ data: reply } as MessageEvent<ValidateReply>)));
  const start = () => {
    log.started++;
    return validationOver(port);
  };
  return { log, start };
}

describe('loading a timeline file', () => {
  it('parses a small file on the page, without a worker when the response says its size', async () => {
    const text = JSON.stringify(smallTimeline);
    const worker = inProcessWorker();
    const result = await fetchTimeline('timeline.json', serve(text, 64 * 1024, { 'Content-Length': String(text.length) }), worker.start);
    expect(result.ok).toBe(true);
    expect(worker.log.started).toBe(0);
  });

  it('starts no worker for the seeds when the response does not say its size', async () => {
    const worker = inProcessWorker();
    const result = await fetchTimeline('timeline.json', serve(JSON.stringify(smallTimeline)), worker.start);
    expect(result.ok).toBe(true);
    expect(worker.log.started).toBe(0);
  });

  it('stops a worker started before the size was known when the file turns out under the threshold', async () => {
    const t = structuredClone(smallTimeline);
    t.documents.push({ id: 'mid.txt', title: 'A longer report', publisher: null, published: null, text: 'Talks went on. '.repeat(30_000), citedSources: [] });
    const worker = inProcessWorker();
    const result = await fetchTimeline('timeline.json', serve(JSON.stringify(t)), worker.start);
    expect(result.ok).toBe(true);
    expect(worker.log).toMatchObject({ started: 1, stopped: 1 });
  });

  it('validates a large file in the worker, chunk by chunk, and indexes it on the page', async () => {
    const worker = inProcessWorker();
    const result = await fetchTimeline('big.json', serve(JSON.stringify(largeTimeline())), worker.start);
    if (!result.ok) throw new Error(result.error);
    expect(worker.log.chunks).toBeGreaterThan(10);
    expect(result.index?.events.map((e) => e.id)).toEqual(smallTimeline.events.map((e) => e.id));
    // the search text follows the verdict; a search typed before it arrives builds its own, the same
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(result.index?.searchText).toEqual(buildSearchText(smallTimeline.events));
    expect(worker.log.stopped).toBe(1);
  });

  it('names the field of a broken large file with the same words as a small one', async () => {
    const broken = largeTimeline();
    (broken.events[0] as { title: unknown }).title = 42;
    const text = JSON.stringify(broken);
    const result = await fetchTimeline('big.json', serve(text), inProcessWorker().start);
    const small = parseTimeline(text);
    if (result.ok || small.ok) throw new Error('expected failure');
    expect(result.error).toContain('events.0.title');
    expect(result.error).toBe(small.error);
  });

  it('names a mention that does not match its document in a large file', async () => {
    const broken = largeTimeline();
    broken.events[1].mentions[0].start += 1;
    const result = await fetchTimeline('big.json', serve(JSON.stringify(broken)), inProcessWorker().start);
    if (result.ok) throw new Error('expected failure');
    expect(result.error).toContain('events.1.mentions.0.sentence');
  });

  it('says so when a large file is not JSON at all', async () => {
    const result = await fetchTimeline('big.json', serve(`{"schemaVersion": 1, "documents": ["${'x'.repeat(1_100_000)}`), inProcessWorker().start);
    if (result.ok) throw new Error('expected failure');
    expect(result.error).toMatch(/not valid JSON/);
  });

  it('validates on the page when the worker cannot start, with the same message', async () => {
    const broken = largeTimeline();
    broken.actors[0].kind = 'robot' as 'person';
    const text = JSON.stringify(broken);
    const result = await fetchTimeline('big.json', serve(text), inProcessWorker('fails to start').start);
    const small = parseTimeline(text);
    if (result.ok || small.ok) throw new Error('expected failure');
    expect(result.error).toBe(small.error);
    const valid = await fetchTimeline('big.json', serve(JSON.stringify(largeTimeline())), inProcessWorker('fails to start').start);
    expect(valid.ok).toBe(true);
  });

  it('tells a missing file (the site answers with its page) from a broken one', async () => {
    const worker = inProcessWorker();
    const result = await fetchTimeline('nope.json', serve(`<!doctype html>${' '.repeat(1_100_000)}`, 64 * 1024, { 'content-type': 'text/html' }), worker.start);
    expect(result).toEqual({ ok: false, error: 'Could not load nope.json: the site has no such timeline file.' });
    expect(worker.log.stopped).toBe(1);
  });

  it('says that a file which is there but holds a page, not JSON, is not a timeline file, rather than missing', async () => {
    for (const headers of [{ 'content-type': 'application/json' }, {}] as Array<Record<string, string>>) {
      const result = await fetchTimeline('saved.json', serve('<html><body>Saved page</body></html>', 64 * 1024, headers));
      expect(result).toEqual({ ok: false, error: 'saved.json is not a timeline file: it holds markup (it starts with "<"), not JSON.' });
    }
  });
});

/** A site serving these files by name; anything else is its index page, as vite preview answers. */
function site(files: Record<string, string>): typeof fetch & { asked: string[] } {
  const asked: string[] = [];
  const fetcher = async (url: string | URL | Request) => {
    const name = String(url).split('/').pop()!;
    asked.push(name);
    if (name in files) return new Response(files[name], { headers: { 'content-type': 'application/json' } });
    return new Response('<!doctype html><title>Chronolens</title>', { headers: { 'content-type': 'text/html' } });
  };
  return Object.assign(fetcher as typeof fetch, { asked });
}

const parts = (t: TimelineFile, digest = 'abc') => serializeTimelineParts(t, 'timeline.texts.json', () => digest);

async function loadedTexts(result: LoadResult) {
  if (!result.ok) throw new Error(result.error);
  const store = createExplorerStore();
  store.getState().loaded(result.timeline, { index: result.index, texts: result.texts });
  return {
    store,
    texts: await store
      .getState()
      .loadTexts()
      .catch((e: Error) => e.message),
  };
}

describe('a timeline in two parts', () => {
  it('loads the first part alone, and the texts only when they are asked for, once', async () => {
    const { timeline, texts } = parts(smallTimeline);
    const served = site({ 'timeline.json': timeline, 'timeline.texts.json': texts });
    const result = await fetchTimeline('timeline.json', served);
    expect(served.asked).toEqual(['timeline.json']);
    if (!result.ok) throw new Error(result.error);
    expect(result.timeline.documents.every((d) => d.text === undefined)).toBe(true);
    const store = createExplorerStore();
    store.getState().loaded(result.timeline, { texts: result.texts });
    expect(store.getState().texts.status).toBe('idle');
    const [a, b] = await Promise.all([store.getState().loadTexts(), store.getState().loadTexts()]);
    expect(a).toBe(b);
    expect(served.asked).toEqual(['timeline.json', 'timeline.texts.json']);
    expect(a.get('a.txt')).toBe(smallTimeline.documents[0].text);
    expect(store.getState().texts.status).toBe('ready');
  });

  it('says the texts file is missing, and keeps the timeline', async () => {
    const result = await fetchTimeline('timeline.json', site({ 'timeline.json': parts(smallTimeline).timeline }));
    const { store, texts } = await loadedTexts(result);
    expect(texts).toMatch(
      /^The document texts are missing: timeline\.texts\.json is not on this site\. The timeline, its events and their quotes work without it/,
    );
    expect(store.getState()).toMatchObject({ status: 'ready', texts: { status: 'error', error: texts } });
    expect(store.getState().index?.events.length).toBe(smallTimeline.events.length);
  });

  it('says texts from another build do not belong to this timeline', async () => {
    const result = await fetchTimeline(
      'timeline.json',
      site({ 'timeline.json': parts(smallTimeline, 'new').timeline, 'timeline.texts.json': parts(smallTimeline, 'old').texts }),
    );
    expect((await loadedTexts(result)).texts).toMatch(/belongs to another build of this timeline/);
  });

  it('says so when the server fails, without calling the file missing', async () => {
    const failing = (async () => new Response('', { status: 503, statusText: 'Service Unavailable' })) as unknown as typeof fetch;
    const t = parseTimeline(parts(smallTimeline).timeline);
    if (!t.ok) throw new Error(t.error);
    expect(await fetchTexts('timeline.texts.json', t.timeline, 'timeline.json', failing)).toEqual({
      ok: false,
      error: 'The document texts (timeline.texts.json) could not be loaded: the server answered 503 Service Unavailable.',
    });
  });

  it('reads a large first part in the worker and its texts later, as a small one', async () => {
    const { timeline, texts } = parts(largeTimeline());
    const worker = inProcessWorker();
    const served = site({ 'big.json': `${timeline}${' '.repeat(1_100_000)}`, 'timeline.texts.json': texts });
    const result = await fetchTimeline('big.json', served, worker.start);
    expect(worker.log.started).toBe(1);
    const loaded = await loadedTexts(result);
    expect(loaded.store.getState().index?.timeline.documents.every((d) => d.text === undefined)).toBe(true);
    expect((loaded.texts as ReadonlyMap<string, string>).get('long.txt')).toMatch(/^Talks went on\./);
  });
});

describe('a version 1 file', () => {
  const v1 = (t: TimelineFile): TimelineFileV1 => ({ ...(t as unknown as TimelineFileV1), schemaVersion: 1 });

  it('opens with every text at hand, small or large, and fetches nothing more', async () => {
    for (const [name, file] of [
      ['small.json', v1(smallTimeline)],
      ['big.json', v1(largeTimeline())],
    ] as const) {
      const served = site({ [name]: JSON.stringify(file) });
      const result = await fetchTimeline(name, served, inProcessWorker().start);
      if (!result.ok) throw new Error(result.error);
      expect(result.timeline.schemaVersion).toBe(2);
      expect(result.timeline.documents.every((d) => d.text === undefined)).toBe(true);
      const { texts } = await loadedTexts(result);
      expect((texts as ReadonlyMap<string, string>).get('a.txt')).toBe(smallTimeline.documents[0].text);
      expect(served.asked).toEqual([name]);
    }
  });
});
