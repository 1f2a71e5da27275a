/**
 * A subject the parse took from inside a longer phrase, whose title would tell of another thing than the sentence:
 *
 * - `subject:inside-of-phrase`: "The prospect of so much more BP paper in circulation had cut BP shares at 1340 GMT to
 *   824 pence": the phrase before the verb is the object of "of" ("so much" between), the verb's subject is the noun
 *   the "of" hangs on ("the prospect"); "Much more BP paper in circulation had cut BP shares" was false.
 * - `subject:as-a-noun-of`: "concrete deals had not yet been finalised as a result of a one billion dollar accord
 *   signed in Moscow last month": "as a result of" is a preposition, not "as" opening a clause whose subject is "a
 *   result"; an indefinite or bare singular noun right after "as" and followed by "of" ("as a result of", "as part of",
 *   "as a member of") is a role or a cause, and the "-ed" word after its phrase a participle; "A result of a one
 *   billion dollar accord signed in Moscow" has no verb.
 * - `subject:last-conjunct`: "The European Community (EC) and Soviet-led Comecon ended talks here": a subject right
 *   after "and" that ends a noun phrase, in a clause that "and" did not open, is the last member of a coordinated
 *   subject the parse cut; "Soviet-led Comecon ended talks" made one party end talks two ended.
 * - `subject:antecedent-in-ordinal-part`: "for delivery in the fourth year of the U.S.-USSR Grain Supply Agreement,
 *   which began October 1, 1986": a relative after "the fourth year of X" may tell of the year as well as of X (an
 *   ordinal part has its own beginning and end), and the parse cannot tell which; "The U.S.-USSR Grain Supply Agreement
 *   began" on the year's first day was false.
 * - `subject:article-cut-off`: "Harper said a recently appointed special committee ... had received expressions of
 *   interest": a subject the parse began after "a recently" lost its article; the title was garbled.
 * - `subject:after-parenthesis`: "Producers zinc stocks in ... Development (OECD) European countries rose": a subject
 *   begun after a parenthesis inside a longer phrase is that phrase's tail; "European countries rose" was false.
 */
import { ORDINAL_WORDS } from '../lexicon/grammar';
import type { Analysis } from '../nlp/analyse';
import type { Clause } from '../nlp/clauses';
import type { NounPhrase } from '../nlp/noun-phrases';

const ordinal = (w: string) => ORDINAL_WORDS.has(w) || /^\d+(?:st|nd|rd|th)$/.test(w);

export function subjectInsidePhrase(a: Analysis, c: Clause, subject: NounPhrase): string | null {
  const t = a.tokens;
  const first = a.sentences[c.sentence].tokenStart;
  if (c.subjectFrom === 'own') {
    // (Degree words between "of" and the phrase: "of so much more BP paper".)
    let i = subject.start - 1;
    // (Not a question word, which opens a clause of its own: "memories of how SARS started in Hong Kong".)
    while (i > first && i >= subject.start - 2 && t.tag[i] === 'ADV' && !/^(?:wh|how)/.test(t.norm[i])) i--;
    if (i >= first && t.norm[i] === 'of' && t.tag[i] === 'ADP') return 'subject:inside-of-phrase';
    if (
      c.kind === 'adverbial' &&
      c.marker >= 0 &&
      t.norm[c.marker] === 'as' &&
      subject.start === c.marker + 1 &&
      c.verb.auxiliaries.length === 0 &&
      t.norm[subject.head + 1] === 'of' &&
      t.tag[subject.head] === 'NOUN' &&
      (subject.determiner >= 0 ? /^an?$/.test(t.norm[subject.determiner]) : !t.norm[subject.head].endsWith('s'))
    )
      return 'subject:as-a-noun-of';
    // ("Harper said a recently appointed special committee of independent directors had received expressions of
    // interest", Reuters 1987: the parse began the subject after "a recently", and "Harper said appointed special
    // committee ..." was garbled. An article right before adverbs right before the subject is the subject's own, cut off.)
    let j = subject.start - 1;
    while (j > first && j >= subject.start - 2 && t.tag[j] === 'ADV') j--;
    if (j < subject.start - 1 && j >= first && /^(?:a|an|the)$/i.test(t.norm[j]) && t.tag[j] === 'DET') return 'subject:article-cut-off';
    // ("Producers zinc stocks in Organization for Economic Co-operation and Development (OECD) European countries rose
    // to 159,732 tonnes" (Reuters, 19 March 1987) and "more than 100 miles (160 km) of Louisiana's 400-mile (644 km)
    // coast had so far been impacted" (Reuters, 30 May 2010): the parse began the subject after a parenthesis inside a
    // longer phrase, and "European countries rose to 159,732 tonnes" (the stocks rose) and "coast had so far been
    // impacted" were judged false and garbled. A subject with no determiner or possessor right after ")" whose "(" follows
    // a word of a phrase (a noun, a name, an adjective, a number) is the tail of that phrase.)
    if (t.norm[subject.start - 1] === ')' && subject.determiner < 0 && !subject.possessor) {
      let p = subject.start - 2;
      while (p > first && t.norm[p] !== '(' && t.norm[p] !== ')') p--;
      if (p > first && t.norm[p] === '(' && ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(t.tag[p - 1])) return 'subject:after-parenthesis';
    }
    const and = subject.start - 1;
    if (
      and > first &&
      (t.norm[and] === 'and' || t.norm[and] === 'or') &&
      c.marker !== and &&
      c.kind !== 'coordinate' &&
      (t.norm[and - 1] === ')' || a.nounPhrases[c.sentence].some((np) => np.end === and && !np.temporal && !np.pronoun))
    )
      return 'subject:last-conjunct';
  }
  if (c.kind === 'relative' && c.subjectFrom === 'antecedent' && subject.preposition >= 0 && t.norm[subject.preposition] === 'of') {
    const host = a.nounPhrases[c.sentence].find((np) => np.end === subject.preposition);
    if (host && [...host.modifiers, host.head].some((i) => ordinal(t.norm[i]))) return 'subject:antecedent-in-ordinal-part';
  }
  return null;
}

/**
 * A word of the title that mixes digits and letters as no written form does: "3tandard" (a "3" read for "S"), a digit
 * between lower-case letters ("rat1ng"), lower-case letters run into digits ("rating1"). Its pieces between hyphens,
 * slashes and apostrophes are read apart, so "6in-wide", "PS/2s", "DC-10ER's" and "747-SR" stay; an ordinal ("10th"),
 * a decade ("1980s"), a unit ("10bn", "6in") has at most three letters after its digits.
 */
export function garbledDigitWord(word: string): boolean {
  return word.split(/[-–/'’.]/).some((w) => /^\d+\p{Ll}{4,}$/u.test(w) || /\p{Ll}\d+\p{Ll}/u.test(w) || /^\p{L}\p{Ll}{3,}\d+$/u.test(w));
}

/** The text between the spaces around a token, [start, end) its characters: "3tandard" around its token "tandard". */
export function spacedWord(text: string, start: number, end: number): string {
  let s = start;
  let e = end;
  while (s > 0 && !/\s/.test(text[s - 1])) s--;
  while (e < text.length && !/\s/.test(text[e])) e++;
  return text.slice(s, e);
}
