/**
 * coverage: dated happenings the clause parse leaves without what a title needs, found again from the sentence's own
 * words (docs/events.md, "What an event is"). Each rule gives back words of the sentence, in order; none invents one.
 */
import type { Analysis } from '../nlp/analyse';
import type { Clause } from '../nlp/clauses';
import type { NounPhrase } from '../nlp/noun-phrases';

/**
 * "The Deepwater Horizon Unified Command (set up by the Marine Board of Investigation to report on the explosion on 20
 * April which caused the leak) posted the first clip on Wednesday": the parser gives the opening phrase to the verb
 * inside the brackets and leaves "posted" without a subject. A main clause with no subject whose verb follows a closing
 * bracket (adverbs between) has the noun phrase that opens the sentence right before the opening bracket as its
 * subject (`subject:before-bracketed-aside`). Only a phrase that opens the sentence, no preposition's, no pronoun, no
 * time, and only when no verb stands outside the brackets between that phrase and this verb.
 */
export function subjectBeforeBracketedAside(a: Analysis, c: Clause): NounPhrase | null {
  const t = a.tokens;
  const s = a.sentences[c.sentence];
  let close = c.verb.start - 1;
  while (close > s.tokenStart && t.tag[close] === 'ADV') close--;
  if (t.norm[close] !== ')') return null;
  let depth = 0;
  let open = -1;
  for (let i = close; i >= s.tokenStart; i--) {
    if (t.norm[i] === ')') depth++;
    else if (t.norm[i] === '(' && --depth === 0) {
      open = i;
      break;
    }
  }
  if (open <= s.tokenStart) return null;
  // (A whole aside, not a short name in brackets: those are the clause parse's `subject-before-bracket`.)
  if (!Array.from({ length: close - open - 1 }, (_, k) => t.tag[open + 1 + k]).some((tag) => tag === 'VERB')) return null;
  const np = a.nounPhrases[c.sentence].find((x) => x.end === open);
  if (!np || np.preposition >= 0 || np.pronoun || np.temporal || np.adjectival) return null;
  let first = s.tokenStart;
  while (first < np.start && t.tag[first] === 'PUNCT') first++;
  if (np.start !== first) return null;
  return np;
}
