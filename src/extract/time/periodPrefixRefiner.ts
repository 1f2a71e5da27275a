/**
 * Words in front of a date that belong to it: "mid-2024", "early 2009", "the summer of 2023",
 * "early June", "the end of June", "last Friday", "next June", "this Wednesday". The span grows to
 * include them; "last" / "next" also say which way to look from the reference. Parts of a period keep
 * the period's precision ("mid-2024" is the year 2024, "early June" the month of June).
 */
import type { Candidate, CandidateRefiner, Direction } from './candidate';
import { DAY_OF_PERIOD_ORDINALS } from '../lexicon/time';
import { daysInMonth } from './calendar';

const PART_OF_YEAR = new RegExp(
  [
    String.raw`\b[QH][1-4]\s+`, // "Q3 2024", "H1 2025"
    String.raw`(?:\bthe\s+)?\b(?:first|second|third|fourth|last)\s+quarter\s+of\s+`, // "the third quarter of 2023"
    String.raw`(?:\bthe\s+)?\b(?:very\s+)?(?:early|mid|middle|late|end|beginning|start|first\s+half|second\s+half|spring|summer|autumn|fall|winter)(?:\s+of)?(?:\s+|[-–])`,
  ]
    .map((p) => `(?:${p})`)
    .join('|')
    .replace(/^/, '(?:')
    .concat(')$'),
  'i',
);
const PART_OF_MONTH = /(?:\b(?:early|mid|late)(?:\s+|[-–])|(?:\bthe\s+)?\b(?:beginning|start|end|middle)\s+of\s+)$/i;
const MODIFIER = /\b(last|past|previous|next|coming|this)\s+$/i;
/** "the last day of 1986": one day of the year named after it (dayOfPeriod). */
const DAY_OF_PERIOD = new RegExp(String.raw`(?:\bthe\s+)?\b(${[...DAY_OF_PERIOD_ORDINALS.keys()].join('|')})\s+day\s+of\s+$`, 'i');

const MODIFIER_DIRECTION: Record<string, Direction> = {
  last: 'strictPast',
  past: 'strictPast',
  previous: 'strictPast',
  next: 'strictFuture',
  coming: 'strictFuture',
};

export const periodPrefixRefiner: CandidateRefiner = (text, candidates) => candidates.map((c) => extend(text, c));

function extend(text: string, c: Candidate): Candidate {
  const before = text.slice(Math.max(0, c.start - 40), c.start);
  const a = c.anchor;
  // "On the last day of 1986, Uccel completed the buyouts of six companies" (Reuters, 1 June 1987): the first or last
  // day of a year, or of a month of a year, is that day ("the first day of March 1987", which chrono reads as the
  // month), not the period (`dayOfPeriod`). Not a year that modifies a noun after it: "the first day of 1987 trading"
  // is the first trading day, not 1 January. (A part of a period, "the end of 1986", gives no day and keeps the
  // period's precision below.)
  const day = a.kind === 'absolute' && a.date.day === undefined && !/^\s+\p{Ll}/u.test(text.slice(c.end, c.end + 3)) ? DAY_OF_PERIOD.exec(before) : null;
  if (day && a.kind === 'absolute') {
    const first = DAY_OF_PERIOD_ORDINALS.get(day[1].toLowerCase()) === 'first';
    const month = a.date.month ?? (first ? 1 : 12);
    const date = { year: a.date.year, month, day: first ? 1 : daysInMonth(a.date.year, month) };
    return { ...grow(c, day), anchor: { kind: 'absolute', date }, rules: [...c.rules, 'dayOfPeriod'] };
  }
  if (a.kind === 'absolute' && a.date.month === undefined) return grow(c, PART_OF_YEAR.exec(before));
  if (a.kind === 'month' || (a.kind === 'absolute' && a.date.day === undefined)) {
    const part = PART_OF_MONTH.exec(before);
    if (part) return grow(c, part);
  }
  if (a.kind === 'month' || a.kind === 'weekday') {
    const mod = MODIFIER.exec(before);
    if (mod) {
      const word = mod[1].toLowerCase();
      const direction = MODIFIER_DIRECTION[word] ?? a.direction;
      return { ...grow(c, mod), anchor: { ...a, direction }, rules: [...c.rules, `modifier:${word}`] };
    }
  }
  return c;
}

function grow(c: Candidate, match: RegExpExecArray | null): Candidate {
  return match ? { ...c, start: c.start - match[0].length, rules: [...c.rules, 'periodPrefix'] } : c;
}
