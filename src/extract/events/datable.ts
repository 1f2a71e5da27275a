/**
 * The sentences whose clauses can become a dated event: the only ones `eventCandidates` needs to read clause by
 * clause (the profile's largest stage of ours on real news). Most sentences of an article cannot: events.ts dates a
 * clause only by a time expression that starts in the words of its own sentence (its own words, a participle
 * hanging on it, the saying that reports it, the past clause a "when" clause times: every range a candidate carries
 * lies in its sentence) and drops the rest as `no-date-in-clause`, with three exceptions, kept here: the first sentence
 * (a headline is dated by its publication day or the day its first lines name, `date:headline-of-*`), the two lines
 * after it when they share words with it (a lede's present perfect the headline tells, LEDE_LINES) and a sentence that says "recent" (`undated:recent-cue`). A clause candidate is read by no other sentence's event but its own
 * (`actors:operator-of-subject` looks in the same sentence; `peopleOfEarlier` reads happening nouns, which are kept
 * for every sentence), so leaving the other sentences' clauses out cannot change the timeline.
 *
 * A document without its own publication date is read again once other reports date it, and its time expressions
 * with it; they may then differ from those found here, so such a document keeps every sentence (null).
 */
import type { Analysis } from '../nlp/analyse';
import { echoesHeadline, LEDE_LINES } from './headline-echo';

/** events.ts `undated:recent-cue` reads the sentence's text for this. */
const RECENT = /\brecent(?:ly)?\b/i;

/** 1 for each sentence of `a` whose clauses can give a dated event; null when every sentence must be read. */
export function datableSentences(a: Analysis, times: ReadonlyArray<{ start: number }>, reference: string | null): Uint8Array | null {
  if (reference === null) return null;
  const out = new Uint8Array(a.sentences.length);
  const starts = times.map((x) => x.start).sort((x, y) => x - y);
  let j = 0;
  for (let k = 0; k < a.sentences.length; k++) {
    const s = a.sentences[k];
    while (j < starts.length && starts[j] < s.start) j++;
    // (The document's own words: a span's text is read from the text with its tickers blanked.)
    if (
      k === 0 ||
      (j < starts.length && starts[j] < s.end) ||
      RECENT.test(a.text.slice(s.start, s.end)) ||
      (k <= LEDE_LINES && echoesHeadline(a.text, a.sentences[0], s.start, s.end))
    )
      out[k] = 1;
  }
  return out;
}
