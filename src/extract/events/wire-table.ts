/**
 * Lines of a wire results table that parse as a clause but tell no happening.
 */
import type { Analysis } from '../nlp/analyse';
import type { Clause } from '../nlp/clauses';
import { ACCOUNTING_PERIOD_NOUNS } from '../lexicon/events';

/**
 * "Period ended April 30" (a Reuters results table, 1987, under "Shr profit nil vs loss eight cts"): a wire table's
 * heading names the accounting period its figures cover; the clause "Period ended" was titled as a happening dated
 * the period's last day. An accounting period (period, quarter, qtr, half, year, months) that ends is no happening,
 * whether the heading's bare "Qtr ended March 31" or "the quarter ended March 31" (`furniture:period-ended`); a thing
 * that ends ("The strike ended Monday") stays.
 */
export function periodEndedRule(a: Analysis, c: Clause): string | null {
  const t = a.tokens;
  if (!c.subject || c.passive || c.object) return null;
  if ((t.lemma[c.verb.head] || t.norm[c.verb.head]) !== 'end' && t.norm[c.verb.head] !== 'ended') return null;
  return ACCOUNTING_PERIOD_NOUNS.has(t.norm[c.subject.head]) ? 'furniture:period-ended' : null;
}
