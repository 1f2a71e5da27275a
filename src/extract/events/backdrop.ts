/**
 * Clauses that tell the backdrop of a sentence or what almost did not happen, not a happening a reader can place
 * (candidates.ts `happeningRule` asks these after its negation):
 * - an "as" clause whose verb tells a state or a process under way: "As a massive oil slick in the Gulf of
 *   Mexico threatened the U.S. coastline Friday, Louisiana Gov. Bobby Jindal (R) expressed alarm ...": the slick
 *   threatening the coast is the scene of the day; Jindal's alarm is its happening (`backdrop:as-clause-state`);
 * - a verb after "hardly", "scarcely" or "barely", nearly a negation: "Monday morning newspapers' editorials barely
 *   raised the usual spectre of Taiwan sacrificing its democratic self-rule" tells what the editorials did not do
 *   (`near-negation`). ("The House barely passed the bill": "barely" with a verb of narrow success tells that it did.)
 * - an announcement or report whose whole content is what "may" or "might" be: "Reuters reported Wednesday that a clause
 *   within the U.S. Clean Water Act may expose BP and others to civil fines" tells a possibility, no occurrence, as
 *   "said" with it does (`announced:possibility`);
 * - a sum of money held or owned: "Members of the congressional committees ... held more than $11 million in personal
 *   financial assets in that sector late last year" tells what they owned then (`state:holding`);
 * - a price that closed or opened at a level, with no move: "BP shares closed at 390p on Friday" tells where the price
 *   stood, a state; "BP shares closed up 9.5% at 399.4 p" tells a move (`state:closing-level`);
 * - a guess, a feeling, a gloss and a recalled order in time (`guessed`, `state:feeling`, `gloss:was-referring`,
 *   `relation:sequence`): "Younger people were probably hit harder by the 1918 flu virus", "Louisiana Gov. Bobby Jindal
 *   was incensed Wednesday", "Obama was referring to testimony this week", "the spill, which followed the April 20
 *   explosion".
 */
import type { Analysis } from '../nlp/analyse';
import type { Clause } from '../nlp/clauses';
import {
  MEASURE_NOUNS,
  ANNOUNCING_VERBS,
  BACKDROP_MARKERS,
  BACKDROP_VERBS,
  FEELING_STATE_PARTICIPLES,
  GLOSSING_VERBS,
  GUESS_ADVERBS,
  SEQUENCE_VERBS,
  HOLDING_VERBS,
  PRICED_HEADS,
  SESSION_END_VERBS,
  NARROW_SUCCESS_VERBS,
  NEAR_NEGATORS,
  POSSIBILITY_MODALS,
} from '../lexicon/events';

/** Why a clause is the backdrop of its sentence or nearly negated, or null. */
export function backdropRule(a: Analysis, c: Clause): string | null {
  const t = a.tokens;
  const lemma = t.lemma[c.verb.head] || t.norm[c.verb.head];
  if (c.kind === 'adverbial' && c.marker >= 0 && BACKDROP_MARKERS.has(t.norm[c.marker]) && BACKDROP_VERBS.has(lemma) && c.verb.particle < 0)
    return 'backdrop:as-clause-state';
  // (The adverb stands before the verb or among its auxiliaries: "barely raised", "had hardly begun".)
  const from = Math.max(a.sentences[c.sentence].tokenStart, c.verb.start - 1);
  for (let i = from; i < c.verb.head; i++) {
    const w = t.norm[i];
    if (!NEAR_NEGATORS.has(w)) continue;
    if (w === 'barely' && NARROW_SUCCESS_VERBS.has(lemma)) break;
    return 'near-negation';
  }
  // (Only a report without an object of its own, whose title is what was announced.)
  if (ANNOUNCING_VERBS.has(lemma) && c.verb.particle < 0 && !(c.object && !c.object.temporal && c.object.preposition < 0)) {
    const [from0, to0] = a.clauseRange[c.sentence];
    const told = a.clauses.slice(from0, to0).find((x) => x.parent === c.id && x.kind === 'complement' && x.subject !== null);
    if (told?.modal && POSSIBILITY_MODALS.has(told.modal)) return 'announced:possibility';
  }
  if (HOLDING_VERBS.has(lemma) && !c.passive && c.verb.particle < 0 && c.object && !c.object.temporal && c.object.preposition < 0) {
    const words = a.text.slice(t.start[c.object.start], t.end[c.object.end - 1]);
    if (/^(?:(?:more|less|fewer)\s+than\s+|about\s+|nearly\s+|almost\s+|some\s+|over\s+)?(?:[$£€]|US\$|C\$)\s?\d/i.test(words)) return 'state:holding';
    // ("The Chamber estimated the U.S. Strategic stockpile held 180,444 tonnes of tin in December 1986" (Reuters, 1987): a
    // stock told in a measure, a number before a unit, is a holding as a sum is, no happening.)
    if (MEASURE_NOUNS.has(t.norm[c.object.head])) for (let i = c.object.start; i < c.object.head; i++) if (t.tag[i] === 'NUM') return 'state:holding-a-measure';
    // ("Banks held 52.0 billion marks on February 27 at the Bundesbank, averaging 51.0 billion over the whole month", "Banks
    // held an average 59.3 billion marks at the Bundesbank over the first six days of the month" (Reuters, March and April
    // 1987): wire copy writes the sum with its scale and currency after the number; a balance held on a day, as "having
    // 47.1 billion marks" is. A count of things held stays: "held three meetings", "held two rounds of talks".)
    if (
      /^(?:an?\s+(?:average|total)\s+(?:of\s+)?|(?:more|less)\s+than\s+|about\s+|some\s+)?\d[\d.,]*\s+(?:mln|million|bln|billion|trillion|pct|percent)\b/i.test(
        words,
      )
    )
      return 'state:holding:sum-with-its-scale';
  }
  if (SESSION_END_VERBS.has(lemma) && c.verb.particle < 0 && c.subject && PRICED_HEADS.has(t.norm[c.subject.head])) {
    // (At most a time between the verb and "at": "closed on Friday at £4.95".)
    const after = a.text.slice(t.end[c.verb.end - 1], t.end[c.verb.end - 1] + 40);
    if (/^\s+(?:(?:on|late|early)\s+\w+\s+)?at\s+(?:[$£€]|\d)/i.test(after)) return 'state:closing-level';
  }
  // (A guess stands before the verb or among its auxiliaries: "were probably hit", "probably caused".)
  for (let i = from; i < c.verb.head; i++) if (GUESS_ADVERBS.has(t.norm[i])) return 'guessed';
  const beOnly = c.verb.auxiliaries.length > 0 && c.verb.auxiliaries.every((k) => t.lemma[k] === 'be');
  if (beOnly && c.agent === null && !c.perfect && FEELING_STATE_PARTICIPLES.has(t.norm[c.verb.head])) return 'state:feeling';
  if (c.progressive && GLOSSING_VERBS.has(lemma)) return 'gloss:was-referring';
  if (c.kind === 'relative' && !c.passive && SEQUENCE_VERBS.has(lemma) && c.object !== null) return 'relation:sequence';
  return null;
}
