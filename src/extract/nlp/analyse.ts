/**
 * analyse: the linguistic layer in one call. A document's text → its tokens (offsets, tags, lemmas, flags),
 * sentences, noun phrases, verb groups and clauses. Deterministic: the same text gives the same analysis
 * whatever was analysed before it. Pure: no I/O, runs in Node and in a browser worker alike.
 *
 *   const a = analyseText(text);
 *   for (const c of a.clauses) if (c.kind === 'main' && c.tense === 'past' && !c.negated) ...
 */
import type { Sentence } from '../types';
import { type Clause, clausesOf } from './clauses';
import { type NounPhrase, nounPhrases } from './noun-phrases';
import { quotedTokens } from './quotes';
import { type SentenceSpan, sentencesOf } from './sentences';
import { type Retag, repairTags } from './tag-repairs';
import { blankTickersOf } from './tickers';
import { type TokenTable, tokenize } from './tokens';
import { type VerbGroup, verbGroups } from './verb-groups';
import { undoWireRecasing } from './wire-recasing';

export interface Analysis {
  text: string;
  tokens: TokenTable;
  sentences: SentenceSpan[];
  /** Per sentence, its noun phrases in order. */
  nounPhrases: NounPhrase[][];
  /** Per sentence, its verb groups in order. */
  verbGroups: VerbGroup[][];
  /** All clauses of the text, sentence by sentence, in the order their verbs appear; `clause.id` is the index here. */
  clauses: Clause[];
  /** Per sentence, the ids of its clauses: clauses[clauseRange[k][0]] … clauses[clauseRange[k][1] - 1]. */
  clauseRange: Array<[number, number]>;
  /** 1 where a token is inside a quotation. */
  quoted: Uint8Array;
  /** Tags the repairs changed, and why. */
  retags: Retag[];
  /** The text with its unbracketed wire tickers blanked ("Texaco Inc    said"), as the actors' tokeniser reads it. */
  wireBlanked: string;
}

/**
 * Analyses a whole document. `sentences` defaults to segment.ts's sentences of the text (see sentences.ts
 * for why); pass them when the caller has them already.
 */
export function analyseText(text: string, sentences?: Sentence[]): Analysis {
  // (Wire copy's "The U.S. Charges that ..." is read as "The U.S. charges that ...": nlp/wire-recasing.ts.)
  const blanked = blankTickersOf(text);
  const tokens = tokenize(undoWireRecasing(blanked.all));
  const spans = sentencesOf(tokens, sentences);
  const retags = repairTags(tokens, spans);
  const quoted = quotedTokens(tokens);
  const analysis: Analysis = {
    text,
    tokens,
    sentences: spans,
    nounPhrases: [],
    verbGroups: [],
    clauses: [],
    clauseRange: [],
    quoted,
    retags,
    wireBlanked: blanked.wire,
  };
  spans.forEach((s, k) => {
    const nps = nounPhrases(tokens, s);
    const vgs = verbGroups(tokens, s);
    const first = analysis.clauses.length;
    analysis.nounPhrases.push(nps);
    analysis.verbGroups.push(vgs);
    for (const c of clausesOf(tokens, s, k, nps, vgs, quoted, first)) analysis.clauses.push(c);
    analysis.clauseRange.push([first, analysis.clauses.length]);
  });
  return analysis;
}
