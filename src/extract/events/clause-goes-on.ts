/**
 * clause-goes-on: a title that stops where its sentence's clause goes on with what the title's last words need. Read
 * on the parse (tags, chunks, the clauses under the title's own), after every other guard of the title's ending
 * (events/title-grammar.ts runs just before): the words are kept when the title has room, else the clause gives no
 * title (no title, no event):
 *
 * - `title:level-keeps-its-figure` / `title-cut:level-without-its-figure`: a level a figure is written at, by a word
 *   of direction and its "at", "to" or "from" ("Alcan Australia ended four cents [down at 1.15 dlrs]", "the dollar was
 *   fixed [lower at 1.8218 marks]"), or by "below" or "above" after the object ("forced BP [below the 330p ...]").
 * - `title:object-keeps-its-participle` / `title-cut:object-without-its-participle`: the "-ing" clause that says what
 *   the title's object was shown or found doing ("One poll showed the Conservatives [leading with 43 pct support]").
 * - `title:place-keeps-its-noun` / `title-cut:place-without-its-noun`: a place written "City, State," before the noun
 *   it modifies ("completed the sale of the Danville[, Va., cable television system]").
 * - `title-cut:modifier-read-as-verb`: a title whose only verb is an "-ed" modifier of the noun after it, the
 *   sentence's verb right after that noun ("U.S. refined production [declined to 117,600 tons]"): no finite verb.
 * - `title:count-keeps-what-of`: a counted noun the sentence goes on to say is "of" something ("announced one [more]
 *   confirmed case [of swine flu]"), when the title has room.
 * - `title-cut:doubled-word`: a title that writes a word twice running as its sentence did ("fell two two cts").
 */
import { DOUBLED_IN_ENGLISH, LEVEL_STATING_VERBS, NOT_DEGREE_WORDS } from '../lexicon/events';
import { SPEECH_VERBS } from '../lexicon/grammar';
import type { Analysis } from '../nlp/analyse';
import type { Clause } from '../nlp/clauses';
import type { NounPhrase } from '../nlp/noun-phrases';
import { type Roles, type TitleHelpers, timeAfter } from './complements';

/** The title's words in order. */
const wordsOf = (tokens: Roles, h: TitleHelpers) => [...tokens.keys()].filter((i) => h.isWord(i)).sort((x, y) => x - y);

/** The tokens [from, to). */
const span = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, q) => from + q);

/** Is the token inside the clause's own pieces (not a clause embedded in it)? */
const ownOf = (c: Clause) => (i: number) => c.pieces.some(([s, e]) => s <= i && i < e);

/** Does the phrase count something: a number among its words? */
const counted = (a: Analysis, np: NounPhrase) => span(np.start, np.end).some((i) => a.tokens.tag[i] === 'NUM');

/**
 * "Alcan NZ last traded at 1.55 NZ dlrs, while Alcan Australia today ended four cents down at 1.15 dlrs" and "The
 * Bundesbank did not intervene as the dollar was fixed lower at 1.8218 marks after 1.8243 yesterday" (Reuters, March and
 * April 1987): "Alcan Australia ended four cents" was judged cut and unfaithful (it reads as ending at four cents), "The
 * dollar was fixed" cut (fixed at what? it reads as repaired). Where the clause goes on right after the title, or past a
 * time, with a word of direction or degree (an adverb, an adjective or a particle: "down", "lower") and an "at", "to"
 * or "from" whose phrase counts something, that is the level the title's verb or amount was at; and "Monday's stock
 * market crash which forced BP below the 330p a share set for the 7.2 billion stg issue" (Reuters, 19 October 1987;
 * "Monday's stock market crash forced BP" judged cut) puts its object "below" or "above" a figure. The phrase is kept
 * when the chunker read it whole and the title has room (`title:level-keeps-its-figure`), else the clause gives no
 * title (`title-cut:level-without-its-figure`).
 */
export function levelKeepsItsFigure(a: Analysis, c: Clause, tokens: Roles, rules: string[], h: TitleHelpers): string | null {
  const t = a.tokens;
  const k = c.sentence;
  const words = wordsOf(tokens, h);
  const last = words[words.length - 1];
  if (last === undefined || last < c.verb.head) return null;
  const own = ownOf(c);
  const at = timeAfter(a, k, last + 1);
  if (at >= a.sentences[k].tokenEnd || tokens.has(at) || !own(at)) return null;
  const nps = a.nounPhrases[k];
  const w = t.norm[at].toLowerCase();
  let phrase: number[] = [];
  let figure: NounPhrase | undefined;
  if (
    (/^(?:down|up|off)$/.test(w) || (/^\p{L}{2,}er$/u.test(w) && !NOT_DEGREE_WORDS.has(w))) &&
    ['ADV', 'ADJ', 'ADP'].includes(t.tag[at]) &&
    /^(?:at|to|from)$/i.test(t.norm[at + 1] ?? '') &&
    own(at + 1)
  ) {
    figure = nps.find((x) => x.preposition === at + 1 && !x.temporal);
    if (figure) phrase = [at, at + 1];
  } else if (/^(?:below|above)$/.test(w) && t.tag[at] === 'ADP' && c.object && last === c.object.end - 1) {
    // (After the object only: "the level of the river rose above 10 metres" is no object's level.)
    figure = nps.find((x) => x.preposition === at && !x.temporal);
    if (figure) phrase = [at];
  }
  if (!figure || !counted(a, figure)) return null;
  const words2 = [...phrase, ...h.core(figure)];
  if (h.whole(figure) && h.fits([...tokens.keys(), ...words2])) {
    for (const i of words2) tokens.set(i, 'phrase');
    rules.push('title:level-keeps-its-figure');
    return null;
  }
  return 'title-cut:level-without-its-figure';
}

/**
 * "One poll out today showed the Conservatives leading with 43 pct support against Labour's 30 pct" (Reuters, 7 April
 * 1987): "One poll showed the Conservatives" was judged cut; what a poll shows, a camera sees or a search finds of its
 * object is what the "-ing" clause right after it says. Where the title ends on its clause's object and a participle
 * clause of the clause's own begins on the next word (no comma between), the participle says what the object was
 * doing: it is kept, cut to what names its phrases, when the title has room (`title:object-keeps-its-participle`). With
 * no room, a verb that states what it shows (LEVEL_STATING_VERBS: "show", "see", "put") says nothing without it, and the
 * clause gives no title (`title-cut:object-without-its-participle`); any other verb's object stands ("released a brief
 * video [showing ...]" is a video released).
 */
export function objectKeepsItsParticiple(a: Analysis, c: Clause, tokens: Roles, rules: string[], h: TitleHelpers): string | null {
  const t = a.tokens;
  const o = c.object;
  if (!o || o.preposition >= 0) return null;
  const words = wordsOf(tokens, h);
  const last = words[words.length - 1];
  if (last === undefined || last !== o.end - 1 || tokens.has(o.end)) return null;
  const x = a.clauses.find((y) => y.parent === c.id && y.kind === 'participial' && y.verb.head === o.end && y.verb.start === o.end);
  if (!x || !/ing$/i.test(t.norm[x.verb.head])) return null;
  // (A participle with nothing after it is a compound's head, title-grammar.ts `compoundKeepsItsHead`.)
  if (x.end <= x.verb.head + 1) return null;
  // ("Roche and the Foundation sued Genetech Inc alleging Genetech's product, Protropin, a human growth hormone,
  // infringed on Hoffman's patent" (Reuters, 2 June 1987): a participle of saying tells a claim, a clause no title
  // writes whole; "sued Genetech Inc alleging Genetech's product" would cut it, and the object stands.)
  const participle = (t.lemma[x.verb.head] || t.norm[x.verb.head]).toLowerCase();
  if (SPEECH_VERBS.has(participle) || SPEECH_VERBS.has(t.norm[x.verb.head].toLowerCase())) return null;
  // (An indefinite object is new to the reader, and its participle says which one: "filed papers seeking to limit its
  // liability" is papers filed. Only a known object, "the", a possessive or a name, is shown doing something.)
  const known = (o.determiner >= 0 && !/^(?:a|an|another|some|no)$/i.test(t.norm[o.determiner])) || !!o.possessor || o.properName !== null;
  const lemma = (t.lemma[c.verb.head] || t.norm[c.verb.head]).toLowerCase();
  const stating = LEVEL_STATING_VERBS.has(lemma);
  if (!known && !stating) return null;
  for (const ids of [h.clauseWords(x), h.clauseShort(x)]) {
    if (!ids.length || !h.fits([...tokens.keys(), ...ids])) continue;
    for (const i of ids) tokens.set(i, 'phrase');
    rules.push('title:object-keeps-its-participle');
    return null;
  }
  return stating ? 'title-cut:object-without-its-participle' : null;
}

/**
 * "Tribune Co said it completed the sale of the Danville, Va., cable television system to Cablevision Industries Ltd
 * Partnership" (Reuters, 13 March 1987): the chunker ended the phrase at the comma after "Danville", and "Tribune Co said
 * it completed the sale of the Danville" was judged cut: a town and its state written "Danville, Va.," before a common
 * noun name where the thing is; the noun is the phrase's head. Where the title ends on a name and the sentence goes on
 * with a comma, one capitalised word, a comma and lower-case nouns, those words are the rest of its phrase: kept when the
 * title has room (`title:place-keeps-its-noun`), else no title (`title-cut:place-without-its-noun`).
 */
export function placeKeepsItsNoun(a: Analysis, c: Clause, tokens: Roles, rules: string[], h: TitleHelpers): string | null {
  const t = a.tokens;
  const words = wordsOf(tokens, h);
  const last = words[words.length - 1];
  if (last === undefined || t.tag[last] !== 'PROPN') return null;
  const end = a.sentences[c.sentence].tokenEnd;
  if (t.norm[last + 1] !== ',' || t.norm[last + 3] !== ',' || t.tag[last + 2] !== 'PROPN' || tokens.has(last + 2)) return null;
  // (A name a determiner opens, "the Danville", "a Danville": the phrase has its noun to come. Not "met in Houston,
  // Texas, oil industry sources said", whose nouns after the commas are the next clause's subject.)
  let first = last;
  while (first > 0 && t.tag[first - 1] === 'PROPN') first--;
  if (first === 0 || t.tag[first - 1] !== 'DET') return null;
  let i = last + 4;
  while (i < end && ['NOUN', 'ADJ'].includes(t.tag[i]) && /^\p{Ll}/u.test(t.norm[i])) i++;
  // (Lower-case words that end on a noun, then no more of the phrase: "cable television system to ...".)
  if (i === last + 4 || t.tag[i - 1] !== 'NOUN' || (i < end && ['NOUN', 'PROPN', 'VERB', 'AUX'].includes(t.tag[i]))) return null;
  const ids = span(last + 1, i);
  if (h.fits([...tokens.keys(), ...ids])) {
    for (const g of ids) tokens.set(g, tokens.get(last) ?? 'object');
    rules.push('title:place-keeps-its-noun');
    return null;
  }
  return 'title-cut:place-without-its-noun';
}

/**
 * "U.S. refined production declined to 117,600 tons in January from 137,400 tons in December" (Reuters, 2 March 1987):
 * the parse took "refined" for the verb and "declined" for a participle of "production", and the title "U.S. refined
 * production" has no verb a reader finds. Where the title's verb is a bare "-ed" word with no auxiliary, right before its
 * object, a noun with no determiner that the title ends on, and a participle clause begins right after that noun with a
 * bare "-ed" verb whose "to", "from" or "by" phrase counts something (a level reached, which no passive participle
 * says), that second verb is the sentence's own and the first a modifier: `title-cut:modifier-read-as-verb`. Only with
 * the subject right before the first and an object that counts nothing, as a noun's modifiers and head stand.
 */
export function modifierReadAsVerb(a: Analysis, c: Clause, tokens: Roles, h: TitleHelpers): string | null {
  const t = a.tokens;
  const o = c.object;
  const v = c.verb.head;
  if (!o || o.preposition >= 0 || o.determiner >= 0 || o.possessor || c.verb.auxiliaries.length || v !== c.verb.start) return null;
  if (!/ed$/i.test(t.norm[v]) || o.start !== v + 1 || counted(a, o)) return null;
  // (The subject right before the verb, as a noun's modifiers stand: "U.S. refined production". Not "Brazil's trade
  // surplus in March totalled only 136 mln dlrs compared to 1.13 billion dlrs", whose object counts.)
  if (!c.subject || c.subject.end !== v) return null;
  const words = wordsOf(tokens, h);
  if (words[words.length - 1] !== o.end - 1) return null;
  const x = a.clauses.find((y) => y.parent === c.id && y.kind === 'participial' && y.verb.start === o.end);
  if (!x || !/ed$/i.test(t.norm[x.verb.head]) || x.verb.head !== o.end) return null;
  const p = x.verb.head + 1;
  if (!/^(?:to|from|by)$/i.test(t.norm[p] ?? '')) return null;
  const np = a.nounPhrases[c.sentence].find((y) => y.preposition === p && !y.temporal);
  return np && counted(a, np) ? 'title-cut:modifier-read-as-verb' : null;
}

/**
 * "Last week, Viacom reported fourth quarter earnings fell two two cts per share from 23 cts" (Reuters, 2 March 1987):
 * the wire doubled a word, and "Viacom reported fourth quarter earnings fell two two cts per share" was judged garbled.
 * A title that writes the same word twice running, as its sentence did, gives no title (`title-cut:doubled-word`); not
 * the words English doubles ("had had", "that that").
 */
export function doubledWord(a: Analysis, tokens: Roles, h: TitleHelpers): string | null {
  const t = a.tokens;
  const words = wordsOf(tokens, h);
  for (let q = 0; q + 1 < words.length; q++) {
    const i = words[q];
    if (words[q + 1] !== i + 1) continue;
    const w = t.norm[i].toLowerCase();
    // (Nor a name: "Sirhan Sirhan", "Boutros Boutros-Ghali".)
    if (t.tag[i] === 'PROPN') continue;
    if (w === t.norm[i + 1].toLowerCase() && /^[\p{L}\p{N}]/u.test(w) && !DOUBLED_IN_ENGLISH.has(w)) return 'title-cut:doubled-word';
  }
  return null;
}

/**
 * "Health officials today announced one more confirmed case of swine flu in Britain, taking the national total to 28"
 * (the Guardian, 2009) gave "Health officials announced one confirmed case": a case of what? A noun counted by a number
 * in the title (its modifiers between: "one more confirmed case", "91 human cases") that the sentence goes on to say is
 * "of" something is told by that phrase, as an amount of money is (title-grammar.ts `amountKeepsWhatItIsOf`): the phrase
 * is kept when it is short and the title has room (`title:count-keeps-what-of`), else the title stands as it is. Not a
 * count of time ("20 years of talks"): a span says how long.
 */
export function countKeepsWhatOf(a: Analysis, c: Clause, tokens: Roles, rules: string[], h: TitleHelpers): string | null {
  const t = a.tokens;
  const k = c.sentence;
  const words = wordsOf(tokens, h);
  const last = words[words.length - 1];
  if (last === undefined || t.tag[last] !== 'NOUN' || t.norm[last + 1]?.toLowerCase() !== 'of' || tokens.has(last + 1)) return null;
  const nps = a.nounPhrases[k];
  const own = nps.find((x) => x.head === last);
  if (!own || own.temporal) return null;
  // (A number in the title within the noun's own modifiers: "one more confirmed case", not "filed 2 suits in a case".)
  let q = last - 1;
  while (q >= last - 4 && q >= 0 && (['ADJ', 'NOUN', 'ADV'].includes(t.tag[q]) || (t.tag[q] === 'VERB' && /ed$/.test(t.norm[q])))) q--;
  // (Nor a year that dates the noun: "reported 1986 earnings [of 2.5 mln dlrs]" counts nothing.)
  if (q < 0 || t.tag[q] !== 'NUM' || !tokens.has(q) || /^(?:1[89]|20)\d\d$/.test(t.norm[q])) return null;
  const np = nps.find((x) => x.preposition === last + 1 && !x.temporal && !x.pronoun);
  for (const what of np
    ? [
        [last + 1, ...h.core(np)],
        [last + 1, ...h.short(np)],
      ]
    : []) {
    if (what.filter((i) => h.isWord(i)).length > 6 || !h.fits([...tokens.keys(), ...what])) continue;
    for (const i of what) tokens.set(i, tokens.get(last) ?? 'object');
    rules.push('title:count-keeps-what-of');
    return null;
  }
  // (No room: the title stands. "Bowne and Co Inc's board authorized the repurchase of up to 1,000,000 shares [of the
  // company's common stock]" and "U.S. health officials confirmed a total of 91 human cases [of H1N1 swine flu]" read
  // whole in their story; a count of things is not an amount of money, which is nothing without what it is of.)
  return null;
}
