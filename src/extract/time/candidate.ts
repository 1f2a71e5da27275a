/**
 * What the parsers of the time stage find before anything is resolved: a span of text and what it
 * says about a date. Refiners filter and adjust candidates; resolveRelativeDate turns them into values.
 */
import type { Precision } from '../types';
import type { PartialDate } from './calendar';

/**
 * Which way a date without a year (or a bare weekday) points from the reference date.
 * - 'past': the most recent one not after the reference ("in June", "on Friday"): the news default.
 * - 'future': the next one not before the reference ("will be held on Wednesday").
 * - 'strictPast' / 'strictFuture': "last Friday" / "next Friday" never mean the reference day itself.
 * - 'nearest': the one closest to the reference ("November 29th" in a piece of 1 December).
 */
export type Direction = 'past' | 'future' | 'strictPast' | 'strictFuture' | 'nearest';

export type Anchor =
  /** The text alone fixes the date: "November 29, 2024", "September 2023", "2018". */
  | { kind: 'absolute'; date: PartialDate }
  /** "November 29th", "on Friday, November 29th" (the weekday then picks the year). */
  | { kind: 'monthDay'; month: number; day: number; weekday?: number; direction: Direction }
  /** "in June", "back in June", "early June". */
  | { kind: 'month'; month: number; direction: Direction }
  /** "January of this year", "June last year": a month in a year counted from the reference's year. */
  | { kind: 'monthOfYear'; month: number; yearShift: number }
  /** "on Friday", "last Friday", "next Wednesday". */
  | { kind: 'weekday'; weekday: number; direction: Direction }
  /** A shift of the reference: "yesterday" (-1 day), "last month" (-1 month), "24 years ago" (-24 years). */
  | { kind: 'offset'; unit: 'day' | 'week' | 'month' | 'year'; amount: number; precision: Precision }
  /**
   * A shift of the date told just before: "later that year" (0 years), "the following month", "two days later".
   * With `fallback`, a shift of the reference when no date comes before it: "Shares fell 17% on the day" in a market
   * report is the report's own day, "a year earlier" the year before it.
   */
  | { kind: 'anaphoric'; unit: 'day' | 'week' | 'month' | 'year'; amount: number; fallback?: true };

export interface Candidate {
  start: number;
  end: number;
  anchor: Anchor;
  /** Which parser found it, for refiners that only apply to some parsers. */
  source: string;
  /** The rules that found and shaped it, by name, first the parser's: they become the expression's `rules`. */
  rules: string[];
  /**
   * The rule that says this is no date of a happening ("now", "U.S. April crude", a page timestamp). The candidate
   * stays through the overlap refiner, so no shorter expression inside it is read instead, and is then left out.
   */
  notADate?: string;
  /** The expression has no year of its own, so a following noun can make it a name ("January 6 case"). */
  yearless?: boolean;
}

export type CandidateParser = (text: string) => Candidate[];
export type CandidateRefiner = (text: string, candidates: Candidate[]) => Candidate[];

/** The candidate with one more rule in its provenance. */
export function withRule(c: Candidate, rule: string): Candidate {
  return { ...c, rules: [...c.rules, rule] };
}
