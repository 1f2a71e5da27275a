/**
 * Claims told as facts and happenings with no content (candidates.ts `happeningRule` asks these with the other
 * backdrop rules):
 *
 * - `claim:observer-explanation`: what an outside observer (an analyst, an expert, a critic, traders, dealers, brokers,
 *   economists: OBSERVER_SPEAKER_HEADS; not "sources", insiders who relay facts) says fed, drove, caused or reflected something (EXPLANATION_VERBS) is
 *   their explanation, a view. "Analysts said rumors were fed by the reorganization of Shearson management Wednesday"
 *   (Reuters, March 1987): titled "Rumors were fed by the reorganization of Shearson management", the analysts'
 *   opinion reads as a fact; with the attribution kept it would still be an opinion, so no title. Also when the
 *   observer is the agent of "attributed ... to": "An increase in Reed shares in London today was attributed by
 *   brokers to rumors of Harcourt's interest". What observers tell of another's act stays a fact they relay
 *   ("Analysts said GM cut prices" is no explanation: its verb tells a thing done, not why), and a company telling its
 *   own act is not touched ("GM said it closed the plant"). A move that traders say happened "on" rumours or fears
 *   gives their explanation in its title too ("stock rose on speculation that ..., traders said").
 * - `claim:finding-of-cause`: the same verbs under a report, an inquiry or an investigation (FINDING_NOUNS): "The final
 *   report, released today, said faulty repairs to the plane in 1978 by Boeing and inadequate inspection by Transport
 *   Ministry inspectors caused the 1985 crash" (Reuters, June 1987) was titled "Inadequate inspection by Transport
 *   Ministry inspectors caused the 1985 crash", which is no happening (the report's release is the happening) and
 *   unfaithful (a finding told as fact, Boeing's repairs dropped).
 * - `claim:credit`: who originated, invented, pioneered or coined a thing (CREDIT_VERBS), told by a speaker, is the
 *   speaker's claim of credit, not a happening the article tells: "He said that Shearson originated the concept of auction
 *   money market preferred stock three years ago" (Reuters, 1987) was titled "Shearson originated the concept ...", a
 *   claim told as fact. Told with no speaker, it stays the article's fact.
 * - `claim:breach-alleged`: that someone broke an agreement, a law or a rule (BREACH_VERBS), told by a speaker, is the
 *   speaker's charge, not a happening the article tells: "Acting Turkish Prime Minister Kaya Erdem said earlier today
 *   Greek activities in the northern Aegean contravened the 1976 Berne Agreement" (Reuters, March 1987) was titled
 *   "Greek activities in the northern Aegean contravened the 1976 Berne Agreement", judged "Erdem's accusation, a claim
 *   not an occurrence" and a claim turned into fact. Told with no speaker, it stays the article's fact.
 * - `hearsay:talk-without-content`: rumours, reports or speculation that circulated, swirled or spread
 *   (CIRCULATING_VERBS) say nothing without what they were about, and what they were about is hearsay: "Last week,
 *   rumors circulated on Wall Street that the financial services giant was considering a spinoff of part of Shearson"
 *   (Reuters, March 1987) would be titled "Rumors circulated on Wall Street": about what? Kept only with an "about"
 *   phrase right after the verb or an of/about/over phrase on the subject ("Rumours of a takeover bid"), which the
 *   title holds.
 * - `hearsay:passive-report`: a person or thing "rumored", "said", "reported", "believed" to be or to have done a thing
 *   (HEARSAY_PASSIVE_VERBS in the passive with "to be" or "to have" of their subject) is what others say of it, with no sayer
 *   named: "He was rumored in April to be under consideration for a position on the board of the Federal Home Loan Bank
 *   Board" (Reuters, June 1987) was titled "Mark Sullivan was rumored to be under consideration", judged "a rumor of
 *   consideration, not an occurrence". The passive with no infinitive is a deed done to its subject: "The attack was
 *   reported to police on Monday".
 */
import {
  BREACH_VERBS,
  FIGURE_AFFECTING_VERBS,
  FIGURE_COURSE_NOUNS,
  OWNED_FIGURE_NOUNS,
  CIRCULATING_VERBS,
  CREDIT_VERBS,
  EXPLANATION_VERBS,
  FINDING_NOUNS,
  HEARSAY_NOUNS,
  HEARSAY_PASSIVE_VERBS,
  LITERAL_EXPLANATION_VERBS,
  MOOD_NOUNS,
  OBSERVER_SPEAKER_HEADS,
} from '../lexicon/events';
import type { Analysis } from '../nlp/analyse';
import type { Clause } from '../nlp/clauses';
import { lemmaAt } from '../nlp/tokens';

/** `claim:observer-explanation`, `claim:finding-of-cause` or null (see the file's comment). */
export function observerExplanationRule(a: Analysis, c: Clause): string | null {
  const t = a.tokens;
  const lemma = lemmaAt(a.tokens, c.verb.head);
  if (observerCauseOn(a, c)) return 'claim:observer-explanation';
  if (!EXPLANATION_VERBS.has(lemma) || c.verb.particle >= 0) return null;
  // ("Sources said the suspect drove to the airport": a verb as often literal explains only in the passive with its
  // cause as agent, "rumors were fed by the reorganization".)
  if (LITERAL_EXPLANATION_VERBS.has(lemma) && !(c.passive && c.agent)) return null;
  // ("was attributed by brokers to rumors": the observer is the one who attributes.)
  if (lemma === 'attribute' && c.passive && c.agent && OBSERVER_SPEAKER_HEADS.has(t.norm[c.agent.head])) return 'claim:observer-explanation';
  if (lemma === 'attribute' && !c.passive && c.subject && OBSERVER_SPEAKER_HEADS.has(t.norm[c.subject.head])) return 'claim:observer-explanation';
  const speaker = c.reported?.kind === 'speech' || c.reported?.kind === 'according-to' ? c.reported.speaker : null;
  if (!speaker) return null;
  const head = t.norm[speaker.head];
  if (OBSERVER_SPEAKER_HEADS.has(head)) return 'claim:observer-explanation';
  if (FINDING_NOUNS.has(head)) return 'claim:finding-of-cause';
  return null;
}

/**
 * ("New York, March 12 - Purolator Courier corp's stock rose on specualtion that a disgruntled former Purolator director
 * would find a new suitor for the company, traders said" (Reuters, March 1987): what a move happened "on", rumours, hopes,
 * fears, told by traders, is their explanation; "Purolator Courier corp's stock rose on specualtion" tells it as fact.)
 */
function observerCauseOn(a: Analysis, c: Clause): boolean {
  const t = a.tokens;
  const speaker = c.reported?.kind === 'speech' ? c.reported.speaker : null;
  if (!speaker || !OBSERVER_SPEAKER_HEADS.has(t.norm[speaker.head])) return false;
  // (Only an "on" phrase the title holds: right after the verb, its adverbs and its object. "Analysts said Tesla shares
  // fell 5 percent on Tuesday on fears of weaker demand in China": the title stops at the time, "Tesla shares fell 5
  // percent" is the traders' fact.)
  const nps = a.nounPhrases[c.sentence];
  let at = c.verb.particle >= 0 ? c.verb.particle + 1 : c.verb.end;
  while (t.tag[at] === 'ADV') at++;
  const object = nps.find((np) => np.start === at && np.preposition < 0 && !np.temporal);
  if (object) at = object.end;
  while (t.tag[at] === 'ADV') at++;
  return nps.some(
    (np) =>
      np.preposition === at &&
      t.norm[np.preposition] === 'on' &&
      c.pieces.some(([b, e]) => np.preposition >= b && np.preposition < e) &&
      (HEARSAY_NOUNS.has(t.norm[np.head]) || MOOD_NOUNS.has(t.norm[np.head])),
  );
}

/** `claim:credit` or null (see the file's comment). */
export function creditClaimRule(a: Analysis, c: Clause): string | null {
  if (!CREDIT_VERBS.has(lemmaAt(a.tokens, c.verb.head))) return null;
  // ("According to police, the blaze originated in a store room on Sunday": an intransitive "originate" tells where a
  // thing started, a fact, no credit taken; only a direct object is what is credited, "Shearson originated the concept".)
  if (!c.object || c.object.temporal || c.object.preposition >= 0) return null;
  return c.reported?.kind === 'speech' || c.reported?.kind === 'according-to' ? 'claim:credit' : null;
}

/** `claim:breach-alleged` or null (see the file's comment). */
export function breachAllegedRule(a: Analysis, c: Clause): string | null {
  if (!BREACH_VERBS.has(lemmaAt(a.tokens, c.verb.head)) || c.verb.particle >= 0) return null;
  // ("A landslide breached Iraq's one mln bpd pipeline": a breach with no speaker is the article's own fact.)
  return c.reported?.kind === 'speech' || c.reported?.kind === 'according-to' ? 'claim:breach-alleged' : null;
}

/** `hearsay:talk-without-content` or null (see the file's comment). */
export function talkWithoutContentRule(a: Analysis, c: Clause): string | null {
  const t = a.tokens;
  if (!c.subject || c.passive || !HEARSAY_NOUNS.has(t.norm[c.subject.head])) return null;
  if (!CIRCULATING_VERBS.has(lemmaAt(a.tokens, c.verb.head))) return null;
  const after = c.verb.particle >= 0 ? c.verb.particle + 1 : c.verb.end;
  // ("Rumours of a takeover bid for Marks & Spencer swirled in the City", "Allegations of vote rigging surfaced in
  // Lagos": the subject's own phrase says what the talk was about, and the title holds it.)
  const subject = c.subject;
  const about = a.nounPhrases[c.sentence].some(
    (np) => np.preposition >= 0 && np.preposition === subject.end && ['of', 'about', 'over'].includes(t.norm[np.preposition]) && np.end <= c.verb.start,
  );
  return about || t.norm[after] === 'about' ? null : 'hearsay:talk-without-content';
}

/** `hearsay:passive-report` or null (see the file's comment). */
export function passiveReportRule(a: Analysis, c: Clause): string | null {
  if (!c.passive || !HEARSAY_PASSIVE_VERBS.has(lemmaAt(a.tokens, c.verb.head))) return null;
  const self = a.clauses.indexOf(c);
  // (Only "to be" or "to have": "The theft was reported to police on Monday" reads "to police" as an infinitive.)
  const t = a.tokens;
  return a.clauses.some(
    (x) => x.parent === self && x.kind === 'infinitive' && x.subjectFrom === 'controller' && x.marker >= 0 && ['be', 'have'].includes(t.norm[x.marker + 1]),
  )
    ? 'hearsay:passive-report'
    : null;
}

/**
 * "Security Pacific Corp SPC said growth in its third-quarter earnings was slowed by the purchase of Rainier Bancorp and
 * the suspension of interest payments on Brazilian and Ecuadorian loans", "Miller said Electrospace earnings last year
 * were hurt by one-time items" (Reuters, 1987): a figure slowed, hurt or boosted by a cause is the teller's explanation of
 * the figure, no happening of its own (the results are the news; brief 48: "growth was slowed" no happening). Only in the
 * passive with the cause as agent and a figure's head as subject: "Oil hurt the beach" or "the rig was hit by a wave"
 * stay. `claim:figure-explained`.
 */
export function figureExplainedRule(a: Analysis, c: Clause): string | null {
  const t = a.tokens;
  if (!c.passive || !c.agent || !c.subject || c.verb.particle >= 0) return null;
  if (!FIGURE_AFFECTING_VERBS.has(lemmaAt(a.tokens, c.verb.head))) return null;
  const head = t.norm[c.subject.head];
  return OWNED_FIGURE_NOUNS.has(head) || FIGURE_COURSE_NOUNS.has(head) ? 'claim:figure-explained' : null;
}
