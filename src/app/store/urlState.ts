/**
 * The view in the address bar, so any view can be shared as a link and survives reload and back/forward.
 * Repeated parameters (actor=a&actor=b) keep ids with commas intact.
 *   data, actor, match=all, doc, pub, cited, q, from, to, detail, background, event, read, at, start, end, lanes, mode,
 *   slide, embed, name (the collection's name, as the reader gave it)
 * A presentation link (mode=present&slide=3 plus the filters) opens straight into slide 3 of the same events.
 */
import { type Detail, isLargeCollection, readDetail, writeDetail } from './detail';
import { EMPTY_FILTERS, type Filters } from './filtering';
import type { ExplorerStore, Store } from './store';
import type { Lanes, Mode, VisibleWindow } from './viewSlice';
import type { ReaderTarget } from './selectionSlice';
import type { Background } from './storyView';
import { tidyName } from './collectionName';

export interface UrlState {
  data: string;
  /** a ?data= value that is not a file beside the app (another site, a path): it is refused and said so, never replaced */
  refusedData: string | null;
  filters: Filters;
  detail: Detail;
  background: Background;
  selectedEventId: string | null;
  reader: ReaderTarget | null;
  window: VisibleWindow | null;
  lanes: Lanes;
  mode: Mode;
  /** 1-based; 1 unless presenting */
  slide: number;
  embed: boolean;
  /** the collection's name, as the reader gave it in the app (null: the file's) */
  name: string | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** only a file beside the app: no paths, no other sites */
const DATA_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*\.json$/;

export function readUrl(search: string): UrlState {
  const p = new URLSearchParams(search);
  const day = (k: string) => {
    const v = p.get(k);
    return v && DAY.test(v) ? v : null;
  };
  const data = p.get('data');
  const start = p.get('start');
  const end = p.get('end');
  const validTime = (v: string | null) => !!v && !Number.isNaN(Date.parse(v));
  const lanes = p.get('lanes');
  const read = p.get('read');
  const at = Number(p.get('at'));
  const mode: Mode = p.get('mode') === 'present' ? 'present' : 'explore';
  const slide = Number(p.get('slide'));
  return {
    data: data && DATA_NAME.test(data) ? data : 'timeline.json',
    refusedData: data !== null && !DATA_NAME.test(data) ? data : null,
    filters: {
      ...EMPTY_FILTERS,
      actors: p.getAll('actor'),
      actorMatch: p.get('match') === 'all' ? 'all' : 'any',
      docs: p.getAll('doc'),
      publishers: p.getAll('pub'),
      cited: p.getAll('cited'),
      text: p.get('q') ?? '',
      from: day('from'),
      to: day('to'),
    },
    detail: readDetail(p.get('detail')),
    background: p.get('background') === 'shown' ? 'shown' : 'folded',
    selectedEventId: p.get('event'),
    reader: read ? { doc: read, at: p.has('at') && Number.isInteger(at) && at >= 0 ? at : null } : null,
    window: validTime(start) && validTime(end) ? { start: start!, end: end! } : null,
    lanes: lanes === 'actor' || lanes === 'source' ? lanes : 'none',
    mode,
    slide: mode === 'present' && Number.isInteger(slide) && slide >= 1 ? slide : 1,
    embed: p.get('embed') === '1',
    name: tidyName(p.get('name')),
  };
}

type UrlFields = Pick<Store, 'source' | 'filters' | 'selectedEventId' | 'reader' | 'window' | 'lanes' | 'mode'> &
  Partial<Pick<Store, 'slide' | 'embed' | 'detail' | 'background' | 'keyEvents' | 'name'>> & { index?: { events: readonly unknown[] } | null };

/**
 * What the address says of the Detail level. The key events are as many as this screen's timeline shows (16 at
 * 1280×720, 30 at 1920×1080, 10 on a phone), so a presentation's address names their number: "Copy link to this
 * slide" from slide 20 of a laptop's 31 opened slide 11 of a phone's 11, another event, and the projector's deck
 * had 17 slides where the laptop's had 31.
 */
function detailInAddress(s: UrlFields): string | null {
  if (!s.detail) return null;
  const large = !!s.index && isLargeCollection(s.index.events.length);
  if (s.detail === 'key' && s.mode === 'present' && large && s.keyEvents) return String(s.keyEvents);
  return writeDetail(s.detail);
}

export function writeUrl(s: UrlFields): string {
  const p = new URLSearchParams();
  if (s.source !== 'timeline.json') p.set('data', s.source);
  if (s.name) p.set('name', s.name);
  const f = s.filters;
  for (const a of f.actors) p.append('actor', a);
  if (f.actorMatch === 'all') p.set('match', 'all');
  for (const d of f.docs) p.append('doc', d);
  for (const d of f.publishers) p.append('pub', d);
  for (const d of f.cited) p.append('cited', d);
  if (f.text) p.set('q', f.text);
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  const detail = detailInAddress(s);
  if (detail) p.set('detail', detail);
  if (s.background === 'shown') p.set('background', 'shown');
  if (s.selectedEventId) p.set('event', s.selectedEventId);
  if (s.reader) {
    p.set('read', s.reader.doc);
    if (s.reader.at !== null) p.set('at', String(s.reader.at));
  }
  if (s.lanes !== 'none') p.set('lanes', s.lanes);
  if (s.mode !== 'explore') p.set('mode', s.mode);
  if (s.mode === 'present') p.set('slide', String(s.slide ?? 1));
  if (s.embed) p.set('embed', '1');
  if (s.window) {
    p.set('start', s.window.start);
    p.set('end', s.window.end);
  }
  const text = p.toString();
  return text ? `?${text}` : '';
}

/**
 * An address that names how many the key events are (detailInAddress), for a page that outlives the screen: the
 * printed handout. "16 key events of 178" printed at 1280×720 gave an address that opened 10 on a phone.
 */
export function addressWithKeyEvents(href: string, large: boolean, detail: Detail, keyEvents: number): string {
  if (!large || detail !== 'key') return href;
  const url = new URL(href);
  url.searchParams.set('detail', String(keyEvents));
  return url.href;
}

/**
 * The address of the same timeline with the view reset: no filter, selection, open document, window, lanes or
 * presentation. What "Reset view" opens when a view cannot be shown; an embed stays an embed.
 */
export function resetViewSearch(search: string): string {
  const url = readUrl(search);
  const p = new URLSearchParams();
  if (url.data !== 'timeline.json') p.set('data', url.data);
  // the collection's name is not part of the view: a reset keeps it
  if (url.name) p.set('name', url.name);
  if (url.embed) p.set('embed', '1');
  const text = p.toString();
  return text ? `?${text}` : '';
}

/**
 * Is the difference between two addresses only typing, panning or stepping through slides (replace the entry) or
 * a step (push one)? Back from slide 7 returns to the explorer, not to slide 6.
 */
export function isMinorChange(before: string, after: string): boolean {
  const strip = (search: string) => {
    const p = new URLSearchParams(search);
    for (const k of ['q', 'start', 'end', 'slide']) p.delete(k);
    return p.toString();
  };
  return strip(before) === strip(after);
}

export function applyUrlState(store: ExplorerStore, url: UrlState): void {
  store.setState({
    filters: url.filters,
    detail: url.detail,
    background: url.background,
    selectedEventId: url.selectedEventId,
    reader: url.reader,
    window: url.window,
    lanes: url.lanes,
    mode: url.mode,
    slide: url.slide,
    embed: url.embed,
    name: url.name,
  });
}

/**
 * Mirrors the store in the address bar: a step (a filter ticked, an event selected) pushes a history entry,
 * typing and panning replace the current one. Back/forward put the store back as the address says.
 */
export function syncUrlWithStore(store: ExplorerStore, win: Window = window): () => void {
  let applying = false;
  const unsubscribe = store.subscribe((s) => {
    if (applying || s.status !== 'ready') return;
    const next = writeUrl(s);
    const current = win.location.search;
    if (next === current || (next === '' && current === '')) return;
    const url = `${win.location.pathname}${next}${win.location.hash}`;
    if (isMinorChange(current, next)) win.history.replaceState(null, '', url);
    else win.history.pushState(null, '', url);
  });
  const onPop = () => {
    applying = true;
    try {
      applyUrlState(store, readUrl(win.location.search));
    } finally {
      applying = false;
    }
  };
  win.addEventListener('popstate', onPop);
  // a presentation opened from its link names its key events at once (detailInAddress): "Copy link to this slide"
  // copies the address, and a link made before any key was pressed opened another event on another screen
  const opened = store.getState();
  if (opened.status === 'ready' && opened.mode === 'present') {
    const next = writeUrl(opened);
    if (next !== win.location.search) win.history.replaceState(null, '', `${win.location.pathname}${next}${win.location.hash}`);
  }
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}
