/**
 * one-instance: "The pressure test was twice delayed before starting on Thursday, once while additional checks were put
 * in place ..., and on Wednesday by a leaking piece of equipment": after a count of times ("twice", "three times") the
 * sentence tells each time apart (", once ..., and ..."); a title that keeps words past that enumeration tells one of
 * them, and "was twice delayed by a leaking piece of equipment" merged the two (unfaithful). The count
 * leaves the title, which tells the one time its date is (`title:count-dropped-for-one-instance`): "The pressure test was
 * delayed by a leaking piece of equipment" on Wednesday.
 */
import type { Analysis } from '../nlp/analyse';
import type { Clause } from '../nlp/clauses';
import type { Roles } from './complements';

/** The tokens of a count of times at i ("twice", "thrice", "three times"), or []. */
function countAt(a: Analysis, i: number): number[] {
  const w = a.tokens.norm[i];
  if (w === 'twice' || w === 'thrice') return [i];
  if (a.tokens.tag[i] === 'NUM' && a.tokens.norm[i + 1] === 'times') return [i, i + 1];
  return [];
}

/** Drops a count of times whose instances the title's later words tell apart; pushes the rule when it does. */
export function dropCountForOneInstance(a: Analysis, c: Clause, tokens: Roles, rules: string[]): void {
  const t = a.tokens;
  const sEnd = a.sentences[c.sentence].tokenEnd;
  const kept = [...tokens.keys()].sort((x, y) => x - y);
  const last = kept[kept.length - 1];
  for (const i of kept) {
    const count = countAt(a, i);
    if (!count.length || !count.every((j) => tokens.has(j))) continue;
    let once = -1;
    for (let k = count[count.length - 1] + 1; k < sEnd && k < last; k++)
      if (t.norm[k] === 'once' && t.norm[k - 1] === ',') {
        once = k;
        break;
      }
    if (once < 0) continue;
    for (const j of count) tokens.delete(j);
    rules.push('title:count-dropped-for-one-instance');
    return;
  }
}
