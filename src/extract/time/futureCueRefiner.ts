/**
 * News reports the past, so a month or weekday without a year points back from the reference
 * ("on Friday", "in June"). A future wording in the same sentence points it forward instead:
 * "The trial is set to begin on Wednesday", "which will be available on June 17",
 * "another special event to be held on October 12". Only the words before the date in its sentence are
 * read ("announced Friday that it will give ..." is still last Friday), unless the date opens the
 * sentence ("On Monday, Apple will announce ..."); then only the words up to a past reporting verb ("On Monday, the BBC
 * revealed that he will receive ..." is last Monday).
 */
import type { Candidate, CandidateRefiner } from './candidate';
import { FUTURE_CUES, PAST_REPORTING_VERBS } from '../lexicon/time';

export const futureCueRefiner: CandidateRefiner = (text, candidates) => candidates.map((c) => point(text, c));

function point(text: string, c: Candidate): Candidate {
  const a = c.anchor;
  if (a.kind !== 'month' && a.kind !== 'weekday' && a.kind !== 'monthDay') return c;
  if (a.direction !== 'past' && a.direction !== 'nearest') return c;
  const sentenceStart = lastSentenceBoundary(text, c.start);
  const before = text.slice(sentenceStart, c.start);
  let clause = before;
  if (/^\s*(?:on|in|by|from)?\s*$/i.test(before)) {
    const rest = text.slice(c.end, c.end + 200);
    clause = rest.slice(0, sentenceEndIn(rest));
    // "On Monday, the BBC revealed that 53-year old Mr Hayward will receive a year's salary": a past reporting verb
    // before the cue is the clause the opening date belongs to; the cue is in what was reported, still last Monday.
    const reported = PAST_REPORTING_VERBS.exec(clause);
    if (reported) clause = clause.slice(0, reported.index);
  }
  if (!pointsForward(clause)) return c;
  return { ...c, anchor: { ...a, direction: 'future' }, rules: [...c.rules, 'futureCue'] };
}

function lastSentenceBoundary(text: string, from: number): number {
  const window = text.slice(Math.max(0, from - 300), from);
  const m = /[\s\S]*(?:[.!?]["”’]?\s+(?=[A-Z"“])|\n)/.exec(window);
  return Math.max(0, from - 300) + (m ? m[0].length : 0);
}

function sentenceEndIn(rest: string): number {
  const m = /[.!?](?:\s|$)|\n/.exec(rest);
  return m ? m.index : rest.length;
}

/**
 * Every cue, global for matchAll, made once: `pointsForward` runs for every date read; matchAll copies the regex, so
 * sharing one object is safe.
 */
const GLOBAL_FUTURE_CUES = FUTURE_CUES.map((cue) => new RegExp(cue.source, 'gi'));

/** A future cue counts unless a past reporting verb follows it ("who will attend said on Friday"). */
function pointsForward(clause: string): boolean {
  let lastCue = -1;
  for (const global of GLOBAL_FUTURE_CUES) {
    for (const m of clause.matchAll(global)) lastCue = Math.max(lastCue, m.index + m[0].length);
  }
  return lastCue >= 0 && !PAST_REPORTING_VERBS.test(clause.slice(lastCue));
}
