/**
 * A date read off another line of the article than the record's sentence: a headline in the present dated by the day
 * its first lines name ("Mexico City lowers swine flu alert", the Guardian of 22 May 2009, over "Mexico City lowered its
 * swine flu alert level ... late last night"), an opening present perfect dated by its article's day, a wire story's
 * first sentence dated by its dateline ("PEKING, April 4 -"). The record shows only its own sentence; the judges, who
 * see that sentence and the report's date, found "nothing in it supports 21 May". The explanation quotes the words of
 * the line the date was read from, a few words before the date's phrase and the phrase, so that a reader can check it.
 */
import type { Sentence } from '../types';

/** How many words before the date's phrase the quote keeps. */
const WORDS_BEFORE = 9;
/** How many words after it. */
const WORDS_AFTER = 3;

/**
 * The words of the sentence that holds start..end, at most WORDS_BEFORE before and WORDS_AFTER after, with "..." where
 * the sentence goes on; null when no sentence holds it.
 */
export function quotedLineAround(text: string, sentences: readonly Sentence[], start: number, end: number): string | null {
  const s = sentences.find((x) => x.start <= start && end <= x.end);
  if (!s) return null;
  const before = text.slice(s.start, start).split(/\s+/).filter(Boolean);
  const after = text.slice(end, s.end).split(/\s+/).filter(Boolean);
  const kept = [...before.slice(-WORDS_BEFORE), text.slice(start, end).trim(), ...after.slice(0, WORDS_AFTER)].join(' ');
  const open = before.length > WORDS_BEFORE ? '...' : '';
  const close = after.length > WORDS_AFTER ? '...' : '';
  // (Pages split off punctuation as words, "today ." and "Thursday 's": the quote joins them back.)
  return `${open}${kept}${close}`
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:!?)]|['’]s\b)/g, '$1')
    .trim();
}

/** The dateline a wire story opens with, as written, without its dash: "PEKING, April 4". */
export function datelineWords(text: string, line: Sentence): string {
  return text
    .slice(line.start, line.end)
    .replace(/\s*[-–—]{1,2}\s*$/, '')
    .trim();
}
