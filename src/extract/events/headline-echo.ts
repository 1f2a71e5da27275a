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
import { HEADLINE_ECHO_COMMON_WORDS, HEADLINE_VERB_PARAPHRASES } from '../lexicon/events';
import { ING_PREPOSITIONS, KIND_PHRASE_PREPOSITIONS, NEGATORS } from '../lexicon/grammar';
import { isLegalSuffix } from '../lexicon/actors';
import { blankTickers } from '../nlp/tickers';
import type { Sentence } from '../types';
import type { TitleRun } from './candidates';

/** Lower-case words of a stretch of text, "BP's" read as "bp", "clean-up" kept whole. */
function wordsOf(s: string): string[] {
  return (s.toLowerCase().match(/[\p{L}\d]+(?:[-'’][\p{L}\d]+)*/gu) ?? []).map((w) => w.replace(/['’]s$/, ''));
}

/**
 * The lines after the headline that events.ts may date by the article's day with no date of their own when the headline
 * tells them (`date:lede-perfect-told-by-headline`): a lede after a caption is the third line.
 */
export const LEDE_LINES = 2;

/** The words of a stretch of text that can say two lines tell one happening: not too common, longer than two letters. */
function contentWords(s: string): string[] {
  return wordsOf(s).filter((w) => !HEADLINE_ECHO_COMMON_WORDS.has(w) && w.length > 2);
}

/**
 * Does the line at [start, end) share a word of its own with the headline line (sentence 0)? The cheap test datable.ts
 * reads before any clause is parsed, and the first condition of `headlineTellsLede` (which asks for such a word of the
 * clause's title in every case): every lede the headline tells passes it, so datable.ts reads every line events.ts may
 * date by it ("The storm has halted the clean-up in the Gulf of Mexico." under "Hurricane Alex halts spill clean-up").
 */
export function echoesHeadline(text: string, headline: { start: number; end: number }, start: number, end: number): boolean {
  const words = new Set(wordsOf(text.slice(headline.start, headline.end)));
  return contentWords(text.slice(start, end)).some((w) => words.has(w));
}

/**
 * Does the headline write the verb's lemma in a form of its own: "hit" in "hits", "wash" in "washes", "close" in
 * "closed", "carry" in "carries", "cap" in "capped"? A stem shorter than three letters is read only as itself: "seed" is
 * not a form of "see", nor "bed" of "be". A word the headline denies (a negator one or two words before it) tells no
 * happening: "UAE says no ban on pork, ... no pork ban" does not tell "Several countries have banned pork imports".
 */
function writesVerb(words: string[], lemma: string): boolean {
  const headline = words.filter((_, i) => !NEGATORS.has(words[i - 1] ?? '') && !NEGATORS.has(words[i - 2] ?? ''));
  if (headline.includes(lemma)) return true;
  const stem = lemma.replace(/e$/, '');
  if (stem.length < 3) return false;
  const last = lemma.slice(-1);
  const y = lemma.endsWith('y') ? lemma.slice(0, -1) : null;
  return headline.some((w) => {
    if (y !== null && (w === `${y}ies` || w === `${y}ied`)) return true;
    if (!w.startsWith(stem)) return false;
    const rest = w.slice(stem.length);
    return /^(?:e?s|e?d|ing)$/.test(rest) || (/[bcdfgklmnprstvz]/.test(last) && (rest === `${last}ed` || rest === `${last}ing`));
  });
}

/**
 * True when the headline line (sentence 0) tells the happening of the clause whose title runs are `title` (in
 * sentence `sentence` > 0): it writes the clause's verb and a word of what follows it, or a word of its subject and two
 * of what follows the verb.
 */
export function headlineTellsLede(
  text: string,
  sentences: Sentence[],
  sentence: number,
  title: TitleRun[],
  lemma: string,
  sayer?: readonly [number, number],
): boolean {
  if (sentence < 1 || sentence > LEDE_LINES || !sentences[0] || !sentences[sentence]) return false;
  if (!echoesHeadline(text, sentences[0], sentences[sentence].start, sentences[sentence].end)) return false;
  const inOrder = wordsOf(text.slice(sentences[0].start, sentences[0].end));
  const headline = new Set(inOrder);
  const content = (runs: TitleRun[]) => new Set(runs.flatMap((r) => contentWords(text.slice(r.start, r.end))));
  const others = content(title.filter((r) => r.role !== 'verb' && r.role !== 'subject'));
  // ("CHRYSLER C SETS STOCK SPLIT, HIGHER DIVIDEND / DETROIT, March 5 - Chrysler Corp said its board declared a
  // three-for-two stock split", Reuters of 5 March 1987: the lede's subject is the sayer's own, "its board" or "it", and
  // a wire headline names the company that did it, not its board; the sayer's own name, not its legal form, counts as a
  // word of the subject. events.ts gives `sayer` only for a subject that is the sayer's "its ...", `date:wire-lede-its-of-sayer`;
  // not for a third party the sayer tells of: "JOHNSON URGES SECURITIES POWERS FOR BANKS" over "Manuel Johnson said the
  // Federal Reserve favored adding securities powers" names the sayer of a view, not a doer.)
  const sayerWords = sayer ? contentWords(text.slice(sayer[0], sayer[1])).filter((w) => !isLegalSuffix(w)) : [];
  const subject = new Set([...content(title.filter((r) => r.role === 'subject')), ...sayerWords]);
  // ("ECUADOR SIGNS 280 MLN DLR IADB LOAN" over "Ecuador signed four loans from the InterAmerican Development Bank",
  // Reuters of 25 March 1987: a headline writes the noun in the singular or plural as its few words allow; a word
  // counts in either number.)
  const inHeadline = (w: string) => headline.has(w) || headline.has(`${w}s`) || (w.length > 4 && w.endsWith('s') && headline.has(w.slice(0, -1)));
  const shared = (ws: Set<string>) => [...ws].filter(inHeadline).length;
  if (writesVerb(inOrder, lemma) && shared(others) >= 1) return true;
  return shared(subject) >= 1 && shared(others) >= 2;
}

/** Small words inside a company's name, left out of its initials or kept: "Department of Transportation", DOT or DT. */
const NAME_LINK_WORDS = new Set(['of', 'and', 'for']);

/**
 * Does a wire headline name the company a subject names, by a word of its name, by its initials ("TWA" for "Trans World
 * Airlines", "IBM" for "International Business Machines Corp", "DOT" for "The Department of Transportation") or by two
 * of its words written as one ("BANKAMERICA" for "Bank America Corp")? Its legal form and "the" are no part of it.
 */
function headlineNames(name: string, headline: Set<string>): boolean {
  const words = wordsOf(name).filter((w) => w !== 'the' && !isLegalSuffix(w));
  if (contentWords(name).some((w) => !isLegalSuffix(w) && headline.has(w))) return true;
  const initials = (ws: string[]) => ws.map((w) => w[0]).join('');
  const capitalised = words.filter((w) => !NAME_LINK_WORDS.has(w));
  if (capitalised.length >= 2 && (headline.has(initials(capitalised)) || headline.has(initials(words)))) return true;
  return words.some((w, i) => i + 1 < words.length && headline.has(w + words[i + 1]));
}
/**
 * "TWA MAKES MERGER OFFER FOR USAIR / NEW YORK, March 3 - Trans World Airlines said it has proposed a cash merger of USAir
 * Group with TWA ...", "CHEVRON LAUNCHES PLATFORM OFF CALIFORNIA / ... Chevron Corp's Chevron U.S.A. Inc said it has
 * begun the installation of an oil drilling platform", "SOUTHMARK ACQUIRES 28 NURSING HOMES / ... Southmark Corp said it
 * acquired 28 long-term care facilities" (Reuters, 1987): a wire headline tells its lede's deed in other words, a verb of
 * its own for the lede's ("makes ... offer" for "proposed", lexicon `HEADLINE_VERB_PARAPHRASES`) and the company by a
 * word, its initials or its words run together. It tells the same happening when it names the clause's subject (or
 * `sayer`, whose "its ..." the subject is), writes the clause's verb or one the lexicon gives for it, and, for a verb of
 * its own, a word of what follows the verb in the title; the title must keep an object. A word the headline denies
 * tells nothing ("USAIR HAS NO COMMENT ON TWA OFFER"). events.ts `date:wire-lede-told-by-headline-paraphrase`.
 */
export function headlineParaphrasesLede(
  text: string,
  sentences: Sentence[],
  sentence: number,
  title: TitleRun[],
  lemma: string,
  sayer?: readonly [number, number],
): boolean {
  if (sentence < 1 || sentence > LEDE_LINES || !sentences[0] || !sentences[sentence]) return false;
  if (!title.some((r) => r.role === 'object')) return false;
  const inOrder = wordsOf(text.slice(sentences[0].start, sentences[0].end));
  const headline = new Set(inOrder);
  const affirmed = inOrder.filter((_, i) => !NEGATORS.has(inOrder[i - 1] ?? '') && !NEGATORS.has(inOrder[i - 2] ?? ''));
  if (affirmed.length < inOrder.length) return false;
  const written = writesVerb(inOrder, lemma);
  if (!written && !inOrder.some((w) => HEADLINE_VERB_PARAPHRASES.get(w)?.includes(lemma))) return false;
  const names = [...title.filter((r) => r.role === 'subject').map((r) => text.slice(r.start, r.end)), ...(sayer ? [text.slice(sayer[0], sayer[1])] : [])];
  if (!names.some((n) => headlineNames(n, headline))) return false;
  if (written) return true;
  const inHeadline = (w: string) => headline.has(w) || headline.has(`${w}s`) || (w.length > 4 && w.endsWith('s') && headline.has(w.slice(0, -1)));
  return title.filter((r) => r.role !== 'verb' && r.role !== 'subject').some((r) => contentWords(text.slice(r.start, r.end)).some(inHeadline));
}

/**
 * "ISRAELI JETS RAID SOUTH LEBANON / SIDON, Lebanon, March 23 - Israeli jets bombed Palestinian targets in south
 * Lebanon for the second time in four days, Lebanese security sources said", Reuters of 23 March 1987; "TURKEY LIFTS
 * SURVEY SHIP ESCORT AS TENSION ABATES / ANKARA, March 29 - Turkey pulled warships back from close escort of its
 * Sismik 1 survey ship": a wire headline tells its lede in its own words, another verb ("raid" for "bombed", "lifts"
 * for "pulled ... back") and the place or thing from the lede's phrases the title leaves out. It tells the same
 * happening when it writes a word of the clause's subject and two more of the words after its verb in `spans`
 * (events.ts passes the clause's own words and the non-finite clauses that hang on it), as `headlineTellsLede` asks
 * of the title's words (events.ts `date:wire-lede-told-by-headline-words`, for a deed told in the lede; a saying "X
 * said it ..." still needs the title's own words in the headline). The title must keep an object: "Bankers Trust New
 * York Corp filed with the Securities and Exchange Commission" (for a shelf offering) says not what was done.
 */
export function headlineTellsLedeInItsWords(
  text: string,
  sentences: Sentence[],
  sentence: number,
  title: TitleRun[],
  spans: ReadonlyArray<readonly [number, number]>,
): boolean {
  if (sentence < 1 || sentence > LEDE_LINES || !sentences[0] || !sentences[sentence]) return false;
  if (!echoesHeadline(text, sentences[0], sentences[sentence].start, sentences[sentence].end)) return false;
  const verb = title.find((r) => r.role === 'verb');
  const subject = title.filter((r) => r.role === 'subject');
  if (!verb || !subject.length || !title.some((r) => r.role === 'object')) return false;
  const headline = new Set(wordsOf(text.slice(sentences[0].start, sentences[0].end)));
  const inHeadline = (w: string) => headline.has(w) || headline.has(`${w}s`) || (w.length > 4 && w.endsWith('s') && headline.has(w.slice(0, -1)));
  if (!subject.some((r) => contentWords(text.slice(r.start, r.end)).some(inHeadline))) return false;
  const after = new Set(spans.flatMap(([a, b]) => (b <= verb.end ? [] : contentWords(text.slice(Math.max(a, verb.end), b)))));
  return [...after].filter(inHeadline).length >= 2;
}

/**
 * "MANILA, April 8 - Anheuser-Busch Companies Inc BUD.N has joined several other foreign bidders for sequestered shares
 * of ... San Miguel Corp", "KUWAIT, June 1 - The Kuwait Central Bank kept its window for funds to the domestic interbank
 * deposit market shut", "Mines and Energy Minister Subroto confirmed Indonesian support for an extension of the sixth
 * International Tin Agreement", "Salomon Inc has lowered its investment ratings on all U.S. money center banks",
 * "Goldman Sachs International Corp received forged bonds of a unit of Exxon Corp": the title stops at a noun whose
 * phrase goes on, with no comma, into what the noun is for, on or of ("bidders" for what, "support" for what, "ratings"
 * on whom, "a unit" of what), or into more of a name. Read alone it says not what was done; a lede dated by its headline
 * alone (events.ts `date:wire-lede-told-by-headline-words`, `date:wire-lede-present-perfect`) is then left undated,
 * `date:wire-lede-title-cut-before-complement`. Not a phrase of a figure or year ("a mildly expansionary budget for
 * 1987/88"), nor one after a comma or of another preposition ("has raised its takeover offer for Dome Petroleum Ltd to
 * 5.5 billion", "settled an administrative complaint by the Securities and Exchange Commission by agreeing to ...").
 */
export function titleCutBeforeComplement(text: string, title: TitleRun[], sentenceStart: number, sentenceEnd: number): boolean {
  if (!title.length) return false;
  const end = Math.max(...title.map((r) => r.end));
  // (A wire ticker after a company's name is no more of the name: "Exxon Corp XON in a trade".)
  const rest = blankTickers(text.slice(sentenceStart, sentenceEnd)).slice(end - sentenceStart);
  const next = /^ ([\p{L}][\p{L}\d'’-]*)/u.exec(rest);
  if (!next) return false;
  // (More of a name: "... announced programs to support Macintosh II and Macintosh" of "Macintosh SE computers".)
  if (/^\p{Lu}/u.test(next[1])) return true;
  const word = next[1].toLowerCase();
  // (A participle that says which of them: "LAGOS, March 22 - Nigeria's Central Bank has changed the rules governing its
  // foreign exchange auctions in what analysts see as a means of defending the naira currency", Reuters of 22 March
  // 1987, judged false as "Nigeria's Central Bank has changed the rules". Not an -ing preposition, "following".)
  if (word.length > 5 && word.endsWith('ing') && !ING_PREPOSITIONS.has(word)) return true;
  // ("of": the phrase that says whose or of what the noun is, "forged bonds of a unit" of Exxon Corp. Not "with", which
  // tells as often how the deed was done: "Turkey has announced a tender to import 100,000 tonnes of white crystal sugar
  // with an advertisement in local newspapers".)
  if ((!KIND_PHRASE_PREPOSITIONS.has(word) || word === 'with') && word !== 'of') return false;
  return !/^\s*[\d(]/.test(rest.slice(next[0].length));
}
