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
 *
 * Material is read where it can govern the title: between two of its words (in the sentence) and in the few words
 * before its first one. Hits a careful reader judged harmless are in ALLOWED, each with its reason, and are
 * counted apart. Prints per-category counts (and with --show the hits); exits 0.
 */
import { readFileSync } from 'node:fs';

export type Category =
  | 'attempt'
  | 'negation'
  | 'hedge'
  | 'partial'
  | 'restrictive'
  | 'condition'
  | 'only-first'
  | 'coordinate'
  | 'other-clause';

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
  const n = t.length;
  const m = s.length;
  // best[i][p]: [matched, -gap] for title words 0..i with word i at sentence position p (p = m: unmatched)
  type Cell = { matched: number; gap: number; prev: number; last: number };
  const better = (a: Cell | null, b: Cell) => !a || b.matched > a.matched || (b.matched === a.matched && b.gap < a.gap);
  let row: (Cell | null)[] = [];
  const rows: (Cell | null)[][] = [];
  for (let i = 0; i < n; i++) {
    const next: (Cell | null)[] = new Array(m + 1).fill(null);
    for (let p = 0; p <= m; p++) {
      if (p < m && (s[p] !== t[i] || !t[i])) continue;
      if (i === 0) {
        next[p] = p < m ? { matched: 1, gap: 0, prev: -1, last: p } : { matched: 0, gap: 0, prev: -1, last: -1 };
        continue;
      }
      for (let q = 0; q <= m; q++) {
        const c = row[q];
        if (!c) continue;
        if (p < m && c.last >= p) continue;
        const cell: Cell =
          p < m
            ? { matched: c.matched + 1, gap: c.gap + (c.last >= 0 ? p - c.last - 1 : 0), prev: q, last: p }
            : { matched: c.matched, gap: c.gap, prev: q, last: c.last };
        if (better(next[p], cell)) next[p] = cell;
      }
    }
    rows.push(next);
    row = next;
  }
  if (!n) return [];
  let end = 0;
  for (let p = 1; p <= m; p++) if (row[p] && better(row[end], row[p] as Cell)) end = p;
  const at: number[] = new Array(n).fill(-1);
  for (let i = n - 1, p = end; i >= 0; i--) {
    const c = rows[i][p] as Cell;
    at[i] = p < m ? p : -1;
    p = c.prev;
  }
  return at;
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
const PARTIAL_ONE = new Set(
  'partly partially nearly almost about approximately roughly around some half most several many part partial'.split(' '),
);
const PARTIAL_TWO = ['one of', 'some of', 'part of', 'most of', 'many of', 'up to', 'more than', 'less than', 'fewer than', 'at least', 'as many as', 'as much as', 'close to'];
const RELATIVE = new Set(['who', 'that', 'which', 'whose', 'whom']);
const CONDITION = new Set(['if', 'unless', 'provided', 'providing']);
const ONLY_FIRST = new Set(['only', 'first', 'sole', 'solely', 'alone']);
const COORD = new Set(['and', 'or', 'nor', '&']);
const SUBORDINATOR = new Set(
  'as after when while before because since until although though once whereas whether where following amid'.split(' '),
);

/**
 * Hits a reader judged harmless (see the report of faith46 in the commit message): a predicate on the dropped
 * words and the reason. Checked in order; the first that holds marks the hit allowed.
 */
export const ALLOWED: { category: Category; test: (words: string[], title: string[]) => boolean; reason: string }[] = [
  {
    category: 'other-clause',
    // "Jindal, who visited one of the affected pelican nesting grounds Sunday" → "Bobby Jindal visited ...":
    // the relative's antecedent is its subject; the title says what the clause says of it.
    test: (w) => w.length === 2 && w[0] === ',' && ['who', 'which'].includes(w[1].toLowerCase()),
    reason: "a non-restrictive ', who/which' clause whose antecedent is the title's subject says the same of it",
  },
  {
    category: 'partial',
    // "Shares ... fell about 7 percent" → "Shares fell 7 percent"? No: kept. This allows only "some" as the
    // determiner of a plural count the title keeps ("some 2,000 people"), which news writes for a round figure.
    test: (w) => w.length === 1 && w[0].toLowerCase() === 'some',
    reason: "'some' before a figure is a round figure's mark, the figure itself is kept",
  },
];

/** The claim-changing material of `sentence` that `title` left out. */
export function lintTitle(title: string, sentence: string): Hit[] {
  const tt = tokenize(title);
  const st = tokenize(sentence);
  const at = align(tt, st);
  const matched = at.filter((p) => p >= 0);
  if (!matched.length) return [];
  const hits: Hit[] = [];
  const push = (category: Category, words: string[]) => {
    const allow = ALLOWED.find((a) => a.category === category && a.test(words, tt));
    hits.push({ category, words: words.join(' '), ...(allow ? { allowed: allow.reason } : {}) });
  };
  const first = matched[0];
  // The few words before the title's first word that can govern it: back to a comma, a quote mark or a saying
  // ("said", "that" after a verb ends the reach).
  const pre: string[] = [];
  for (let p = first - 1; p >= 0 && pre.length < 4; p--) {
    const w = st[p].toLowerCase();
    // (a subordinator or a relative opens the title's clause: "has more than halved since the oil disaster began")
    if (/^[,;:("—–]$/.test(w) || /[.?!]$/.test(w) || w === 'said' || w === 'says' || RELATIVE.has(w) || SUBORDINATOR.has(w))
      break;
    pre.unshift(st[p]);
  }
  const gaps: string[][] = [];
  for (let i = 1; i < matched.length; i++) {
    if (matched[i] === matched[i - 1] + 1) continue;
    const gap = st.slice(matched[i - 1] + 1, matched[i]);
    // A gap across a sentence's end (a paragraph shown whole, a pronoun's referent named before it): only the words of
    // the later sentence, before the title's next word, can govern it.
    let end = -1;
    for (let j = 0; j < gap.length; j++) if (/[.?!]["']?$/.test(gap[j]) && !/^(?:[A-Z][a-z]?|[a-z])\.$|^(?:Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep|Adm|Gen|Co|Inc|Corp|Ltd|No|U\.S)\.$/.test(gap[j])) end = j;
    gaps.push(end >= 0 ? gap.slice(end + 1) : gap);
  }
  const spans = [pre, ...gaps];
  for (const [k, span] of spans.entries()) {
    if (!span.length) continue;
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
      if (ATTEMPT.has(w) && next === 'to') push('attempt', span.slice(j, j + 2));
      else if (w === 'bid' && low[j - 1] === 'a') push('attempt', span.slice(j, j + 2));
      if (NEGATION.has(w) || /n't$/.test(low[j])) push('negation', [span[j]]);
      // ("May 2 - Obama visits the Gulf Coast", "a May 31 directive", "between January and May": the month)
      const month = span[j] === 'May' && (/^\d/.test(next) || j > 0);
      if (HEDGE.has(w) && !month && (!HEDGE_NEEDS_TO.has(w) || next === 'to')) push('hedge', [span[j]]);
      const two = `${w} ${next}`;
      if (PARTIAL_TWO.includes(two)) push('partial', span.slice(j, j + 2));
      else if (PARTIAL_ONE.has(w) && !PARTIAL_TWO.includes(`${low[j - 1] ?? ''} ${w}`)) push('partial', [span[j]]);
      if (CONDITION.has(w)) push('condition', [span[j]]);
      if (ONLY_FIRST.has(w)) push('only-first', [span[j]]);
      if (isGap && COORD.has(w)) push('coordinate', span);
    }
  }
  return hits;
}

interface Rec {
  topic: string;
  title: string;
  sentence: string;
}

if (process.argv[1]?.endsWith('faithful-lint.ts')) {
  const args = process.argv.slice(2);
  const show = args.includes('--show') ? args[args.indexOf('--show') + 1] : null;
  const all = args.includes('--all');
  const files = args.filter((a, i) => a.endsWith('.json') && args[i - 1] !== '--show');
  const counts = new Map<string, [number, number]>();
  let flagged = 0;
  let total = 0;
  for (const file of files) {
    const recs = JSON.parse(readFileSync(file, 'utf8')) as Rec[];
    for (const r of recs) {
      total++;
      const hits = lintTitle(r.title, r.sentence);
      if (hits.some((h) => !h.allowed)) flagged++;
      for (const h of hits) {
        const c = counts.get(h.category) ?? [0, 0];
        c[h.allowed ? 1 : 0]++;
        counts.set(h.category, c);
        if ((show === h.category || show === 'all') && (all || !h.allowed))
          process.stdout.write(
            `[${h.category}] ${r.topic} | ${r.title} | dropped "${h.words}"${h.allowed ? ' (allowed)' : ''}\n    ${r.sentence.replace(/\s+/g, ' ')}\n`,
          );
      }
    }
  }
  for (const [c, [n, a]] of [...counts].sort()) process.stdout.write(`${c.padEnd(13)} ${n} to read, ${a} allowed\n`);
  process.stdout.write(`${flagged} of ${total} records with a hit to read\n`);
}
