/**
 * Dates counted from a date told just before, not from the publication date: "Talks collapsed in February
 * 2020. The African Union took over mediation later that year", "the following month", "two days later".
 * A reader takes the year, month or day from the sentence before; so does resolveAnaphoricDates (time.ts),
 * which needs every other expression resolved first.
 *
 * Decisions:
 * - Only "later", "earlier" and the demonstratives count: "two days after the attack" counts from the attack,
 *   which need not be the last date written.
 * - "that year" and "the same year" shift by nothing; "the following/next" by one; "the previous/preceding"
 *   by minus one; "N units later/earlier" by ±N.
 * - Weeks are counted as seven days from a day and give the week of the day reached (precision 'week').
 * - "the previous week" with no date before it is the week before the report's: news copy's "sales rose
 *   the previous week" counts from the day of publication, as "last week" does.
 */
import type { Candidate } from './candidate';
import { NUMBER_WORDS } from '../lexicon/time';

export type AnaphoricUnit = 'day' | 'week' | 'month' | 'year';

const NUMBER = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})`;
const UNIT = '(day|week|month|year)';

interface Rule {
  name: string;
  pattern: RegExp;
  shift: (m: RegExpMatchArray) => number;
  unit: (m: RegExpMatchArray) => string;
  /** Counted from the reference when no date comes before it. */
  fallback?: (m: RegExpMatchArray) => boolean;
}

const RULES: Rule[] = [
  // "later that year", "earlier that month", "that same year", "in that year", "the same month"
  {
    name: 'anaphoric:thatUnit',
    pattern: new RegExp(`\\b(?:(?:later|earlier)\\s+(?:in\\s+)?|in\\s+)?(?:that\\s+(?:same\\s+)?|the\\s+same\\s+)${UNIT}\\b(?!['’])`, 'gi'),
    shift: () => 0,
    unit: (m) => m[1],
  },
  // "Hours later, Albertsons said ...": the day told before ("later that day" is the first rule's)
  { name: 'anaphoric:hoursLater', pattern: /\b(?:hours|minutes|moments)\s+later\b/gi, shift: () => 0, unit: () => 'day' },
  // "the following year", "the next day", "the previous month"
  {
    name: 'anaphoric:followingUnit',
    pattern: new RegExp(`\\bthe\\s+(following|next|previous|preceding)\\s+${UNIT}\\b`, 'gi'),
    shift: (m) => (/^(?:following|next)$/i.test(m[1]) ? 1 : -1),
    unit: (m) => m[2],
    fallback: (m) => /^(?:previous|preceding)$/i.test(m[1]) && /^week$/i.test(m[2]),
  },
  // "a year later", "two days earlier"; "a year earlier" with no date before it is the year before the report
  // ("Profit fell to $1.2bn from $2.5bn a year earlier"): business copy's comparison period.
  {
    name: 'anaphoric:unitsLaterEarlier',
    pattern: new RegExp(`\\b${NUMBER}\\s+${UNIT}s?\\s+(later|earlier)\\b`, 'gi'),
    shift: (m) => (/^\d/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1].toLowerCase()]) * (/later/i.test(m[3]) ? 1 : -1),
    unit: (m) => m[2],
    fallback: (m) => /^(?:a|one|1)$/i.test(m[1]) && /^year$/i.test(m[2]) && /earlier/i.test(m[3]),
  },
];

export function parseAnaphoricExpressions(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      const unit = rule.unit(m).toLowerCase() as AnaphoricUnit;
      const anchor = { kind: 'anaphoric' as const, unit, amount: rule.shift(m), ...(rule.fallback?.(m) ? { fallback: true as const } : {}) };
      const c: Candidate = { start: m.index!, end: m.index! + m[0].length, anchor, source: 'anaphoric', rules: [rule.name] };
      out.push(sameAsClause(text, m[0], c));
    }
  }
  return out;
}

/**
 * "he convened a meeting of his top advisers in the Oval Office on the same day he learned of the accident": "the same
 * day" that a clause with a pronoun subject or an "as" phrase right after it names is the day of that clause or phrase,
 * which the sentence does not date; it is no day told before (`anaphoric:sameAsClause`, set aside). At a sentence's opening ("The same day the police arrested
 * five men") the clause after it is the sentence's own, so it counts from the day before as usual.
 */
function sameAsClause(text: string, written: string, c: Candidate): Candidate {
  if (!/\bthe\s+same\s+\w+$/i.test(written)) return c;
  const after = text.slice(c.end, c.end + 12);
  if (/^\s+as\b/i.test(after)) return { ...c, rules: [...c.rules, 'anaphoric:sameAsClause'], notADate: 'anaphoric:sameAsClause' };
  if (!SAME_AS_CLAUSE.test(after)) return c;
  const opening = /(?:^|[.!?]["”’)]?\s+|\n\s*)(?:(?:on|in|at|during|by)\s+)?$/i.test(text.slice(Math.max(0, c.start - 12), c.start));
  return opening ? c : { ...c, rules: [...c.rules, 'anaphoric:sameAsClause'], notADate: 'anaphoric:sameAsClause' };
}

/**
 * A clause with no "that" whose subject pronoun comes right after the noun: "the same day he learned". ("It happened on
 * the same day that a fire broke out", of a leak dated before it: there the day is the leak's, told before.)
 */
const SAME_AS_CLAUSE = /^\s+(?:he|she|it|they|we|I|you)\b/i;
