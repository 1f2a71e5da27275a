/**
 * clauses: each sentence split into clauses, each clause with its verb group, subject, object and agent,
 * tense, voice, negation, modality, condition, reported speech and its place in the sentence.
 *
 * The parser reads the sentence once, left to right, keeping a stack of open clauses: a verb group goes to
 * the clause the first matching rule of VERB_RULES names, a clause-opening word or quotation mark may open
 * a clause (MARKER_RULES), and punctuation may close some (PUNCTUATION_RULES); every token belongs to the
 * innermost open clause when it is read. Subjects and objects are then chosen (clause-roles.ts) and the
 * clause's meaning read off (clause-passes.ts). Hand-written on wink's tags: no JavaScript library parses
 * English into clauses (wink has no dependency parser).
 */
import { RELATIVE_WORDS, SUBORDINATORS } from '../lexicon/grammar';
import { MARKER_RULES, PUNCTUATION_RULES, VERB_RULES } from './clause-rules';
import { type ClauseKind, type Draft, dropDraft, innermost, openClause, type ParseState, vgStartingAt } from './clause-state';
import { applyClausePasses } from './clause-passes';
import { type Roles, resolveRoles, type SubjectSource } from './clause-roles';
import type { NounPhrase } from './noun-phrases';
import type { SentenceSpan } from './sentences';
import { Flag, type TokenTable } from './tokens';
import type { Tense, VerbGroup } from './verb-groups';

export type { ClauseKind, SubjectSource };

/** Whose words a clause is: a speech or belief verb's complement, a quotation, or "according to ...". */
export interface Report {
  kind: 'speech' | 'belief' | 'quote' | 'according-to';
  /** The reporting verb's token ("said"), or -1 ("according to", an unattributed quotation). */
  verb: number;
  /** Who said or believes it, when the sentence names them. */
  speaker: NounPhrase | null;
}

export interface Clause {
  /** Index in the analysis's clauses. */
  id: number;
  /** Index of its sentence. */
  sentence: number;
  kind: ClauseKind;
  /** The word that opened it ("which", "when", "and", "that", "if", "to", an opening quote), or -1. */
  marker: number;
  /** The clause it depends on (id), or -1 for a top-level clause. */
  parent: number;
  /** For a coordinate clause: the clause it is coordinated with (id), or -1. */
  conjunctOf: number;
  verb: VerbGroup;
  /** Tokens [start, end) of the whole clause, clauses embedded in it included. */
  start: number;
  end: number;
  /** Its own tokens as ranges [start, end): the clause without the clauses embedded in it. */
  pieces: Array<[number, number]>;
  /** Character span of the whole clause in the analysed text (edge punctuation left out). */
  charStart: number;
  charEnd: number;
  tense: Tense;
  perfect: boolean;
  progressive: boolean;
  passive: boolean;
  negated: boolean;
  modal: string | null;
  /** A condition ("if BP fails") or what holds under one (the clause an "if" clause depends on). */
  conditional: boolean;
  reported: Report | null;
  /** Its verb is inside a quotation. */
  quoted: boolean;
  /** A present-tense headline ("BP caps well"): present simple, in a line without a closing full stop. */
  headline: boolean;
  subject: NounPhrase | null;
  subjectFrom: SubjectSource;
  object: NounPhrase | null;
  /** The by-phrase of a passive: "BP" of "leased by BP". */
  agent: NounPhrase | null;
  /** The noun a relative or participle clause describes. */
  antecedent: NounPhrase | null;
  /** For an adverbial clause: time, reason, condition, concession, purpose, result. */
  relation: string | null;
  rules: string[];
}

export interface SentenceParse {
  drafts: Draft[];
  owner: Int32Array;
  roles: Map<Draft, Roles>;
  st: ParseState;
}

/**
 * Three scratch arrays per thread, reused sentence after sentence (a sentence's parse is finished, clauses and
 * all, before the next begins): allocating three typed arrays for each of a corpus's 55,000 sentences was a
 * tenth of the clause stage.
 */
const scratchBuffers: Int32Array[] = [new Int32Array(256), new Int32Array(256), new Int32Array(256)];
function scratch(k: number, n: number): Int32Array {
  if (scratchBuffers[k].length < n) scratchBuffers[k] = new Int32Array(Math.max(n, scratchBuffers[k].length * 2));
  const view = scratchBuffers[k].subarray(0, n);
  view.fill(-1);
  return view;
}

/** Words that may open a clause (the marker rules look at nothing else, and at quotation marks). */
const MARKER_WORDS = new Set([...RELATIVE_WORDS, ...SUBORDINATORS.keys(), 'that', 'whether', 'what', 'why', 'how', 'when', 'where']);

/**
 * Reads one sentence into clause drafts: which clause each verb group heads, and which tokens each clause holds.
 * Its arrays are scratch space, valid until the next sentence is parsed.
 */
export function parseSentence(t: TokenTable, s: SentenceSpan, nps: NounPhrase[], vgs: VerbGroup[], quoted: Uint8Array): ParseState {
  const n = s.tokenEnd - s.tokenStart;
  const st: ParseState = { t, s, nps, npAt: scratch(0, n), vgs, vgStartAt: scratch(1, n), drafts: [], stack: [], owner: scratch(2, n), quoted };
  nps.forEach((np, k) => {
    for (let i = np.start; i < np.end; i++) st.npAt[i - s.tokenStart] = k;
  });
  vgs.forEach((vg, k) => {
    st.vgStartAt[vg.start - s.tokenStart] = k;
  });
  openClause(st, { kind: 'main', opener: s.tokenStart }, 'sentence');
  let i = s.tokenStart;
  while (i < s.tokenEnd) {
    const vg = vgStartingAt(st, i);
    if (vg) {
      for (const rule of VERB_RULES)
        if (rule.test(st, vg)) {
          rule.apply(st, vg);
          break;
        }
      const holder = innermost(st).index;
      for (let k = vg.start; k < vg.end; k++) st.owner[k - s.tokenStart] = holder;
      i = vg.end;
      continue;
    }
    let opened = false;
    if (MARKER_WORDS.has(t.norm[i]) || (t.flags[i] & Flag.QUOTE) !== 0)
      for (const rule of MARKER_RULES)
        if (rule.test(st, i)) {
          rule.apply(st, i);
          opened = true;
          break;
        }
    st.owner[i - s.tokenStart] = innermost(st).index;
    if (!opened && t.tag[i] === 'PUNCT')
      for (const rule of PUNCTUATION_RULES)
        if (rule.test(st, i)) {
          rule.apply(st, i);
          break;
        }
    i++;
  }
  dropClausesWithoutVerb(st);
  return st;
}

/** A clause that never got its verb ("While in London, ...") gives its tokens to its parent, or to the clause after it. */
function dropClausesWithoutVerb(st: ParseState) {
  for (const d of st.drafts) if (!d.verb) dropDraft(d);
  const live = (d: Draft | null): Draft | null => {
    while (d?.dropped) d = d.parent;
    return d;
  };
  const n = st.owner.length;
  for (let k = 0; k < n; k++) {
    const o = st.owner[k];
    if (o < 0 || !st.drafts[o].dropped) continue;
    let to = live(st.drafts[o]);
    if (!to) {
      for (let m = k + 1; m < n && !to; m++) if (st.owner[m] >= 0 && !st.drafts[st.owner[m]].dropped) to = st.drafts[st.owner[m]];
      for (let m = k - 1; m >= 0 && !to; m--) if (st.owner[m] >= 0 && !st.drafts[st.owner[m]].dropped) to = st.drafts[st.owner[m]];
    }
    st.owner[k] = to ? to.index : -1;
  }
  for (const d of st.drafts) {
    if (d.dropped) continue;
    d.parent = live(d.parent);
    d.conjunctOf = live(d.conjunctOf);
  }
}

/** The clauses of one sentence, numbered from `firstId`. */
export function clausesOf(
  t: TokenTable,
  s: SentenceSpan,
  sentenceIndex: number,
  nps: NounPhrase[],
  vgs: VerbGroup[],
  quoted: Uint8Array,
  firstId: number,
): Clause[] {
  const st = parseSentence(t, s, nps, vgs, quoted);
  const live = st.drafts.filter((d) => !d.dropped);
  if (live.length === 0) return [];
  const roles = resolveRoles(st, live);
  const id = new Map<Draft, number>(live.map((d, k) => [d, firstId + k]));
  const clauses: Clause[] = live.map((d) => {
    const r = roles.get(d)!;
    const vg = d.verb!;
    return {
      id: id.get(d)!,
      sentence: sentenceIndex,
      kind: d.kind,
      marker: d.marker,
      parent: d.parent ? (id.get(d.parent) ?? -1) : -1,
      conjunctOf: d.conjunctOf ? (id.get(d.conjunctOf) ?? -1) : -1,
      verb: vg,
      start: 0,
      end: 0,
      pieces: [],
      charStart: 0,
      charEnd: 0,
      tense: d.kind === 'infinitive' ? 'nonfinite' : vg.tense,
      perfect: vg.perfect,
      progressive: vg.progressive,
      passive: vg.passive,
      negated: false,
      modal: vg.modal,
      conditional: false,
      reported: null,
      quoted: quoted[vg.head] === 1,
      headline: false,
      subject: r.subject,
      subjectFrom: r.subjectFrom,
      object: r.object,
      agent: r.agent,
      antecedent: d.antecedent,
      relation: d.relation,
      rules: [...d.rules, ...r.rules],
    };
  });
  const byDraft = new Map<Draft, Clause>(live.map((d, k) => [d, clauses[k]]));
  applyClausePasses(st, live, byDraft);
  placeClauses(st, clauses, firstId);
  return clauses;
}

/** Pieces from the token owners; whole spans over descendants; character spans without the punctuation at their edges. */
function placeClauses(st: ParseState, clauses: Clause[], firstId: number) {
  const { t, s } = st;
  const draftId = new Map<number, number>();
  const live = st.drafts.filter((d) => !d.dropped);
  for (const [k, d] of live.entries()) draftId.set(d.index, k);
  for (let k = 0; k < st.owner.length; k++) {
    const o = st.owner[k];
    if (o < 0 || !draftId.has(o)) continue;
    const c = clauses[draftId.get(o)!];
    const i = k + s.tokenStart;
    const last = c.pieces[c.pieces.length - 1];
    if (last && last[1] === i) last[1] = i + 1;
    else c.pieces.push([i, i + 1]);
  }
  for (const c of clauses) {
    c.start = c.pieces.length ? c.pieces[0][0] : c.verb.start;
    c.end = c.pieces.length ? c.pieces[c.pieces.length - 1][1] : c.verb.end;
  }
  // A clause spans the clauses that depend on it (children before grandparents: deepest first).
  const depth = (c: Clause): number => (c.parent < 0 ? 0 : 1 + depth(clauses[c.parent - firstId]));
  for (const c of [...clauses].sort((a, b) => depth(b) - depth(a))) {
    if (c.parent < 0) continue;
    const p = clauses[c.parent - firstId];
    p.start = Math.min(p.start, c.start);
    p.end = Math.max(p.end, c.end);
  }
  for (const c of clauses) {
    let a = c.start;
    let b = c.end;
    while (a < b - 1 && t.tag[a] === 'PUNCT') a++;
    while (b > a + 1 && t.tag[b - 1] === 'PUNCT') b--;
    c.charStart = t.start[a];
    c.charEnd = t.end[b - 1];
  }
}
