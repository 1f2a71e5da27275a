/**
 * Text search over every event's title and quotes as one lower-cased string, events separated by a character no
 * search word contains. A word is found with indexOf over the whole string (the engine's fast substring search)
 * and each hit is mapped to its event, instead of testing 100,000 separate strings one by one. Same meaning as
 * before: every word must occur somewhere in the event's title or quotes, in any case.
 */
import type { EventRecord } from '../../schema/timeline';

export interface SearchText {
  /** lower-cased "title\nquote\nquote" of every event, joined by SEPARATOR */
  text: string;
  /** where each event's text starts; starts[events.length] is text.length + 1 */
  starts: Int32Array;
}

const SEPARATOR = '\u0000';

export function eventSearchText(event: EventRecord): string {
  let s = event.title;
  for (const m of event.mentions) s += `\n${m.sentence}`;
  return s.toLowerCase();
}

export function buildSearchText(events: readonly EventRecord[]): SearchText {
  const parts: string[] = new Array(events.length);
  const starts = new Int32Array(events.length + 1);
  let at = 0;
  for (let i = 0; i < events.length; i++) {
    const s = eventSearchText(events[i]).replaceAll(SEPARATOR, ' ');
    parts[i] = s;
    starts[i] = at;
    at += s.length + 1;
  }
  starts[events.length] = at;
  return { text: parts.join(SEPARATOR), starts };
}

export function searchWords(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter(Boolean);
}

/** 1 for every event whose text holds every word (no words: every event). */
export function eventsWithWords(search: SearchText, words: readonly string[]): Uint8Array {
  const n = search.starts.length - 1;
  const pass = new Uint8Array(n).fill(1);
  for (const word of words) {
    const found = new Uint8Array(n);
    if (!word.includes(SEPARATOR)) {
      let event = 0;
      for (let hit = search.text.indexOf(word); hit !== -1; ) {
        // hits come in increasing order, so the event pointer only moves forward
        while (search.starts[event + 1] <= hit) event++;
        found[event] = 1;
        // the next hit worth finding is in the next event
        hit = search.text.indexOf(word, search.starts[event + 1]);
      }
    }
    for (let i = 0; i < n; i++) pass[i] &= found[i];
  }
  return pass;
}
