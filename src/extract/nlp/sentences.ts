/**
 * sentences: the sentences of the layer are segment.ts's, with the tokens each one holds.
 *
 * Why not wink's own sentence boundaries: on the 1,849 development articles (BP spill, H1N1), the two
 * segmenters disagree on 853 boundaries out of ~54,700 sentences. Of 30 disagreements drawn at random and
 * read, segment.ts was right in all 30: wink splits after titles it does not know ("Coast Guard Adm. |
 * Thad Allen"), party labels ("Rep. George Miller (D-Calif.) | , who"), inside web addresses ("www. |
 * reuters.com") and inside runs of "!!!" or "?!", and it does not split after "..." ("killed 11 workers...
 * The Environmental Protection Agency says") nor after a sentence ending in a capital letter ("is type A.
 * But more sophisticated tests"). So segment.ts keeps the job, wink's tagger still reads the whole text, and
 * this file maps segment.ts's character spans onto the tokens.
 */
import { segmentSentences } from '../segment';
import type { Sentence } from '../types';
import type { TokenTable } from './tokens';

/** A sentence with the tokens it holds: tokens[tokenStart] … tokens[tokenEnd - 1]. */
export interface SentenceSpan extends Sentence {
  tokenStart: number;
  tokenEnd: number;
}

/**
 * segment.ts's sentences of the text, each with its token range. A token belongs to the sentence its first
 * character is in; should segment.ts cut inside a token (it can, between two unusual characters), the
 * sentence ends with the token and the next one starts after it, so every token lies wholly in one sentence.
 */
export function sentencesOf(tokens: TokenTable, sentences: Sentence[] = segmentSentences(tokens.text)): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const text = tokens.text;
  let i = 0;
  let floor = 0;
  for (const s of sentences) {
    let start = Math.max(s.start, floor);
    let end = s.end;
    while (i < tokens.count && tokens.start[i] < start) i++;
    const first = i;
    while (i < tokens.count && tokens.start[i] < end) i++;
    if (i > first) {
      start = Math.min(start, tokens.start[first]);
      end = Math.max(end, tokens.end[i - 1]);
    }
    floor = end;
    while (start < end && /\s/.test(text[start])) start++;
    if (start >= end) continue;
    out.push({ start, end, text: start === s.start && end === s.end ? s.text : text.slice(start, end), tokenStart: first, tokenEnd: i });
  }
  return out;
}
