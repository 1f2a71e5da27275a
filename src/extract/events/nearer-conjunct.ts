/**
 * nearer-conjunct: "He declined to say if the current ceiling should be maintained or raised to 16.6 mln bpd for the
 * third quarter": a bare past form right after "or" or "and" is the conjunct of the verb group that ends right before
 * it ("should be maintained or raised"), and shares its "should"; the parse joined it to "declined" far before, and
 * "Rilwanu Lukman raised to 16.6 mln bpd" told as done what was only asked about (Reuters first look: no happening,
 * unfaithful). A verb group that is modal, negated, future or conditional passes that on to the bare verb after it
 * (`coordinate:shares-nearer-modal`).
 */
import type { Analysis } from '../nlp/analyse';
import type { Clause } from '../nlp/clauses';

export function nearerConjunctRule(a: Analysis, c: Clause): string | null {
  const t = a.tokens;
  if (c.kind !== 'coordinate' || c.marker < 0 || c.verb.start !== c.marker + 1 || c.verb.auxiliaries.length > 0) return null;
  if (!/^(?:or|and)$/.test(t.norm[c.marker])) return null;
  const [from, to] = a.clauseRange[c.sentence];
  for (let k = from; k < to; k++) {
    const x = a.clauses[k];
    if (x.id === c.id || x.id === c.conjunctOf || x.verb.end !== c.marker) continue;
    if (x.modal || x.negated || x.conditional || x.tense === 'future') return 'coordinate:shares-nearer-modal';
  }
  return null;
}
