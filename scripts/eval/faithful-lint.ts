/**
 * npx tsx scripts/eval/faithful-lint.ts [--all] [--show CATEGORY] FILE.rec.json ...
 *
 * The faithful criterion of docs/audit/judge.md made countable: a title is words of its sentence with modifiers
 * dropped, and a dropped word must never change what is claimed. For every record (title + representative
 * sentence, as scripts/eval/sample-events.ts writes them) this lists the sentence material the title left out that
 * can change the claim, by category:
 *
 *   attempt      an attempt/intent verb governing the title's verb ("tried to", "agreed to", "bid to")
 *   negation     "not", "no", "never", "nobody", "none", "without"
 *   hedge        a modal or hedge ("may", "could", "would", "reportedly", "expected to", "likely")
 *   partial      a part or approximation ("one of", "part of", "partly", "nearly", "about", "up to", "at least")
 *   restrictive  a restrictive relative limiting the subject ("people who were exposed" → "people were exposed")
 *   condition    "if", "unless", "provided"
 *   only-first   "only", "first", "not only"
 *   coordinate   a dropped conjunct ("X or Y was blamed" → "X was blamed")
 *   other-clause the title's words on either side of another clause ("as", "after", "which operated the rig that")
 *   added        title words the sentence does not have ("ADB’s profits touched 287 mln dlrs"): said more than it
 *
 * Material is read where it can govern the title: between two of its words (in the sentence) and in the few words
 * before its first one. Hits a careful reader judged harmless are in ALLOWED, each with its reason, and are
 * counted apart. Prints per-category counts (and with --show the hits); exits 0.
 */
import { readFileSync } from 'node:fs';

export type Category = 'attempt' | 'negation' | 'hedge' | 'partial' | 'restrictive' | 'condition' | 'only-first' | 'coordinate' | 'other-clause' | 'added';

export interface Hit {
  category: Category;
  /** The dropped words, as written in the sentence. */
  words: string;
  /** Set when the hit is one a reader judged harmless: the reason. */
  allowed?: string;
}

const tokenize = (s: string): string[] =>
  s
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .split(/\s+|(?=[,;:()"—–])|(?<=[,;:()"—–])/)
    .map((w) => w.trim())
    .filter(Boolean);

const norm = (w: string) =>
  w
    .toLowerCase()
    .replace(/'s$|'$/, '')
    .replace(/^[^\p{L}\p{N}$]+|[^\p{L}\p{N}%]+$/gu, '');

/**
 * Where each title word stands in the sentence: the in-order alignment that matches the most title words and, among
 * those, leaves the fewest sentence words between them (so a title's "the" takes the "the" beside its noun, not the
 * sentence's first one). -1 for a word the sentence lacks (a canonical name standing in for a mention).
 */
export function align(title: string[], sentence: string[]): number[] {
  const t = title.map(norm);
  const s = sentence.map(norm);
  // State: the sentence position of the last title word matched (-1: none yet), with the most matches and, among
  // those, the fewest sentence words between them; `path` the positions so far.
  type State = { matched: number; gap: number; path: number[] };
  let states = new Map<number, State>([[-1, { matched: 0, gap: 0, path: [] }]]);
  const better = (a: State | undefined, b: State) => !a || b.matched > a.matched || (b.matched === a.matched && b.gap < a.gap);
  for (const w of t) {
    const next = new Map<number, State>();
    for (const [last, st] of states) {
      const skip = { matched: st.matched, gap: st.gap, path: [...st.path, -1] };
      if (better(next.get(last), skip)) next.set(last, skip);
      if (!w) continue;
      for (let p = last + 1; p < s.length; p++) {
        if (s[p] !== w) continue;
        const took = { matched: st.matched + 1, gap: st.gap + (last >= 0 ? p - last - 1 : 0), path: [...st.path, p] };
        if (better(next.get(p), took)) next.set(p, took);
      }
    }
    states = next;
  }
  let best: State | undefined;
  for (const st of states.values()) if (better(best, st)) best = st;
  return best?.path ?? [];
}

const ATTEMPT = new Set(
  'tried try tries trying sought seek seeks seeking attempted attempt attempts attempting failed fail fails failing hoped hope hopes hoping planned plan plans planning agreed agree agrees offered offer offers threatened threaten threatens voted vote votes moved move moves bid bids wanted want wants intended intend intends aimed aim aims promised promise promises pledged pledge pledges vowed vow vows proposed propose proposes refused refuse refuses declined decline declines urged urges asked asks effort efforts expected expects set'.split(
    ' ',
  ),
);
const NEGATION = new Set("not n't no never nobody none neither nor without nothing cannot".split(' '));
const HEDGE = new Set(
  'may might could would should can will shall reportedly allegedly apparently likely probably possibly perhaps purportedly presumably seemingly suspected alleged expected believed thought said seems seemed appears appeared unconfirmed'.split(
    ' ',
  ),
);
// "expected/believed/thought/said" hedge only as "X is expected to", "X was said to"
const HEDGE_NEEDS_TO = new Set('expected believed thought said seems seemed appears appeared'.split(' '));
const PARTIAL_ONE = new Set('partly partially nearly almost about approximately roughly around some half most several many part partial'.split(' '));
const PARTIAL_TWO = [
  'one of',
  'some of',
  'part of',
  'most of',
  'many of',
  'up to',
  'more than',
  'less than',
  'fewer than',
  'at least',
  'as many as',
  'as much as',
  'close to',
];
const RELATIVE = new Set(['who', 'that', 'which', 'whose', 'whom']);
const CONDITION = new Set(['if', 'unless', 'provided', 'providing']);
const ONLY_FIRST = new Set(['only', 'first', 'sole', 'solely', 'alone']);
const COORD = new Set(['and', 'or', 'nor', '&']);
const SUBORDINATOR = new Set('as after when while before because since until although though once whereas whether where following amid'.split(' '));

const SAYING = new Set(
  'said says reported reports announced announces confirmed confirms estimated estimates disclosed revealed showed shows told noted added found believe believes insisted warned'.split(
    ' ',
  ),
);
const APPROXIMATE = new Set(['about', 'around', 'roughly', 'approximately', 'some']);
const DETERMINED = /^(?:the|a|an|this|that|these|those|its|his|her|their|our|one|two|three|four|five|six|seven|eight|nine|ten|\d[\d,.]*)$/i;

/** What a hit's reader needs beside its words: the title's words up to the gap and the sentence word before it. */
export interface HitContext {
  /** The dropped span, the sentence's words. */
  span: string[];
  /** Index in the span of the hit's first word. */
  at: number;
  /** The title's words before the gap (empty for words before the title's first). */
  titleBefore: string[];
  /** The sentence's word right before the span. */
  wordBefore: string;
  /** The span is the words before the title's first (a dropped conjunct there is the subject's). */
  pre: boolean;
}

/**
 * Hits a careful reader judged harmless, read on every hit of the Timeline17 and Reuters 1987 records (faith46): a
 * predicate and the reason. The first that holds marks the hit allowed; it is counted apart and listed with --all.
 */
export const ALLOWED: { category: Category; test: (h: HitContext) => boolean; reason: string }[] = [
  {
    category: 'other-clause',
    // "Jindal, who visited one of the affected pelican nesting grounds Sunday, said ..." → "Bobby Jindal visited ..."
    test: (h) => h.span.length === 2 && h.span[0] === ',' && /^(?:who|which)$/i.test(h.span[1]),
    reason: "a non-restrictive ', who/which' clause tells of the noun before it, the title's subject: it says the same of it",
  },
  {
    category: 'other-clause',
    // "Obama, who is facing mounting criticism about the government's response, showed his frustration"
    test: (h) => /^(?:,|--|—|–)$/.test(h.span[0]) && RELATIVE.has(h.span[1]?.toLowerCase()) && /^(?:,|--|—|–)$/.test(h.span.at(-1) ?? ''),
    reason: "a non-restrictive relative set apart between commas or dashes is an aside on the title's subject; the title reads past it",
  },
  {
    category: 'other-clause',
    // "Pacitti, the goalkeeper ... who" / "Jacqui Fleming, the mother who died" → "Jacqui Fleming died"
    test: (h) => h.span[0] === ',' && /^(?:who|which)$/i.test(h.span.at(-1) ?? '') && !h.span.slice(1, -1).some((w) => /^[,;]$/.test(w) || SUBORDINATOR.has(w)),
    reason: "a relative on the apposition of the title's subject (', the mother who') tells of the same one",
  },
  {
    category: 'other-clause',
    // "BP said on Monday that the cost ..." → "BP said the cost ..."
    test: (h) => h.span.at(-1)?.toLowerCase() === 'that' && SAYING.has(h.wordBefore.toLowerCase()),
    reason: "the time of a saying and its 'that' (said on Monday that): the title keeps the saying and what was said",
  },
  {
    category: 'other-clause',
    // "The World Health Organization (WHO) raised its alert level"
    test: (h) => h.span[0] === '(' && h.span.at(-1) === ')',
    reason: 'a bracketed aside (an abbreviation, a ticker)',
  },
  {
    category: 'other-clause',
    // "... did not stay the night. When he returned to the hotel on Saturday" → "Brice Chevallereau returned ..."
    test: (h) => /^(?:he|she|it|they)$/i.test(h.span.at(-1) ?? ''),
    reason: "the title names the pronoun that is its clause's subject (the referent is the actors' question, not the title's words)",
  },
  {
    category: 'other-clause',
    // "Standard & Poor's, which on May 7 revised its outlook for BP" → "Standard & Poor's revised its outlook for BP"
    test: (h) => {
      const k = /^(?:,|--|—|–)$/.test(h.span[0]) ? 1 : 0;
      const rest = h.span.slice(k + 1);
      return (
        RELATIVE.has(h.span[k]?.toLowerCase()) &&
        rest.length <= 5 &&
        !rest.some((w) => RELATIVE.has(w.toLowerCase()) || SUBORDINATOR.has(w.toLowerCase()) || w === ',')
      );
    },
    reason: "a relative on the title's subject with only its own time or adverb before its verb ('which on May 7'): the clause is the title's",
  },
  {
    category: 'other-clause',
    // "the oil spill, which began in April and was plugged with cement" → "The oil spill was plugged with cement"
    test: (h) => {
      const k = /^(?:,|--|—|–)$/.test(h.span[0]) ? 1 : 0;
      return (
        RELATIVE.has(h.span[k]?.toLowerCase()) && h.span.at(-1)?.toLowerCase() === 'and' && !h.span.slice(k + 1).some((w) => RELATIVE.has(w.toLowerCase()))
      );
    },
    reason: "the second verb of a relative clause on the title's subject ('which began in April and was plugged'): each verb is said of it",
  },
  {
    category: 'other-clause',
    // "A temporary cap that stopped oil from gushing into the Gulf in mid-July was removed"
    test: (h) =>
      /^(?:that|which|who)$/i.test(h.span[0]) &&
      h.span.length > 1 &&
      h.titleBefore.some((w) => DETERMINED.test(w) || /['’]s?$/.test(w)) &&
      !h.span.slice(1).some((w) => RELATIVE.has(w.toLowerCase()) || SUBORDINATOR.has(w.toLowerCase()) || w === ','),
    reason: 'a restrictive relative inside a determined subject, dropped before the main verb: the subject still names the same thing',
  },
  {
    category: 'restrictive',
    // "BP PLC said on Friday that it had activated ..." is other-clause; "Obama announced [that] BP had agreed to ..."
    test: (h) => SAYING.has(h.wordBefore.toLowerCase()),
    reason: "'that' after a saying verb opens what was said, no relative; the title keeps the saying",
  },
  {
    category: 'restrictive',
    // "the blowout that killed 11 workers" → "The blowout killed 11 workers"
    test: (h) => h.titleBefore.some((w) => DETERMINED.test(w) || /['’]s?$/.test(w)) || /^\p{Lu}/u.test(h.titleBefore.at(-1) ?? ''),
    reason:
      'a restrictive relative on a determined noun or a name (the, a, a number, an owner) presupposes what it says of that one thing: the title states it, true',
  },
  {
    category: 'coordinate',
    // "an offshore drilling rig exploded and sank last month" → "An offshore drilling rig sank"
    test: (h) => h.span.at(-1)?.toLowerCase() === 'and' && !h.span.some((w) => /^(?:or|nor)$/i.test(w)),
    reason: "a first conjunct dropped before 'and' (X exploded and sank → X sank): the sentence claims each conjunct",
  },
  {
    category: 'coordinate',
    // "Four attorneys from Texas, Louisiana and Florida were appointed" → "Four attorneys were appointed"
    test: (h) => !h.pre && !/^(?:and|or|nor|&)$/i.test(h.span[0]) && !h.span.some((w) => /^(?:or|nor)$/i.test(w)),
    reason: "an 'and' inside a dropped modifier or clause ('from Texas, Louisiana and Florida') joins nothing of the title",
  },
  {
    category: 'partial',
    // "Brazil suspended payment on some 68 billion dlrs"; "about 15 pct" → "15 pct"
    test: (h) => APPROXIMATE.has(h.span[h.at]?.toLowerCase() ?? ''),
    reason: "'about', 'around', 'roughly', 'some' before a figure mark it round; the title keeps the figure and what is claimed of it",
  },
  {
    category: 'only-first',
    // "the Obama administration announced that only about 26 percent of the oil ... was unaccounted for"
    test: (h) => h.span[h.at]?.toLowerCase() === 'only',
    reason: "'only X did' entails 'X did'; 'only' before a figure is a judgment of it, the figure is kept",
  },
  ...(['attempt', 'negation', 'hedge', 'partial', 'condition', 'only-first'] as Category[]).map((category) => ({
    category,
    // "Obama, who is facing mounting criticism about the government's response, showed his frustration"
    test: (h: HitContext) => h.span.slice(0, h.at).some((w) => RELATIVE.has(w.toLowerCase()) || SUBORDINATOR.has(w.toLowerCase()) || /^(?:but|;)$/i.test(w)),
    reason: 'the word is inside a dropped clause (after its relative word or subordinator): it governs that clause, not the title',
  })),
];

/** The claim-changing material of `sentence` that `title` left out. */
export function lintTitle(title: string, sentence: string, named?: string): Hit[] {
  const tt = tokenize(title);
  const st = tokenize(sentence);
  const at = align(tt, st);
  const matched = at.filter((p) => p >= 0);
  if (!matched.length) return [];
  const hits: Hit[] = [];
  let ctx: Omit<HitContext, 'at'> = { span: [], titleBefore: [], wordBefore: '', pre: false };
  const push = (category: Category, words: string[], at = 0) => {
    const h = { ...ctx, at };
    const allow = ALLOWED.find((a) => a.category === category && a.test(h));
    hits.push({ category, words: words.join(' '), ...(allow ? { allowed: allow.reason } : {}) });
  };
  // Title words the sentence lacks, run by run: a name's other words beside a word of it the sentence has ("Barack
  // Obama" for "Obama") are the canonical name; anything else says more than the sentence.
  for (let i = 0; i < tt.length; i++) {
    if (at[i] >= 0 || !/[\p{L}\p{N}]/u.test(tt[i])) continue;
    let j = i;
    while (j + 1 < tt.length && at[j + 1] < 0) j++;
    const run = tt.slice(i, j + 1);
    const nameLike = run.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|and|&|de|van|von|bin)$/.test(w));
    const besideName = (k: number) => k >= 0 && k < tt.length && at[k] >= 0 && /^\p{Lu}/u.test(tt[k]);
    const lowerTwin = run.every((w) => st.some((x) => norm(x) === norm(w)));
    const namedWords = tokenize(named ?? '').map(norm);
    const inNamed = run.every((w) => namedWords.includes(norm(w)));
    const allow = inNamed
      ? 'words of the phrase that named the thing earlier in the article, shown beside the quote (judge.md)'
      : (nameLike && (besideName(i - 1) || besideName(j + 1))) || lowerTwin
        ? "a canonical name's other words beside a word of it the sentence has, or a word the sentence has elsewhere"
        : null;
    hits.push({ category: 'added', words: run.join(' '), ...(allow ? { allowed: allow } : {}) });
    i = j;
  }
  const first = matched[0];
  // The few words before the title's first word that can govern it: back to a comma, a quote mark or a saying
  // ("said", "that" after a verb ends the reach).
  const pre: string[] = [];
  for (let p = first - 1; p >= 0 && pre.length < 4; p--) {
    const w = st[p].toLowerCase();
    // (a subordinator or a relative opens the title's clause: "has more than halved since the oil disaster began")
    if (/^[,;:("—–]$/.test(w) || /[.?!]$/.test(w) || w === 'said' || w === 'says' || RELATIVE.has(w) || SUBORDINATOR.has(w)) break;
    pre.unshift(st[p]);
  }
  const gaps: string[][] = [];
  // per span: the sentence index of its first word and of the title word before it (-1: none)
  const spanStart: number[] = [first - pre.length];
  const leftOf: number[] = [-1];
  for (let i = 1; i < matched.length; i++) {
    if (matched[i] === matched[i - 1] + 1) continue;
    const gap = st.slice(matched[i - 1] + 1, matched[i]);
    // A gap across a sentence's end (a paragraph shown whole, a pronoun's referent named before it): only the words of
    // the later sentence, before the title's next word, can govern it.
    let end = -1;
    for (let j = 0; j < gap.length; j++)
      if (/[.?!]["']?$/.test(gap[j]) && !/^(?:[A-Z][a-z]?|[a-z])\.$|^(?:Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep|Adm|Gen|Co|Inc|Corp|Ltd|No|U\.S)\.$/.test(gap[j])) end = j;
    gaps.push(end >= 0 ? gap.slice(end + 1) : gap);
    spanStart.push(matched[i - 1] + 1 + (end >= 0 ? end + 1 : 0));
    leftOf.push(matched[i - 1]);
  }
  const spans = [pre, ...gaps];
  for (const [k, span] of spans.entries()) {
    if (!span.length) continue;
    const titleBefore = tt.filter((_, i) => at[i] >= 0 && at[i] <= leftOf[k]);
    ctx = { span, titleBefore, wordBefore: st[spanStart[k] - 1] ?? '', pre: k === 0 };
    const low = span.map((w) => w.toLowerCase());
    const isGap = k > 0;
    // other-clause: a subordinator or a relative with more than itself in the gap
    if (isGap) {
      const rel = low.findIndex((w) => RELATIVE.has(w));
      const sub = low.findIndex((w) => SUBORDINATOR.has(w));
      if (sub >= 0 && low.length > 1) push('other-clause', span);
      else if (rel >= 0 && (low.length > 2 || (low.length === 2 && low[0] !== ','))) push('other-clause', span);
      else if (rel >= 0 && low.length === 1) push('restrictive', span);
      else if (rel >= 0) push('other-clause', span);
    }
    for (let j = 0; j < low.length; j++) {
      const w = low[j].replace(/[^a-z']/g, '');
      const next = low[j + 1] ?? '';
      if (ATTEMPT.has(w) && next === 'to') push('attempt', span.slice(j, j + 2), j);
      else if (w === 'bid' && low[j - 1] === 'a') push('attempt', span.slice(j, j + 2), j);
      if (NEGATION.has(w) || /n't$/.test(low[j])) push('negation', [span[j]], j);
      // ("May 2 - Obama visits the Gulf Coast", "a May 31 directive", "between January and May": the month)
      const month = span[j] === 'May' && (/^\d/.test(next) || j > 0);
      if (HEDGE.has(w) && !month && (!HEDGE_NEEDS_TO.has(w) || next === 'to')) push('hedge', [span[j]], j);
      const two = `${w} ${next}`;
      // ("The presidential commission set up to investigate": "up to", "more than" bound a figure only before one.)
      const figureAhead = st
        .slice(spanStart[k] + j + 2, spanStart[k] + j + 6)
        .map((x) => x.toLowerCase())
        .some((x) => /^\d|^(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an|half|dozen|hundreds?|thousands?|millions?)$/.test(x));
      if (PARTIAL_TWO.includes(two) && (!/^(?:up to|more than|less than|fewer than)$/.test(two) || figureAhead)) push('partial', span.slice(j, j + 2), j);
      else if (PARTIAL_ONE.has(w) && !PARTIAL_TWO.includes(`${low[j - 1] ?? ''} ${w}`)) push('partial', [span[j]], j);
      if (CONDITION.has(w)) push('condition', [span[j]], j);
      if (ONLY_FIRST.has(w)) push('only-first', [span[j]], j);
      if (COORD.has(w)) push('coordinate', span);
    }
  }
  return hits;
}

interface Rec {
  topic: string;
  title: string;
  sentence: string;
  namedEarlierInArticle?: string;
}

if (process.argv[1]?.endsWith('faithful-lint.ts')) {
  const args = process.argv.slice(2);
  const show = args.includes('--show') ? args[args.indexOf('--show') + 1] : null;
  const showAllowed = args.includes('--all');
  const files = args.filter((a, i) => a.endsWith('.json') && args[i - 1] !== '--show');
  const counts = new Map<string, [number, number]>();
  let flagged = 0;
  let total = 0;
  for (const file of files) {
    const recs = JSON.parse(readFileSync(file, 'utf8')) as Rec[];
    for (const r of recs) {
      total++;
      const hits = lintTitle(r.title, r.sentence, r.namedEarlierInArticle);
      if (hits.some((h) => !h.allowed)) flagged++;
      for (const h of hits) {
        const c = counts.get(h.category) ?? [0, 0];
        c[h.allowed ? 1 : 0]++;
        counts.set(h.category, c);
        if ((show === h.category || show === 'all') && (showAllowed || !h.allowed))
          process.stdout.write(
            `[${h.category}] ${r.topic} | ${r.title} | dropped "${h.words}"${h.allowed ? ' (allowed)' : ''}\n    ${r.sentence.replace(/\s+/g, ' ')}\n`,
          );
      }
    }
  }
  const all: Category[] = ['attempt', 'negation', 'hedge', 'partial', 'restrictive', 'condition', 'only-first', 'coordinate', 'other-clause', 'added'];
  for (const c of all) {
    const [n, a] = counts.get(c) ?? [0, 0];
    process.stdout.write(`${c.padEnd(13)} ${n} to read, ${a} allowed\n`);
  }
  process.stdout.write(`${flagged} of ${total} records with a hit to read\n`);
}
