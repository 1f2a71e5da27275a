/**
 * year-before-noun: a happening noun whose owner and year stand before it, "Texaco's 1984 acquisition of Getty Oil Co",
 * "Pennzoil's 1984 acquisition of Getty Petroleum Corp", names a past happening the sentence refers back to, as
 * background to what it tells ("a new round of debate ... stemming from Texaco's 1984 acquisition of Getty Oil Co",
 * "ruled it illegally interfered with Pennzoil's 1984 acquisition of Getty Petroleum Corp", a deal that never closed).
 * The sentence does not report it: it is not shown alone, as "North Korea's dispatch of troops ... last month" is (the
 * date told after the phrase); it still joins the reports of its happening told with a verb
 * (`nominal:year-before-noun`).
 */
import type { Analysis } from '../nlp/analyse';
import type { NounPhrase } from '../nlp/noun-phrases';

/** Does a year (a four-digit number) stand between the phrase's owner and its head? */
export function yearBeforeNoun(a: Analysis, np: NounPhrase): boolean {
  const t = a.tokens;
  if (!np.possessor) return false;
  for (let i = np.possessor.end; i < np.head; i++) if (/^(?:1[89]|20)\d\d$/.test(t.norm[i])) return true;
  return false;
}
