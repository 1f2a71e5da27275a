/**
 * figure-scope: "West German exports to Latin America declined by 4.1 pct in 1986", "World trade in manufactures grew
 * by only three pct", "New York coffee futures for May delivery settled 2.29 cents lower", "South Korea's trade deficit
 * with Japan ... rose to 752 mln dlrs": a figure the verb gives belongs to what the whole subject names, its
 * prepositional phrase included. Cut to "West German exports declined by 4.1 pct", "World trade grew by only three
 * pct", the title gives the figure to all exports, all world trade, every coffee delivery (Reuters first look: four
 * records unfaithful). The phrase between the subject's head and its verb stays in every form of the title
 * (`title:figure-keeps-subject-phrase`); a phrase the title cannot write (a pronoun, "its", a time) leaves no title
 * (`title-cut:figure-without-its-scope`).
 */
import type { Analysis } from '../nlp/analyse';
import type { Clause } from '../nlp/clauses';
import { type NounPhrase, rateMarker } from '../nlp/noun-phrases';
import { HEDGEABLE_QUANTIFIERS, QUANTIFIER_HEDGES, SAYING_VERBS } from '../lexicon/events';

/** Prepositions whose phrase after a subject says who did what, or is the subject's own "of" phrase: read elsewhere. */
const NOT_SCOPE = new Set(['of', 'by', 'according', 'as', 'like', 'than', 'including', 'despite']);

const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'whether', 'if', 'when', 'while', 'as']);

/** Does the clause give a figure after its verb ("rose 20 pct", "declined by 4.1 pct", "rose to 752 mln dlrs")? */
function figureAfterVerb(a: Analysis, c: Clause): boolean {
  const t = a.tokens;
  // (The verb's own figure, before another verb or a comma: not "allowed Iran's output to reach 2.2 mln bpd", the
  // figure of the infinitive's verb.)
  for (let i = c.verb.end; i < c.end; i++) {
    if (t.tag[i] === 'NUM') return true;
    // (Nor past "that": "Officials at the National Oceanic and Atmospheric Administration reported this week that four of
    // the whale sharks ... had been spotted" counts the sharks of the clause reported.)
    if (t.tag[i] === 'VERB' || t.tag[i] === 'AUX' || t.tag[i] === 'PART' || t.tag[i] === 'SCONJ' || t.norm[i] === ',' || CLAUSE_OPENERS.has(t.norm[i]))
      return false;
  }
  return false;
}

/**
 * The words of the phrase that limits what the figure is of ("to Latin America"), to be kept with the subject; [] when
 * there is none; null when there is one the title cannot write, and so no title. `from` is where the subject's words end
 * (past an "of" phrase kept already).
 */
export function figureScope(a: Analysis, c: Clause, subject: NounPhrase, from: number, rules: string[]): number[] | null {
  const t = a.tokens;
  const prep = from;
  // ("South Korea's trade deficit with Japan was a record 5.45 billion dlrs in 1986, and rose to 752 mln dlrs": a shared
  // subject runs up to its first verb.)
  let owner = c;
  while (owner.subjectFrom === 'shared' && owner.conjunctOf >= 0 && a.clauses[owner.conjunctOf].subject === subject) owner = a.clauses[owner.conjunctOf];
  const verbStart = owner.verb.start;
  if (prep >= verbStart || t.tag[prep] !== 'ADP' || NOT_SCOPE.has(t.norm[prep])) return [];
  if (subject.pronoun || !figureAfterVerb(a, c)) return [];
  const nps = a.nounPhrases[c.sentence];
  const np = nps.find((x) => x.start === prep + 1);
  if (!np) return [];
  // (Only a phrase that runs up to the verb, adverbs aside: "exports to Latin America declined".)
  // ("West german aid to Bolivia last year totalled 50 mln marks" (Reuters, March 1987): a time between them too; the
  // title "West german aid totalled 50 mln marks" gave the aid to Bolivia to all West German aid (the judges: unfaithful).)
  for (let i = np.end; i < verbStart; i++) {
    const time = nps.find((x) => x.start === i && x.temporal && x.preposition < 0 && x.end <= verbStart);
    if (time) i = time.end - 1;
    else if (t.tag[i] !== 'ADV') return [];
  }
  // ("Saudi output in the first eight days of March averaged ...": a time says when, the date's business.)
  // ("Unleaded gasoline for April finished 0.55 cent higher": a month after "for" is a contract's, which gasoline.)
  if (np.temporal && t.norm[prep] !== 'for') return [];
  const possessivePronoun = np.determiner >= 0 && /^(?:its|their|his|her)$/.test(t.norm[np.determiner]);
  if (np.pronoun || possessivePronoun) {
    rules.push('title-cut:figure-without-its-scope');
    return null;
  }
  rules.push('title:figure-keeps-subject-phrase');
  return Array.from({ length: np.end - prep }, (_, k) => prep + k);
}

/**
 * "Virtually all Latin American leaders backed Brazil's suspension of interest payments": the adverb before a quantifier
 * that opens the subject is the quantifier's; without it "All Latin American leaders backed ..." says more than the
 * sentence (Reuters first look: unfaithful). The adverb's index, to be kept with the subject (`title:subject-keeps-hedge`),
 * or -1.
 */
export function subjectHedge(a: Analysis, subject: NounPhrase, rules: string[]): number {
  const t = a.tokens;
  const before = subject.start - 1;
  if (before < a.sentences.find((s) => s.tokenStart <= subject.start && subject.start < s.tokenEnd)!.tokenStart) return -1;
  if (!HEDGEABLE_QUANTIFIERS.has(t.norm[subject.start]) || !QUANTIFIER_HEDGES.has(t.norm[before])) return -1;
  rules.push('title:subject-keeps-hedge');
  return before;
}

/**
 * "The current benchmark price of 18 dlrs a barrel was established by the Organization of Petroleum Exporting Countries":
 * "a barrel" right after an amount ("18 dlrs") is the amount's unit, "per barrel", never a subject; the parse took it for
 * the verb's and wrote "A barrel was established by ..." (Reuters first look: unfaithful). No title
 * (`title-cut:subject-is-rate-unit`).
 */
export function rateUnitSubject(a: Analysis, subject: NounPhrase): boolean {
  const t = a.tokens;
  if (subject.determiner !== subject.start || !rateMarker(t.norm[subject.start]) || subject.head !== subject.start + 1) return false;
  const unit = subject.start - 1;
  return unit >= 1 && (t.tag[unit] === 'NOUN' || t.tag[unit] === 'SYM') && t.tag[unit - 1] === 'NUM';
}

/**
 * "The government said on Friday that department store and supermarket sales rose 7.5 pct in May": the parse read
 * "that department store" as what was said and "and supermarket sales rose" as a clause of its own, and "Supermarket
 * sales rose 7.5 pct" gave the figure of both kinds of store to one (Reuters first look: unfaithful). A bare noun said,
 * right before "and" and a subject of bare nouns, is the first half of that subject: its words ("department store and")
 * lead the subject (`title:subject-joined-across-and`), or [].
 */
export function subjectLeadAcrossAnd(a: Analysis, c: Clause, rules: string[]): number[] {
  const t = a.tokens;
  const s = c.subject;
  if (c.kind !== 'coordinate' || c.marker < 0 || t.norm[c.marker] !== 'and' || c.subjectFrom !== 'own' || !s || s.start !== c.marker + 1) return [];
  if (c.conjunctOf < 0 || s.determiner >= 0 || s.possessor || t.tag[s.start] !== 'NOUN' || t.tag[s.head] !== 'NOUN') return [];
  const p = a.clauses[c.conjunctOf];
  const said = p.object;
  if (!said || said.end !== c.marker || !SAYING_VERBS.has(t.lemma[p.verb.head] || t.norm[p.verb.head])) return [];
  if (said.possessor || said.properName || said.names.length || said.conjuncts.length) return [];
  const from = said.determiner === said.start && t.norm[said.start] === 'that' ? said.start + 1 : said.start;
  if (said.determiner >= 0 && from === said.start) return [];
  for (let i = from; i < said.end; i++) if (t.tag[i] !== 'NOUN') return [];
  rules.push('title:subject-joined-across-and');
  return Array.from({ length: c.marker + 1 - from }, (_, k) => from + k);
}
