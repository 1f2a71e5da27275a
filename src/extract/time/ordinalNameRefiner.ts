/**
 * "NEW YORK, April 8 - First Boston Corp analyst William Randol recommended ...": chrono reads a dateline's date, its
 * dash and the capitalised ordinal word that opens the story ("First Boston", "First Union", "Second Circuit") as a
 * range of days, "April 8 - First". An ordinal written in letters with a capital after a dash, then a capitalised word,
 * opens a name or a sentence; the date ends before the dash (`ordinalNameAfterDash`), so the title keeps the name
 * whole ("First Boston Corp analyst William Randol recommended ..." lost its "First" in the title).
 * (Not a range of days in digits: "May 8 - 12".)
 */
import type { CandidateRefiner } from './candidate';
import { withRule } from './candidate';

const ORDINAL_AFTER_DASH =
  /\s*[-–—]\s*(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Twentieth|Thirtieth|(?:Twenty|Thirty)-\p{Ll}+)$/u;

export const ordinalNameRefiner: CandidateRefiner = (text, candidates) =>
  candidates.map((c) => {
    const m = ORDINAL_AFTER_DASH.exec(text.slice(c.start, c.end));
    if (!m || m.index === 0 || !/^\s+\p{Lu}/u.test(text.slice(c.end, c.end + 4))) return c;
    return withRule({ ...c, end: c.start + m.index }, 'ordinalNameAfterDash');
  });
