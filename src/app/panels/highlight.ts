/**
 * Splits a quoted sentence into plain text, its date phrase and the names of the event's actors, so the details
 * panel can mark them. Pure string work; React renders the pieces as text.
 */
import type { ActorRecord, EventRecord, Mention } from '../../schema/timeline';
import escapeStringRegexp from 'escape-string-regexp';

/** start: where the piece begins in the sentence (a stable key for it) */
export type Segment = { text: string; mark: 'date' | 'actor' | null; start: number };

interface Span {
  start: number;
  end: number;
  mark: 'date' | 'actor';
}

/** where the date phrase sits in the sentence: the mention's own offsets, else the phrase found in the text */
export function dateSpanInSentence(mention: Mention, event: EventRecord): Span | null {
  const { sentence } = mention;
  if (mention.dateStart !== undefined && mention.dateEnd !== undefined) {
    const start = mention.dateStart - mention.start;
    const end = mention.dateEnd - mention.start;
    if (start >= 0 && end <= sentence.length && start < end) return { start, end, mark: 'date' };
  }
  for (const phrase of [mention.dateText, event.date.text]) {
    if (!phrase) continue;
    const at = sentence.indexOf(phrase);
    if (at >= 0) return { start: at, end: at + phrase.length, mark: 'date' };
  }
  return null;
}

export function actorSpansInSentence(sentence: string, actors: ActorRecord[]): Span[] {
  const names = [...new Set(actors.flatMap((a) => [a.name, ...a.aliases]))].filter((n) => n.trim().length >= 2);
  if (!names.length) return [];
  names.sort((a, b) => b.length - a.length);
  // whole words only: "Kim" in "Kim Jong Un" but not in "Kimchi"
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map((s) => escapeStringRegexp(s)).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const spans: Span[] = [];
  for (const match of sentence.matchAll(pattern)) spans.push({ start: match.index!, end: match.index! + match[0].length, mark: 'actor' });
  return spans;
}

export function highlightSentence(mention: Mention, event: EventRecord, actors: ActorRecord[]): Segment[] {
  const { sentence } = mention;
  const date = dateSpanInSentence(mention, event);
  const spans = [...(date ? [date] : []), ...actorSpansInSentence(sentence, actors).filter((s) => !date || s.end <= date.start || s.start >= date.end)];
  spans.sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    if (span.start > at) segments.push({ text: sentence.slice(at, span.start), mark: null, start: at });
    segments.push({ text: sentence.slice(span.start, span.end), mark: span.mark, start: span.start });
    at = span.end;
  }
  if (at < sentence.length) segments.push({ text: sentence.slice(at), mark: null, start: at });
  return segments;
}
