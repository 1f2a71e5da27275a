/**
 * negation: a title never drops a "not", "never" or "no longer" that lies between two of its words and belongs to a
 * clause whose verb the title keeps. "Goldman Sachs promised not to ask for tax credits ..." gave "Goldman Sachs
 * promised to ask for tax credits": the negation of an infinitive complement is no negation of the
 * clause (which stays a happening), but the title that keeps the infinitive must keep it too.
 *
 * - `title:negation-kept`: the negation stands right before a word the title keeps; it joins the title.
 * - `title-cut:negation-dropped`: it stands elsewhere inside the title's span, in a clause whose verb the title
 *   keeps; the title would say the opposite of the sentence, so the clause gives no title.
 *
 * A negation inside words the title leaves out as a whole (a relative clause, an aside, whose verb is not kept) is
 * that clause's, and leaves the title as it is.
 */
import type { Analysis } from '../nlp/analyse';
import type { Clause } from '../nlp/clauses';
import type { Roles } from './complements';

const NEGATIONS = new Set(['not', "n't", 'n’t', 'never']);

/** The tokens of a negation starting at i ("not", "never", "no longer"), or []. */
function negationAt(a: Analysis, i: number): number[] {
  const w = a.tokens.norm[i];
  if (NEGATIONS.has(w)) return [i];
  if (w === 'no' && a.tokens.norm[i + 1] === 'longer') return [i, i + 1];
  return [];
}

/** The innermost clause of the sentence whose own words (pieces) hold token i. */
function clauseOf(clauses: Clause[], i: number): Clause | undefined {
  let best: Clause | undefined;
  for (const x of clauses) if (x.pieces.some(([s, e]) => i >= s && i < e) && (!best || x.end - x.start < best.end - best.start)) best = x;
  return best;
}

/**
 * Keeps the negations inside the title's span, or names why the clause gives no title: null when the title stands
 * (a rule pushed on `rules` when it changed), else the rule that sets it aside.
 */
export function keepNegation(a: Analysis, c: Clause, tokens: Roles, rules: string[]): string | null {
  const kept = [...tokens.keys()].sort((x, y) => x - y);
  if (kept.length < 2) return null;
  const first = kept[0];
  const last = kept[kept.length - 1];
  const clauses = a.clauses.slice(a.clauseRange[c.sentence][0], a.clauseRange[c.sentence][1]);
  for (let i = first + 1; i < last; i++) {
    if (tokens.has(i)) continue;
    const neg = negationAt(a, i);
    if (!neg.length || neg.some((j) => tokens.has(j))) continue;
    const owner = clauseOf(clauses, i);
    // (Its verb, or the verb of the clause it opens: "promised not [to ask]" is read into the main clause's pieces.)
    const after = neg[neg.length - 1] + 1;
    const opened = clauses.find((x) => x.start === after || x.marker === after);
    const verbKept = (x: Clause | undefined) => x !== undefined && tokens.has(x.verb.head);
    if (!verbKept(owner) && !verbKept(opened)) continue;
    if (tokens.has(after)) {
      const role = tokens.get(after)!;
      for (const j of neg) tokens.set(j, role);
      if (!rules.includes('title:negation-kept')) rules.push('title:negation-kept');
      continue;
    }
    return 'title-cut:negation-dropped';
  }
  return null;
}
