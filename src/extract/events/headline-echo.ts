/**
 * "First hurricane of season hits BP oil spill clean-up Hurricane Alex halts efforts ...", then "The first named storm
 * of the Atlantic season has hit BP's oil spill clean-up efforts in the Gulf of Mexico.", the Guardian of 30 June 2010:
 * a lede's present perfect is the article's news of the day when its subject names an actor (events.ts
 * `date:lede-present-perfect`); a subject that names no actor ("The first named storm of the Atlantic season") tells
 * the day's news as well when the headline line above tells the same happening: the same verb and a word of what it
 * was done to, or a word of the subject and two of what follows the verb (events.ts `date:lede-perfect-told-by-headline`).
 * A lede that tells something else than its headline ("Oil has been gushing ... for weeks" under a headline of a
 * hearing) shares too few of its words and stays undated.
 */
import type { Sentence } from '../types';
import type { TitleRun } from './candidates';

/** Words too common in news to say two lines tell one happening. */
const COMMON = new Set([
  'the',
  'a',
  'an',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'from',
  'with',
  'by',
  'and',
  'or',
  'its',
  'his',
  'her',
  'their',
  'has',
  'have',
  'had',
  'been',
  'was',
  'were',
  'is',
  'are',
  'new',
]);

/** Lower-case words of a stretch of text, "BP's" read as "bp", "clean-up" kept whole. */
function wordsOf(s: string): string[] {
  return (s.toLowerCase().match(/[\p{L}\d]+(?:[-'’][\p{L}\d]+)*/gu) ?? []).map((w) => w.replace(/['’]s$/, ''));
}

/**
 * Does the line at [start, end) share at least three words of its own with the headline line (sentence 0)? The
 * cheap test datable.ts reads before any clause is parsed: a lede line the headline may tell.
 */
export function echoesHeadline(text: string, headline: { start: number; end: number }, start: number, end: number): boolean {
  const words = new Set(wordsOf(text.slice(headline.start, headline.end)).filter((w) => !COMMON.has(w) && w.length > 2));
  const line = new Set(wordsOf(text.slice(start, end)).filter((w) => !COMMON.has(w) && w.length > 2));
  let shared = 0;
  for (const w of line) if (words.has(w)) shared++;
  return shared >= 3;
}

/** Does the headline write the verb's lemma in a form of its own: "hit" in "hits", "wash" in "washes", "close" in "closed"? */
function writesVerb(headline: string[], lemma: string): boolean {
  const stem = lemma.replace(/e$/, '');
  return headline.some((w) => w === lemma || (w.startsWith(stem) && w.length - stem.length <= 3 && /^(?:e?s|e?d|ing|ies|ied)$/.test(w.slice(stem.length))));
}

/**
 * True when the headline line (sentence 0) tells the happening of the clause whose title runs are `title` (in
 * sentence `sentence` > 0): it writes the clause's verb and a word of what follows it, or a word of its subject and two
 * of what follows the verb.
 */
export function headlineTellsLede(text: string, sentences: Sentence[], sentence: number, title: TitleRun[], lemma: string): boolean {
  if (sentence < 1 || !sentences[0]) return false;
  const headline = new Set(wordsOf(text.slice(sentences[0].start, sentences[0].end)));
  const content = (runs: TitleRun[]) => new Set(runs.flatMap((r) => wordsOf(text.slice(r.start, r.end))).filter((w) => !COMMON.has(w) && w.length > 2));
  const others = content(title.filter((r) => r.role !== 'verb' && r.role !== 'subject'));
  const subject = content(title.filter((r) => r.role === 'subject'));
  const shared = (ws: Set<string>) => [...ws].filter((w) => headline.has(w)).length;
  if (writesVerb([...headline], lemma) && shared(others) >= 1) return true;
  return shared(subject) >= 1 && shared(others) >= 2;
}
