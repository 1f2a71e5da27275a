/**
 * `subject-cannot-be-placed:common-noun-that-moved`: a figure that rose, fell or was changed, told with a subject of
 * common nouns only after "the", "a" or "an", and no name, capital, number or owner in the words the title keeps:
 * "The price was last changed", "The taxes rose to 4.4 pct" (Reuters 1987, both judged unreadable: which price,
 * which taxes?). A figure is always someone's: a title that does not say whose is no headline. A currency's name
 * says which figure moved and is left alone ("The dollar rose to 1.8250/60 marks", CURRENCY_NAMES). A phrase the title keeps after the noun is title:placing-phrase's ("The pressure in the well").
 *
 * Why only figures: a title subject of common nouns with no name and no owner is often unplaced in a wire story, which
 * tells of many things, but a story of one spill places its own things by "the" alone ("An oil rig sank", "The cap was
 * mounted on the well", judged placeable in Timeline17; candidates.ts `definiteUnnamed`). A figure that moved is
 * unplaced in any story: its verb (FIGURE_MOVE_VERBS, intransitive; a passive of FIGURE_SET_VERBS, or of
 * LEVEL_CHANGE_VERBS before a figure) tells of an amount, and an amount of no one says nothing
 * (docs/audit/README.md, gate50, tells how the judged wire records showed it).
 *
 * events/ownerless-figure.ts finds an owner for the figure nouns it lists (`title:owner-of-figure`, "USX Corp’s total
 * capital spending fell"); this rule reads what is left, whatever its noun.
 */
import { CURRENCY_NAMES, FIGURE_MOVE_VERBS, FIGURE_SET_VERBS, LEVEL_CHANGE_VERBS } from '../lexicon/events';
import { PLAIN_ARTICLES } from '../lexicon/grammar';
import type { Clause } from '../nlp/clauses';
import type { NounPhrase } from '../nlp/noun-phrases';
import type { TokenTable } from '../nlp/tokens';
import type { TitleRole } from './candidates';
import { figureWithoutOwner } from './ownerless-figure';
import { placingWord } from './placing-words';

/** Is the subject "the", "a" or "an" and common nouns only, with nothing in the title's subject words that names it? */
export function commonNounSubject(t: TokenTable, subject: NounPhrase, tokens: Map<number, TitleRole>, sentenceStart: number): boolean {
  if (subject.pronoun || subject.temporal || subject.properName || subject.names.length) return false;
  // (A bare plural is a market's or a nation's figure as often as not: "Oil prices fell toward $78" (Timeline17).)
  if (subject.determiner < 0 || subject.determiner !== subject.start || !PLAIN_ARTICLES.has(t.norm[subject.start].toLowerCase())) return false;
  if (t.tag[subject.head] !== 'NOUN' || tokens.get(subject.head) !== 'subject') return false;
  // ("The dollar rose to 1.8250/60 marks on Friday": a currency's name says which figure moved.)
  if (CURRENCY_NAMES.has(t.norm[subject.head].toLowerCase())) return false;
  // ("Texaco's lawyers", "its sales": an owner, named or not, is other rules' (`definite-owner`, `title:owner-of-figure`).)
  if (subject.possessor) return false;
  // (A list is `definite-list`'s: "the scientists and federal officials".)
  if (subject.conjuncts.length) return false;
  // ("The Unocal price", "Brent crude prices", "The 1986 provision": a name, a capital or a number among the subject's
  // words says which, as `definiteUnnamed` reads them.)
  for (const [i, role] of tokens) if (role === 'subject' && i !== subject.start && placingWord(t, i)) return false;
  // ("The pressure in the well dropped", "the number of cases had risen to 40": a phrase the title keeps after the head
  // says which, for a reader of the story (title:placing-phrase's); the rule reads only the noun left alone.)
  for (const [i, role] of tokens) if (role === 'subject' && i > subject.head) return false;
  // (The first word is capitalised by the sentence: only its tag says it is a name.)
  if (t.tag[subject.start] === 'PROPN' || t.tag[subject.start] === 'NUM') return false;
  // ("Exxon said that the ratio of debt to capital was cut by 1.6 pct": a figure of ownerless-figure.ts's lists is
  // that file's, which finds its owner, "Exxon Corp’s ratio of debt to capital was cut", or drops it.)
  return figureWithoutOwner(t.text, { start: t.start[subject.start], end: t.end[subject.end - 1] }, sentenceStart) === null;
}

/**
 * Does the clause tell a figure that moved: "rose", "fell", "jumped to" with no object ("Officials increased their
 * estimate" tells what officials did), a passive "was changed", or a passive of LEVEL_CHANGE_VERBS with a figure the
 * title keeps after it ("was cut to 1.55 stg"; "The pipe was cut" is no figure)?
 */
export function figureMoved(t: TokenTable, c: Clause, tokens: Map<number, TitleRole>): boolean {
  const lemma = (t.lemma[c.verb.head] || t.norm[c.verb.head]).toLowerCase();
  if (!c.passive) return FIGURE_MOVE_VERBS.has(lemma) && !c.object;
  if (FIGURE_SET_VERBS.has(lemma)) return true;
  return LEVEL_CHANGE_VERBS.has(lemma) && [...tokens.keys()].some((i) => i > c.verb.head && t.tag[i] === 'NUM');
}
