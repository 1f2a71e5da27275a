/**
 * object-scope: a title that ends on a figure its verb gave, or on a promise not to act, and leaves out the phrase
 * right after it (past a time) that says how far the figure or the promise goes, claims more than the sentence:
 *
 * - `title:figure-keeps-object-scope`: "BP implemented budget cuts of 25% in 1999 and 2005 at each of its five US
 *   refineries" titled "BP implemented budget cuts of 25%" (the judges: "reads as a company-wide 25% budget cut");
 *   "Mobil bought 73 mln dlrs of crude oil and oil products from China", "The authorities closed 4,000 square miles of
 *   the Gulf to fishing". The object is a figure (a number, not a year, in it or in its "of" phrase); the phrase after
 *   it that says which part of the figure it was (OBJECT_SCOPE_PREPOSITIONS: "to Europe", "from China", "at each of its
 *   five US refineries", a noun phrase or a gerund) is kept when the title has room, else no title
 *   (`title-cut:figure-without-object-scope`): "The Philippines exported 43,540 tonnes of coconut oil worth 11.7 mln
 *   dlrs [to Europe]" gives all its exports to one market. Left alone: a level or a price ("[at $28.74]"), the
 *   subject's own source ("[from its Gulf of Mexico well]"), one thing counted ("a 300 mln dlr loan [from the Japanese
 *   Export-Import Bank]") when there is no room, a range ("from fish to mammals"), and verbs of a figure's move ("rose
 *   4.9 pct [to 1.85 billion dlrs]"), which the rules of levels read.
 * - `title:promise-keeps-limit`: "he agreed in November not to buy stock for 10 years without permission" titled
 *   "Ronald Perelman agreed not to buy stock" (the judges: "turning a conditional standstill into an outright promise").
 *   A negated title keeps the "for" time and the "without", "except" or "until" phrase after it when it has room, else
 *   no title (`title-cut:promise-without-limit`).
 */
import type { Analysis } from '../nlp/analyse';
import type { Clause } from '../nlp/clauses';
import type { NounPhrase } from '../nlp/noun-phrases';
import { FIGURE_MOVE_VERBS, LEVEL_CHANGE_VERBS, OBJECT_SCOPE_PREPOSITIONS, PROMISE_LIMIT_PREPOSITIONS } from '../lexicon/events';
import { NEGATORS, OWNER_PRONOUNS } from '../lexicon/grammar';
import { type TitleHelpers, timeAfter, tryAdd, type Roles } from './complements';

/**
 * Where the words after `at` go on past times: "budget cuts of 25% [in 1999 and 2005] at each of its five US
 * refineries" (a list of years is a time too).
 */
function pastTimes(a: Analysis, k: number, at: number): number {
  const nps = a.nounPhrases[k];
  for (let guard = 0; guard < 4; guard++) {
    let next = timeAfter(a, k, at);
    if (next === at && a.tokens.tag[at] === 'ADP') {
      const t = a.tokens;
      const years = (x: { start: number; end: number }) =>
        Array.from({ length: x.end - x.start }, (_, j) => x.start + j).every((i) => /^(?:1[89]|20)\d\d$/.test(t.norm[i]) || /^(?:and|or|,)$/.test(t.norm[i]));
      const list = nps.find(
        (x) => x.preposition === at && x.start === at + 1 && ((x.conjuncts.length > 0 && x.conjuncts.every((y) => y.temporal)) || years(x)),
      );
      if (list) next = list.end;
    }
    if (next === at) return at;
    at = next;
  }
  return at;
}

/**
 * The ways to write a gerund after `at` ("to fishing"): the verb alone when it has no object ("to fishing after a
 * shrimper pulled up tar balls": what follows is another clause's), else its phrase.
 */
function gerundOptions(g: Clause, at: number, h: TitleHelpers): number[][] {
  if (!g.object) return [Array.from({ length: g.verb.end - g.verb.start }, (_, j) => g.verb.start + j)];
  return [h.clauseWords(g)].map((w) => w.filter((i) => i !== at)).filter((w) => w.length);
}

/**
 * Completes the title with the phrase that limits its figure or its promise, or names why it cannot: null when the
 * title stands (the rule pushed on `rules`), else the rule that sets it aside.
 */
export function completeObjectScope(a: Analysis, c: Clause, tokens: Roles, rules: string[], h: TitleHelpers): string | null {
  const t = a.tokens;
  const k = c.sentence;
  const nps = a.nounPhrases[k];
  const sEnd = a.sentences[k].tokenEnd;
  const words = [...tokens.keys()].filter((i) => h.isWord(i)).sort((x, y) => x - y);
  const last = words[words.length - 1];
  if (last === undefined) return null;
  const lemma = (i: number) => t.lemma[i] || t.norm[i];
  const phraseAt = (p: number) => nps.find((x) => x.start === p + 1 && (x.preposition < 0 || x.preposition === p)) ?? nps.find((x) => x.preposition === p);
  const usable = (np: NounPhrase | undefined): np is NounPhrase => np !== undefined && !np.temporal && !np.pronoun && h.whole(np);
  // (A phrase with its own "of" phrase: "at each [of its five US refineries]".)
  const withOf = (p: number, np: NounPhrase, part: (x: NounPhrase) => number[]): number[] | null => {
    if (t.norm[np.end] !== 'of' || np.end >= sEnd) return [p, ...part(np)];
    const of = phraseAt(np.end);
    if (!usable(of) || part(np).includes(np.end)) return part(np).includes(np.end) ? [p, ...part(np)] : null;
    return [p, ...part(np), np.end, ...part(of)];
  };

  // ("he agreed in November not to buy stock for 10 years without permission": a negated promise with its limits.)
  // (The negation is written into the title later, events/negation.ts: read it from the sentence's words in the title's span.)
  const negated = Array.from({ length: last - c.verb.start }, (_, j) => c.verb.start + j).some((i) => NEGATORS.has(t.norm[i]) && t.norm[i] !== 'no');
  if (negated && tokens.has(c.verb.head)) {
    const limit: number[] = [];
    let i = last + 1;
    while (i < sEnd && t.tag[i] === 'ADP' && PROMISE_LIMIT_PREPOSITIONS.has(t.norm[i])) {
      const np = phraseAt(i);
      if (!np || np.pronoun || !h.whole(np) || np.start !== i + 1) break;
      // ("for 10 years": only a time after "for"; "for a fee" says why.)
      if (t.norm[i] === 'for' && !np.temporal) break;
      limit.push(i, ...h.core(np));
      i = np.end;
    }
    if (limit.length) {
      if (tryAdd(t, tokens, h, [limit])) {
        rules.push('title:promise-keeps-limit');
        return null;
      }
      return 'title-cut:promise-without-limit';
    }
  }

  const o = c.object;
  if (!o || !tokens.has(o.head) || o.end > last + 1 || o.temporal || o.pronoun || o.start < c.verb.end) return null;
  // (The title ends on the object or its own phrases, "73 mln dlrs [of crude oil and oil products]", every word kept
  // and no verb among them.)
  for (let i = o.start; i <= last; i++) if (!tokens.has(i) || t.tag[i] === 'VERB' || t.tag[i] === 'AUX') return null;
  // (A figure: a number inside them, "73 mln dlrs of crude oil", "budget cuts of 25%", "its 60 percent interest".)
  // (The number is the object's own or its "of" phrase's, not a later phrase's: "The WHO chief examined data from eight
  // countries with large numbers of swine flu cases" counts the countries, and says all it claims of the data.)
  const ofEnd = t.norm[o.end] === 'of' ? (phraseAt(o.end)?.end ?? o.end) : o.end;
  let figure = false;
  // (Not a year: "Jones led the 1985 expedition to Everest" counts nothing.)
  for (let i = o.start; i < Math.min(ofEnd, last + 1); i++) if (t.tag[i] === 'NUM' && !/^(?:1[89]|20)\d\d$/.test(t.norm[i])) figure = true;
  if (!figure) return null;
  const verbLemma = lemma(c.verb.head);
  if (FIGURE_MOVE_VERBS.has(verbLemma) || LEVEL_CHANGE_VERBS.has(verbLemma)) return null;
  const at = pastTimes(a, k, last + 1);
  if (at >= sEnd || !OBJECT_SCOPE_PREPOSITIONS.has(t.norm[at])) return null;
  // ("closed 4,000 square miles of the Gulf to fishing": a gerund after the preposition is the scope; the tagger
  // reads that "to" as an infinitive's.)
  const clauses = a.clauses.slice(a.clauseRange[k][0], a.clauseRange[k][1]);
  const gerund = clauses.find((x) => x.verb.start === at + 1 && x.verb.form === 'ing' && x.verb.auxiliaries.length === 0);
  if (t.tag[at] !== 'ADP' && !(gerund && t.norm[at] === 'to')) return null;
  const scope = gerund ? undefined : phraseAt(at);
  // ("a 2009 review of the Gulf of Mexico found 8,332 species from fish to mammals": a range says what kinds, and
  // "from fish" alone is cut.)
  if (scope && t.norm[at] === 'from' && t.norm[scope.end] === 'to') return null;
  // (A phrase that goes on with its own "of" phrase is read whole with it: "at each [of its five US refineries]".)
  const scopeUsable = (x: NounPhrase | undefined): x is NounPhrase => x !== undefined && !x.temporal && ((!x.pronoun && h.whole(x)) || t.norm[x.end] === 'of');
  if (!gerund && (!scopeUsable(scope) || scope.start !== at + 1)) return null;
  if (scope) {
    // ("BP shares closed up 9.5% at 399.4 p", "debt protection costs leaped 106 basis points on Wednesday to 368 basis
    // points": a number after the preposition is a level or a price, not a part.)
    for (let i = scope.start; i < scope.end; i++) if (t.tag[i] === 'NUM') return null;
    // ("BP paid C$1.2 billion for rights to explore three parcels": a phrase that goes on into an infinitive is
    // another rule's to complete.)
    if (t.norm[scope.end] === 'to' && t.tag[scope.end] === 'PART') return null;
    // ("aides to Browner produced two different edits of the executive summary to a report on ...": after a definite
    // "of" phrase the words say which thing that is, not which part of the figure.)
    const of = o.end < last && t.norm[o.end] === 'of' ? phraseAt(o.end) : undefined;
    if (of && of.end === last + 1 && of.determiner >= 0 && t.norm[of.determiner] === 'the') return null;
  }
  const options = scope
    ? // (Whole only: cut short, "a 300 mln dlr loan from the Japanese Export-Import Bank" named another bank, "from
      // Export-Import Bank".)
      [withOf(at, scope, h.core)].filter((x): x is number[] => x !== null)
    : gerundOptions(gerund!, at, h).map((w) => [at, ...w]);
  if (options.length && tryAdd(t, tokens, h, options)) {
    rules.push('title:figure-keeps-object-scope');
    return null;
  }
  // (One thing counted, "a 300 mln dlr loan", or a named place, "in New York": the title is whole without it.)
  const one = o.determiner >= 0 && /^(?:a|an)$/.test(t.norm[o.determiner]);
  if (one || scope === undefined) return null;
  // ("BP's new containment cap system had captured 15,420 barrels from its Gulf of Mexico well": the subject's own
  // thing, "its", says where the figure came from, not which part of it.)
  if (scope.determiner >= 0 && OWNER_PRONOUNS.has(t.norm[scope.determiner])) return null;
  return 'title-cut:figure-without-object-scope';
}
