/**
 * cut-heads: a title whose last or first phrase stops before its own head noun, or before the figure or phrase that
 * its last modifier opens. Read after the other completions, before the endings (events/endings.ts). The words are
 * added when the title has room, else the clause gives no title (a cut phrase reads as broken):
 *
 * - `title:subject-compound-head-kept`: a noun's -ing head the tagger read as a verb, right before the clause's own verb
 *   ("Cargo handling resumed at Bangladesh's Chittagong port"; "Cargo resumed" says what did not).
 * - `title:modifiers-keep-their-noun`: "a" and a measure of money or size before a comma are modifiers of the noun
 *   after more of them ("Dow Chemical Co has launched a 200 mln Swiss franc, 12-year bond");
 *   `title-cut:modifier-without-noun`.
 * - `title:participle-keeps-its-phrase`: a participle after its noun keeps the phrase it opens ("The drought reduced
 *   total national areas sown with paddy"); `title-cut:participle-without-its-phrase`.
 * - `title:quote-pair-kept`: a pair of figures quoted as one, "6-1/4, 5-3/4 pct", is kept whole;
 *   `title-cut:quote-pair-cut`.
 * - `title:place-without-noun-left-out`: a place phrase of adjectives with no noun ("on beaches in western Cuban") is
 *   left out; `title-cut:adjective-without-noun` when the title's own verb needs it.
 */
import { COUNTRIES } from '../lexicon/countries';
import type { Analysis } from '../nlp/analyse';
import type { Clause } from '../nlp/clauses';
import { Flag } from '../nlp/tokens';
import { type TitleHelpers, tryAdd, type Roles } from './complements';
import { MONEY_WORDS } from './endings';

/** Every country's demonym, in lower case ("cuban", "north korean"): an adjective that stands before a noun. */
export const DEMONYMS = new Set(COUNTRIES.flatMap((x) => x.demonyms.map((d) => d.toLowerCase())));

/**
 * Completes the title's cut phrase, or names why it cannot: null when the title stands (the rule pushed on `rules`),
 * else the rule that sets it aside.
 */
export function completeCutHeads(a: Analysis, c: Clause, tokens: Roles, rules: string[], h: TitleHelpers): string | null {
  const t = a.tokens;
  const k = c.sentence;
  const nps = a.nounPhrases[k];
  const sEnd = a.sentences[k].tokenEnd;
  const range = (s: number, e: number) => Array.from({ length: Math.max(0, e - s) }, (_, q) => s + q);

  // ("CHITTAGONG, March 12 - Cargo handling resumed at Bangladesh's Chittagong port today after 7,000 workers ended their
  // three day walk-out", Reuters 1987: a one-word subject, an -ing word and then the clause's verb with nothing between:
  // the -ing word is the head of the subject, "cargo handling", which two finite verbs in a row cannot be; "Cargo
  // resumed" was judged broken.)
  const subject = c.subject;
  if (subject && tokens.get(subject.head) === 'subject' && subject.start === subject.head && subject.end === subject.head + 1) {
    const g = subject.end;
    const verbStart = c.verb.auxiliaries.length ? Math.min(c.verb.start, ...c.verb.auxiliaries) : c.verb.start;
    if (
      g + 1 === verbStart &&
      !tokens.has(g) &&
      t.tag[g] === 'VERB' &&
      /[a-z]{2}ing$/.test(t.norm[g]) &&
      (t.flags[g] & Flag.CAPITALISED) === 0 &&
      (t.tag[subject.head] === 'NOUN' || t.tag[subject.head] === 'PROPN') &&
      !/s$/.test(t.norm[subject.head])
    ) {
      tokens.set(g, 'subject');
      rules.push('title:subject-compound-head-kept');
    }
  }

  const words = [...tokens.keys()].filter((i) => h.isWord(i)).sort((x, y) => x - y);
  const last = words[words.length - 1];
  if (last === undefined) return null;
  const at = last + 1;
  if (at >= sEnd || tokens.has(at)) return null;
  const np = nps.find((x) => x.start <= last && x.end === at && !x.temporal && !x.pronoun);

  // ("ZURICH, March 2 - Dow Chemical Co has launched a 200 mln Swiss franc, 12-year bond with a 4-3/4 pct coupon",
  // Reuters 1987: "a" before a number of many is no article of the number's unit, which is singular after it: the unit
  // and the words after the comma modify one noun, "bond"; "has launched a 200 mln Swiss franc" was judged cut off.
  // Without room for all, the noun alone after the first: "a 200 mln Swiss franc bond".)
  if (np && np.determiner >= 0 && /^an?$/.test(t.norm[np.determiner]) && t.norm[at] === ',' && last === np.head) {
    const number = range(np.determiner + 1, last).some((i) => t.tag[i] === 'NUM' && !/^(?:one|1)$/.test(t.norm[i]));
    const unit = MONEY_WORDS.test(t.norm[last]) || /^(?:dlr|stg|franc|mark|yen|ton|tonne|barrel|year|month|day|mile|foot|acre)$/.test(t.norm[last]);
    const after = nps.find((x) => x.start === at + 1 && x.preposition < 0 && !x.temporal && !x.pronoun && x.determiner < 0);
    if (number && unit && after && t.tag[after.head] === 'NOUN') {
      const modifiers = range(after.start, after.head);
      if (modifiers.length && modifiers.every((i) => ['NUM', 'ADJ', 'NOUN', 'PUNCT'].includes(t.tag[i]))) {
        if (tryAdd(t, tokens, h, [range(at, after.head + 1), [after.head]])) {
          rules.push('title:modifiers-keep-their-noun');
          return null;
        }
        return 'title-cut:modifier-without-noun';
      }
    }
  }

  // ("It said last November that the drought reduced total national areas sown with paddy to some 8.25 mln hectares",
  // Reuters 1987: a participle after its noun says which only with the phrase it opens; "reduced total national
  // areas sown" was judged cut off.)
  if (np && last > np.head && t.tag[np.head] === 'NOUN' && (t.tag[last] === 'ADJ' || t.tag[last] === 'VERB') && /(?:ed|[wn]n|en)$/.test(t.norm[last])) {
    const phrase = t.tag[at] === 'ADP' ? nps.find((x) => x.preposition === at) : undefined;
    if (phrase?.temporal) return null;
    if (phrase && !phrase.pronoun && h.whole(phrase)) {
      if (
        tryAdd(t, tokens, h, [
          [at, ...h.core(phrase)],
          [at, ...h.short(phrase)],
        ])
      ) {
        rules.push('title:participle-keeps-its-phrase');
        return null;
      }
      return 'title-cut:participle-without-its-phrase';
    }
  }

  // ("Spot-next and one-week rates were put at 6-1/4, 5-3/4 pct after quotes ranging between seven, six yesterday",
  // Reuters 1987: two figures a comma joins, the unit after the second, are one quote (bid and offer); "were put at
  // 6-1/4" was judged cut off and unfaithful.)
  if (t.tag[last] === 'NUM' && t.norm[at] === ',' && t.tag[at + 1] === 'NUM' && at + 2 < sEnd && /^(?:pct|percent|%)$/.test(t.norm[at + 2])) {
    if (tryAdd(t, tokens, h, [[at, at + 1, at + 2]])) {
      rules.push('title:quote-pair-kept');
      return null;
    }
    return 'title-cut:quote-pair-cut';
  }

  // ("Red flags went up on beaches in western Cuban this week", Timeline17, Reuters: an adjective of place and a
  // demonym with no noun after them name no place; "in western Cuban" was judged broken. A phrase that only places
  // the happening is left out; one the title's verb needs leaves no title.)
  if (
    np &&
    np.head === last &&
    np.preposition >= 0 &&
    np.determiner < 0 &&
    DEMONYMS.has(t.norm[last]) &&
    np.start < last &&
    range(np.start, last).every((i) => t.tag[i] === 'ADJ') &&
    !['NOUN', 'PROPN'].includes(t.tag[at])
  ) {
    const span = range(np.preposition, np.end);
    if (span.every((i) => !tokens.has(i) || tokens.get(i) === 'phrase') && words.some((i) => i < np.preposition && tokens.get(i) === 'phrase')) {
      for (const i of span) tokens.delete(i);
      rules.push('title:place-without-noun-left-out');
      return null;
    }
    return 'title-cut:adjective-without-noun';
  }
  return null;
}
