/**
 * segment: cleaned text → sentences with offsets. Intl.Segmenter does the work, line by line (a
 * sentence never crosses a line break); we mend its known misses: it splits after abbreviations
 * ("He met Gen. | Smith in the U.S. | President Joe Biden") and initials ("J. | R. | Tolkien").
 * The linguistic layer (nlp/) takes its sentences from here: measured against wink-nlp's own sentence
 * boundaries on the development articles, these were right in all 30 disagreements read (nlp/sentences.ts).
 */
import type { Sentence } from './types';
import { NUMBER_WORDS } from './lexicon/time';
import { ORG_CUES_BEFORE } from './lexicon/actors';
import { COMPANY_DESCRIPTIONS } from './lexicon/events';
import { tagWithWink, type WinkTokens } from './nlp/wink';
import {
  HEADLINE_PIECE_OPENERS,
  HEADLINE_SMALL_WORDS,
  LEGAL_FORM_ABBREVIATIONS,
  MONTH_ABBREVIATIONS,
  SENTENCE_OPENERS,
  TITLE_ABBREVIATIONS,
} from './lexicon/abbreviations';
import escapeStringRegexp from 'escape-string-regexp';

const TITLES = new Set(TITLE_ABBREVIATIONS.map((a) => a.toLowerCase()));
const LEGAL_FORMS = new Set(LEGAL_FORM_ABBREVIATIONS.map((a) => a.toLowerCase()));
const MONTHS = new Set(MONTH_ABBREVIATIONS.map((a) => a.toLowerCase()));
const OPENERS = new Set(SENTENCE_OPENERS);

let segmenter: Intl.Segmenter | null = null;

export function segmentSentences(text: string): Sentence[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const sentences: Sentence[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const pieces = segmentLine(segmenter, line).map((s) => ({ start: lineStart + s.start, end: lineStart + s.end }));
    for (const piece of mendSplits(text, pieces)) {
      for (const [a, b] of splitGluedHeadline(text, lineStart, piece.start, piece.end)) {
        for (const [c, d] of splitBeforeOpeningFigure(text, a, b)) {
          const sentence = trimmed(text, c, d);
          if (sentence) sentences.push(sentence);
        }
      }
    }
    lineStart += line.length + 1;
  }
  return sentences;
}

/**
 * Intl.Segmenter copies the rest of the text for every segment it yields, so one very long line (a
 * 100 kB paragraph, a text dump) costs time and memory quadratic in its length. Lines past this size are
 * cut after a sentence-ending ". " (or at a space) into chunks that are segmented one by one.
 */
const MAX_CHUNK = 8_000;

function segmentLine(segmenter: Intl.Segmenter, line: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (let chunkStart = 0; chunkStart < line.length; ) {
    let chunkEnd = line.length;
    if (chunkEnd - chunkStart > MAX_CHUNK) {
      const window = line.slice(chunkStart, chunkStart + MAX_CHUNK);
      const cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
      const space = window.lastIndexOf(' ');
      chunkEnd = chunkStart + (cut > MAX_CHUNK / 2 ? cut + 2 : space > MAX_CHUNK / 2 ? space + 1 : MAX_CHUNK);
    }
    const chunk = line.slice(chunkStart, chunkEnd);
    for (const s of segmenter.segment(chunk)) out.push({ start: chunkStart + s.index, end: chunkStart + s.index + s.segment.length });
    chunkStart = chunkEnd;
  }
  return out;
}

function mendSplits(text: string, pieces: Array<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const original of pieces) {
    const piece = { ...original };
    const last = out[out.length - 1];
    // A closing quote left at the start of the next piece belongs to the sentence it closes.
    const quote = last ? /^(["”’)]+)(?=\s|$)/.exec(text.slice(piece.start, piece.end)) : null;
    if (last && quote) {
      last.end = piece.start + quote[0].length;
      piece.start = last.end;
    }
    if (last && continuesSentence(text.slice(last.start, last.end), text.slice(piece.start, piece.end))) last.end = piece.end;
    else out.push({ ...piece });
  }
  return out;
}

/** Should `next` be glued back onto `previous`? Only when `previous` ends with an abbreviation, not a sentence. */
function continuesSentence(previous: string, next: string): boolean {
  const ending = /(?:^|[\s("“'])((?:\p{L}\.)+\p{L}?|\p{L}+)\.["”’)]?\s*$/u.exec(previous);
  const nextTrimmed = next.trimStart();
  if (!ending || nextTrimmed === '') return false;
  const word = ending[1];
  const firstWord = /^[\p{L}\d]+/u.exec(nextTrimmed)?.[0] ?? '';
  if (/^\p{Ll}/u.test(nextTrimmed)) return true; // "...the U.S. and its allies": a lower-case start never opens a sentence
  if (TITLES.has(word.toLowerCase())) return true; // "Gen. Smith", "Mr. Kim", "No. 10"
  // "the Haft family of Washington, which last year made a bid for California-based Safeway Stores Inc. The Hafts
  // ...": a company's legal form ends the sentence when a determiner, a pronoun or another word that opens a clause
  // follows (`legal-form-ends-sentence`); a name or a title goes on with it ("Ford Motor Co. Chairman").
  if (LEGAL_FORMS.has(word.toLowerCase())) return !OPENERS.has(firstWord);
  if (MONTHS.has(word.toLowerCase())) return /^\d/.test(nextTrimmed); // "Jan. 5"
  if (/^\p{Lu}$/u.test(word)) return /^\p{Lu}/u.test(nextTrimmed) && !OPENERS.has(firstWord); // initials "J. R. Tolkien"
  if (/^(?:\p{L}\.)+\p{L}?$/u.test(word)) return !OPENERS.has(firstWord); // "the U.S. President" but not "the U.S. He said"
  return false;
}

/**
 * A headline with a quoted claim, glued to the story's first words: "BP claims fund 'to begin payouts ' The Gulf
 * Coast Claims Facility, as the claims program is known, was set up in June". The page lost the line break and left
 * a space before the closing quote. At the start of a line, an opening quote glued to its first word and a closing
 * quote after a space, with no punctuation inside before it, then a capitalised word: the sentence starts there
 * (rule `glued-quoted-headline`). Not "the word 'exercise, ' Doug" (a comma closes the quoted words) nor
 * "'deadly ' H1N5 flu" (no word of a sentence's start).
 */
const GLUED_QUOTED_HEADLINE = /^[^.!?'"\n]{2,100}?(?:^|\s)'[\p{L}\d][^'.,;:!?\n]{0,80}\s'(?=\s+\p{Lu}\p{Ll}+\b)/u;

export function splitGluedHeadline(text: string, lineStart: number, start: number, end: number): Array<[number, number]> {
  if (start !== lineStart && text.slice(lineStart, start).trim() !== '') return [[start, end]];
  // (Every match holds two apostrophes: a sentence without one is not searched.)
  const piece = text.slice(start, end);
  const m = piece.includes("'") ? GLUED_QUOTED_HEADLINE.exec(piece) : null;
  if (!m) return [[start, end]];
  const cut = start + m[0].length;
  return [
    [start, cut],
    [cut, end],
  ];
}

/**
 * "In 1998 Apple introduced the iMac personal computer, ... the Mac OS X operating system was released. 2007 was the
 * year of the iPhone smartphone": Intl.Segmenter (Unicode's sentence rules) never ends a sentence before a figure that
 * a lower-case word follows, so two sentences come back as one, and the first one's events quote both
 * (`figure-opens-sentence`). The sentence ends there when the stop closes a lower-case word of three letters or more
 * that is no abbreviation ("No. 1 music seller", "approx. 20 people", "Jan. 5 was") and the figure is a whole number
 * with a lower-case word after it ("2007 was", "11 people died").
 */
const FIGURE_OPENS_SENTENCE = /(?<=(?:^|\s)(\p{Ll}{3,})[.!?]["”’)]?)\s+(?=\d[\d,]*\s+\p{Ll})/gu;
/**
 * The stop, spaces and digit that every match of FIGURE_OPENS_SENTENCE stands between: a sentence without them is not
 * searched (the pattern's look-behind was tried at every position of every sentence).
 */
const STOP_BEFORE_FIGURE = /[.!?]["”’)]?\s+\d/u;

export function splitBeforeOpeningFigure(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = start;
  const piece = text.slice(start, end);
  if (!STOP_BEFORE_FIGURE.test(piece)) return [[start, end]];
  for (const m of piece.matchAll(FIGURE_OPENS_SENTENCE)) {
    if (TITLES.has(m[1]) || MONTHS.has(m[1])) continue;
    out.push([from, start + m.index]);
    from = start + m.index + m[0].length;
  }
  out.push([from, end]);
  return out;
}

/**
 * "By Noel Randewich MEXICO CITY, April 24 (Reuters) - A deadly strain of swine flu never seen before has broken out":
 * the byline and dateline end where the story's first sentence begins (`sentence-after-dateline`); read as one
 * sentence, the header's words become the first clause's and its subject is lost. `spans` are the header spans
 * (document.ts's headerSpans).
 */
export function splitAfterSpans(text: string, sentences: Sentence[], spans: Array<[number, number]>): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const cuts = spans.map(([, b]) => b).filter((b) => b > s.start && b < s.end && text.slice(b, s.end).trim() !== '' && text.slice(s.start, b).trim() !== '');
    let from = s.start;
    for (const b of [...new Set(cuts)].sort((x, y) => x - y)) {
      const piece = trimmed(text, from, b);
      if (piece) out.push(piece);
      from = b;
    }
    const rest = from === s.start ? s : trimmed(text, from, s.end);
    if (rest) out.push(rest);
  }
  return out;
}

function trimmed(text: string, start: number, end: number): Sentence | null {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return start < end ? { start, end, text: text.slice(start, end) } : null;
}

type CutWord = 'word' | 'opener' | 'number' | 'acronym';

/** The shape of a word that may open a first line's next piece (`headline-before-standfirst`), or null. */
function cutWordShape(word: string): CutWord | null {
  const bare = word.replace(/[’']s$/u, '');
  if (OPENERS.has(bare) && /^\p{Lu}(?:\p{Ll}+)?$/u.test(bare) && bare !== 'I') return 'opener';
  if (/^\p{Lu}\p{Ll}+$/u.test(bare)) return Object.hasOwn(NUMBER_WORDS, bare.toLowerCase()) ? 'number' : 'word';
  if (/^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(bare)) return 'word';
  if (/^\p{Lu}{2,5}$/u.test(bare)) return 'acronym';
  return null;
}

/**
 * "BP oil spill cost hits nearly $10bn BP has set up a $20bn compensation fund ...", "BP and Halliburton knew of Gulf
 * oil well cement flaws US investigator says ...": a headline that ends on a noun or a figure, then a name in capitals
 * that is the subject of the next piece's verb, right after it or after its noun ("US investigator says"). wink's tags
 * of the first line tell the verb from the noun; not "The Justice Department sued BP and ...", "said BP wanted" (a
 * verb before), "oil giant BP to set up" (a word that describes the name), "three BP pipelines on" (no verb after).
 */
function acronymOpensPiece(tags: WinkTokens, starts: number[], at: number): boolean {
  const k = starts.indexOf(at);
  if (k < 1) return false;
  // ("No magic solution for oil spill, elbowing BP won't do any good": a gerund takes the name as its object.)
  if (
    !['NOUN', 'NUM'].includes(tags.pos[k - 1]) ||
    /ing$/.test(tags.normal[k - 1]) ||
    ORG_CUES_BEFORE.has(tags.normal[k - 1]) ||
    COMPANY_DESCRIPTIONS.has(tags.normal[k - 1])
  )
    return false;
  // ("A five-year-old girl has contracted the bird flu virus, the state news agency MENA reported on Sunday": a noun
  // phrase set off by a comma with its article describes the name it runs into.)
  let h = k - 1;
  while (h > 0 && ['NOUN', 'ADJ', 'PROPN', 'NUM', 'SYM'].includes(tags.pos[h - 1])) h--;
  if (h > 1 && tags.pos[h - 1] === 'DET' && tags.value[h - 2] === ',') return false;
  let j = k + 1;
  if (tags.value[j] === "'s" || tags.value[j] === '’s') j++;
  for (let nouns = 0; j < tags.count && nouns < 2 && ['NOUN', 'PROPN'].includes(tags.pos[j]); nouns++) j++;
  return j < tags.count && (tags.pos[j] === 'VERB' || tags.pos[j] === 'AUX');
}

/** wink's tags of a sentence, and where each token starts in the text. */
function tagged(sentence: Sentence): { tags: WinkTokens; starts: number[] } {
  const tags = tagWithWink(sentence.text);
  const starts: number[] = [];
  let at = sentence.start;
  for (let i = 0; i < tags.count; i++) {
    at += tags.spaceBefore[i];
    starts.push(at);
    at += tags.value[i].length;
  }
  return { tags, starts };
}

/**
 * "MPs publish report on lessons from BP's Gulf of Mexico oil spill disaster Politicians have 'serious doubts ' over
 * ...", "First hurricane of season hits BP oil spill clean-up Hurricane Alex halts efforts ...": a page's headline, its
 * standfirst, its photo caption and its lead run into one line with no stop, and the headline's verb is read with the
 * next sentence's words (its subject "... disaster Politicians", its present no headline's: the line ends in a full
 * stop). In the first sentence of the text, a headline written in sentence case ends where a capitalised word follows
 * a small word and is an ordinary sentence opener ("The", "In"), or is one the article writes small after it and never
 * capitalised after a word, and a small word follows it ("Politicians have", "Oil giant tries"): rule
 * `headline-before-standfirst`. Not a title-case headline (no small word of four letters or more before the cut: "Obama
 * Tries to Buy A Superman Cape"), nor a cut after a determiner or preposition, after a capitalised word ("the Gulf |
 * Coast", "Alleyn's | School"), before a name ("to fire Interior Secretary Ken Salazar", "an upbeat President Obama")
 * or before "of" ("the vast Gulf of Mexico oil spill", where the article writes "the gulf"). The Guardian's bullet
 * "cents" before a capital ends a piece too, and belongs to neither ("BP becoming takeover target cents Wind direction
 * shift blows slick towards Florida"). The next piece opens too with "A" ("... explains how the funnel should work A giant
 * iron funnel ..."), a number word ("BP spreads blame over oil spill Eleven people were killed"), a hyphenated word the
 * article writes small ("lawsuits Lump-sum compensation offered"), and a name in capitals that the next piece's verb
 * follows ("$10bn BP has set up", `acronymOpensPiece`) or that is said twice running ("operated by BP BP shares slid");
 * a figure ends a headline as a small word does.
 */
export function splitHeadlineFromStandfirst(text: string, sentences: Sentence[]): Sentence[] {
  const first = sentences[0];
  if (!first || text.slice(0, first.start).trim() !== '') return sentences;
  const rest = text.slice(first.end);
  const words = [...first.text.matchAll(/\S+/g)].map((m) => ({ word: m[0], at: first.start + m.index }));
  const cuts: Array<{ end: number; next: number }> = [];
  let from = 0;
  let wink: { tags: WinkTokens; starts: number[] } | null = null;
  for (let i = 1; i < words.length - 2; i++) {
    const { word, at } = words[i];
    const before = words[i - 1].word;
    const after = words[i + 1].word;
    if (before === 'cents' && i >= 2 && /^\p{Lu}/u.test(word) && !/\d/.test(words[i - 2].word)) {
      // (A bullet between pieces: the piece before ends at it, the next opens after it.)
      if (i - 1 - from >= 2) cuts.push({ end: words[i - 1].at, next: at });
      from = i;
      continue;
    }
    const shape = cutWordShape(word);
    if (!shape || HEADLINE_SMALL_WORDS.has(before.toLowerCase())) continue;
    // (After a name only a determiner or pronoun opens the next piece: "Swine flu outbreak reaches Europe The UN has
    // warned"; not "Handle With Care".)
    const afterLowerWord = /^\p{Ll}[\p{L}\d'’-]*$/u.test(before) || /^[$£€]?\d[\d.,]*\p{Ll}{0,3}$/u.test(before);
    // ("A group of motorcyclists ride past the Trans-Alaska pipeline system, operated by BP BP shares slid nearly 2.5%":
    // a name in capitals said twice running ends one piece and opens the next; no sentence writes it twice.)
    const doubled = shape === 'acronym' && before === word.replace(/[’']s$/u, '');
    if (!afterLowerWord && !doubled && !(shape === 'opener' && HEADLINE_PIECE_OPENERS.has(word) && /\p{Ll}$/u.test(before))) continue;
    const piece = words.slice(from, i).map((w) => w.word);
    if (piece.length < 3 || !piece.some((w) => /^\p{Ll}{4,}$/u.test(w) && !HEADLINE_SMALL_WORDS.has(w))) continue;
    if (shape === 'acronym') {
      if (!doubled) {
        wink ??= tagged(first);
        if (!acronymOpensPiece(wink.tags, wink.starts, at)) continue;
      }
    } else if (shape === 'number') {
      if (!/^\p{Ll}/u.test(after)) continue;
    } else if (word === 'A') {
      // ("... how the funnel should work A giant iron funnel ..."; not "a disease of pigs caused by type A influenza
      // viruses" nor "the new influenza A (H1N1) virus": a letter the article writes after the same word elsewhere is a
      // name.)
      if (!/^\p{Ll}/u.test(after) || new RegExp(`(?<![\\p{L}])${escapeStringRegexp(before)}\\s+A(?![\\p{L}])`, 'u').test(rest)) continue;
    } else if (!OPENERS.has(word)) {
      if (!/^\p{Ll}/u.test(after) || after === 'of') continue;
      // (The word written small must be in the rest as it is, unless it has a hyphen: a cheap test before the search.)
      const lower = word.toLowerCase();
      const small = (lower.includes('-') || rest.includes(lower)) && new RegExp(`(?<![\\p{L}-])${lower.replace(/-/g, '[- ]')}(?![\\p{L}-])`, 'u').test(rest);
      if (!small) continue;
      const capitalisedAfterWord = new RegExp(`[\\p{L}\\d,;]\\s+${word}(?![\\p{L}-])`, 'u').test(rest);
      if (capitalisedAfterWord) continue;
    }
    cuts.push({ end: at, next: at });
    from = i;
  }
  if (cuts.length === 0) return sentences;
  const out: Sentence[] = [];
  let start = first.start;
  for (const cut of [...cuts, { end: first.end, next: first.end }]) {
    const piece = trimmed(text, start, cut.end);
    if (piece) out.push(piece);
    start = cut.next;
  }
  return [...out, ...sentences.slice(1)];
}
