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

/**
 * "consumers had heavily drawn on stocks of both crude oil and refined products": "both" before a noun phrase pairs it
 * with the phrase after "and"; the "-ed" word there is that phrase's adjective, no verb of a clause, and "Consumers
 * refined products" was a false title (Reuters first look): `coordinate:both-and-phrase`. ("He both wrote and directed
 * the film": "both" before a verb pairs verbs, and stays.)
 */
export function bothAndPhraseRule(a: Analysis, c: Clause): string | null {
  const t = a.tokens;
  if (c.kind !== 'coordinate' || c.marker < 0 || t.norm[c.marker] !== 'and' || c.conjunctOf < 0) return null;
  const from = a.clauses[c.conjunctOf].verb.end;
  for (let i = c.marker - 1; i >= from && i >= c.marker - 6; i--) {
    if (t.norm[i] === ',' || t.tag[i] === 'VERB' || t.tag[i] === 'AUX') return null;
    if (t.norm[i] === 'both') return ['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'].includes(t.tag[i + 1]) ? 'coordinate:both-and-phrase' : null;
  }
  return null;
}
