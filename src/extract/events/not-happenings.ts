/**
 * Clauses that tell a state, not a happening, in words the other rules read as one (candidates.ts `happeningRule`
 * asks these after backdrop.ts).
 *
 * A start told with an adjective is how something was, not a happening: "The 1968 pandemic began relatively mild,
 * with sporadic cases prior to the first wave, and remained mild in its second wave" describes the pandemic as
 * "remained mild" does (a state verb); the title "The 1968 pandemic began" would tell a beginning the sentence
 * does not report (`state:began-as-adjective`). Only an adjective that stands alone after the verb, with at most a
 * degree adverb before it ("relatively", "fairly"): "began last week", "started early" and "began small-scale
 * trials" keep their happening.
 */
import type { Analysis } from '../nlp/analyse';
import type { Clause } from '../nlp/clauses';
import {
  BARE_HAPPENING_VERBS,
  BLAST_NOUNS,
  DISASTER_NOUNS,
  EVENT_NOUNS,
  COPULAR_START_VERBS,
  EMPTY_HAPPENING_HEADS,
  FEELING_STATE_PARTICIPLES,
  KIND_NOUNS,
  LET_UP_VERBS,
  OPINION_NOUNS,
  START_TIME_ADJECTIVES,
  STRUGGLE_VERBS,
} from '../lexicon/events';

/** Why a start is a state told with an adjective, or null. */
export function copularStartRule(a: Analysis, c: Clause): string | null {
  const t = a.tokens;
  const lemma = t.lemma[c.verb.head] || t.norm[c.verb.head];
  if (!COPULAR_START_VERBS.has(lemma) || c.passive || c.verb.particle >= 0) return null;
  if (c.object && !c.object.temporal && c.object.preposition < 0 && c.object.start === c.verb.end) return null;
  const end = a.sentences[c.sentence].tokenEnd;
  let i = c.verb.end;
  // (A degree adverb before the adjective: "relatively", "fairly", "very"; not a time: "early".)
  while (i < end && t.tag[i] === 'ADV' && /ly$|^(?:very|so|too|quite|rather)$/.test(t.norm[i]) && !START_TIME_ADJECTIVES.has(t.norm[i])) i++;
  if (i >= end || t.tag[i] !== 'ADJ' || START_TIME_ADJECTIVES.has(t.norm[i])) return null;
  // (The adjective ends its phrase: "began mild, with ..."; "began small trials" has a noun after it.)
  const next = i + 1 < end ? t.tag[i + 1] : 'PUNCT';
  if (next === 'NOUN' || next === 'PROPN' || next === 'NUM' || next === 'ADJ' || t.norm[i + 1] === '-') return null;
  return 'state:began-as-adjective';
}

/**
 * A feeling with its cause in a "by" phrase is a state of mind as it is without one (backdrop.ts `state:feeling`):
 * "On Friday, Mexicans were heartened by figures that showed the number of deaths and new infections stabilising"
 * tells a mood; the figures are the news (`state:feeling-caused`). Not "was relieved by" (a shift handed over), nor an
 * agent who urges someone to act: "Residents were encouraged by officials to stay indoors" tells what officials did.
 */
export function feelingCausedRule(a: Analysis, c: Clause): string | null {
  const t = a.tokens;
  const word = t.norm[c.verb.head];
  if (c.agent === null || c.perfect || !FEELING_STATE_PARTICIPLES.has(word) || word === 'relieved') return null;
  if (c.verb.auxiliaries.length === 0 || !c.verb.auxiliaries.every((k) => t.lemma[k] === 'be')) return null;
  const [from, to] = a.clauseRange[c.sentence];
  if (a.clauses.slice(from, to).some((x) => x.parent === c.id && x.kind === 'infinitive')) return null;
  return 'state:feeling-caused';
}

/**
 * A headline in the present that tells an effort under way names no happening of a day: "BP wrestles with oil spill
 * hitch in Gulf of Mexico" says BP is at work on a problem; what was done is told in the lines below it
 * (`headline:struggle-under-way`).
 */
export function headlineStruggleRule(a: Analysis, c: Clause): string | null {
  const t = a.tokens;
  return c.headline && STRUGGLE_VERBS.has(t.lemma[c.verb.head] || t.norm[c.verb.head]) ? 'headline:struggle-under-way' : null;
}

/**
 * "Events occurred", "A story happened": a bare happening whose subject is a word that names no happening, with at most
 * a determiner before it, tells nothing ("There are events that occurred on April 20 that were not foreseen by me or
 * BP"); "The 2006 Alaskan pipeline spill occurred" names its spill and stays (`title:empty-happening`).
 */
export function emptyHappeningRule(a: Analysis, c: Clause): string | null {
  const t = a.tokens;
  const s = c.subject;
  if (!s || !BARE_HAPPENING_VERBS.has(t.lemma[c.verb.head] || t.norm[c.verb.head]) || !EMPTY_HAPPENING_HEADS.has(t.norm[s.head])) return null;
  for (let i = s.start; i < s.end; i++) if (i !== s.head && t.tag[i] !== 'DET') return null;
  return 'title:empty-happening';
}

/**
 * "The spread of the new H1N1 virus in Asia showed no signs of slowing on Thursday as the Philippines recorded its first
 * case", "The flow of denial shows no sign of abating": showing no sign of letting up says something goes on, a state
 * and no happening of the day (the day's news is in the rest of the sentence); as a title, "The spread of the new H1N1
 * virus showed no signs of slowing" tells no happening (`state:no-sign-of-letting-up`). A sign of something
 * else stays a finding: "BP Plc's stricken Gulf of Mexico oil well showed no signs of leaking on Friday".
 */
export function noSignOfLettingUpRule(a: Analysis, c: Clause): string | null {
  const t = a.tokens;
  const o = c.object;
  if (!o || (t.lemma[c.verb.head] || t.norm[c.verb.head]) !== 'show' || !/^signs?$/.test(t.norm[o.head])) return null;
  if (!/^(?:no|little|few)$/.test(t.norm[o.start])) return null;
  const of = o.end;
  const v = of + 1;
  if (t.norm[of] !== 'of' || v >= a.sentences[c.sentence].tokenEnd || !t.norm[v].endsWith('ing')) return null;
  return LET_UP_VERBS.has(t.lemma[v] || t.norm[v]) || LET_UP_VERBS.has(t.norm[v].replace(/ing$/, '')) ? 'state:no-sign-of-letting-up' : null;
}

/**
 * "The 1918 Spanish flu pandemic was caused by an H1N1 form of influenza A": what a thing was caused by, when the cause
 * is a kind of thing (a common noun naming a kind: form, type, strain, variant) and no happening, is a fact about it, no
 * happening of a day (`state:caused-by-a-thing`). Any other cause stays: "The leak
 * was caused by an explosion on the Deepwater Horizon rig on 20 April" names a happening, "The blowout was caused by a
 * series of failures on April 20." a dated finding, "The spill was caused by BP, a federal judge ruled on Thursday." a
 * company; and a clause with a date phrase of its own tells a day's happening whatever its cause.
 */
export function causedByAThingRule(a: Analysis, c: Clause): string | null {
  const t = a.tokens;
  if (!c.passive || !c.agent || (t.lemma[c.verb.head] || t.norm[c.verb.head]) !== 'cause') return null;
  const agent = c.agent;
  const head = t.norm[agent.head];
  if (!KIND_NOUNS.has(head) || agent.properName || t.tag[agent.head] === 'PROPN') return null;
  if (BLAST_NOUNS.has(head) || DISASTER_NOUNS.has(head) || EVENT_NOUNS.has(head)) return null;
  const dated = (a.nounPhrases[c.sentence] ?? []).some(
    (np) => np.temporal && np.start >= c.start && np.end <= c.end && c.pieces.some(([s, e]) => np.start >= s && np.end <= e),
  );
  return dated ? null : 'state:caused-by-a-thing';
}

/**
 * "My feeling is that all this has been said before but the big-oil lobby got to work after things had calmed down in
 * 1979 and stopped anything important happening", a reader's comment under a Reuters page of June 2010: a sentence that
 * opens with the writer's own view ("My feeling is", "My best guess is", "Our view is") is an opinion throughout,
 * whatever its clauses tell in the past ("Things had calmed down" (1979) is the reader's opinion,
 * `view:first-person-opinion`). A view said by another is a saying's: "His view is ..." is left to the other rules.
 */
export function firstPersonOpinionRule(a: Analysis, c: Clause): string | null {
  const t = a.tokens;
  const s = a.sentences[c.sentence];
  let i = s.tokenStart;
  if (t.norm[i] !== 'my' && t.norm[i] !== 'our') return null;
  i++;
  if (t.tag[i] === 'ADJ' || t.tag[i] === 'ADV') i++;
  // ("My fear was confirmed when the plant exploded", "My guess was wrong: the company lied to regulators": a view
  // told in the past is over, and what follows may be fact; only a present "is" opens the view, and only the clauses
  // after it are inside it.)
  if (!OPINION_NOUNS.has(t.norm[i]) || (t.norm[i + 1] !== 'is' && t.norm[i + 1] !== "'s")) return null;
  return c.verb.head > i + 1 ? 'view:first-person-opinion' : null;
}
