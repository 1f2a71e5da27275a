/**
 * Expressions that only mean something from the reference date: "yesterday", "today", "tonight", "now",
 * "last month", "earlier this year", "later this month", "at the beginning of the year", "24 years ago",
 * "last week". Each becomes a shift of the reference at a stated precision.
 *
 * Decisions:
 * - "last week" / "this week" / "next week" / "two weeks ago" → the week (precision 'week', written as its
 *   Monday) of the date 7 days earlier / the reference / 7 days later / 14 days earlier: a day would claim
 *   more than the text says, a month less ("month coarser than 'last week' gives"). With a reference known
 *   only to the month, the month is all that is known (resolveRelativeDate).
 * - "nearly/almost N weeks ago" is the week of the day after the N-week mark: from a Sunday, the mark is that week's
 *   own Sunday, and "nearly" puts the happening in the week after it.
 * - "now" is the reference day (TimeML's PRESENT_REF); "now that" is a conjunction, not a date.
 * - Durations ("for 23 years", "in 24 years", "over the past year") are not parsed at all.
 */
import type { Precision } from '../types';
import type { Candidate } from './candidate';
import { NUMBER_WORDS, OVERNIGHT_HAPPENING_NOUNS } from '../lexicon/time';

type Unit = 'day' | 'week' | 'month' | 'year';

interface Rule {
  name: string;
  pattern: RegExp;
  /** Words every match holds, in lower case (the patterns ignore case): a text without one of them is not searched. */
  needs?: string[];
  /** Words of which every match holds one, in lower case: a text with none of them is not searched. */
  needsOne?: string[];
  build: (m: RegExpMatchArray) => { unit: Unit; amount: number; precision: Precision } | null;
}

const SHIFT: Record<string, number> = { last: -1, previous: -1, this: 0, current: 0, next: 1, coming: 1 };
const UNIT_PRECISION: Record<Unit, Precision> = { day: 'day', week: 'week', month: 'month', year: 'year' };

const NUMBER = `(\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})`;

/** "overnight" as an adverb or before a happening's noun (deictic:overnight). */
const OVERNIGHT = new RegExp(
  `\\b[Oo]vernight\\b(?=\\s*$|\\s*[^\\w\\s]|\\s+(?:and|or|but|for|to|at|in|on|of|when|while|that|after|before|through|the|a|an|was|were|had|has|yesterday|today|tonight|there|as|by|from|into|near|with|against)\\b|\\s+(?:[A-Z][\\w-]*\\s+)?(?:${OVERNIGHT_HAPPENING_NOUNS.join('|')})\\b)`,
  'g',
);

const RULES: Rule[] = [
  {
    name: 'deictic:dayBeforeYesterday',
    pattern: /\b(?:the\s+)?day\s+before\s+yesterday\b/gi,
    needs: ['yesterday'],
    build: () => ({ unit: 'day', amount: -2, precision: 'day' }),
  },
  {
    name: 'deictic:yesterday',
    pattern: /\byesterday(?:\s+(?:morning|afternoon|evening))?\b/gi,
    needs: ['yesterday'],
    build: () => ({ unit: 'day', amount: -1, precision: 'day' }),
  },
  { name: 'deictic:lastNight', pattern: /\blast\s+night\b/gi, needs: ['night'], build: () => ({ unit: 'day', amount: -1, precision: 'day' }) },
  // ("Iran said its forces had captured one of Iraq's strongest fortifications east of Basra on the Gulf War southern
  // front in a major battle overnight" (Reuters, 1 March 1987): the night before the report's day, to the day; the
  // fortification's capture was read as undated. As an adverb (punctuation or a function word after it) or
  // before a happening's noun ("an overnight attack", "an overnight Iranian attack"); not "overnight courier",
  // "overnight rates": there it says what kind.)
  {
    name: 'deictic:overnight',
    pattern: OVERNIGHT,
    needs: ['overnight'],
    build: () => ({ unit: 'day', amount: -1, precision: 'day' }),
  },
  {
    name: 'deictic:today',
    pattern: /\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b/gi,
    // (It opens with "t" or "this", which every article has at hundreds of places.)
    needsOne: ['today', 'tonight', 'morning', 'afternoon', 'evening'],
    build: () => ({ unit: 'day', amount: 0, precision: 'day' }),
  },
  {
    name: 'deictic:tomorrow',
    pattern: /\btomorrow(?:\s+(?:morning|afternoon|evening))?\b/gi,
    needs: ['tomorrow'],
    build: () => ({ unit: 'day', amount: 1, precision: 'day' }),
  },
  // The present: "now" (not "now that", "from now"), "currently", "at present". Found so that a later rule can say
  // it is no date of a happening (notADateRefiner); "just now" hedges nothing either way.
  {
    name: 'deictic:present',
    pattern: /(?<!\bfrom\s)\bnow\b(?!\s+that\b)|\bcurrently\b|\bat\s+present\b|\bat\s+the\s+moment\b/gi,
    needsOne: ['now', 'currently', 'present', 'moment'],
    build: () => ({ unit: 'day', amount: 0, precision: 'day' }),
  },
  // "last week", "earlier this week", "next week": the week before, of and after the reference's
  {
    name: 'deictic:thisWeek',
    pattern: /\b(?:(?:earlier|later)\s+(?:in\s+)?)?(?<!\bthe\s)(last|previous|this|current|next|coming)\s+week\b/gi,
    needs: ['week'],
    build: (m) => ({ unit: 'week', amount: SHIFT[m[1].toLowerCase()], precision: 'week' }),
  },
  // "earlier this year", "later this month", "this year's", "last month"
  {
    name: 'deictic:thisUnit',
    pattern: /\b(?:(?:earlier|later)\s+(?:in\s+)?)?(?<!\bthe\s)(last|previous|this|current|next|coming)\s+(month|year)\b/gi,
    needsOne: ['month', 'year'],
    build: (m) => {
      const shift = SHIFT[m[1].toLowerCase()];
      const unit = m[2].toLowerCase() as Unit;
      return { unit, amount: shift, precision: UNIT_PRECISION[unit] };
    },
  },
  // "at the beginning of the year", "by the end of the month", "earlier in the year"
  {
    name: 'deictic:partOfUnit',
    pattern:
      /\b(?:(?:at|by|until|since|from|toward|towards)\s+)?the\s+(?:very\s+)?(?:beginning|start|end|middle|turn)\s+of\s+the\s+(month|year)\b|\b(?:earlier|later)\s+in\s+the\s+(month|year)\b/gi,
    needsOne: ['month', 'year'],
    build: (m) => {
      const unit = (m[1] ?? m[2]).toLowerCase() as Unit;
      return { unit, amount: 0, precision: UNIT_PRECISION[unit] };
    },
  },
  // "The oil spill began nearly six weeks ago", in a paper of Sunday 30 May 2010: less than six weeks back from a Sunday
  // is past the Sunday six weeks before (18 April), so the week after it (the blowout was on 20 April). Counted as the
  // day after the N-week mark, which only moves the week when the reference is a Sunday.
  {
    name: 'deictic:nearlyWeeksAgo',
    pattern: new RegExp(`(?<=\\b(?:nearly|almost)\\s+)${NUMBER}\\s+weeks?\\s+ago\\b`, 'gi'),
    needs: ['week', 'ago'],
    build: (m) => ({ unit: 'day', amount: -7 * (/^\d/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1].toLowerCase()]) + 1, precision: 'week' }),
  },
  // "a week ago", "two weeks ago": that week
  {
    name: 'deictic:weeksAgo',
    pattern: new RegExp(`(?<!\\b(?:nearly|almost)\\s+)\\b${NUMBER}\\s+weeks?\\s+ago\\b`, 'gi'),
    needs: ['week', 'ago'],
    build: (m) => ({ unit: 'week', amount: -(/^\d/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1].toLowerCase()]), precision: 'week' }),
  },
  // "the crisis began 58 days ago" in a piece of 16 June 2010: the blowout was on 20 April, 57 days before. A long run
  // of days is a running count ("day 58 of the spill"), often counted with both ends in; it fixes the week, not the day.
  {
    name: 'deictic:manyDaysAgo',
    pattern: new RegExp(`\\b${NUMBER}\\s+days\\s+ago\\b`, 'gi'),
    needs: ['days', 'ago'],
    build: (m) => {
      const n = /^\d/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1].toLowerCase()];
      return n >= MANY_DAYS ? { unit: 'day', amount: -n, precision: 'week' } : null;
    },
  },
  // "24 years ago", "two months ago", "a decade ago"
  {
    name: 'deictic:ago',
    pattern: new RegExp(`\\b${NUMBER}\\s+(day|month|year|decade)s?\\s+ago\\b`, 'gi'),
    needs: ['ago'],
    build: (m) => {
      const n = /^\d/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1].toLowerCase()];
      let unit = m[2].toLowerCase() as Unit | 'decade';
      if (unit === 'day' && n >= MANY_DAYS) return null;
      let amount = -n;
      if (unit === 'decade') {
        unit = 'year';
        amount = -10 * n;
      }
      return { unit, amount, precision: UNIT_PRECISION[unit] };
    },
  },
];

/** From this many days back, "N days ago" gives its week (deictic:manyDaysAgo). */
const MANY_DAYS = 15;

export function parseDeicticExpressions(text: string): Candidate[] {
  const out: Candidate[] = [];
  // (the "N weeks ago" patterns open with a number word or a look-behind, tried at every position of the text)
  const lower = text.toLowerCase();
  for (const rule of RULES) {
    if (rule.needs && !rule.needs.every((w) => lower.includes(w))) continue;
    if (rule.needsOne && !rule.needsOne.some((w) => lower.includes(w))) continue;
    for (const m of text.matchAll(rule.pattern)) {
      const shift = rule.build(m);
      if (!shift || isPartOfName(text, m.index, m[0])) continue;
      out.push({ start: m.index, end: m.index + m[0].length, anchor: { kind: 'offset', ...shift }, source: 'deictic', rules: [rule.name] });
    }
  }
  return out;
}

/**
 * "USA Today reported", "Russia Today", "Democracy Now": a capitalised Today or Now inside a sentence is
 * part of a name. At the start of a sentence it is the word.
 */
function isPartOfName(text: string, index: number, match: string): boolean {
  if (!/^(?:Today|Tonight|Now)\b/.test(match)) return false;
  const before = text.slice(Math.max(0, index - 4), index);
  return !/(?:^|[.!?:;]["”’)]?\s*|\n\s*|["“(]\s*)$/.test(before);
}
