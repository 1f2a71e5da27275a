/**
 * Synthetic timeline files of a given number of events, valid against the contract, for the client
 * benchmark: about 1.3 reports per event, ten reports per document, a few hundred actors with a long
 * tail (a handful appear on thousands of events, most on a few), dates over 25 years at day, month and
 * year precision, some conflicts. Deterministic from the seed.
 */
import { type ActorRecord, type DocumentWithText, type EventRecord, SCHEMA_VERSION, type TimelineFile, type WholeTimeline } from '../../src/schema/timeline';
import { buildActorPool } from './corpus-pool';
import { createRandom } from './random';

const VERBS = ['meets', 'signs agreement with', 'visits', 'announces plan with', 'sends delegation to', 'holds talks with'];
const DAY = 86_400_000;
const FIRST = Date.UTC(2000, 0, 1);
const SPAN_DAYS = 25 * 365;

function slug(name: string) {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function makeBenchTimeline(events: number, seed = 1): WholeTimeline {
  const random = createRandom(seed);
  const actors: ActorRecord[] = buildActorPool(random).map((a) => ({ id: slug(a.name), name: a.name, kind: a.kind, aliases: a.aliases }));
  const unique = [...new Map(actors.map((a) => [a.id, a])).values()];
  // Long tail: actor i is drawn with weight 1/(i+1).
  const weights = unique.map((_, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const drawActor = () => {
    let r = random.next() * total;
    for (let i = 0; i < unique.length; i++) if ((r -= weights[i]) <= 0) return unique[i];
    return unique[unique.length - 1];
  };

  const documents: DocumentWithText[] = [];
  const records: EventRecord[] = [];
  let doc: { record: DocumentWithText; sentences: number } | null = null;
  const newDocument = (date: Date) => {
    const id = `${String(documents.length).padStart(6, '0')}.txt`;
    const record: DocumentWithText = {
      id,
      title: `Synthetic report ${documents.length}`,
      publisher: `Outlet ${documents.length % 40}`,
      published: { value: date.toISOString().slice(0, 10), precision: 'day', basis: 'byline' },
      text: `Synthetic report ${documents.length}\n`,
      citedSources: documents.length % 3 ? [] : [`Agency ${documents.length % 12}`],
    };
    documents.push(record);
    doc = { record, sentences: 0 };
  };
  const addSentence = (sentence: string, date: Date) => {
    if (!doc || doc.sentences >= 10) newDocument(date);
    const d = doc!;
    const start = d.record.text.length;
    d.record.text += `${sentence} Observers described the atmosphere as constructive, and further talks are expected.\n`;
    d.sentences++;
    return { doc: d.record.id, start, end: start + sentence.length };
  };

  for (let i = 0; i < events; i++) {
    const date = new Date(FIRST + random.int(0, SPAN_DAYS) * DAY);
    const roll = random.next();
    const precision = roll < 0.8 ? 'day' : roll < 0.95 ? 'month' : 'year';
    const value = date.toISOString().slice(0, { day: 10, month: 7, year: 4 }[precision]);
    const a = drawActor();
    let b = drawActor();
    while (b === a) b = drawActor();
    const title = `${a.name} ${random.pick(VERBS)} ${b.name}`;
    const mentions = Array.from({ length: random.chance(0.3) ? 2 : 1 }, () => {
      const sentence = `${title} on ${value}, officials said.`;
      const at = addSentence(sentence, date);
      return { ...at, sentence, attribution: random.chance(0.2) ? 'Reuters' : null, dateText: `on ${value}` };
    });
    records.push({
      id: `e${i.toString(36)}`,
      date: { value, precision, basis: 'explicit', text: `on ${value}` },
      title,
      actors: [a.id, b.id].sort(),
      mentions,
      ...(random.chance(0.02) ? { conflicts: [{ value: value.slice(0, 4), precision: 'year' as const, doc: mentions[0].doc, text: 'last year' }] } : {}),
    });
  }
  records.sort((x, y) => (x.date.value < y.date.value ? -1 : x.date.value > y.date.value ? 1 : x.id < y.id ? -1 : 1));
  const used = new Set(records.flatMap((e) => e.actors));
  return { schemaVersion: SCHEMA_VERSION, documents, actors: unique.filter((a) => used.has(a.id)), events: records, warnings: [] };
}

/** The actor on the most events: the filter benchmark checks its box. */
export function busiestActor(timeline: TimelineFile): { name: string; events: number } {
  const counts = new Map<string, number>();
  for (const e of timeline.events) for (const a of e.actors) counts.set(a, (counts.get(a) ?? 0) + 1);
  const [id, n] = [...counts].sort((x, y) => y[1] - x[1])[0];
  return { name: timeline.actors.find((a) => a.id === id)!.name, events: n };
}
