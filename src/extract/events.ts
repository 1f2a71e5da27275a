/**
 * Events stage: sentences that state a dated happening become event mentions, each with a short title,
 * its actors and its attribution. Commentary ("The significance of this visit cannot be overstated") and
 * sentences without a happening word are not events.
 */
import type { Sentence, TimeExpression } from './types';
import {
  ANAPHORIC_NOUNS,
  ATTRIBUTION_PATTERNS,
  COMMENTARY_PATTERNS,
  EVENT_WORDS,
  HYPOTHETICAL_CUES,
  PLURAL_HAPPENINGS,
  PRESENT_TENSE_NOUNS,
  RECORD_BASELINE,
  SPAN_END_BEFORE,
  SUBORDINATORS,
  TITLE_LEAD_FILLERS,
} from './lexicon/events';
import { TITLE_WORDS } from './lexicon/actors';
import { COUNTRIES } from './lexicon/countries';

/** An actor mention already resolved to its canonical actor. */
export interface ResolvedActor {
  id: string;
  name: string; // canonical display name
  kind: string;
  start: number;
  end: number;
}

export interface DraftMention {
  doc: string;
  sentence: Sentence;
  time: TimeExpression | null;
  title: string;
  actors: string[]; // canonical actor ids, in order of appearance
  attribution: string | null;
  /** Event classes of the happening words near the date ("meet", "agree"), for wording similarity. */
  classes: string[];
  /** True when an undated sentence signals a recent happening ("In a recent meeting between ..."). */
  recentCue: boolean;
}

export interface EventInput {
  doc: string;
  text: string;
  sentences: Sentence[];
  times: TimeExpression[];
  actors: ResolvedActor[];
  /** Spans that are not the article's own statements (the dateline or byline): dates there are not events. */
  excluded: Array<[number, number]>;
}

const WORD_RE = /[\p{L}][\p{L}'’-]*/gu;
// Words of demonyms, so that "North Korean leader" is stripped word by word.
const DEMONYM_WORDS = new Set(COUNTRIES.flatMap((c) => c.demonyms.flatMap((d) => d.toLowerCase().split(/\s+/))));

interface Trigger {
  word: string;
  cls: string;
  start: number; // document offset
  /** "described the meeting": a definite noun pointing back to a happening told before. */
  pointsBack: boolean;
}

/** Two-word triggers ("stepped down", "held discussions"), listed once rather than per sentence. */
const PHRASE_TRIGGERS = [...EVENT_WORDS].filter(([phrase]) => phrase.includes(' '));

function triggersIn(_text: string, s: Sentence): Trigger[] {
  const out: Trigger[] = [];
  for (const m of s.text.matchAll(WORD_RE)) {
    const w = m[0].toLowerCase();
    // A bare form counts after a plural subject ("fighters seize"), not after "to", a modal or a possessive
    // ("to unveil the iPad 2", "since Wednesday's close").
    const bareAfterPlural = w.endsWith('s') || /\p{L}{2}s\s+$/u.test(s.text.slice(Math.max(0, m.index! - 12), m.index!));
    const cls = EVENT_WORDS.get(w) ?? (bareAfterPlural ? presentTenseClass(w) : undefined);
    if (!cls) continue;
    // "described the meeting" points back to a happening told before; it is not a new one.
    const pointsBack = ANAPHORIC_NOUNS.has(w) && /\b(?:the|this|that|their|his|her|its)\s+$/i.test(s.text.slice(Math.max(0, m.index! - 8), m.index!));
    out.push({ word: w, cls, start: s.start + m.index!, pointsBack });
  }
  const lower = s.text.toLowerCase();
  for (const [phrase, cls] of PHRASE_TRIGGERS) {
    const i = lower.indexOf(phrase);
    if (i >= 0) out.push({ word: phrase, cls, start: s.start + i, pointsBack: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Timelines and headlines tell in the present: "Clashes erupt in Khartoum", "RSF fighters seize Wad Madani", "The army
 * recaptures parts of Omdurman". A present form counts when its past form is a happening word; nouns that look
 * like one ("fires raged", "the charges") do not.
 */
function presentTenseClass(w: string): string | undefined {
  if (PRESENT_TENSE_NOUNS.has(w) || w.length < 4) return undefined;
  const base = /(?:sh|ch|ss|x|z)es$/.test(w) ? w.slice(0, -2) : w.endsWith('s') ? w.slice(0, -1) : w;
  return EVENT_WORDS.get(`${base}ed`) ?? (base.endsWith('e') ? EVENT_WORDS.get(`${base}d`) : undefined);
}

export function findAttribution(sentence: string): string | null {
  for (const re of ATTRIBUTION_PATTERNS) {
    const m = sentence.match(re);
    if (!m) continue;
    const source = m[1]
      .replace(/\s*\([^)]*\)\s*/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (source.split(' ').length <= 10 && /\p{L}/u.test(source)) return source;
  }
  return null;
}

function isCommentary(sentence: string): boolean {
  return COMMENTARY_PATTERNS.some((re) => re.test(sentence));
}

/**
 * Extracts event mentions from one document. Mentions whose date is still unknown (a relative date in a
 * document without a publication date) carry their TimeExpression with value null: the pipeline dates
 * the document from other reports and runs this again.
 */
export function extractEventMentions(input: EventInput): DraftMention[] {
  const { doc, text, sentences, times, actors, excluded } = input;
  const out: DraftMention[] = [];
  const history: Array<{ sentence: Sentence; actors: ResolvedActor[]; nouns: Set<string> }> = [];
  let lastPeople: { at: number; people: ResolvedActor[] } | null = null;
  const sortedTimes = [...times].sort((x, y) => x.start - y.start);
  let t0 = 0;
  let a0 = 0; // actors are sorted by offset, so one pointer walks them sentence by sentence
  const sortedActors = [...actors].sort((x, y) => x.start - y.start);
  for (const [si, s] of sentences.entries()) {
    const inSentence = (a: { start: number; end: number }) => a.start >= s.start && a.end <= s.end;
    while (a0 < sortedActors.length && sortedActors[a0].start < s.start) a0++;
    const sActors: ResolvedActor[] = [];
    for (let k = a0; k < sortedActors.length && sortedActors[k].start < s.end; k++) if (inSentence(sortedActors[k])) sActors.push(sortedActors[k]);
    const pronoun = pronounSubject(s, sActors, lastPeople && si - lastPeople.at <= 3 ? lastPeople.people : []);
    if (pronoun) sActors.push(pronoun);
    const named = sActors.filter((a) => a.kind === 'person' && a !== pronoun);
    if (named.length) lastPeople = { at: si, people: named };
    while (t0 < sortedTimes.length && sortedTimes[t0].start < s.start) t0++;
    const sTimes: TimeExpression[] = [];
    for (let k = t0; k < sortedTimes.length && sortedTimes[k].start < s.end; k++) {
      const t = sortedTimes[k];
      if (inSentence(t) && !excluded.some(([a, b]) => t.start < b && t.end > a)) sTimes.push(t);
    }
    // A title starts after a wire dateline ("KYIV, Ukraine (AP) — Russian ballistic missiles slammed ...").
    const lead = excluded.find(([a, b]) => a <= s.start && b > s.start && b < s.end);
    const titled = lead ? { ...s, start: lead[1], text: text.slice(lead[1], s.end) } : s;
    const triggers = triggersIn(text, s);
    const nouns = new Set((s.text.toLowerCase().match(WORD_RE) ?? []).filter((w) => ANAPHORIC_NOUNS.has(w) || w === 'reported'));
    const remember = () => history.push({ sentence: s, actors: sActors, nouns });
    if (!triggers.length || isCommentary(s.text)) {
      remember();
      continue;
    }
    const attribution = findAttribution(s.text);
    if (!sTimes.length) {
      const people = new Set(sActors.filter((a) => a.kind === 'person').map((a) => a.id));
      if (people.size >= 2) {
        out.push({
          doc,
          sentence: s,
          time: null,
          title: makeTitle(text, titled, null, triggers[0], sActors, sActors.find((a) => a.kind === 'person')?.name),
          actors: uniqueIds(sActors),
          attribution,
          classes: [...new Set(triggers.map((t) => t.cls))],
          recentCue: /\brecent(?:ly)?\b/i.test(s.text),
        });
      }
      remember();
      continue;
    }
    for (const time of sTimes) {
      const trigger = nearestTrigger(triggers, time, text);
      if (hypothetical(text, s, time, trigger) || notTheHappeningsDate(text, s, time)) continue;
      const own = actorsNear(sActors, s, time, trigger);
      const inherited = inheritedActors(s, time, history);
      const all = [...own, ...inherited.filter((a) => !own.some((o) => o.id === a.id))];
      out.push({
        doc,
        sentence: s,
        time,
        title: makeTitle(text, titled, time, trigger, [...sActors, ...inherited], own.find((a) => a.kind === 'person')?.name, sTimes),
        actors: uniqueIds(all),
        attribution,
        classes: [...new Set([trigger, ...triggers.filter((t) => !t.pointsBack && Math.abs(t.start - time.start) < 70)].map((t) => t.cls))],
        recentCue: false,
      });
    }
    remember();
  }
  return out;
}

/**
 * "He started Apple in 1976": a sentence that names nobody and opens with "He" or "She" speaks of the
 * person the previous sentences named (the first of them, the subject a reader would assume).
 */
function pronounSubject(s: Sentence, sActors: ResolvedActor[], recent: ResolvedActor[]): ResolvedActor | null {
  if (!recent.length || sActors.some((a) => a.kind === 'person')) return null;
  const m = s.text.match(/^(?:[^,"“]{0,60},\s*)?(He|She)\b/);
  if (!m) return null;
  const at = s.start + m.index! + m[0].length - m[1].length;
  return { ...recent[0], start: at, end: at + m[1].length };
}

/**
 * The clause that holds a date and its happening word states something only expected or possible:
 * "Steve Jobs announced that Mac OS X Leopard would be released in 2007" (2007 is no happening yet).
 */
function hypothetical(text: string, s: Sentence, time: TimeExpression, trigger: Trigger): boolean {
  const lo = Math.min(time.start, trigger.start);
  const hi = Math.max(time.end, trigger.start + trigger.word.length);
  const before = text.slice(s.start, lo);
  const cut = Math.max(before.search(/[,;:][^,;:]*$/), before.search(/\b(?:that|which|who)\b(?![\s\S]*\b(?:that|which|who)\b)/i));
  const clause = text.slice(s.start + Math.max(0, cut), hi);
  return HYPOTHETICAL_CUES.test(clause);
}

/**
 * Dates a sentence gives for something other than when its happening took place: the end of a span ("agreed
 * Thursday night to suspend their strike until January 15") and the baseline of a record ("The walkout, the
 * first by the union since 1977, began ..."): neither is a day anything happened.
 */
function notTheHappeningsDate(text: string, s: Sentence, time: TimeExpression): boolean {
  const before = text.slice(Math.max(s.start, time.start - 90), time.start);
  if (SPAN_END_BEFORE.test(before)) return true;
  return /\bsince\s+$/i.test(before) && RECORD_BASELINE.test(before);
}

function uniqueIds(actors: ResolvedActor[]): string[] {
  return [...new Set(actors.map((a) => a.id))];
}

/** The happening word a date belongs to: the closest one, counting a comma or semicolon between them as far. */
function nearestTrigger(triggers: Trigger[], time: TimeExpression, text: string): Trigger {
  const distance = (t: Trigger) => {
    // measured from the end of a word before the date: "rejected in February" is as close as "February when it sued"
    const [a, b] = t.start < time.start ? [Math.min(t.start + t.word.length, time.start), time.start] : [time.end, t.start];
    const between = text.slice(a, b);
    // "fought cancer in 2004 and took six months off": a date follows its verb; "and" after it starts another happening.
    const nextClause = t.start > time.start && /\b(?:and|but|then)\b/.test(between) ? 40 : 0;
    return Math.abs(b - a) + (between.match(/[,;]/g)?.length ?? 0) * 60 + nextClause;
  };
  return [...triggers].sort((a, b) => distance(a) - distance(b) || a.start - b.start)[0];
}

/**
 * Actors of the happening: in a long sentence with two dates, each date keeps the actors of its own
 * part ("A 2018 military agreement between the two Koreas collapsed last year, leading to ...").
 */
function actorsNear(actors: ResolvedActor[], s: Sentence, time: TimeExpression, trigger: Trigger): ResolvedActor[] {
  if (s.text.length < 220) return actors;
  const lo = Math.min(time.start, trigger.start) - 160;
  const hi = Math.max(time.end, trigger.start) + 120;
  const near = actors.filter((a) => a.start >= lo && a.end <= hi);
  return near.length ? near : actors;
}

/**
 * A definite or possessive reference to an earlier happening close to the date ("Since their summit in
 * September 2023", "The report, published by KCNA on November 30th") brings in the people of the
 * sentence that first told of it.
 */
function inheritedActors(
  s: Sentence,
  time: TimeExpression,
  history: Array<{ sentence: Sentence; actors: ResolvedActor[]; nouns: Set<string> }>,
): ResolvedActor[] {
  const windowStart = Math.max(0, time.start - s.start - 90);
  const before = s.text.slice(windowStart, time.start - s.start);
  const m = before.match(
    /\b(?:the|their|this|that|his|her|its)\s+(?:\w+\s+)?(meeting|summit|talks|visit|trip|report|agreement|treaty|pact|deal|announcement|attack|strike|deployment|dispatch)\b/i,
  );
  if (!m) return [];
  const noun = m[1].toLowerCase();
  const wanted = noun === 'report' ? ['report', 'reported'] : [noun];
  // The happening was told a few sentences before, not anywhere in a long file.
  for (let i = history.length - 1; i >= Math.max(0, history.length - 30); i--) {
    const h = history[i];
    if (wanted.some((w) => h.nouns.has(w))) return h.actors.filter((a) => a.kind === 'person');
  }
  return [];
}

/** Removes titles and demonyms written before a person's name: "North Korean leader Kim Jong Un" → "Kim Jong Un". */
function stripTitleBefore(textBefore: string): string {
  const words = textBefore.split(/(\s+)/);
  let cut = words.length;
  let titled = false;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (/^\s*$/.test(w)) continue;
    // "then-Prime Minister Meles Zenawi", "ex-President": the prefix dates the title, it is still a title.
    const lw = w
      .toLowerCase()
      .replace(/[’']s$/, '')
      .replace(/^(?:then|ex|former)-/, '');
    if (TITLE_WORDS.has(lw) || DEMONYM_WORDS.has(lw) || lw === 'u.s.' || lw === 'us' || lw === 'uk' || lw === 'visiting' || lw === 'north' || lw === 'south') {
      cut = i;
      titled ||= TITLE_WORDS.has(lw);
    } else if (titled && lw === 'and' && TITLE_WORDS.has((words[i - 2] ?? '').toLowerCase())) {
      cut = i; // "CEO and co-founder Steve Jobs"
    } else if (titled && (/^\p{Lu}/u.test(w) || ORG_OWNER_WORDS.has(lw)) && !/[,.;:]$/.test(w)) {
      // "Apple Computer CEO Steve Jobs", "company CEO Steve Jobs": whose officer he is, not part of his name.
      cut = i;
    } else break;
  }
  return words.slice(0, cut).join('');
}

/** Words naming the employer before an officer's title: "company CEO Steve Jobs". */
const ORG_OWNER_WORDS = new Set(['company', 'firm', 'group', 'agency', 'party', 'the', "company's", 'its', 'his', 'her', 'their']);

/**
 * A short readable title from the clause that holds the happening: the canonical names of its actors
 * (titles dropped), its verb and object, without the date and the connecting words.
 */
function makeTitle(
  text: string,
  s: Sentence,
  time: TimeExpression | null,
  trigger: Trigger,
  actors: ResolvedActor[],
  subject?: string,
  otherTimes: TimeExpression[] = [],
): string {
  // "A 2018 military agreement between the two Koreas collapsed last year": the year names the agreement.
  if (time && time.precision === 'year' && time.basis === 'explicit' && /\b(?:a|an|the)\s+$/i.test(text.slice(Math.max(s.start, time.start - 5), time.start))) {
    const after = text.slice(time.end, s.end).replace(/^\s+/, '');
    const stop = after.search(/\s(?:has|had|have|was|were|is|are|will|would|collapsed|ended|expired|began|remains?|\w+ed\b)|[,;.]/);
    const phrase = (stop > 0 ? after.slice(0, stop) : after).trim();
    if (phrase.split(' ').length >= 2) return phrase.charAt(0).toUpperCase() + phrase.slice(1);
  }
  // Rewrite the sentence with canonical actor names and without the date expression.
  let rewritten = '';
  let pos = s.start;
  const pieces = [
    // People get their canonical names; countries and organisations stay as written ("U.S.", "Russia's").
    ...actors.filter((a) => a.kind === 'person' && a.start >= s.start && a.end <= s.end).map((a) => ({ start: a.start, end: a.end, with: a.name })),
    // "agreed Thursday night to suspend": the part of the day goes with the date.
    ...(time
      ? [{ start: time.start, end: time.end + (/^\s+(?:night|morning|afternoon|evening)\b/i.exec(text.slice(time.end, s.end))?.[0].length ?? 0), with: '' }]
      : []),
    // Another date of the sentence belongs to another happening: "fought cancer in 2004 and took six months off in early 2009".
    ...otherTimes.filter((t) => t !== time && t.start >= s.start && t.end <= s.end).map((t) => ({ start: t.start, end: t.end, with: '\u0002' })),
  ]
    .sort((a, b) => a.start - b.start)
    .filter((p, i, arr) => i === 0 || p.start >= arr[i - 1].end);
  let triggerAt = -1;
  for (const p of pieces) {
    if (p.start < pos) continue;
    if (trigger.start >= pos && trigger.start < p.start) triggerAt = rewritten.length + (trigger.start - pos);
    let before = text.slice(pos, p.start);
    if (p.with && p.with !== '\u0002') before = stripTitleBefore(before);
    // "met on [the date] to discuss": the preposition goes with the date it introduced.
    if (p.with === '') before = before.replace(/\s+(?:on|in|at|since|during|from|by|as of|back in|earlier in)\s*$/i, ' ');
    rewritten += before + p.with;
    pos = p.end;
  }
  if (triggerAt < 0 && trigger.start >= pos) triggerAt = rewritten.length + (trigger.start - pos);
  rewritten += text.slice(pos, s.end);
  if (triggerAt < 0) triggerAt = Math.max(0, rewritten.toLowerCase().indexOf(trigger.word));
  const title = titleFromClause(rewritten, triggerAt, subject);
  // "Their summit" names its people: "Kim Jong Un and Vladimir Putin summit".
  const people = [...new Set(actors.filter((a) => a.kind === 'person').map((a) => a.name))];
  // ("His company sold 13.7 million Macs" stays as written: the company is not a happening.)
  const pronoun = title.match(/^(?:Their|His|Her)\s+(\S+)(.*)$/);
  if (pronoun && people.length && ANAPHORIC_NOUNS.has(pronoun[1].toLowerCase())) return `${people.slice(0, 2).join(' and ')} ${pronoun[1]}${pronoun[2]}`;
  return title;
}

function titleFromClause(sentence: string, triggerAt: number, subject?: string): string {
  // Drop a dateline ("Seoul, – ") and parentheticals; keep the offsets of the trigger in step.
  const marked = `${sentence.slice(0, triggerAt)}\u0001${sentence.slice(triggerAt)}`;
  const t = marked
    .replace(/^[^–—\u0001]{0,40}[–—]\s*/, '')
    .replace(/\s*\([^)\u0001]*\)/g, '')
    .replace(/\s+/g, ' ');
  const at = t.indexOf('\u0001');
  // Clause boundaries: punctuation, relative pronouns and subordinators.
  const bounds = [
    ...t.matchAll(
      new RegExp(
        `[,;:](?!\\d)|\u0002|\\s(?:and|but)\\s(?=[^,;:\\u0002]*\\u0002)|\\s[–—]\\s|\\b(?:which|where|${SUBORDINATORS.join('|')}|reported that|said that|stated that|indicate that)\\b`,
        'gi',
      ),
    ),
  ];
  let start = 0;
  let end = t.length;
  for (const b of bounds) {
    const i = b.index!;
    if (i < at) start = i + (/^[,;:\u0002]$/.test(b[0]) ? 1 : /^\s/.test(b[0]) ? b[0].length : /that$/i.test(b[0]) ? b[0].length : 0);
    else if (i > at) {
      end = i;
      break;
    }
  }
  // "as a wildfire that broke out on Sunday": a relative clause right before the happening word starts its clause.
  const relative = /\b(?:that|who)\s+(?:(?:had|has|have|was|were|is|are|been|later|also|first|then)\s+){0,2}$/i.exec(t.slice(0, at));
  if (relative && relative.index > start) start = relative.index;
  let clause = t
    .slice(start, end)
    .replace('\u0001', '')
    .replace(/\u0002/g, '')
    .trim();
  const previous = t
    .slice(0, start)
    .replace('\u0001', '')
    .replace(/\u0002/g, '')
    .replace(/[,;:\s]+$/, '');
  clause = clause.replace(TITLE_LEAD_FILLERS, (m) => (/^\p{Lu}[\p{L}\s'’-]*$/u.test(m.trim()) && m.trim().split(' ').length > 2 ? m : ''));
  if (/^(?:who|that)\s/i.test(clause)) {
    // "Belousov, who was appointed ...": the relative pronoun stands for the name before it.
    clause = clause.replace(/^(?:who|that)\s/i, `${lastNounPhrase(previous)} `);
  } else if (/^(?:it|he|she|they)\s/i.test(clause) && lastNounPhrase(previous) && clause.split(' ').length <= 12) {
    // "a plan the FTC rejected in February when it sued": the pronoun stands for the name before it.
    clause = clause.replace(/^\S+/, subject ?? lastNounPhrase(previous));
  } else if (/^(?:a|an|the)$/i.test(previous)) {
    // "A [2018] military agreement between the two Koreas collapsed": another date cut the noun phrase in two.
    clause = `${previous} ${clause}`;
  } else if (/^\p{Ll}/u.test(clause) && !/^(?:a|an|the|their|his|her|its)\s/i.test(clause) && !ownSubject(t.slice(start, Math.max(start, at)))) {
    // A clause that starts with its verb ("met with ...", "arriving") borrows the sentence's subject.
    const who = subject ?? lastNounPhrase(previous);
    if (who && clause.split(' ').length <= 12) clause = `${who} ${clause}`;
  }
  for (let prev = ''; prev !== clause; ) {
    prev = clause;
    clause = clause
      .replace(/\s+(?:on|in|at|of|by|back|earlier|later|since|from|during|the|a|an)\s*$/i, '')
      .replace(/[\s,.;:]+$/, '')
      .replace(/\s+/g, ' ')
      .trim();
  }
  clause = clause.replace(/^(?:back|earlier|later|just)\s+/i, '');
  if (clause.length > 90) clause = `${clause.slice(0, 90).replace(/\s+\S*$/, '')}…`;
  if (clause.split(' ').length < 2)
    clause = sentence
      .replace(/\u0002/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 90);
  return clause.charAt(0).toUpperCase() + clause.slice(1);
}

/**
 * A clause joined by "but" or "and" that opens with a noun has a subject of its own: "The African Union took over
 * mediation later that year, but negotiations stalled again in December 2023" is not "The African Union
 * negotiations". One that opens with its verb ("and launched the iTunes Music Store") borrows the sentence's.
 */
function ownSubject(beforeTrigger: string): boolean {
  const joined = /^\s*(?:but|and|yet|while|whereas|although)\s+(.*)$/is.exec(beforeTrigger);
  if (!joined) return false;
  const lead = joined[1].replace(/^(?:(?:\p{L}+ly|was|were|had|has|have|is|are|will|also|then|again|been|later)(?:\s+|$))+/iu, '').trim();
  if (lead === '') return false;
  const first = lead.split(/\s+/)[0].toLowerCase();
  const verbLike = (EVENT_WORDS.has(first) && !ANAPHORIC_NOUNS.has(first) && !PLURAL_HAPPENINGS.has(first)) || /\p{L}{3}(?:ed|ing)$/u.test(first);
  return !verbLike;
}

/** The subject a verb-only clause belongs to: the last capitalised name or short noun phrase before it. */
function lastNounPhrase(before: string): string {
  const words = before.trim().split(/\s+/).filter(Boolean);
  if (words.length && words.length <= 4) return before.trim();
  // "The walkout, the first by the union since 1977, began ...": the subject is before the apposition.
  const appositive = /^((?:The|A|An|\p{Lu}[\p{L}'’.-]*)(?:\s+[\p{L}'’.-]+){0,4}),\s+(?:the|a|an)\s/u.exec(before.trim());
  if (appositive && !/^(?:In|On|At|After|Before|During|Since|Last|Earlier|Later|When|While|As|By|From|For)\b/.test(appositive[1])) return appositive[1];
  // "as a wildfire that broke out": the noun phrase the relative clause hangs on.
  const described = /\b(?:a|an|the|its|their|his|her)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+$/u.exec(before.trim());
  if (described) return described[0];
  const names = before.match(/(?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*)*/gu)?.filter((n) => !/^(?:The|A|An|This|That|In|On|During)$/.test(n));
  return names?.length ? names[names.length - 1] : '';
}
