/**
 * vague-ends: titles a reader cannot read or place for what their edges cut: a name cut inside itself, a word that
 * stands for what the sentence says only after it, a quotation cut from its phrase, a subject cut from its own. Read
 * after the other completions (events/needed-phrase.ts, complements.ts, before endings.ts):
 *
 * - `title:name-runs-on`: an institution's name ("the" and capitalised words) that goes on past "for" or "of" into
 *   more capitalised words ("Samples of the H1N1 virus arrived at the National Institute for Medical Research");
 *   `title-cut:inside-name` when the title cannot hold the rest.
 * - `title-cut:vague-thing`: a title that ends on "one thing", "a single word", "something" (VAGUE_THING_NOUNS): the
 *   thing is said after a colon or not at all ("Three major oil industry executives agreed on one thing in a pair of
 *   Senate hearings Tuesday: Someone else was to blame ...").
 * - `title-cut:emphatic-do`: "did" before a plain verb in a title without "not" ("CUNY J-school professor Sandeep
 *   Junnarkar did begin his workshop on Twitter for journalists with a caveat: ..."): the stress answers a doubt the
 *   sentence raised, and the title reads oddly without it; no title.
 * - `title:quoted-phrase-whole`: a quotation after the verb that the chunker cut off from its phrase ("BP yanked away the
 *   \"top hat\" containment cap", "reported a \"first sighting\" of a slick") keeps the phrase's article, its nouns after
 *   the closing mark and its "of" phrase when the title has room: 'BP yanked the "top hat" containment cap', not 'BP
 *   yanked "top hat"'.
 * - `title:bare-subject-keeps-phrase`: a subject that is one plural noun, its phrase of place between it and the verb
 *   ("Valves on the cap were shut late yesterday", "Passengers on a plane from Mexico City were kept on board") when the
 *   title has room ("Valves were shut" says not which).
 * - `title:allotted-keeps-goal`: the "to" phrase of a verb of giving over past the object's own phrases ("the company
 *   allocated 93% ($20bn) of its total investment fund for 2008 to the development and extraction of oil");
 *   `title-cut:allotted-without-goal`.
 * - `title-cut:subject-after-hyphen-piece`: a subject of common nouns with no article, right after a hyphenated word
 *   the tagger split ("The largest ever off-shore leakage of oil occurred in 1979" → "Leakage of oil occurred"): the
 *   chunker began the subject inside its phrase; no title.
 * - `title:retort-keeps-target`: whom a verb of hitting back hit back at ("Transocean fired back at BP");
 *   `title-cut:retort-without-target` when the sentence does not say ("Transocean ... fired back on Thursday").
 */
import { ALLOTTING_VERBS, BARE_SUBJECT_PLACE_PREPOSITIONS, NAME_INNER_WORDS, RETORT_VERBS, VAGUE_THING_NOUNS } from '../lexicon/events';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../lexicon/time';
import type { Analysis } from '../nlp/analyse';
import type { Clause } from '../nlp/clauses';
import { Flag } from '../nlp/tokens';
import { canBeTagged } from '../nlp/wink';
import { type TitleHelpers, timeAfter, tryAdd, type Roles } from './complements';
import { CLOSING, OPENING } from './quoted-title';

/**
 * A day or a month, the whole word, opens a time, not the rest of a name ("the Ministry of Health for May" is no name,
 * "the National Institute for Medical Research Monday" ends before "Monday"); "Marine" or "Novartis" is no month.
 */
const timeWord = (w: string) => Object.hasOwn(MONTH_NAMES, w.replace(/\.$/, '')) || Object.hasOwn(WEEKDAY_NAMES, w);

/** Completes or sets aside a title that ends inside a name or on a vague word: null when it stands, else the cut's rule. */
export function completeVagueEnd(a: Analysis, c: Clause, tokens: Roles, rules: string[], h: TitleHelpers): string | null {
  const t = a.tokens;
  const k = c.sentence;
  const sEnd = a.sentences[k].tokenEnd;
  const words = [...tokens.keys()].filter((i) => h.isWord(i)).sort((x, y) => x - y);
  const last = words[words.length - 1];
  if (last === undefined) return null;
  const capital = (i: number) => i < sEnd && (t.flags[i] & Flag.CAPITALISED) !== 0;
  const np = a.nounPhrases[k].find((x) => x.end === last + 1 && x.head === last && tokens.has(x.head));

  // (A quotation made whole ends the title on its own phrase, which the checks below do not read.)
  if (quotedPhraseWhole(a, c, tokens, rules, h, last)) return null;

  // ("The largest ever off-shore leakage of oil occurred in 1979 in the Ixtoc-1 spillage": "off - shore" split, the
  // subject began at "leakage", and "Leakage of oil occurred" lost which leakage.)
  const subj = c.subject;
  if (
    subj &&
    tokens.get(subj.start) === 'subject' &&
    subj.determiner < 0 &&
    !subj.possessor &&
    t.tag[subj.head] === 'NOUN' &&
    (t.flags[subj.start] & Flag.CAPITALISED) === 0 &&
    subj.start >= 3 &&
    t.norm[subj.start - 2] === '-' &&
    (t.flags[subj.start - 2] & Flag.GLUED) !== 0 &&
    (t.flags[subj.start - 1] & Flag.GLUED) !== 0 &&
    /^\p{Ll}/u.test(t.text.slice(t.start[subj.start - 3], t.end[subj.start - 3]))
  )
    return 'title-cut:subject-after-hyphen-piece';

  // ("Valves on the cap were shut late yesterday and pressure will be tested regularly", "Passengers on a plane from
  // Mexico City were kept on board at Heathrow airport": one plural noun says not which ones; the phrase between it and
  // the verb does ("Valves were shut" does not say which valves).)
  const sub = c.subject;
  const p = sub ? sub.end : -1;
  if (
    sub &&
    sub.start === sub.head &&
    sub.end === sub.head + 1 &&
    sub.determiner < 0 &&
    !sub.possessor &&
    !sub.conjuncts.length &&
    // (A common noun, or one the tagger read as a name at the start of the sentence: "Valves on the cap".)
    (t.tag[sub.head] === 'NOUN' ||
      (t.tag[sub.head] === 'PROPN' && sub.head === a.sentences[k].tokenStart && canBeTagged(t.norm[sub.head].replace(/s$/, ''), 'NOUN'))) &&
    /[^s]s$/.test(t.norm[sub.head]) &&
    tokens.get(sub.head) === 'subject' &&
    !tokens.has(p) &&
    BARE_SUBJECT_PLACE_PREPOSITIONS.has(t.norm[p]) &&
    t.tag[p] === 'ADP'
  ) {
    const place = a.nounPhrases[k].find((x) => x.preposition === p && x.start === p + 1);
    if (place && !place.temporal && !place.pronoun && place.end <= c.verb.start && h.whole(place)) {
      if (
        tryAdd(t, tokens, h, [
          [p, ...h.core(place)],
          [p, ...h.short(place)],
        ])
      ) {
        rules.push('title:bare-subject-keeps-phrase');
      }
      // (A title that cannot hold it stays: "Officials [at the National Oceanic and Atmospheric Administration] reported
      // that four of the whale sharks had been spotted swimming" is whole, officials being whoever speaks.)
    }
  }

  // ("In a presentation he gave in 2008 ..., he revealed that the company allocated 93% ($20bn) of its total investment
  // fund for 2008 to the development and extraction of oil, gas and other fossil fuels": the "to" phrase past the
  // object's own phrases says what the fund went to.)
  const verbLemma = t.lemma[c.verb.head] || t.norm[c.verb.head];
  if (ALLOTTING_VERBS.has(verbLemma) && tokens.has(c.verb.head) && !words.some((i) => i > c.verb.head && t.norm[i] === 'to')) {
    let to = last + 1;
    while (to < c.end && to < last + 12 && t.norm[to] !== 'to' && !['VERB', 'AUX', 'SCONJ', 'CCONJ'].includes(t.tag[to])) to++;
    const goal = t.norm[to] === 'to' ? a.nounPhrases[k].find((x) => x.preposition === to && !x.temporal) : undefined;
    if (goal) {
      if (
        !goal.pronoun &&
        h.whole(goal) &&
        tryAdd(t, tokens, h, [
          [to, ...h.core(goal)],
          [to, ...h.short(goal)],
        ])
      ) {
        rules.push('title:allotted-keeps-goal');
        return null;
      }
      return 'title-cut:allotted-without-goal';
    }
  }

  // ("CUNY J-school professor Sandeep Junnarkar did begin his workshop on Twitter for journalists with a caveat:
  // \"Everything you find on Twitter is rumors\"": "did begin" stresses a fact against the caveat the sentence goes on
  // to; a headline would say "began", which the sentence does not write.)
  const emphatic = c.verb.auxiliaries.find((i) => /^(?:do|does|did)$/.test(t.norm[i]) && tokens.has(i));
  if (emphatic !== undefined && !words.some((i) => /^(?:not|n't|never)$/.test(t.norm[i])) && t.tag[c.verb.head] === 'VERB') return 'title-cut:emphatic-do';

  // ("Transocean, which is the world's largest offshore oil driller, ..., fired back on Thursday": hitting back is at
  // someone or something; "Transocean fired back" says not at whom. The "at" phrase is kept when the sentence has it.)
  if (c.verb.particle === last && t.norm[last] === 'back' && RETORT_VERBS.has(t.lemma[c.verb.head] || t.norm[c.verb.head])) {
    const at = timeAfter(a, k, last + 1);
    const target = /^(?:at|against)$/.test(t.norm[at] ?? '') ? a.nounPhrases[k].find((x) => x.preposition === at && !x.temporal && !x.pronoun) : undefined;
    if (
      target &&
      h.whole(target) &&
      tryAdd(t, tokens, h, [
        [at, ...h.core(target)],
        [at, ...h.short(target)],
      ])
    ) {
      rules.push('title:retort-keeps-target');
      return null;
    }
    return 'title-cut:retort-without-target';
  }

  // ("Samples of the H1N1 virus arrived at the National Institute for Medical Research in north London this week": a
  // name with "the" before it is an institution's, and "for Medical Research" is part of it; "arrived at the National
  // Institute" names another place. Not "on", which places a name: "outside the White House on Pennsylvania Avenue".)
  if (
    np &&
    np.determiner === np.start &&
    t.norm[np.determiner] === 'the' &&
    np.head > np.determiner + 1 &&
    Array.from({ length: np.end - np.determiner - 1 }, (_, q) => np.determiner + 1 + q).every(capital) &&
    /^(?:for|of)$/.test(t.norm[last + 1] ?? '') &&
    t.tag[last + 1] === 'ADP' &&
    capital(last + 2) &&
    !timeWord(t.norm[last + 2])
  ) {
    let end = last + 2;
    while (end < sEnd && !timeWord(t.norm[end]) && (capital(end) || (NAME_INNER_WORDS.has(t.norm[end]) && capital(end + 1) && !timeWord(t.norm[end + 1]))))
      end++;
    const rest = Array.from({ length: end - last - 1 }, (_, q) => last + 1 + q);
    if (tryAdd(t, tokens, h, [rest])) {
      rules.push('title:name-runs-on');
      return null;
    }
    return 'title-cut:inside-name';
  }

  // ("Three major oil industry executives agreed on one thing in a pair of Senate hearings Tuesday: Someone else was to
  // blame for the drilling rig accident ...", "The much-anticipated congressional hearing came down to a single word:
  // Sorry": the thing is what the sentence says after the title; "agreed on one thing" never says it.)
  if (np && VAGUE_THING_NOUNS.has(t.norm[last]) && !np.possessor && (np.determiner < 0 || t.norm[np.determiner] !== 'the')) return 'title-cut:vague-thing';
  return null;
}

/**
 * ("On Saturday, BP yanked away the \"top hat\" containment cap that had been lopsidedly parked on the well",
 * "Environmental regulators reported a \"first sighting\" of a slick near the Chandeleur Islands ... on Tuesday": the
 * chunker ends a phrase at a quotation mark, so the title kept the quoted words alone, 'BP yanked "top hat"'. Its
 * article before the opening mark, its nouns after the closing one, and its "of" phrase come back when the
 * title has room: `title:quoted-phrase-whole`.)
 */
function quotedPhraseWhole(a: Analysis, c: Clause, tokens: Roles, rules: string[], h: TitleHelpers, last: number): boolean {
  const t = a.tokens;
  const k = c.sentence;
  const nps = a.nounPhrases[k];
  // (The title ends on the quotation's last word, after the verb.)
  const close = last + 1;
  if (!CLOSING.test(t.norm[close] ?? '') || (t.flags[close] & Flag.QUOTE) === 0) return false;
  let open = last;
  while (open > c.verb.head && tokens.has(open) && !OPENING.test(t.norm[open])) open--;
  if (!OPENING.test(t.norm[open]) || open <= c.verb.head || open > last - 1 || last - open > 4) return false;
  const det = open - 1;
  // (Past the verb's particle or adverb the title left out: "yanked [away] the".)
  let before = det - 1;
  while (before > c.verb.head && !tokens.has(before) && (before === c.verb.particle || t.tag[before] === 'ADV')) before--;
  const article = /^(?:a|an|the)$/.test(t.norm[det]) && t.tag[det] === 'DET' && !tokens.has(det) && tokens.has(before) ? [det] : [];
  // (Nouns right after the closing mark, with no article of their own, are the phrase's head: "containment cap".)
  const after = nps.find((x) => x.start === close + 1 && x.preposition < 0 && x.determiner < 0 && !x.temporal && !x.pronoun && !x.possessor);
  const nouns = after && (t.flags[close + 1] & Flag.CAPITALISED) === 0 && t.tag[after.head] === 'NOUN' && h.whole(after) ? h.core(after) : [];
  const end = nouns.length ? after!.end : close + 1;
  const of = t.norm[end] === 'of' ? nps.find((x) => x.preposition === end && !x.temporal && !x.pronoun) : undefined;
  const ofWords = of && h.whole(of) ? [end, ...h.core(of)] : [];
  if (!article.length && !nouns.length) return false;
  const options = [...(ofWords.length ? [[...article, ...nouns, ...ofWords]] : []), [...article, ...nouns]];
  if (!tryAdd(t, tokens, h, options)) return false;
  rules.push('title:quoted-phrase-whole');
  return true;
}
