/**
 * Titles whose subject or object loses the words that said which or how much (the judges fail each as unfaithful
 * or garbled). Four shapes, each read from the parse, not from words:
 *
 * - `subject-cannot-be-placed:inside-dashes`: the subject lies between a pair of dashes, an insertion, and the verb
 *   after the closing dash is the sentence's: "the one piece of good news -- the huge oil slick remains offshore -- was
 *   framed by ominous forecasts" made "The huge oil slick remains was framed by ominous forecasts" (the parse read
 *   "remains" as a noun; the subject is the phrase before the dash). An apposition that fills the dashes stays.
 * - `subject-cannot-be-placed:cut-from-conjunct`: the subject opens right after "and" or "or" that follows a noun,
 *   and no verb stands between the sentence's start and it: the subject is the second half of a coordinated phrase
 *   the parse split, "Nearly 60 pelican chicks and more than 600 adults were brought to Fort Jackson" made "More than
 *   600 adults were brought ..." (adults of what?).
 * - `subject-cannot-be-placed:restrictive-relative`: a relative clause's title whose antecedent is a bare plural of a
 *   place's people with no comma before "who" or "that": "quarantine Hong Kong people who were exposed to the SARS
 *   virus" made "Hong Kong people were exposed to the SARS virus", a claim about all of them; the relative said which.
 * - `scope-left-out:one-of-several`: the words past the title end in an apposition after a dash, "- one of three
 *   ...", which says the title's thing is a part: "BP successfully stops the flow of oil from the end of the drilling
 *   pipe - one of three leak points" made "BP stops the flow of oil", a total claim.
 * - `title-cut:noun-before-its-infinitive`: the title ends on an object or agent whose noun is about its infinitive
 *   (WILLINGNESS_NOUNS: "the need", "the inability"), and leaves that infinitive out: "the UK had been partly
 *   motivated by the need to secure fresh oil contracts" made "The UK had been partly motivated by the need".
 */
import type { Analysis } from '../nlp/analyse';
import type { Clause } from '../nlp/clauses';
import { PLACE_PEOPLE_NOUNS, WILLINGNESS_NOUNS } from '../lexicon/events';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../lexicon/time';
import type { TitleRole } from './candidates';
import { DASHES } from '../nlp/tokens';

export type ScopeLeftOutRule =
  | 'subject-cannot-be-placed:inside-dashes'
  | 'subject-cannot-be-placed:cut-from-conjunct'
  | 'subject-cannot-be-placed:restrictive-relative'
  | 'scope-left-out:one-of-several'
  | 'title-cut:noun-before-its-infinitive';

const dateName = (w: string) => Object.hasOwn(WEEKDAY_NAMES, w) || Object.hasOwn(MONTH_NAMES, w);
const isVerb = (tag: string) => tag === 'VERB' || tag === 'AUX';

/** The rule the title meets, or null. */
export function scopeLeftOut(a: Analysis, c: Clause, tokens: Map<number, TitleRole>): ScopeLeftOutRule | null {
  const t = a.tokens;
  const sentenceStart = a.sentences[c.sentence].tokenStart;
  const sentenceEnd = a.sentences[c.sentence].tokenEnd;
  const s = c.subject;
  if (s && c.subjectFrom === 'own' && tokens.has(s.head)) {
    // (The title's first word of the subject: "More than" before "600 adults" is kept, `title:approximation-kept`.)
    const first = Math.min(s.start, ...[...tokens].filter(([i, role]) => role === 'subject' && i >= sentenceStart).map(([i]) => i));
    const before = t.norm[first - 1];
    const noVerbBefore = (to: number) => Array.from({ length: to - sentenceStart }, (_, k) => t.tag[sentenceStart + k]).every((tag) => !isVerb(tag));
    // (Both dashes: a dateline's dash, "NEW ORLEANS -- Officials closed ...", has none before the verb.)
    if (
      first > sentenceStart &&
      DASHES.has(before) &&
      s.end < c.verb.start &&
      // (Words between the phrase and the closing dash: the insertion is a clause, "the huge oil slick remains offshore";
      // an apposition that fills the dashes names the phrase before them, "Ms Holt's top flood response official -
      // Admiral Tom Reed - closed the harbour", and is the subject.)
      !DASHES.has(t.norm[s.end]) &&
      Array.from({ length: c.verb.start - s.end }, (_, k) => t.norm[s.end + k]).some((w) => DASHES.has(w))
    )
      return 'subject-cannot-be-placed:inside-dashes';
    if ((before === 'and' || before === 'or') && first - 2 >= sentenceStart && ['NOUN', 'PROPN'].includes(t.tag[first - 2]) && noVerbBefore(first))
      return 'subject-cannot-be-placed:cut-from-conjunct';
  }
  if (
    c.kind === 'relative' &&
    c.subjectFrom === 'antecedent' &&
    s &&
    c.marker > sentenceStart &&
    (t.norm[c.marker] === 'who' || t.norm[c.marker] === 'that') &&
    t.norm[c.marker - 1] !== ',' &&
    s.end === c.marker &&
    s.determiner < 0 &&
    s.possessor === null &&
    s.conjuncts.length === 0 &&
    t.tag[s.head] === 'NOUN' &&
    // (Only a place's people, and only a passive or state relative, "who were exposed": "Investors sold Tokyo shares
    // that rose sharply on Friday" and "The minister met French farmers who blocked roads on Monday" are dated events
    // of their own.)
    PLACE_PEOPLE_NOUNS.has(t.norm[s.head]) &&
    (t.tag[c.verb.start] === 'AUX' || c.passive) &&
    // (A place's name, not a day's: "BP said Wednesday mud that was forced down its blown-out well was holding back
    // the flow" is the mud BP forced down.)
    s.names.some(([from, to]) => from < s.head && Array.from({ length: to - from }, (_, k) => t.norm[from + k]).every((w) => !dateName(w))) &&
    !s.modifiers.some((i) => t.tag[i] === 'NUM')
  )
    return 'subject-cannot-be-placed:restrictive-relative';
  const ids = [...tokens.keys()];
  const last = Math.max(...ids);
  for (const np of [c.object, c.agent]) {
    if (!np || np.end - 1 !== last || !tokens.has(np.head) || !WILLINGNESS_NOUNS.has(t.lemma[np.head] || t.norm[np.head])) continue;
    const clauses = a.clauses.slice(a.clauseRange[c.sentence][0], a.clauseRange[c.sentence][1]);
    if (clauses.some((x) => x.kind === 'infinitive' && x.start === np.end && t.norm[x.start] === 'to' && !tokens.has(x.verb.head)))
      return 'title-cut:noun-before-its-infinitive';
  }
  for (let i = last + 1; i + 2 < sentenceEnd; i++) {
    if (isVerb(t.tag[i])) break;
    if (!DASHES.has(t.norm[i]) && t.norm[i] !== ',') continue;
    // (A dash and a count only: "a crane lifted the new box from the deck of the Viking Poseidon, one of the more than
    // a dozen boats helping ..." says which boat, and the title's box is whole.)
    // (Only when words were cut before the dash: "The army captured the airport - one of two in the city - on
    // Tuesday" says which airport, and the title is whole.)
    if (DASHES.has(t.norm[i]) && i > last + 1 && t.norm[i + 1] === 'one' && t.norm[i + 2] === 'of' && i + 3 < sentenceEnd && t.tag[i + 3] === 'NUM')
      return 'scope-left-out:one-of-several';
    break;
  }
  return null;
}
