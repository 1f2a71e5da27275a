/**
 * Merge stage: mentions of one happening across documents become one event. Two mentions are the same
 * happening when their dates agree at the coarser precision ("in June" and "June 19"), and they share
 * the people involved, or an actor and the kind of happening ("met" / "summit" / "talks"). Reports that
 * clearly describe one happening but give different days stay one event with a visible conflict.
 */
import type { EventRecord, Mention, Precision } from '../schema/timeline';
import type { DraftMention } from './events';
import { BLAST_NOUNS, COMPANY_DESCRIPTIONS, EVENT_WORDS, GENERIC_HEADS, INDEFINITE_WORDS, PERSON_HEADS, RELATED_CLASSES } from './lexicon/events';
import { slugify } from './canonical';
import { COUNTRIES } from './lexicon/countries';
import { ORG_HEADS, STATE_AGENT_NOUNS, TITLE_WORDS } from './lexicon/actors';
import { MONTH_ABBREVIATION_PATTERN, WEEKDAY_ABBREVIATION_PATTERN } from './lexicon/time';
import { addDaysToDay, mondayOf } from '../schema/calendarDate';
import { contextBoundReport } from './events/context-bound';
import { headlineRun } from './headline-run';
import { NOT_STANDALONE, PHRASE_ONE_OF_SEVERAL } from './salience';
import { sourceName } from './source-name';
import escapeStringRegexp from 'escape-string-regexp';

export interface DatedMention extends DraftMention {
  value: string;
  precision: Precision;
  basis: 'explicit' | 'relative' | 'inferred';
  explanation: string;
}

export interface Cluster {
  value: string;
  precision: Precision;
  mentions: DatedMention[];
  undated: DraftMention[];
  actors: Map<string, number>;
  classes: Set<string>;
  conflicts: Array<{ value: string; precision: Precision; doc: string; text: string }>;
  /** Named places and other capitalised words of its sentences (see namesIn), kept as mentions join. */
  names?: Set<string>;
  /** The wording keys (titleKey) of its mentions' titles. */
  titles?: Set<string>;
  /** The kind-and-subject keys (subjectKey) of its mentions. */
  subjects?: Set<string>;
}

/**
 * The kind of happening and the head noun of a definite subject, "explode|rig" for "The rig exploded" and for
 * "BP's Deepwater Horizon rig exploded": on one day, in one collection, the same thing doing the same thing is one
 * happening, and the report that names it best gives the title. Empty for an indefinite or a personal subject.
 */
export function subjectKeys(m: Pick<DraftMention, 'classes' | 'subjectRuns' | 'sentence'> & { time?: DraftMention['time'] }): string[] {
  if (!m.subjectRuns?.length || !m.classes[0]) return [];
  // Every run of the subject, not only the first: "an April 20 rig explosion" is written in two runs around its date
  // ("an", "rig explosion"), and read from its first run alone it was a one-word subject that had no key.
  const words = m.subjectRuns
    .map((run) => m.sentence.text.slice(run.start - m.sentence.start, run.end - m.sentence.start))
    .join(' ')
    .split(/\s+/)
    .filter(Boolean);
  const head = words.at(-1)?.toLowerCase() ?? '';
  const first = words[0] ?? '';
  // ("an April 20 explosion killed 11 workers": the day written inside the subject says which one, as "the" would.)
  const runs = m.subjectRuns;
  const datedInside = !!m.time && /^an?$/i.test(first) && m.time.start >= runs[0].end && m.time.end <= runs[runs.length - 1].start;
  // ("... the well that blew when a rig exploded on April 20": "a" and one noun, told on the day itself, is the thing
  // that did that on that day, "BP's Deepwater Horizon rig exploded", "A rig exploded" fails readable
  // while reports that name it tell the same day. Not "a man", "a worker", GENERIC_HEADS below.)
  const dayOfIt = !!m.time && /^an?$/i.test(first) && words.length === 2 && m.time.start >= m.sentence.start && m.time.end <= m.sentence.end;
  const definite =
    datedInside || dayOfIt || /^(?:the|this)$/i.test(first) || /['’]s$/.test(first) || (/^\p{Lu}/u.test(first) && !INDEFINITE_WORDS.has(first.toLowerCase()));
  if (!definite || words.length < 2 || !/^\p{Ll}+$/u.test(head) || GENERIC_HEADS.has(head)) return [];
  if (!BLAST_NOUNS.has(head)) return [`s:${m.classes[0]}|${head}`];
  // "The April 20 explosion killed 11 workers", "the explosion that triggered the leak", "The rig explosion killed
  // 11 workers": a blast is a happening of its own kind, whatever the verb says it did ("killed", "triggered"), and
  // one blast of one day is the blast ("explosion" and "blast" alike); the thing it befell, named before it, is
  // the thing that blew up: the key of "The rig exploded" of the same day too.
  const kind = EVENT_WORDS.get(head) ?? m.classes[0];
  const keys = [`s:${kind}|${BLAST_SYNONYMS.has(head) ? 'explosion' : head}`];
  const befell = words.length >= 3 ? (words.at(-2)?.split('-').at(-1) ?? '') : '';
  if (/^\p{Ll}+$/u.test(befell) && !GENERIC_HEADS.has(befell)) keys.push(`s:${kind}|${befell}`);
  return keys;
}

/**
 * One shared actor and a kind of happening in common is weak evidence on a busy day: "BP shares rose in New York
 * trading on Thursday after the flow was stopped" and "The flow ended on 15 July, when BP put a temporary cap on the
 * well" share BP (named in the "when" clause) and a broad kind (a rise, an end), and became one event titled by the
 * share price. When both reports have a common noun of their own as subject, it must be the same thing ("BP shares
 * fell 3.4%" and "The British energy firm's shares fell 3.4% on Wednesday"). A name as subject is not compared: "BP
 * Plc agreed on Wednesday to set up a $20 billion fund" and "BP agrees to set up a $20 billion fund", "the company
 * had only siphoned off 2,200 barrels" and "BP said it had siphoned 2,200 barrels" are one happening each.
 */
function subjectsMayAgree(m: DatedMention, c: Cluster): boolean {
  const head = commonSubjectHead(m);
  if (!head) return true;
  let compared = false;
  for (const other of c.mentions) {
    const theirs = commonSubjectHead(other);
    if (!theirs || theirs === head) return true;
    compared = true;
  }
  return !compared;
}

/** The head of a mention's subject when it is a common noun for a thing ("shares", "flow"), else null (a name, "the company", none). */
function commonSubjectHead(m: Pick<DraftMention, 'subjectRuns' | 'sentence'>): string | null {
  const last = m.subjectRuns?.at(-1);
  if (!last) return null;
  const word =
    m.sentence.text
      .slice(last.start - m.sentence.start, last.end - m.sentence.start)
      .split(/\s+/)
      .filter(Boolean)
      .at(-1) ?? '';
  const head = word.replace(/['’]s?$/u, '');
  return /^\p{Ll}[\p{Ll}-]*$/u.test(head) && !standsForAName(head) ? head : null;
}

/** A noun that may stand for a named person or body ("the company", "officials", "the agency"): not compared. */
function standsForAName(head: string): boolean {
  return PERSON_HEADS.has(head) || ORG_HEADS.has(head) || COMPANY_DESCRIPTIONS.has(head) || STATE_AGENT_NOUNS.has(head);
}

/** Words for one blast. */
const BLAST_SYNONYMS = new Set(['explosion', 'explosions', 'blast']);

/** The first of subjectKeys, or null. */
export function subjectKey(m: Parameters<typeof subjectKeys>[0]): string | null {
  return subjectKeys(m)[0] ?? null;
}

/** `titleKey`'s answers: clustering asks it of every mention's title in each pass, and again as mentions join. */
const TITLE_KEYS = new Map<string, string>();

/**
 * A title's words, lower-cased, without punctuation: the key under which reports that tell a happening in the
 * same words meet. Needed for happenings with no named participant, which no actor brings together: the BBC's
 * oil-spill pages repeat a box "When engineers removed the LMRP cap on 10 July, oil began to freely flow …" in
 * fourteen reports, each of which was its own timeline entry with the same title on the same day.
 */
export function titleKey(title: string): string {
  let key = TITLE_KEYS.get(title);
  if (key === undefined) {
    key = `t:${title
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()}`;
    if (TITLE_KEYS.size >= 100_000) TITLE_KEYS.clear();
    TITLE_KEYS.set(title, key);
  }
  return key;
}

/** Finer first; a week sits between a day and a month (half a step, so the scores of days, months and years stay as they were). */
const RANK: Record<Precision, number> = { day: 0, week: 0.5, month: 1, year: 2 };

/**
 * "2024-06" and "2024-06-19" agree; "2024-06" and "2024-11-29" do not. A week (its Monday, precision 'week') agrees
 * with its seven days, with each month and year it touches, and with itself.
 */
export function datesAgree(a: string, b: string, aPrecision?: Precision, bPrecision?: Precision): boolean {
  const aWeek = aPrecision === 'week';
  const bWeek = bPrecision === 'week';
  if (aWeek && bWeek) return a === b;
  if (aWeek || bWeek) {
    const [week, other] = aWeek ? [a, b] : [b, a];
    const sunday = addDaysToDay(week, 6);
    if (other.length === 10) return other >= week && other <= sunday;
    return week.startsWith(other) || sunday.startsWith(other);
  }
  return a.startsWith(b) || b.startsWith(a);
}

export function classesRelated(a: Iterable<string>, b: Iterable<string>): boolean {
  const bs = new Set(b);
  for (const x of a) {
    if (bs.has(x)) return true;
    for (const [p, q] of RELATED_CLASSES) if ((x === p && bs.has(q)) || (x === q && bs.has(p))) return true;
  }
  return false;
}

function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

export interface Affinity {
  sharedPeople: number;
  shared: number;
  related: boolean;
  /** Names of places and things both name that are no state ("Odesa", "Avdiivka", "Ramstein"). */
  sharedNames?: number;
}

const STATE_WORDS = new Set(COUNTRIES.flatMap((c) => [c.name, ...c.names, ...c.demonyms, ...c.capitals]).flatMap((n) => n.toLowerCase().split(/\s+/)));
const CALENDAR_WORDS = new RegExp(`^(?:${MONTH_ABBREVIATION_PATTERN}|${WEEKDAY_ABBREVIATION_PATTERN})`, 'i');

/**
 * Capitalised words inside a sentence, other than states, titles and calendar words: the town a battle
 * was about or the port that was struck. One report says "Russian missiles slammed into ... Odesa on
 * Friday", another "Russian Iskander missiles hit Odesa on March 15".
 */
const namesCache = new Map<string, Set<string>>();

export function namesIn(sentence: string): Set<string> {
  const cached = namesCache.get(sentence);
  if (cached) return cached;
  if (namesCache.size > 50_000) namesCache.clear();
  const out = new Set<string>();
  namesCache.set(sentence, out);
  for (const m of sentence.matchAll(/(?<=[\p{L},;:)]\s+)\p{Lu}[\p{Ll}'’-]{3,}/gu)) {
    const w = m[0].replace(/['’]s$/, '').toLowerCase();
    if (!STATE_WORDS.has(w) && !TITLE_WORDS.has(w) && !CALENDAR_WORDS.test(w)) out.add(w);
  }
  return out;
}

export function affinity(
  mention: { actors: string[]; classes: string[]; sentence?: { text: string } },
  cluster: Cluster,
  isPerson: (id: string) => boolean,
): Affinity {
  const shared = mention.actors.filter((a) => cluster.actors.has(a));
  const names = mention.sentence ? namesIn(mention.sentence.text) : new Set<string>();
  const theirs = cluster.names ?? new Set(cluster.mentions.flatMap((m) => [...namesIn(m.sentence.text)]));
  const sharedNames = [...names].filter((n) => theirs.has(n)).length;
  return { sharedPeople: shared.filter(isPerson).length, shared: shared.length, related: classesRelated(mention.classes, cluster.classes), sharedNames };
}

/**
 * Same happening: two shared people, or a shared actor and the same kind of happening, or the same kind
 * of happening with a shared actor at the same named place ("withdrew from Avdiivka" / "the fall of Avdiivka").
 */
export function sameHappening(a: Affinity): boolean {
  return mergeRule(a) !== null;
}

/**
 * Why two reports tell one happening, by rule name, or null. The happening must agree (the same kind of verb
 * or noun, or related kinds: "met" / "summit"), and so must its participants: the BP well "killed" on 19
 * September shares BP with the 29 April explosion, and is another happening.
 */
export function mergeRule(a: Affinity): string | null {
  if (!a.related) return null;
  if (a.sharedPeople >= 2) return 'merge:same-happening+two-people';
  if (a.shared >= 1 && a.sharedPeople >= 1) return 'merge:same-happening+person';
  if (a.shared >= 2) return 'merge:same-happening+two-actors';
  if (a.shared >= 1 && (a.sharedNames ?? 0) >= 1) return 'merge:same-happening+actor+place';
  return null;
}

function addToCluster(c: Cluster, m: DatedMention) {
  c.mentions.push(m);
  c.names ??= new Set();
  for (const n of namesIn(m.sentence.text)) c.names.add(n);
  for (const a of m.actors) c.actors.set(a, (c.actors.get(a) ?? 0) + 1);
  for (const k of m.classes) c.classes.add(k);
  c.titles ??= new Set();
  c.titles.add(titleKey(m.wording ?? m.title));
  for (const key of subjectKeys(m)) (c.subjects ??= new Set()).add(key);
}

/**
 * Each distinct id's place in localeCompare order (ids that compare equal share a place): sorting tens of
 * thousands of mentions then compares numbers, not strings through the collator, in the same order.
 */
export function localeRanks(ids: Iterable<string>): Map<string, number> {
  const distinct = [...new Set(ids)].sort((a, b) => a.localeCompare(b));
  const ranks = new Map<string, number>();
  let rank = 0;
  distinct.forEach((id, i) => {
    if (i > 0 && distinct[i - 1].localeCompare(id) !== 0) rank++;
    ranks.set(id, rank);
  });
  return ranks;
}

export function clusterMentions(
  mentions: DatedMention[],
  isPerson: (id: string) => boolean,
  /** A named single thing (a vessel, a rig, a storm): the actors of kind 'other'. */
  isThing: (id: string) => boolean = () => false,
  /** The publication day of a document, when known. */
  published: (doc: string) => string | null = () => null,
): Cluster[] {
  const docRank = localeRanks(mentions.map((m) => m.doc));
  const ordered = [...mentions].sort(
    (a, b) =>
      RANK[a.precision] - RANK[b.precision] ||
      docRank.get(a.doc)! - docRank.get(b.doc)! ||
      a.sentence.start - b.sentence.start ||
      (a.time?.start ?? 0) - (b.time?.start ?? 0),
  );
  const clusters: Cluster[] = [];
  // Every way to be the same happening needs a shared actor and a date that agrees (or, for a conflict,
  // a day at most a week away), so a mention is only weighed against the clusters of its own actors filed
  // under such a date, in creation order as before: near-linear on large corpora instead of quadratic,
  // even for the actor named in thousands of reports of one year.
  // (Filed by key, then by date key, in maps of maps: a key and a date made into one string for every look-up cost more
  // than the weighing itself on 10,000 articles; the date keys hold no "|", so the two levels find the same sets.)
  const index = new Map<string, Map<string, Set<number>>>();
  const filed = (key: string, date: string) => index.get(key)?.get(date);
  const clusterIndex = new Map<Cluster, number>();
  for (const m of ordered) {
    let best: Cluster | null = null;
    let bestScore = -1;
    let conflict = false;
    const ids = new Set<number>();
    const dates = candidateDateKeys(m.value, m.precision);
    for (const a of m.actors) for (const d of dates) for (const i of filed(a, d) ?? []) ids.add(i);
    const wording = titleKey(m.wording ?? m.title);
    for (const d of dates) for (const i of filed(wording, d) ?? []) ids.add(i);
    const subjects = m.precision === 'day' ? subjectKeys(m) : [];
    for (const subject of subjects) for (const d of dates) for (const i of filed(subject, d) ?? []) ids.add(i);
    const sameSubject = (c: Cluster) => subjects.some((k) => c.subjects?.has(k));
    const coarse = RANK[m.precision] >= RANK.month;
    const sameThingThatYear = (c: Cluster) =>
      coarse &&
      RANK[c.precision] >= RANK.month &&
      c.value.slice(0, 4) === m.value.slice(0, 4) &&
      m.actors.some((a) => isThing(a) && c.actors.has(a)) &&
      !m.actors.some(isPerson) &&
      ![...c.actors.keys()].some(isPerson);
    const candidates = [...ids].sort((x, y) => x - y).map((i) => clusters[i]);
    // ("BEIRUT, March 20 - Israeli jets bombed Palestinian targets east of ... Sidon, in the first such attack this
    // month" and "SIDON, Lebanon, March 23 - Israeli jets bombed Palestinian targets in south Lebanon for the second
    // time in four days", Reuters of 20 and 23 March 1987: the same words, "this month" agreeing with 23 March, but an
    // article cannot report a happening of a day after it was published; two raids, `merge:reported-before-the-day`.)
    const day = published(m.doc);
    const after = (c: Cluster) => c.precision === 'day' && !!day && day.length === 10 && day < c.value;
    let reportedBefore = false;
    for (const c of candidates) {
      if (after(c)) {
        reportedBefore = true;
        continue;
      }
      const agree = datesAgree(m.value, c.value, m.precision, c.precision);
      // Reports of one happening a few days apart can still be one (below); any other date is another
      // happening, whatever the actors: checked first, it spares weighing most clusters of a busy year.
      const fewDaysApart = !agree && m.precision === 'day' && c.precision === 'day' && daysApart(m.value, c.value) <= 7;
      if (!agree && !fewDaysApart) continue;
      // The same words on an agreeing date: one happening told alike (or one text reprinted), participants or not.
      if (agree && c.titles?.has(wording)) {
        const score = 100 - RANK[c.precision];
        if (score > bestScore) {
          best = c;
          bestScore = score;
          conflict = false;
        }
        continue;
      }
      // "The rig exploded" and "BP's Deepwater Horizon rig exploded" on one day: one thing doing one thing.
      if (agree && c.precision === 'day' && sameSubject(c)) {
        const score = 50;
        if (score > bestScore) {
          best = c;
          bestScore = score;
          conflict = false;
        }
        continue;
      }
      // Background told by a year or a month: "The Exxon Valdez tanker ran aground", "The tanker Exxon Valdez hit a reef
      // off Alaska" and "Exxon Valdez spilled 11 million gallons in Alaska's Prince William Sound", all of 1989. The verbs
      // differ and the reports name no second participant in common, but a named vessel, rig or storm has one incident
      // a year worth a place in another story's timeline (five entries of the wreck in one collection otherwise). Not
      // when a person takes part: "Mike Brewer lost his oil spill response company" to Hurricane Katrina in 2005 is his
      // own happening, not the storm's.
      // (Below any other way to agree: "in April 2010" told of the rig joins the day it exploded, if it can.)
      if (agree && sameThingThatYear(c)) {
        const score = 0;
        if (score > bestScore) {
          best = c;
          bestScore = score;
          conflict = false;
        }
        continue;
      }
      const aff = affinity(m, c, isPerson);
      // One day, the same kind of happening and a participant in common: "BP's Deepwater Horizon rig exploded" and
      // "the explosion of the Deepwater Horizon rig", both on 20 April 2010. A month or a year is too wide for one
      // shared actor (BP's well "killed" in September is not the April explosion), so that needs the day.
      const sameDay = agree && m.precision === 'day' && c.precision === 'day' && aff.related && aff.shared >= 1 && subjectsMayAgree(m, c);
      if (!sameHappening(aff) && !sameDay) continue;
      // Reports of one happening a few days apart: keep them together and show the disagreement.
      // (The same kind of happening exactly: a report of a meeting comes after the meeting, it is no conflict.)
      const disagreeButSame = fewDaysApart && aff.sharedPeople >= 2 && m.classes[0] !== 'report' && c.classes.has(m.classes[0]);
      if (!agree && !disagreeButSame) continue;
      const score = aff.sharedPeople * 3 + aff.shared + (aff.related ? 2 : 0) + (agree ? 5 : 0) - RANK[c.precision];
      if (score > bestScore) {
        best = c;
        bestScore = score;
        conflict = !agree;
      }
    }
    let joined: DatedMention;
    if (!best) {
      best = { value: m.value, precision: m.precision, mentions: [], undated: [], actors: new Map(), classes: new Set(), conflicts: [] };
      clusters.push(best);
      joined = { ...m, rules: [...m.rules, 'merge:first-report', ...(reportedBefore ? ['merge:reported-before-the-day'] : [])] };
    } else {
      const why =
        best.titles?.has(wording) && !conflict
          ? 'merge:same-wording'
          : sameSubject(best) && !conflict
            ? 'merge:same-day+same-happening+same-subject-noun'
            : sameThingThatYear(best) && !conflict && !mergeRule(affinity(m, best, isPerson))
              ? 'merge:same-year+same-thing'
              : (mergeRule(affinity(m, best, isPerson)) ??
                (best.precision === 'day' && !conflict ? 'merge:same-day+same-happening+actor' : 'merge:same-happening'));
      joined = { ...m, rules: [...m.rules, why, conflict ? 'merge:date-conflict' : 'merge:dates-agree'] };
      if (conflict) best.conflicts.push({ value: m.value, precision: m.precision, doc: m.doc, text: m.time?.text ?? '' });
    }
    addToCluster(best, joined);
    const at = best.mentions.length === 1 ? clusters.length - 1 : clusterIndex.get(best)!;
    clusterIndex.set(best, at);
    for (const a of [...m.actors, wording, ...subjects]) {
      let byDate = index.get(a);
      if (!byDate) index.set(a, (byDate = new Map()));
      for (const d of filedDateKeys(best.value, best.precision)) {
        const ids = byDate.get(d);
        if (ids) ids.add(at);
        else byDate.set(d, new Set([at]));
      }
    }
  }
  return joinHeadlineToItsBody(joinVerblessToTheirHappening(joinUnplacedToItsMoment(joinClustersOfOneKey(clusters)), isPerson));
}

/**
 * "The flow ended on 15 July, when BP put a temporary cap on the well": a happening whose every report has a subject a
 * reader cannot place ("The flow ended", "The disaster began": `placeable` 0, no actor) is told with its moment by a
 * "when" clause of the same sentence, dated by it (`date:of-the-clause-it-is-when-of`); the two are one moment, and
 * the report that names who did what titles it ("The flow ended", four reports, fails readable). The
 * cluster of the unplaced reports joins the cluster of that "when" clause of the same day
 * (`merge:unplaced-joins-its-when-clause` on its first report); not a cluster of unplaced reports itself.
 */
function joinUnplacedToItsMoment(clusters: Cluster[]): Cluster[] {
  const unplaced = (c: Cluster) => c.mentions.every((m) => m.actors.length === 0 && placeable(m, () => '') === 0);
  const bySentence = new Map<string, number>();
  clusters.forEach((c, i) => {
    if (c.precision !== 'day' || unplaced(c)) return;
    for (const m of c.mentions)
      if (m.rules.includes('date:of-the-clause-it-is-when-of'))
        bySentence.set(`${m.doc}|${m.sentence.start}|${m.value}`, bySentence.get(`${m.doc}|${m.sentence.start}|${m.value}`) ?? i);
  });
  const parent = clusters.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const joined = new Set<number>();
  clusters.forEach((c, i) => {
    if (c.precision !== 'day' || !unplaced(c)) return;
    for (const m of c.mentions) {
      const j = bySentence.get(`${m.doc}|${m.sentence.start}|${m.value}`);
      if (j === undefined || root(j) === root(i)) continue;
      parent[root(i)] = root(j);
      joined.add(i);
    }
  });
  if (!joined.size) return clusters;
  const out: Cluster[] = [];
  // (The first placed cluster of each set keeps the others: one that names who did what gives the title.)
  const placedRoot = new Map<number, number>();
  clusters.forEach((c, i) => {
    const r = root(i);
    if (!unplaced(c) && !placedRoot.has(r)) placedRoot.set(r, i);
  });
  clusters.forEach((c, i) => {
    const keep = placedRoot.get(root(i));
    if (keep === undefined || keep === i) {
      out.push(c);
      return;
    }
    joinCluster(clusters[keep], c, joined.has(i) ? 'merge:unplaced-joins-its-when-clause' : 'merge:when-clauses-of-one-moment');
  });
  return out;
}

/**
 * Clusters of one day that share a wording or a subject key are one happening, whatever order their reports came
 * in. A report joins one cluster only, the best it meets then: "The Deepwater Horizon drilling rig explosion killed 11
 * workers" joined the rig's explosion (its actor), while "The explosion killed 11 workers", read before it, had begun
 * a cluster of its own that the reports after it kept joining: two events of one happening, the second titled by
 * a subject a reader cannot place. The cluster begun first takes in the later ones; the first report of each
 * cluster taken in records why (`merge:clusters-of-same-wording`, `merge:clusters-of-same-subject-noun`).
 */
function joinClustersOfOneKey(clusters: Cluster[]): Cluster[] {
  const parent = clusters.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const owner = new Map<string, number>();
  const why = new Map<number, string>();
  clusters.forEach((c, i) => {
    if (c.precision !== 'day') return;
    const keys = [
      ...[...(c.titles ?? [])].map((k) => [k, 'merge:clusters-of-same-wording']),
      ...[...(c.subjects ?? [])].map((k) => [k, 'merge:clusters-of-same-subject-noun']),
    ];
    for (const [key, rule] of keys) {
      const at = `${key}|${c.value}`;
      const j = owner.get(at);
      if (j === undefined) {
        owner.set(at, i);
        continue;
      }
      const [a, b] = [root(i), root(j)];
      if (a === b) continue;
      // The earlier cluster is the root; the later one records the rule that joined it.
      const [keep, gone] = a < b ? [a, b] : [b, a];
      parent[gone] = keep;
      why.set(gone, rule);
    }
  });
  if (why.size === 0) return clusters;
  const out: Cluster[] = [];
  clusters.forEach((c, i) => {
    const r = root(i);
    if (r === i) {
      out.push(c);
      return;
    }
    joinCluster(clusters[r], c, why.get(i)!);
  });
  return out;
}

/**
 * A cluster of one day whose reports all lack a verb is no event by itself (`shownAlone`): it joins the shown cluster
 * of that day it shares the kind of happening and an actor with, the most shared first, the earliest on a tie
 * (`merge:verbless-joins-its-happening` on its first report). Eleven Washington Post reports of "the explosion of the
 * Deepwater Horizon oil rig" had begun a cluster before any report with a verb came, and the reports with a verb,
 * each meeting a cluster of its own subject first, never joined it: eleven reports of the rig's explosion were
 * dropped from its event.
 */
function joinVerblessToTheirHappening(clusters: Cluster[], isPerson: (id: string) => boolean): Cluster[] {
  const shownOfDay = new Map<string, Cluster[]>();
  for (const c of clusters) if (c.precision === 'day' && shownAlone(c)) shownOfDay.set(c.value, [...(shownOfDay.get(c.value) ?? []), c]);
  const gone = new Set<Cluster>();
  for (const c of clusters) {
    if (c.precision !== 'day' || shownAlone(c)) continue;
    const probe = { actors: [...c.actors.keys()], classes: [...c.classes] };
    let best: Cluster | null = null;
    let bestScore = 0;
    for (const other of shownOfDay.get(c.value) ?? []) {
      const aff = affinity(probe, other, isPerson);
      if (!aff.related || aff.shared < 1) continue;
      const score = aff.sharedPeople * 3 + aff.shared;
      if (score > bestScore) {
        best = other;
        bestScore = score;
      }
    }
    if (!best) continue;
    for (const m of c.mentions) {
      const first = m.rules.indexOf('merge:first-report');
      addToCluster(
        best,
        first < 0 ? m : { ...m, rules: [...m.rules.slice(0, first), 'merge:verbless-joins-its-happening', 'merge:dates-agree', ...m.rules.slice(first + 1)] },
      );
    }
    best.undated.push(...c.undated);
    best.conflicts.push(...c.conflicts);
    gone.add(c);
  }
  return gone.size ? clusters.filter((c) => !gone.has(c)) : clusters;
}

/**
 * "Kim Jong Un Meets with Russian Defense Minister, Signaling Strengthened Ties", the headline of an article published
 * on 1 December, whose lead tells "Kim Jong Un met with Russian Defense Minister Andrei Beloousov on November 29th": a
 * headline's present is dated by its publication day only because it writes no date (`date:headline-of-lede-publication-day`);
 * when its own article tells the same happening (a related kind, an actor in common) dated one to three days before,
 * the headline reports that day's news late, and it joins that happening (`merge:headline-told-in-its-body` on its
 * report) instead of standing as a second meeting dated the day the article came out.
 */
function joinHeadlineToItsBody(clusters: Cluster[]): Cluster[] {
  // (Or by the day before, which its first lines name, `date:headline-of-lede-day`: "KCNA reported on November 30th" is
  // the day of the report, and the meeting it reports is dated 29 November.)
  const headline = (c: Cluster) =>
    c.precision === 'day' &&
    c.mentions.every(
      (m) =>
        m.rules.includes('date:headline-of-lede-day') ||
        m.rules.includes('date:headline-of-lede-publication-day') ||
        // (An article's opening present perfect is dated so too, events.ts `date:lede-present-perfect`.)
        m.rules.includes('date:lede-present-perfect') ||
        // (And a wire story's first sentence in the past its headline tells, dated by its dateline, events.ts
        // `date:wire-lede-told-by-headline`.)
        m.rules.includes('date:wire-lede-told-by-headline') ||
        m.rules.includes('date:wire-lede-told-by-headline-words'),
    );
  // (The clusters each article reports in, looked up by the headline's article: a headline is weighed against its own
  // article's happenings only, not against every cluster of the collection.)
  const ofDoc = new Map<string, Cluster[]>();
  for (const o of clusters) {
    if (o.precision !== 'day' || headline(o) || !shownAlone(o)) continue;
    for (const doc of new Set(o.mentions.map((m) => m.doc))) {
      const list = ofDoc.get(doc);
      if (list) list.push(o);
      else ofDoc.set(doc, [o]);
    }
  }
  if (!ofDoc.size) return clusters;
  const gone = new Set<Cluster>();
  for (const c of clusters) {
    if (!headline(c)) continue;
    let best: Cluster | null = null;
    let bestDays = Number.POSITIVE_INFINITY;
    for (const o of new Set(c.mentions.flatMap((h) => ofDoc.get(h.doc) ?? []))) {
      const days = daysApart(c.value, o.value);
      if (days < 1 || days > 3 || o.value > c.value) continue;
      const toldInBody = o.mentions.some((b) =>
        c.mentions.some(
          (h) =>
            b.doc === h.doc &&
            b.sentence.start > h.sentence.start &&
            b.value === o.value &&
            classesRelated(h.classes, b.classes) &&
            h.actors.some((a) => b.actors.includes(a)),
        ),
      );
      if (toldInBody && days < bestDays) {
        best = o;
        bestDays = days;
      }
    }
    if (!best) continue;
    joinCluster(best, c, 'merge:headline-told-in-its-body');
    gone.add(c);
  }
  return gone.size ? clusters.filter((c) => !gone.has(c)) : clusters;
}

const DAY_MS = 86_400_000;

/**
 * Where a cluster dated `value` is filed (with each of its actors): its year, its exact date, its month
 * when it knows the month, and its day number when it knows the day.
 */
function filedDateKeys(value: string, precision: Precision): string[] {
  // A week: under its own key, and under each month and year it touches (the week of 28 Dec 2009 is in 2010 too).
  if (precision === 'week') {
    const sunday = addDaysToDay(value, 6);
    return [...new Set([`w${value}`, `y${value.slice(0, 4)}`, `y${sunday.slice(0, 4)}`, `m${value.slice(0, 7)}`, `m${sunday.slice(0, 7)}`])];
  }
  const keys = [`y${value.slice(0, 4)}`, `=${value}`];
  const parts = value.split('-');
  if (parts.length >= 2) keys.push(`m${parts[0]}-${parts[1]}`);
  const day = Date.parse(value) / DAY_MS;
  if (precision === 'day' && Number.isFinite(day)) keys.push(`d${day}`);
  return keys;
}

/**
 * The filing keys of every cluster a mention dated `value` could join: "2024-06" agrees with "2024" and
 * with any day of June 2024 (datesAgree); a day agrees with its year, its month and itself, and may
 * conflict with a day at most a week away.
 */
function candidateDateKeys(value: string, precision: Precision): string[] {
  if (precision === 'year') return [`y${value.slice(0, 4)}`];
  const parts = value.split('-');
  if (precision === 'month') return [`=${parts[0]}`, `m${value}`];
  if (precision === 'week') {
    // The week itself, the months and years it touches, and its seven days.
    const sunday = addDaysToDay(value, 6);
    const keys = new Set([`w${value}`, `=${value.slice(0, 4)}`, `=${sunday.slice(0, 4)}`, `=${value.slice(0, 7)}`, `=${sunday.slice(0, 7)}`]);
    const monday = Date.parse(value) / DAY_MS;
    for (let k = 0; k < 7; k++) keys.add(`d${monday + k}`);
    return [...keys];
  }
  const keys = [`=${parts[0]}`, `=${parts[0]}-${parts[1]}`, `=${value}`, `w${mondayOf(value)}`];
  const day = Date.parse(value) / DAY_MS;
  if (Number.isFinite(day)) for (let k = -7; k <= 7; k++) keys.push(`d${day + k}`);
  return keys;
}

/** "In a recent meeting between Kim Jong-un and Andrei Belousov": an undated report joins the happening it names. */
export function attachUndated(clusters: Cluster[], undated: DraftMention[], isPerson: (id: string) => boolean, published: (doc: string) => string | null) {
  for (const m of undated) {
    if (!m.recentCue) continue;
    const candidates = clusters
      .filter((c) => !c.mentions.some((x) => x.doc === m.doc) && !c.undated.some((x) => x.doc === m.doc))
      .map((c) => ({ c, aff: affinity(m, c, isPerson) }))
      .filter(({ c, aff }) => aff.sharedPeople >= 2 && aff.related && c.precision === 'day' && isRecent(c.value, published(m.doc)));
    candidates.sort((x, y) => y.aff.sharedPeople - x.aff.sharedPeople || y.c.mentions.length - x.c.mentions.length || y.c.value.localeCompare(x.c.value));
    if (candidates[0]) candidates[0].c.undated.push(m);
  }
}

function isRecent(eventDay: string, published: string | null): boolean {
  if (!published) return true;
  const days = (Date.parse(published.padEnd(10, published.length === 4 ? '-12-31' : '-28')) - Date.parse(eventDay)) / 86_400_000;
  return days >= -1 && days <= 45;
}

function toMention(m: DraftMention, date: { value: string; precision: Precision } | null): Mention {
  // (What "according to" shows: the source's name, or nothing; source-name.ts.)
  const source = sourceName(m.attribution, m.sentence.text);
  return {
    rules: source.rules.length ? [...m.rules, ...source.rules] : m.rules,
    doc: m.doc,
    sentence: m.sentence.text,
    start: m.sentence.start,
    end: m.sentence.end,
    attribution: source.name,
    dateText: m.time?.text ?? null,
    ...(m.time ? { dateStart: m.time.start, dateEnd: m.time.end } : {}),
    date,
    ...(m.named ? { named: m.named } : {}),
  };
}

/** The mention that names the happening best: a precise, explicit date and a title that starts with an actor. */
function titleScore(m: DatedMention, actorNames: string[]): number {
  // ("Acme's Horizon rig exploded", "The Gulf of Mexico oil spill began" over "The rig exploded", "The spill
  // began": a title with a name says which.)
  const namesSubject = (/^\p{Lu}/u.test(m.title) && !/^(?:The|A|An|This)\s/.test(m.title)) || /\s\p{Lu}/u.test(m.title) ? 1 : 0;
  const startsWithActor = (actorNames.some((n) => m.title.startsWith(n)) ? 3 : 0) + namesSubject;
  const named = actorNames.filter((n) => m.title.includes(n)).length;
  const gerund = /^\S+(?:\s\S+){0,3}\s\w+ing$/.test(m.title) ? 2 : 0; // "Andrei Belousov arriving"
  // ("BP said it finally choked off the flow Thursday" after "BP finally choked off the flow of oil into the Gulf of
  // Mexico on Thursday": a title whose subject is the sayer "it" stands for, candidates.ts `subject:sayer-of-it`, comes
  // after one that names its subject in its own words.)
  const sayer = m.rules.includes('subject:sayer-of-it') ? 1 : 0;
  return (
    (m.basis === 'explicit' ? 1 : 0) +
    (2 - RANK[m.precision]) +
    startsWithActor +
    named -
    gerund -
    sayer -
    m.title.length / 60 -
    (m.title.endsWith('…') ? 1 : 0)
  );
}

/**
 * "Massive Oil Spill Washes Ashore in the Gulf Millions of gallons of oil have leaked into the Gulf of Mexico from a
 * blown-out well at the site of the Deepwater Horizon, which exploded on April 20 and sank two days later.", the first
 * line of a Fox News page of 1 June 2010: a video's headline in title case run into its blurb, above a story of
 * another day. Shown as the quote of "The Deepwater Horizon sank" it reads as page furniture (happening: "a teaser
 * blurb glued to its headline"), and the eight other reports of the sinking tell it in the
 * story's own words. A page's first sentence that opens with four capitalised words or more in a title-case run,
 * with a sentence after it, is shown only when no other report is (not a title and a name: "Senate Majority Leader
 * Harry Reid said on Tuesday ...", `headlineRun`)
 * (`representative:not-under-a-glued-headline`, clean.ts `teaser-before-dateline` cuts such a line above a dateline).
 */
function underGluedHeadline(m: DatedMention): boolean {
  if (m.sentence.start !== 0) return false;
  const words = m.sentence.text.split(/\s+/);
  const run = headlineRun(words);
  return run > 0 && words.length - run >= 6;
}

/** The items that pass `test`, or all of them when none does. */
function preferring<T>(items: T[], test: (x: T) => boolean): T[] {
  const passing = items.filter(test);
  return passing.length ? passing : items;
}

/** Words that start a name but do not say which one ("The" of "The Gulf of Mexico"). */
const NAME_STOP_WORDS = new Set(['the', 'of', 'and', 'mr', 'mrs', 'ms', 'dr']);

/**
 * How well a report's title lets a reader place its happening: 2 when it names one of the report's own
 * participants ("The Deepwater Horizon oil spill began", "BP closed a new cap", "Megrahi was freed"), 0 when its
 * subject is a definite common noun and nothing in it is named ("The spill began", "The explosion killed 11
 * workers", "The flow ended", readable fails, "which spill?") or when it is cut off, 1 otherwise
 * ("An explosion killed 11 workers", "Engineers removed the cap").
 */
export function placeable(
  m: Pick<DraftMention, 'title' | 'actors' | 'subjectRuns' | 'sentence'> & { rules?: string[] },
  actorName: (id: string) => string,
): number {
  if (m.title.endsWith('…')) return 0;
  // ("The Gulf of Mexico oil spill began", its subject named as the article named it far before the sentence,
  // `quote:name-shown-apart`: placed, as a subject with a name of its own is, "The Gulf of Mexico oil spill began on
  // April 20" in one sentence, which comes first, its name in the quote.)
  if (m.rules?.includes('subject:named-in-article')) return 1;
  const titleWords = new Set(m.title.split(/[\s'’-]+/).filter(Boolean));
  const named = m.actors.some((id) =>
    actorName(id)
      .split(/[\s'’-]+/)
      .some((w) => w.length >= 2 && /^\p{Lu}/u.test(w) && !NAME_STOP_WORDS.has(w.toLowerCase()) && titleWords.has(w)),
  );
  if (named) return 2;
  const subject = (m.subjectRuns ?? [])
    .map((r) => m.sentence.text.slice(r.start - m.sentence.start, r.end - m.sentence.start))
    .join(' ')
    .split(/\s+/)
    .filter(Boolean);
  // (A month is no name: "The April spill began".)
  const bare =
    subject.length >= 2 &&
    /^(?:the|this|that|these|those)$/i.test(subject[0]) &&
    subject.slice(1).every((w) => /^[\p{Ll}\d]/u.test(w) || CALENDAR_WORDS.test(w));
  return bare ? 0 : 1;
}

/**
 * Rules of mentions whose title has no finite verb: "A study released by an agency", "Meeting with Andrei Belousov", "Andrei Belousov arriving". A headline needs a subject and a verb:
 * such a report joins the reports of its happening, and gives the event its title only when no report with a verb
 * tells it ("The report, published by the Korean Central News Agency (KCNA) on November 30th" is the only report of
 * that publication, and a happening the reader needs).
 */
const VERBLESS_RULES = new Set(['participle-describes-noun', 'reduced-relative', 'participle-of-past-clause', 'nominal-happening']);
// ("The Mexican man arrived in Hong Kong", "BP shares closed at 390p": a participle's title that reads as a past
// clause has its verb, candidates.ts `participle:reads-as-past`.)
// ("RICO was passed by Congress": a participle's title written with its auxiliary, candidates.ts
// `title:passive-auxiliary-supplied`.)
const hasVerb = (m: DatedMention) =>
  !m.rules.some((r) => VERBLESS_RULES.has(r)) || m.rules.includes('participle:reads-as-past') || m.rules.includes('title:passive-auxiliary-supplied');

/**
 * Verbless reports that may be an event's only report: "The report, published by the Korean Central News Agency
 * (KCNA) on November 30th" (a participle between commas, its agent or noun named), "North Korea's dispatch of a significant
 * number of troops", "their summit" (a happening noun with both its sides). The seeds need these; they name who
 * did what to or with whom.
 */
// ("Another undated BP document, released by Sen. Charles E. Grassley (R-Iowa) last week, has ...", "RICO, passed by
// Congress in 1970, contains ...": kept as "Another undated BP document released by Sen. Charles E. Grassley". A passive
// with its agent and without its auxiliary is how a headline writes a passive, "Man bitten by dog"; the happening is
// the participle's own, dated by its own words, and its agent names who did it. Without an agent, "The amount of oil
// recovered from a well" reads as a noun phrase, not a headline: it is no such report, and a reduced relative that
// the clause layer took for a verb is mended there, nlp/clause-rules.ts `reduced-relative-in-of-phrase`.)
// ("Jobs, born in San Francisco on February 24, 1955, has built ...": a birth has no agent to name,
// events/candidates.ts `participle:between-commas-agentless-verb`; shown as "Steve Jobs born in San Francisco".)
const SHOWN_WITHOUT_VERB = new Set(['participle:between-commas-named', 'participle:between-commas-agentless-verb', 'nominal:both-sides-named']);

/**
 * A happening told only without a verb is no timeline entry unless one of its reports is of a kind that names
 * who did what (SHOWN_WITHOUT_VERB): "A document filed by BP", "Internal BP documents released by a U.S.
 * Congressman", "BP's announcement", "Kent Wells referring to the removal" read as noun phrases, a headline
 * a reader cannot take as a statement (readable fails on a noun phrase without a finite verb).
 * They still join the reports with a verb of their happening.
 */
// ("Seas of 6 to 7 feet were pushing tides several feet above normal toward the coast, compounded by thunderstorms
// expected in the area Friday": a participle dated only by the clause it holds tells no happening of that day.)
const shownAlone = (c: Cluster) =>
  c.mentions.some(hasVerb) || c.mentions.some((m) => m.rules.some((r) => SHOWN_WITHOUT_VERB.has(r)) && !m.rules.includes('date:in-nonfinite-dependent'));

/** True when the text writes this form of a name as a word of its own (any case). */
function writes(text: string, form: string): boolean {
  const at = text.toLowerCase().indexOf(form.toLowerCase());
  if (!form || at < 0) return false;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeStringRegexp(form)}(?![\\p{L}\\p{N}])`, 'iu');
  return re.test(text);
}

export function toEventRecords(clusters: Cluster[], actorName: (id: string) => string, actorForms?: (id: string) => string[]): EventRecord[] {
  const events = clusters.filter(shownAlone).map((c) => {
    // Actors named in at least two reports of the happening, most named first.
    const reportsNaming = new Map<string, Set<string>>();
    for (const m of [...c.mentions, ...c.undated]) for (const a of m.actors) reportsNaming.set(a, (reportsNaming.get(a) ?? new Set()).add(m.doc));
    const corroborated = [...reportsNaming.entries()]
      .filter(([, docs]) => docs.size >= 2)
      .sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]))
      .map(([id]) => id);
    const names = corroborated.map(actorName);
    // One representative report gives the title, the date and the sentence shown: a report whose own date is
    // the event's and whose sentence holds its date phrase, with the best title.
    const withVerb = c.mentions.some(hasVerb) ? c.mentions.filter(hasVerb) : c.mentions;
    // (At the event's precision too: "Last week, the White House oil spill commission also unveiled its preliminary
    // findings" (Reuters, 17 Nov 2010) is dated the week of Monday 8 November, written "2010-11-08" as the day "on Monday"
    // of another report; shown as that day's report, its sentence gives only the week, `representative:own-date-best-title`
    // then picks a report whose own date is the day, `representative:own-date-at-its-precision`.)
    const onDate = preferring(
      withVerb.filter((m) => m.value === c.value && m.precision === c.precision),
      (m) => !!m.time && m.time.start >= m.sentence.start && m.time.end <= m.sentence.end,
    );
    const ranked = (onDate.length ? onDate : withVerb).map((m) => ({
      m,
      placed: placeable(m, actorName),
      // (A title of events/context-bound.ts, "The disaster began", last.)
      // (A title that names no one of a thing its collection does not tell of, salience.ts NOT_STANDALONE, last too.)
      // (And one whose "the cap" is one of the collection's several, salience.ts PHRASE_ONE_OF_SEVERAL.)
      bound: contextBoundReport(m) || m.rules.includes(NOT_STANDALONE) || m.rules.includes(PHRASE_ONE_OF_SEVERAL) ? 1 : 0,
      // (A page's first line that runs a headline in title case into its sentence, after the others:
      // `representative:not-under-a-glued-headline`.)
      glued: underGluedHeadline(m) ? 1 : 0,
      // Actors named in two reports that this one's sentence does not name: each is an actor listed for the event
      // that a reader does not find in the sentence shown ("Megrahi was freed by Scottish Justice Secretary Kenny
      // MacAskill" over "... freed by the Scottish authorities" when MacAskill is named in three of its reports).
      unnamed: corroborated.filter((a) => !m.actors.includes(a)).length,
      // (A name the sentence itself writes before one shown apart from it, `quote:name-shown-apart`.)
      apart: m.named ? 1 : 0,
      score: titleScore(m, names),
    }));
    const best = ranked.sort(
      (a, b) =>
        a.bound - b.bound ||
        a.glued - b.glued ||
        b.placed - a.placed ||
        a.apart - b.apart ||
        a.unnamed - b.unnamed ||
        b.score - a.score ||
        a.m.doc.localeCompare(b.m.doc) ||
        a.m.sentence.start - b.m.sentence.start,
    )[0].m;
    // "BP is drilling a relief well to halt the leak -- which began after the Deepwater Horizon exploded on April 20",
    // "The British energy giant, still struggling to stop a leak that began on April 20": an actor other reports name
    // is listed only where the sentence shown writes it (its name, an alias or a name's last word); a reader judges the
    // record by that sentence ("BP is not named in the sentence") (`actors:named-in-sentence-shown`).
    const shownNames = (a: string) =>
      !actorForms || actorForms(a).some((f) => writes(best.sentence.text, f) || (f.includes(' ') && writes(best.sentence.text, f.split(/\s+/).pop()!)));
    // ("BP is drilling a relief well to halt the leak -- which began after the Deepwater Horizon exploded on April 20": a
    // report that names its happening's own participants lists those alone; BP, which the other reports name, is
    // written here as the subject of another clause.)
    const pooled = best.actors.length ? [] : corroborated.filter((a) => !best.actors.includes(a));
    const actorIds = [...best.actors, ...pooled.filter(shownNames)];
    const shown = {
      ...best,
      rules: [
        ...best.rules,
        onDate.length ? 'representative:own-date-best-title' : 'representative:best-title-with-verb',
        ...(onDate.length && withVerb.some((m) => m.value === c.value && m.precision !== c.precision) ? ['representative:own-date-at-its-precision'] : []),
        ...(corroborated.some((a) => !best.actors.includes(a) && !(pooled.includes(a) && shownNames(a))) ? ['actors:named-in-sentence-shown'] : []),
        ...(ranked.some((r) => r.glued) && !underGluedHeadline(best) ? ['representative:not-under-a-glued-headline'] : []),
        ...(ranked.length > 1
          ? [['representative:unplaced-title', 'representative:title-without-name', 'representative:title-names-a-participant'][placeable(best, actorName)]]
          : []),
      ],
    };
    const others = [
      ...c.mentions.filter((m) => m !== best).map((m) => toMention(m, { value: m.value, precision: m.precision })),
      ...c.undated.map((m) => toMention(m, null)),
    ].sort((a, b) => a.doc.localeCompare(b.doc) || a.start - b.start);
    const mentions = [toMention(shown, { value: best.value, precision: best.precision }), ...others];
    const event: EventRecord = {
      id: '',
      // (The date the shown report gives, when the reports on the event's own date were all verbless.)
      date: {
        value: onDate.length ? c.value : best.value,
        precision: onDate.length ? c.precision : best.precision,
        basis: best.basis,
        text: best.time?.text ?? '',
        explanation: best.explanation,
      },
      title: best.title,
      actors: actorIds,
      mentions,
    };
    if (c.conflicts.length) event.conflicts = c.conflicts;
    return event;
  });
  events.sort(
    (a, b) =>
      a.date.value.localeCompare(b.date.value) ||
      a.title.localeCompare(b.title) ||
      a.mentions[0].doc.localeCompare(b.mentions[0].doc) ||
      a.mentions[0].start - b.mentions[0].start,
  );
  const used = new Set<string>();
  for (const e of events) {
    const base = `${e.date.value}-${slugify(e.title).slice(0, 48).replace(/-+$/, '')}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    e.id = id;
  }
  return events.sort((a, b) => a.date.value.localeCompare(b.date.value) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Moves cluster c's reports into `into`, each recording the rule that joined them where it said it came first. */
function joinCluster(into: Cluster, c: Cluster, rule: string): void {
  for (const m of c.mentions) {
    const first = m.rules.indexOf('merge:first-report');
    addToCluster(into, first < 0 ? m : { ...m, rules: [...m.rules.slice(0, first), rule, 'merge:dates-agree', ...m.rules.slice(first + 1)] });
  }
  into.undated.push(...c.undated);
  into.conflicts.push(...c.conflicts);
}
