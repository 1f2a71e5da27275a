/**
 * The ranking's laboratory (docs/story.md, "Iterating on the ranking"): re-rates the events of timelines already
 * extracted (the files `extract` wrote, with their texts) and scores the key dates against Timeline17's gold
 * timelines as `npm run eval` does, in seconds instead of minutes. `npm run eval` stays the figure of record.
 *
 *   npx tsx scripts/eval/rank-lab.ts TIMELINES_DIR GOLD_DIR [--show TOPIC] [--ranks]
 *
 * TIMELINES_DIR holds <topic>.json and <topic>.texts.json as `extract` writes them; GOLD_DIR <topic>.gold.json.
 * Without variables it scores importance.ts as it is. Variants of the score, comma-separated in V:
 *   -doc, -pub, -date, -later, -burst   drop a component;  date=2 (any component=factor)   weigh it
 *   chrono    date salience counted as tls-baseline.mjs counts it (chrono-node's day and weekday references)
 *   rate      recall over the articles that could recall the day (published a week or more after it)
 *   dshare    date salience over the articles of the 30 days from the day (share of the coverage that follows)
 *   daydocs   corroboration of the day (documents reporting any of its events), not of the event
 * and of the selection, in S: gN skips a day within N days of a better one picked; fX the same with a gap of
 * X × (the candidates' span ÷ the dates asked); m a round-robin over calendar months (each month's best day, then
 * each month's second, ...); qP a quota per month proportional to (its day-dated events)^P (q0.5: square root). --show TOPIC prints gold and picked days with their components;
 * --ranks the place of every gold day in the ranking of the candidate days.
 * Filler days (docs/story.md, "Filler days"): F=ours | F=chrono fills the dates the event days leave with the days
 * the texts refer to (our tagger's, or chrono-node's as the baseline counts them), by their count of documents, or
 * with FS=pseudo by the importance of an event no article reports; MIX=X (with FS=pseudo) ranks event days (+X)
 * and filler days together.
 * What happened (docs/story.md, "What happened: kinds, headlines and variety"), added to each event's importance:
 *   K=m,s,v,t   + m for a milestone title, − s a saying, − v a figure move, − t a state (happening-kind.ts);
 *               KM=1 multiplies instead (× (1 + m)); KQ=1 scales by log2(1 + 1 ÷ coverage) (a milestone of a quiet
 *               week); KX=authorize+legal+... reads milestones as lexicon/events.ts's EVENT_CLASSES words of those
 *               classes; KF=first|final|... as titles with one of those words
 *   B=w         + w × log2(1 + documents whose headline, their first line, tells an event of the day)
 *   C=w CK=events|actors|docs   + w × log2(1 + the day's distinct events (beyond the first) | actors | reporting docs)
 *   D=w DK=docs|refs   + w × log2(1 + 4 × share): the event's reports, or the day's referring articles, ÷ its burst
 *   V=covX      date salience ÷ coverage^X (X = 0.5 is importance.ts)
 * Other signals (docs/story.md, "Verb classes, headlines, variety and the later coverage, again", f1-44), in V:
 *   weeks | late30   recall counted as the distinct later weeks that refer to the day | the documents a month or more after it
 *   lateW            the distinct later weeks added as a component (lateW=0.5 weighs it)
 *   surge | surgeadd the burst against three days at the previous week's pace, in place of the burst | added (surge=0.5)
 *   absdate | absdateadd   date salience from explicit dates only ("April 20", not "on Tuesday"), in place | added (abs=0.5)
 *   both             + the lesser of the news cycle's reports and the later ones (told at the time and recalled; both=0.5)
 * and N=w (NCAP=c): + w × min(c, log2 of a title word's share of the articles from the day on ÷ before): a thread opened.
 * Each topic's line also gives the MAP of its gold days in the whole ranking of candidate days.
 */
import { readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';
import { join } from 'node:path';
import { headerSpans } from '../../src/extract/document';
import { type ImportanceDocument, rateImportance } from '../../src/extract/importance';
import { findTimeExpressions } from '../../src/extract/time';
import { happeningKind } from './happening-kind';
import { EVENT_WORDS } from '../../src/extract/lexicon/events';
import type { EventRecord } from '../../src/schema/timeline';
import { dateSpan } from '../../src/story/span';
import { keyDates, rankDates } from '../../src/story/rank';
import { DEVELOPMENT_TOPICS, dateF1, type GoldTimeline, rankingCeiling } from './timeline17';

interface Doc {
  id: string;
  publisher: string | null;
  published: { value: string; precision: 'day'; text?: string } | null;
}

export function importanceDocs(dir: string, topic: string): { events: EventRecord[]; docs: ImportanceDocument[] } {
  const tl = JSON.parse(readFileSync(join(dir, `${topic}.json`), 'utf8')) as { events: EventRecord[]; documents: Doc[] };
  const texts = JSON.parse(readFileSync(join(dir, `${topic}.texts.json`), 'utf8')) as { documents: Array<{ id: string; text: string }> };
  const textOf = new Map(texts.documents.map((d) => [d.id, d.text]));
  const docs = tl.documents.map((d): ImportanceDocument => {
    const text = textOf.get(d.id) ?? '';
    const header = headerSpans(text);
    const excluded: Array<[number, number]> = [];
    if (d.published?.text) {
      const at = text.indexOf(d.published.text);
      if (at >= 0 && at < 600) excluded.push([at, at + d.published.text.length]);
    }
    excluded.push(...header);
    const reference = d.published?.value ?? null;
    return {
      id: d.id,
      text,
      publisher: d.publisher,
      published: d.published,
      times: findTimeExpressions(text, reference),
      timesReference: reference,
      excluded,
    };
  });
  return { events: tl.events, docs };
}

const V = process.env.V ?? '';
const S = process.env.S ?? '';
function chronoDays(docs: ImportanceDocument[]): Map<string, Set<string>> {
  const days = new Map<string, Set<string>>();
  for (const d of docs) {
    if (!d.published) continue;
    for (const r of chrono.parse(d.text, new Date(`${d.published.value}T12:00:00Z`))) {
      if (!r.start.isCertain('day') && !r.start.isCertain('weekday')) continue;
      const k = r.start.date().toISOString().slice(0, 10);
      let set = days.get(k);
      if (!set) days.set(k, (set = new Set()));
      set.add(d.id);
    }
  }
  return days;
}
/**
 * Day-precision references of each day (bylines and datelines set aside) and each document's publication day; `keep`
 * narrows which time expressions count.
 */
export function dayReferences(docs: ImportanceDocument[], keep: (d: ImportanceDocument, t: ImportanceDocument['times'][number]) => boolean = () => true) {
  const pub = new Map<string, number>();
  for (const d of docs) if (d.published) pub.set(d.id, dateSpan(d.published.value)!.first);
  const refs = new Map<string, Set<string>>();
  for (const d of docs)
    for (const t of d.times) {
      if (!t.value || t.precision !== 'day' || d.excluded.some(([a, b]) => t.start < b && t.end > a) || !keep(d, t)) continue;
      const set = refs.get(t.value) ?? new Set<string>();
      set.add(d.id);
      refs.set(t.value, set);
    }
  return { pub, refs };
}
const MONTH =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{4}-\d\d-\d\d|\d{1,2}\/\d{1,2}/i;
/** Documents that name each day by an explicit date (a month and a day), not by a weekday or "today". */
export const absoluteDays = (docs: ImportanceDocument[]) => dayReferences(docs, (d, t) => MONTH.test(d.text.slice(t.start, t.end))).refs;
const dateSpanOf = (e: EventRecord) => dateSpan(e.date.value, e.date.precision);
const lg = (n: number) => Math.log2(1 + n);
function variant(events: EventRecord[], docs: ImportanceDocument[]): EventRecord[] {
  if (!V) return events;
  const cd = V.includes('chrono') ? chronoDays(docs) : null;
  const dayDocs = new Map<string, Set<string>>();
  for (const e of events) {
    if (e.date.precision !== 'day') continue;
    const set = dayDocs.get(e.date.value) ?? new Set<string>();
    for (const m of e.mentions) set.add(m.doc);
    dayDocs.set(e.date.value, set);
  }
  const pubDays = docs.flatMap((d) => (d.published ? [dateSpan(d.published.value)!.first] : []));
  const abs = V.includes('absdate') ? absoluteDays(docs) : null;
  const recall = /weeks|late30|lateW|both/.test(V) ? dayReferences(docs) : null;
  return events.map((e) => {
    const w = e.importanceWhy!;
    const reporting = new Set(e.mentions.map((m) => m.doc));
    const parts0: Record<string, number> = {};
    let date = w.dateDocuments;
    if (cd && e.date.precision === 'day') date = new Set([...(cd.get(e.date.value) ?? []), ...reporting]).size;
    const span = dateSpanOf(e);
    let later = w.laterDocuments;
    if (V.includes('rate') && span) {
      const opp = pubDays.filter((p) => p - span.last >= 7).length;
      // a prior of a tenth of the collection, so that one recall among three late articles is not a landslide
      const prior = V.includes('rate0') ? 0 : pubDays.length / 10;
      later = opp ? (later * pubDays.length) / (opp + prior) : 0;
    }
    if (V.includes('surge') && e.date.precision === 'day' && span) {
      // a surge: the articles of the day and the two after against three days at the previous week's pace
      const before = pubDays.filter((p) => p >= span.first - 7 && p < span.first).length;
      const expected = Math.max(1, (3 * before) / 7);
      const ratio = w.burst / expected;
      const mode = V.match(/surge(\w*)/)![1];
      if (mode === 'add') parts0.surge = lg(ratio);
      else parts0.burstX = lg(ratio) - lg(w.burst);
    }
    if (recall && e.date.precision === 'day' && span) {
      // the day's recall by the later coverage: distinct later weeks (weeks), documents a month or more after (late30)
      const ids = new Set([...(recall.refs.get(e.date.value) ?? []), ...reporting]);
      const afters = [...ids].map((id) => recall.pub.get(id)).filter((p): p is number => p !== undefined && p - span.last >= 7);
      if (V.includes('weeks')) later = new Set(afters.map((p) => Math.floor((p - span.last) / 7))).size;
      if (V.includes('late30')) later = afters.filter((p) => p - span.last >= 30).length;
      if (V.includes('both')) {
        // told at the time and recalled: the lesser of the news cycle's reports (day and two after) and the later ones
        const timely = [...ids].map((id) => recall.pub.get(id)).filter((p): p is number => p !== undefined && p >= span.first && p < span.first + 3).length;
        parts0.both = Math.min(lg(timely), lg(afters.length));
      }
      if (V.includes('lateW')) parts0.lateW = lg(new Set(afters.map((p) => Math.floor((p - span.last) / 7))).size);
    }
    if (V.includes('absdate') && e.date.precision === 'day' && abs) {
      // date salience from explicit dates only ("April 20", "Sept. 19"): the day fixed in the story's history, not
      // the news cycle's "on Tuesday", "today"
      const n = new Set([...(abs.get(e.date.value) ?? []), ...reporting]).size;
      if (V.includes('absdateadd')) parts0.abs = lg(n / Math.sqrt(Math.max(1, w.coverage ?? 1)));
      else date = n;
    }
    let dateC = date;
    if (V.includes('dshare') && span) {
      const near = pubDays.filter((p) => p >= span.first && p - span.last < 30).length;
      dateC = (date * pubDays.length) / (near + pubDays.length / 10) / 10;
    }
    const cov = V.match(/cov([\d.]+)/);
    dateC /= Math.max(1, w.coverage ?? 1) ** (cov ? Number(cov[1]) : 0.5);
    const parts: Record<string, number> = { doc: lg(w.documents), pub: lg(w.publishers), date: lg(dateC), later: lg(later), burst: lg(w.burst), ...parts0 };
    for (const drop of V.split(',').filter((x) => x.startsWith('-'))) parts[drop.slice(1)] = 0;
    for (const m of V.split(',').filter((x) => x.includes('='))) {
      const [k, f] = m.split('=');
      parts[k] *= Number(f);
    }
    if (V.includes('daydocs') && e.date.precision === 'day') parts.doc = lg(dayDocs.get(e.date.value)!.size);
    const weight = (w.period === 'story' ? 1 : 0.5) * (e.date.precision === 'day' ? 1 : 0.5);
    const imp = Math.round(weight * Object.values(parts).reduce((a, b) => a + b, 0) * 1000) / 1000;
    return { ...e, importance: imp };
  });
}
/** K=milestone,saying,move,state: added to an event's importance by the kind of its happening (happening-kind.ts). */
const K = process.env.K ? process.env.K.split(',').map(Number) : null;
/** KF=first|final|...: titles with one of those words are milestones (built once, not per event). */
const KF = process.env.KF ? new RegExp(`\\b(${process.env.KF})\\b`, 'i') : null;
const kindCache = new Map<string, string>();
function kinds(events: EventRecord[]): EventRecord[] {
  if (!K) return events;
  const add: Record<string, number> = { milestone: K[0] ?? 0, saying: -(K[1] ?? 0), move: -(K[2] ?? 0), state: -(K[3] ?? 0), other: 0 };
  return events.map((e) => {
    let k = kindCache.get(e.title);
    if (!k) kindCache.set(e.title, (k = happeningKind(e.title)));
    if (KF?.test(e.title)) k = 'milestone';
    else if (KF) k = 'other';
    if (process.env.KX) {
      const cls = process.env.KX.split('+');
      const words = e.title.toLowerCase().split(/[^a-z]+/);
      k = words.some((w) => cls.includes(EVENT_WORDS.get(w) ?? '')) ? 'milestone' : k === 'milestone' ? 'other' : k;
    }
    const w = e.importanceWhy!;
    const weight = (w.period === 'story' ? 1 : 0.5) * (e.date.precision === 'day' ? 1 : 0.5);
    if (process.env.KQ) return { ...e, importance: Math.round(((e.importance ?? 0) + weight * add[k] * lg(1 / Math.max(0.1, w.coverage ?? 1))) * 1000) / 1000 };
    if (process.env.KM) return { ...e, importance: Math.round((e.importance ?? 0) * (1 + add[k]) * 1000) / 1000 };
    return { ...e, importance: Math.round(((e.importance ?? 0) + weight * add[k]) * 1000) / 1000 };
  });
}
/**
 * B=w: headline days. Each document's headline is its first line; the days of the events told there are the days its
 * outlet led with. An event gets w × log2(1 + documents that led with its day).
 * C=w, CK=events|actors|docs: a day's variety: w × log2(1 + distinct events | distinct actors | documents) of its day-dated events.
 */
const B = Number(process.env.B ?? 0);
const C = Number(process.env.C ?? 0);
const CK = process.env.CK ?? 'events';
function dayPriors(events: EventRecord[], docs: ImportanceDocument[]): EventRecord[] {
  if (!B && !C) return events;
  const firstLineEnd = new Map(
    docs.map((d) => [
      d.id,
      (() => {
        const t = d.text.replace(/^\s+/, '');
        const lead = d.text.length - t.length;
        const nl = t.indexOf('\n');
        return lead + (nl < 0 ? t.length : nl);
      })(),
    ]),
  );
  const led = new Map<string, Set<string>>();
  const variety = new Map<string, Set<string>>();
  for (const e of events) {
    if (e.date.precision !== 'day') continue;
    for (const m of e.mentions)
      if (m.start < (firstLineEnd.get(m.doc) ?? 0)) {
        const s = led.get(e.date.value) ?? new Set();
        s.add(m.doc);
        led.set(e.date.value, s);
      }
    const v = variety.get(e.date.value) ?? new Set<string>();
    if (CK === 'events') v.add(e.id);
    else if (CK === 'actors') for (const a of e.actors ?? []) v.add(typeof a === 'string' ? a : JSON.stringify(a));
    else for (const m of e.mentions) v.add(m.doc);
    variety.set(e.date.value, v);
  }
  return events.map((e) => {
    if (e.date.precision !== 'day') return e;
    const w = e.importanceWhy!;
    const weight = w.period === 'story' ? 1 : 0.5;
    const add = B * lg(led.get(e.date.value)?.size ?? 0) + C * lg(Math.max(0, (variety.get(e.date.value)?.size ?? 1) - (CK === 'events' ? 1 : 0)));
    return { ...e, importance: Math.round(((e.importance ?? 0) + weight * add) * 1000) / 1000 };
  });
}
/**
 * D=w, DK=docs|refs: the day's share of its own news cycle. docs: the event's reports ÷ the articles of the day and the
 * two after (burst); refs: of those articles, the share that refer to the day or report the event. Adds w × log2(1 + 4 × share).
 */
const D = Number(process.env.D ?? 0);
const DK = process.env.DK ?? 'docs';
function cycleShare(events: EventRecord[], docs: ImportanceDocument[]): EventRecord[] {
  if (!D) return events;
  const pub = new Map<string, number>();
  for (const d of docs) if (d.published) pub.set(d.id, dateSpan(d.published.value)!.first);
  const refs = new Map<string, Set<string>>();
  for (const d of docs)
    for (const t of d.times) {
      if (!t.value || t.precision !== 'day' || d.excluded.some(([a, b]) => t.start < b && t.end > a)) continue;
      const set = refs.get(t.value) ?? new Set<string>();
      set.add(d.id);
      refs.set(t.value, set);
    }
  return events.map((e) => {
    if (e.date.precision !== 'day') return e;
    const w = e.importanceWhy!;
    const first = dateSpan(e.date.value)!.first;
    const inCycle = (id: string) => {
      const p = pub.get(id);
      return p !== undefined && p >= first && p < first + 3;
    };
    let share = 0;
    if (w.burst) {
      if (DK === 'docs') share = Math.min(1, w.documents / w.burst);
      else {
        const r = new Set([...(refs.get(e.date.value) ?? []), ...e.mentions.map((m) => m.doc)]);
        share = Math.min(1, [...r].filter(inCycle).length / w.burst);
      }
    }
    const weight = w.period === 'story' ? 1 : 0.5;
    return { ...e, importance: Math.round(((e.importance ?? 0) + weight * D * lg(4 * share)) * 1000) / 1000 };
  });
}
/**
 * N=w: a thread the day opened. For each word of the event's title (4 letters or more), the share of the articles
 * published from the day on that use it against the share of those published before (Laplace-smoothed); the
 * event gets w × log2 of the best word's ratio, when above 1 ("moratorium" after 6 May, "fund" after 16 June).
 */
const N = Number(process.env.N ?? 0);
const STOP = new Set(
  'that this with from have were been will said says their about after into over than they them what when which while would could should there these those other more most some such only also just first last'.split(
    ' ',
  ),
);
function threads(events: EventRecord[], docs: ImportanceDocument[]): EventRecord[] {
  if (!N) return events;
  const words = (t: string) => new Set((t.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !STOP.has(w)));
  const dated = docs.filter((d) => d.published).map((d) => ({ day: dateSpan(d.published!.value)!.first, words: words(d.text) }));
  return events.map((e) => {
    if (e.date.precision !== 'day') return e;
    const day = dateSpan(e.date.value)!.first;
    const before = dated.filter((d) => d.day < day);
    const after = dated.filter((d) => d.day >= day);
    let best = 0;
    for (const w of words(e.title)) {
      const a = (after.filter((d) => d.words.has(w)).length + 1) / (after.length + 2);
      const b = (before.filter((d) => d.words.has(w)).length + 1) / (before.length + 2);
      best = Math.max(best, Math.log2(a / b));
    }
    const weight = e.importanceWhy!.period === 'story' ? 1 : 0.5;
    return { ...e, importance: Math.round(((e.importance ?? 0) + weight * N * Math.min(best, Number(process.env.NCAP ?? 3))) * 1000) / 1000 };
  });
}
const F = process.env.F ?? '';
/** Filler days (F=chrono | F=ours): the days the documents refer to most, for the dates the event days leave. */
function referenceDays(docs: ImportanceDocument[]): Map<string, Set<string>> {
  if (F === 'chrono') return chronoDays(docs);
  const days = new Map<string, Set<string>>();
  for (const d of docs)
    for (const t of d.times) {
      if (!t.value || t.precision !== 'day' || d.excluded.some(([a, b]) => t.start < b && t.end > a)) continue;
      let set = days.get(t.value);
      if (!set) days.set(t.value, (set = new Set()));
      set.add(d.id);
    }
  return days;
}
const FS = process.env.FS ?? '';
let pseudoScore = new Map<string, number>();
function pseudo(refs: Map<string, Set<string>>, docs: ImportanceDocument[]) {
  const evs = [...refs.keys()].map((d) => ({ id: d, date: { value: d, precision: 'day' }, mentions: [] }) as unknown as EventRecord);
  pseudoScore = new Map(rateImportance(evs, docs).map((e) => [e.date.value, e.importance ?? 0]));
}
function fill(
  picked: Array<{ date: string; score?: number }>,
  n: number,
  window: { from?: string; to?: string },
  refs: Map<string, Set<string>> | null,
  rated?: EventRecord[],
) {
  if (!refs) return picked.map((p) => p.date);
  const key = (d: string, set: Set<string>) => (FS === 'pseudo' ? (pseudoScore.get(d) ?? 0) : set.size);
  if (FS === 'pseudo' && process.env.MIX && rated) {
    const ev = rankDates(rated, window);
    const have = new Set(ev.map((e) => e.date));
    const all = [
      ...ev.map((e) => [e.date, e.score + Number(process.env.MIX)] as const),
      ...[...refs]
        .filter(([d]) => !have.has(d) && (!window.from || d >= window.from) && (!window.to || d <= window.to))
        .map(([d, s]) => [d, key(d, s)] as const),
    ];
    return all
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, n)
      .map(([d]) => d);
  }
  if (picked.length >= n) return picked.map((p) => p.date);
  const have = new Set(picked.map((p) => p.date));
  const extra = [...refs]
    .filter(([d]) => !have.has(d) && (!window.from || d >= window.from) && (!window.to || d <= window.to))
    .sort((a, b) => key(b[0], b[1]) - key(a[0], a[1]) || (a[0] < b[0] ? -1 : 1))
    .slice(0, n - picked.length)
    .map(([d]) => d);
  return [...have, ...extra];
}
function select(events: EventRecord[], n: number, window: { from?: string; to?: string }) {
  if (!S) return keyDates(events, n, window);
  const ranked = rankDates(events, window);
  if (S.startsWith('m') || S.startsWith('q')) {
    // months: round-robin over calendar months (m), or a quota per month proportional to sqrt(days) (q)
    const byMonth = new Map<string, typeof ranked>();
    for (const r of ranked) byMonth.set(r.date.slice(0, 7), [...(byMonth.get(r.date.slice(0, 7)) ?? []), r]);
    const chosen: typeof ranked = [];
    if (S.startsWith('m')) {
      const months = [...byMonth.values()];
      for (let tier = 0; chosen.length < n && months.some((m) => m.length > tier); tier++) {
        const t = months
          .filter((m) => m.length > tier)
          .map((m) => m[tier])
          .sort((a, b) => b.score - a.score);
        for (const r of t) if (chosen.length < n) chosen.push(r);
      }
      return chosen;
    }
    const pw = Number(S.slice(1)) || 0.5;
    const w = [...byMonth].map(([k, v]) => [k, v.reduce((a, r) => a + r.events.length, 0) ** pw] as const);
    const tot = w.reduce((a, [, x]) => a + x, 0);
    const quota = new Map(w.map(([k, x]) => [k, Math.max(1, Math.round((n * x) / tot))]));
    const used = new Map<string, number>();
    const rest: typeof ranked = [];
    for (const r of ranked) {
      const k = r.date.slice(0, 7);
      if ((used.get(k) ?? 0) < quota.get(k)! && chosen.length < n) {
        chosen.push(r);
        used.set(k, (used.get(k) ?? 0) + 1);
      } else rest.push(r);
    }
    for (const r of rest) if (chosen.length < n) chosen.push(r);
    return chosen.slice(0, n);
  }
  const dayNum = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86400000;
  const nums = ranked.map((r) => dayNum(r.date));
  const span = nums.length ? Math.max(...nums) - Math.min(...nums) + 1 : 0;
  const gap = S.startsWith('f') ? Math.floor((Number(S.slice(1)) * span) / n) : Number(S.replace(/\D/g, '')) || 1;
  const chosen: typeof ranked = [];
  const rest: typeof ranked = [];
  for (const r of ranked) {
    if (chosen.length >= n) break;
    if (chosen.some((c) => Math.abs(dayNum(c.date) - dayNum(r.date)) <= gap)) rest.push(r);
    else chosen.push(r);
  }
  for (const r of rest) if (chosen.length < n) chosen.push(r);
  return chosen;
}

if (process.argv[1]?.endsWith('rank-lab.ts')) {
  const [dir, goldDir] = process.argv.slice(2);
  const show = process.argv.includes('--show') ? process.argv[process.argv.indexOf('--show') + 1] : null;
  const ranks = process.argv.includes('--ranks');
  let sum = 0;
  let ceil = 0;
  let mapSum = 0;
  for (const topic of DEVELOPMENT_TOPICS) {
    const { events, docs } = importanceDocs(dir, topic);
    const rated = threads(cycleShare(dayPriors(kinds(variant(rateImportance(events, docs), docs)), docs), docs), docs);
    const golds = JSON.parse(readFileSync(join(goldDir, `${topic}.gold.json`), 'utf8')) as GoldTimeline[];
    const refs = F ? referenceDays(docs) : null;
    if (refs) pseudo(refs, docs);
    let score = 0;
    let ap = 0;
    for (const gold of golds) {
      {
        const gd = new Set(gold.map(([d]) => d));
        const sorted = [...gd].sort();
        const ranked = rankDates(rated, { from: sorted[0], to: sorted.at(-1) });
        let hits = 0;
        let sumP = 0;
        ranked.forEach((r, i) => {
          if (gd.has(r.date)) sumP += ++hits / (i + 1);
        });
        // (Average precision divides by every gold day, found or not: a ranking that finds one gold day first and
        // misses the rest is no perfect ranking.)
        ap += gd.size ? sumP / gd.size : 0;
      }
      const days = gold.map(([d]) => d).sort();
      const picked = select(rated, gold.length, { from: days[0], to: days.at(-1) });
      score += dateF1(fill(picked, gold.length, { from: days[0], to: days.at(-1) }, refs, rated), gold);
      if (ranks) {
        const ranked = rankDates(rated, { from: days[0], to: days.at(-1) });
        const at = (d: string) => ranked.findIndex((r) => r.date === d) + 1 || '-';
        console.log(`${topic} asked ${gold.length} of ${ranked.length} candidate days; gold days at: ${days.map((d) => `${d.slice(5)}:${at(d)}`).join(' ')}`);
      }
      if (show === topic) {
        const g = new Set(days);
        const byDay = new Map<string, EventRecord[]>();
        for (const e of rated) if (e.date.precision === 'day') byDay.set(e.date.value, [...(byDay.get(e.date.value) ?? []), e]);
        const pickedSet = new Set(picked.map((d) => d.date));
        const all = new Set([...g, ...pickedSet]);
        for (const d of [...all].sort()) {
          const evs = (byDay.get(d) ?? []).sort((a, b) => (b.importance ?? 0) - (a.importance ?? 0));
          const top = evs[0];
          console.log(
            `${g.has(d) ? 'G' : ' '}${pickedSet.has(d) ? 'P' : ' '} ${d} ${top ? `${top.importance} ${JSON.stringify(top.importanceWhy)} ${top.title.slice(0, 70)}` : '(no day event)'}`,
          );
        }
      }
    }
    const c = rankingCeiling(rated, golds);
    sum += score / golds.length;
    mapSum += ap / golds.length;
    ceil += c;
    console.log(`${topic.padEnd(22)} ${(score / golds.length).toFixed(3)}  ceiling ${c.toFixed(3)}  MAP ${(ap / golds.length).toFixed(3)}`);
  }
  console.log(
    `${'mean'.padEnd(22)} ${(sum / DEVELOPMENT_TOPICS.length).toFixed(3)}  ceiling ${(ceil / DEVELOPMENT_TOPICS.length).toFixed(3)}  MAP ${(mapSum / DEVELOPMENT_TOPICS.length).toFixed(3)}`,
  );
}
