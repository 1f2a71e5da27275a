/** Scores a timeline built from the seeds against their hand annotation, benchmarks/seeds/seed-events.json. */
import type { EventRecord, TimelineFile } from '../../src/schema/timeline';

export interface SeedGold {
  documents: Record<string, { published: string | null; publishedInferred?: string; boilerplate: string[] }>;
  actors: Array<{ name: string; kind: string; aliases: string[] }>;
  notActors: string[];
  events: Array<{ id: string; level: 'core' | 'stretch'; date: string; actors: string[]; mentions: Array<{ doc: string; quote: string }> }>;
}

export interface SeedScore {
  coreFound: number;
  coreTotal: number;
  stretchFound: number;
  stretchTotal: number;
  actorsOn: number;
  actorsTotal: number;
  mergedOk: number;
  mergedTotal: number;
  junk: string[];
  boilerplate: string[];
  split: string[];
  datedRight: number;
  datedTotal: number;
  inferredRight: number;
  inferredTotal: number;
  events: number;
  actors: number;
  missing: string[];
}

/** Our event holding a mention whose sentence contains the gold quote, with the gold date at its precision. */
function findMention(t: TimelineFile, doc: string, quote: string, date: string): EventRecord | null {
  const text = t.documents.find((d) => d.id === doc)?.text ?? '';
  const at = text.indexOf(quote);
  for (const e of t.events) {
    if (e.date.value.slice(0, date.length) !== date) continue;
    for (const m of e.mentions) {
      if (m.doc !== doc) continue;
      if (m.sentence.includes(quote) || (at >= 0 && m.start <= at && at < m.end)) return e;
    }
  }
  return null;
}

export function scoreSeeds(t: TimelineFile, gold: SeedGold, normalize: (s: string) => string): SeedScore {
  const s: SeedScore = {
    coreFound: 0,
    coreTotal: 0,
    stretchFound: 0,
    stretchTotal: 0,
    actorsOn: 0,
    actorsTotal: 0,
    mergedOk: 0,
    mergedTotal: 0,
    junk: [],
    boilerplate: [],
    split: [],
    datedRight: 0,
    datedTotal: 0,
    inferredRight: 0,
    inferredTotal: 0,
    events: t.events.length,
    actors: t.actors.length,
    missing: [],
  };
  const formsOf = (a: { name: string; aliases: string[] }) => new Set([a.name, ...a.aliases].map(normalize));
  const ourIdsFor = (goldName: string): string[] => {
    const g = gold.actors.find((a) => a.name === goldName);
    const forms = g ? formsOf(g) : new Set([normalize(goldName)]);
    return t.actors.filter((a) => [a.name, ...a.aliases].some((f) => forms.has(normalize(f)))).map((a) => a.id);
  };

  for (const ev of gold.events) {
    const found = ev.mentions.map((m) => ({ m, e: findMention(t, m.doc, m.quote, ev.date) }));
    const hits = found.filter((f) => f.e).length;
    if (ev.level === 'core') {
      s.coreTotal += ev.mentions.length;
      s.coreFound += hits;
      for (const f of found) if (!f.e) s.missing.push(`${ev.id} in ${f.m.doc}: "${f.m.quote}"`);
      // Actors: on the event that holds most of its mentions.
      const counts = new Map<EventRecord, number>();
      for (const f of found) if (f.e) counts.set(f.e, (counts.get(f.e) ?? 0) + 1);
      const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
      s.actorsTotal += ev.actors.length;
      if (best) for (const a of ev.actors) if (ourIdsFor(a).some((id) => best.actors.includes(id))) s.actorsOn++;
      if (new Set(ev.mentions.map((m) => m.doc)).size > 1) {
        s.mergedTotal++;
        if (hits === ev.mentions.length && counts.size === 1) s.mergedOk++;
      }
    } else {
      s.stretchTotal += ev.mentions.length;
      s.stretchFound += hits;
    }
  }

  const notActors = new Set(gold.notActors.map(normalize));
  s.junk = t.actors.filter((a) => [a.name, ...a.aliases].some((f) => notActors.has(normalize(f)))).map((a) => a.name);
  for (const [doc, g] of Object.entries(gold.documents)) {
    for (const e of t.events)
      for (const m of e.mentions) if (m.doc === doc && g.boilerplate.some((b) => m.sentence.includes(b))) s.boilerplate.push(m.sentence.slice(0, 60));
    const ours = t.documents.find((d) => d.id === doc)?.published ?? null;
    if (g.published) {
      s.datedTotal++;
      if (ours && ours.value === g.published && ours.basis !== 'inferred') s.datedRight++;
    } else if (g.publishedInferred) {
      s.inferredTotal++;
      const [lo, hi] = g.publishedInferred.split('/');
      const v = ours?.value ?? '';
      if (ours && v.slice(0, lo.length) >= lo.slice(0, v.length) && v.slice(0, (hi ?? lo).length) <= (hi ?? lo).slice(0, v.length)) s.inferredRight++;
    }
  }
  for (const a of gold.actors) if (ourIdsFor(a.name).length > 1) s.split.push(a.name);
  return s;
}
