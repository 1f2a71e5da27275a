/**
 * placing-words: the two word tests the "cannot be placed" checks share (events/candidates.ts `definiteUnnamed`,
 * `definiteUnnamedOwner`, `definiteUnnamedOwnerPastPhrase` and `placed`; events/unplaced.ts; events/placed.ts
 * `knownOnlyByAge`; events/part-of-group.ts; events/context-bound.ts; events/readable-subjects.ts). A subject that is
 * "the" and a noun of one of many ("The man arrived in Beijing", "the two nations", "One of the children") points back
 * to one the article told of before; a word of its own that names it, or a phrase kept after it, places it.
 */
import { Flag, type TokenTable } from '../nlp/tokens';
import type { TitleRole } from './candidates';

/**
 * Does token i place the phrase it is in: a name, a number or a capitalised word ("The Mexican man", "The 23-year-old
 * man", "the Deepwater Horizon accident", "the BP email")?
 */
export function placingWord(t: TokenTable, i: number): boolean {
  return t.tag[i] === 'PROPN' || t.tag[i] === 'NUM' || (t.flags[i] & Flag.CAPITALISED) !== 0;
}

/**
 * Does the title keep a phrase that starts at token `next`, right after a noun phrase: a preposition or "to" of the
 * title that is not its verb ("the two sides in the dispute", "One of the children at the school", "similar to the
 * 1918 virus", "the letter to Tony Hayward")?
 */
export function phraseKeptAt(t: TokenTable, tokens: Map<number, TitleRole>, next: number): boolean {
  return tokens.has(next) && tokens.get(next) !== 'verb' && (t.tag[next] === 'ADP' || t.norm[next] === 'to');
}
