/**
 * "Teachers were drawing up contingency plans for exams this week when students were due to sit A-level art exams": a
 * date right after a noun, followed by a "when" clause that tells what was due, scheduled or set to happen then, is the
 * time of that planned thing (the exams), not of the clause's verb (the plans were drawn up before). events.ts
 * `date:of-what-was-due-then`. (A "when" clause that tells what happened, "The administration hit a roadblock Tuesday
 * when a judge struck down the ban", dates the same moment and keeps the date.)
 */

/** "when students were due to sit", "when the vote is scheduled to take place", "when talks were set to resume". */
const WHEN_DUE = /^\s*when\s+(?:[\p{L}'’-]+\s+){1,6}?(?:(?:is|are|was|were)\s+(?:due|scheduled|set|expected|supposed|planned)\s+to|(?:was|were)\s+to)\s/iu;

/**
 * True when the date at [start, end) follows a noun ("exams this week", no preposition or comma between) and a "when"
 * clause of something due then follows it.
 */
export function dateOfWhatWasDue(text: string, t: { start: number; end: number; text: string }): boolean {
  if (/^(?:on|in|at|during)\s/i.test(t.text)) return false;
  if (!/\p{Ll}\s+$/u.test(text.slice(Math.max(0, t.start - 3), t.start))) return false;
  if (/\b(?:on|in|at|during|by|since|until|from)\s+$/i.test(text.slice(Math.max(0, t.start - 8), t.start))) return false;
  return WHEN_DUE.test(text.slice(t.end, t.end + 120));
}

/**
 * "Meanwhile, the long-awaited energy and climate bill due for release today was also tweaked in response to heightened
 * concerns about drilling": a date a few words after "due for", "scheduled for" or "due to" in the subject, before the
 * clause's verb, is when the planned thing (the release) was to be, not when the bill was tweaked (events.ts
 * `date:of-what-was-due`). Only before the verb and with no comma between: "The vote, scheduled for Friday, was
 * postponed" is as much the planned vote's.
 */
const DUE_FOR_BEFORE = /\b(?:due|scheduled|slated|planned)\s+(?:for|to)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/** True when the date at [start, end) follows a "due for ..." of the subject, before the verb that starts at `verbStart`. */
export function dateOfWhatIsDueBeforeVerb(text: string, t: { start: number; end: number }, verbStart: number): boolean {
  if (t.end > verbStart) return false;
  return DUE_FOR_BEFORE.test(text.slice(Math.max(0, t.start - 50), t.start));
}
