/**
 * clause-state: what the clause parser knows while it reads one sentence left to right, and the small
 * questions its rules ask of it ("is there a noun phrase ending here?", "which open clause has no verb
 * yet?"). The rules themselves are in clause-rules.ts, the parser in clauses.ts.
 */
import { BELIEF_VERBS, SPEECH_VERBS } from '../lexicon/grammar';
import type { NounPhrase } from './noun-phrases';
import type { SentenceSpan } from './sentences';
import { Flag, type TokenTable } from './tokens';
import type { VerbGroup } from './verb-groups';

export type ClauseKind = 'main' | 'coordinate' | 'relative' | 'complement' | 'adverbial' | 'participial' | 'infinitive' | 'quote';

/** A clause while the sentence is being read. */
export interface Draft {
  index: number;
  kind: ClauseKind;
  /** The word that opened it ("which", "when", "and", "that", "if", "to"), or -1. */
  marker: number;
  parent: Draft | null;
  /** For a coordinate clause: the clause it is coordinated with. */
  conjunctOf: Draft | null;
  verb: VerbGroup | null;
  /** First token of the clause. */
  opener: number;
  /** The noun a relative or participial clause modifies. */
  antecedent: NounPhrase | null;
  /** The subject an opening rule found ("the well" of "said the well was capped"); roles may still choose otherwise. */
  subjectHint: NounPhrase | null;
  /** "said Thad Allen": the subject comes after the verb. */
  inverted: boolean;
  /** A bare "-ed" verb read as a past participle ("leased by BP"): passive, not finite. */
  participle: boolean;
  /** The relation of an adverbial clause (time, reason, condition, concession, ...). */
  relation: string | null;
  /** Opening quotation mark of a quote clause. */
  quoteOpen: number;
  closed: boolean;
  /**
   * Opened by "since", "after", "before", "until" before a subject with a relative clause ("since the rig that
   * BP was leasing exploded"): a clause only if a verb comes; else the noun's preposition is given back.
   */
  tentative: { np: NounPhrase; preposition: number } | null;
  /** Dropped at the end: a clause that never got a verb ("While in London, ..."). */
  dropped: boolean;
  rules: string[];
}

export interface ParseState {
  t: TokenTable;
  s: SentenceSpan;
  /** Top-level noun phrases of the sentence, in order. */
  nps: NounPhrase[];
  /** Token (minus s.tokenStart) → index in nps, or -1. */
  npAt: Int32Array;
  vgs: VerbGroup[];
  /** Token (minus s.tokenStart) → index in vgs of the group starting there, or -1. */
  vgStartAt: Int32Array;
  drafts: Draft[];
  /** Open clauses, innermost last. */
  stack: Draft[];
  /** Token (minus s.tokenStart) → index in drafts of the clause that holds it, or -1. */
  owner: Int32Array;
  /** Document-level: 1 where a token is inside a quotation (scare quotes excluded). */
  quoted: Uint8Array;
}

export const at = (st: ParseState, i: number) => i - st.s.tokenStart;
export const inSentence = (st: ParseState, i: number) => i >= st.s.tokenStart && i < st.s.tokenEnd;

export function npAtToken(st: ParseState, i: number): NounPhrase | null {
  if (!inSentence(st, i)) return null;
  const k = st.npAt[at(st, i)];
  return k >= 0 ? st.nps[k] : null;
}

/** The noun phrase whose last token is i. */
export function npEndingAt(st: ParseState, i: number): NounPhrase | null {
  const np = npAtToken(st, i);
  return np && np.end - 1 === i ? np : null;
}

/** The noun phrase whose first token is i. */
export function npStartingAt(st: ParseState, i: number): NounPhrase | null {
  const np = npAtToken(st, i);
  return np && np.start === i ? np : null;
}

export function vgStartingAt(st: ParseState, i: number): VerbGroup | null {
  if (!inSentence(st, i)) return null;
  const k = st.vgStartAt[at(st, i)];
  return k >= 0 ? st.vgs[k] : null;
}

/**
 * A noun phrase that can be a subject or an object: not in a prepositional phrase, not a time, and not a
 * predicative adjective standing alone ("might be relevant", "was confident").
 */
export const isBareArgument = (np: NounPhrase) => np.preposition < 0 && !np.temporal && !np.adjectival;

export const isComma = (t: TokenTable, i: number) => t.norm[i] === ',';
/** An adverb, a negation, or "there" / "here" used as one ("an explosion there in April"). */
export const isAdverb = (t: TokenTable, i: number) =>
  t.tag[i] === 'ADV' ||
  ((t.flags[i] & Flag.NEGATION) !== 0 && t.tag[i] === 'PART') ||
  (t.tag[i] === 'PRON' && (t.norm[i] === 'there' || t.norm[i] === 'here') && t.tag[i + 1] !== 'AUX');
export const isQuote = (t: TokenTable, i: number) => (t.flags[i] & Flag.QUOTE) !== 0;

export function skipAdverbs(st: ParseState, i: number): number {
  while (inSentence(st, i) && isAdverb(st.t, i)) i++;
  return i;
}

/**
 * What follows token i, read as the start of a clause: an optional subject noun phrase, then a verb group
 * (adverbs allowed between). Null when no verb group follows that way.
 */
export function clauseAhead(st: ParseState, i: number): { subject: NounPhrase | null; verb: VerbGroup } | null {
  let k = skipAdverbs(st, i);
  const np = npStartingAt(st, k);
  if (np) {
    k = skipAdverbs(st, np.end);
    // "since the primary route of swine flu transmission is thought ...", "after an explosion there in April
    // killed 11 people": the subject's prepositional phrases and adverbs.
    for (let pp = npStartingAt(st, k + 1); pp && pp.preposition === k; pp = npStartingAt(st, k + 1)) k = skipAdverbs(st, pp.end);
    // "until after Barack Obama, the US president, had visited the country on 16 April": a subject's apposition that
    // a comma closes stands between it and its verb (`subject-over-closed-apposition`).
    if (np.appositive && np.end === np.appositive.end && k === np.end && k < st.s.tokenEnd && st.t.norm[k] === ',') {
      const vg = vgStartingAt(st, skipAdverbs(st, k + 1));
      if (vg) return { subject: np, verb: vg };
    }
  }
  const vg = vgStartingAt(st, k);
  return vg ? { subject: np, verb: vg } : null;
}

/** The innermost open clause. */
export const innermost = (st: ParseState): Draft => st.stack[st.stack.length - 1];

/** The innermost open clause that has no verb yet, if any. */
export function headlessOpen(st: ParseState): Draft | null {
  for (let k = st.stack.length - 1; k >= 0; k--) if (!st.stack[k].verb) return st.stack[k];
  return null;
}

/** Speech ("say", "tell") or belief ("think", "expect") verb at the head of a clause, or null. */
export function reportingClass(t: TokenTable, vg: VerbGroup | null): 'speech' | 'belief' | null {
  if (!vg || vg.copula) return null;
  const lemma = t.lemma[vg.head];
  if (SPEECH_VERBS.has(lemma)) return 'speech';
  if (BELIEF_VERBS.has(lemma)) return 'belief';
  return null;
}

export const isFiniteCapable = (vg: VerbGroup) => !vg.infinitive && vg.tense !== 'nonfinite';

/** A bare verb with no auxiliary: "leased", "killing". */
export const isBare = (vg: VerbGroup) => vg.auxiliaries.length === 0 && !vg.infinitive;

/** Creates a clause, puts it on the stack and gives it the tokens from its opener on. */
export function openClause(st: ParseState, fields: Partial<Draft> & Pick<Draft, 'kind' | 'opener'>, rule: string): Draft {
  const draft: Draft = {
    index: st.drafts.length,
    marker: -1,
    parent: null,
    conjunctOf: null,
    verb: null,
    antecedent: null,
    subjectHint: null,
    inverted: false,
    participle: false,
    relation: null,
    quoteOpen: -1,
    closed: false,
    tentative: null,
    dropped: false,
    ...fields,
    rules: [rule],
  };
  st.drafts.push(draft);
  st.stack.push(draft);
  for (let i = Math.max(draft.opener, st.s.tokenStart); i < st.s.tokenEnd; i++) {
    const o = st.owner[at(st, i)];
    if (o < 0) break;
    st.owner[at(st, i)] = draft.index;
  }
  return draft;
}

/** Closes clauses from the top of the stack down to (and including) `draft`. */
export function closeThrough(st: ParseState, draft: Draft) {
  while (st.stack.length > 1) {
    const top = st.stack.pop()!;
    top.closed = true;
    if (top === draft) return;
  }
}

/** Closes the clauses above `draft`, leaving it innermost. */
export function closeAbove(st: ParseState, draft: Draft) {
  while (st.stack.length > 1 && innermost(st) !== draft) {
    const top = st.stack.pop()!;
    top.closed = true;
  }
}

/** Drops a clause that never got its verb, giving a tentative subject back its preposition. */
export function dropDraft(d: Draft) {
  d.dropped = true;
  d.closed = true;
  if (d.tentative) {
    d.tentative.np.preposition = d.tentative.preposition;
    d.tentative = null;
  }
}

/** Closes every open clause: what follows starts a new top-level clause. */
export function closeAll(st: ParseState) {
  for (const d of st.stack) d.closed = true;
  st.stack.length = 0;
}
