/**
 * What became known, told under an impersonal frame: "Yesterday, it was announced that her son Jack had also died",
 * "On Monday it was confirmed a four-year-old child at the school's nursery had tested positive", "It emerged on
 * Wednesday that a small part of the slick had entered the so-called Loop Current", "Two Britons have now contracted
 * swine flu within the UK, it was confirmed yesterday". The frame's "it" stands for no one (the "it" of
 * extraposition), so the clause had no sayer and its perfect no date (`date:of-report-without-sayer`), though the
 * frame's date phrase is the day the news was told: what a reader is told that day is the announcement. The content
 * clause is dated by the frame's day as a named sayer's perfect is, and its title keeps the frame, "It was announced
 * that ...", "..., it was confirmed" (`title:with-impersonal-frame`): the judges failed perfects dated by a saying's
 * day and told without it.
 *
 * The frame is a main clause whose subject is the bare pronoun "it" and whose verb is a passive of telling or
 * "emerge" (IMPERSONAL_FRAME_VERBS), not negated, with no modal; nothing but a time, an adverb, a comma or "that"
 * stands between it and what it tells, and before it only a time, an adverb or a conjunction opens the sentence.
 * Not a frame inside another clause ("closed its doors as a precaution after it emerged that two pupils ... had been
 * confirmed with the virus"), whose date is the main clause's.
 */
import { IMPERSONAL_FRAME_VERBS } from '../lexicon/events';
import type { Analysis } from '../nlp/analyse';
import type { Clause } from '../nlp/clauses';
import { phraseStart } from '../nlp/noun-phrases';

export interface ImpersonalFrame {
  /** The frame's clause ("it was announced"). */
  frame: Clause;
  /** The frame follows what it tells: "..., it was confirmed yesterday". */
  after: boolean;
  /** "that" opens what it tells (token index), or -1. */
  that: number;
}

/** The impersonal frame of a content clause, or null. */
export function impersonalFrame(a: Analysis, c: Clause): ImpersonalFrame | null {
  const t = a.tokens;
  if (c.kind !== 'complement' || c.parent < 0) return null;
  const p = a.clauses[c.parent];
  if (p.kind !== 'main' || !p.subject || !p.subject.pronoun || t.norm[p.subject.head].toLowerCase() !== 'it') return null;
  if (p.subject.start !== p.subject.head || p.subject.end !== p.subject.head + 1) return null;
  if (p.negated || p.modal || p.object || p.tense === 'future') return null;
  const lemma = (t.lemma[p.verb.head] || t.norm[p.verb.head]).toLowerCase();
  // (A passive of telling, "it was announced"; "emerge" takes no object and no passive, "it emerged".)
  if (!IMPERSONAL_FRAME_VERBS.has(lemma) || p.passive === (lemma === 'emerge')) return null;
  const sentence = a.sentences[c.sentence];
  const nps = a.nounPhrases[c.sentence];
  const temporal = (i: number) => nps.some((np) => np.temporal && i >= phraseStart(np) && i < np.end);
  const light = (i: number) => temporal(i) || t.tag[i] === 'ADV' || t.norm[i] === ',';
  const that = c.marker >= 0 && t.norm[c.marker].toLowerCase() === 'that' ? c.marker : -1;
  if (c.marker >= 0 && that < 0) return null;
  if (p.verb.end <= c.start) {
    for (let i = p.verb.end; i < c.start; i++) if (!(light(i) || i === that)) return null;
    for (let i = sentence.tokenStart; i < p.subject.start; i++) if (!(light(i) || t.tag[i] === 'CCONJ')) return null;
    return { frame: p, after: false, that };
  }
  // ("Two Britons have now contracted swine flu within the UK, it was confirmed yesterday, as ...": the words told open
  // the sentence, a comma before the frame.)
  if (c.end <= p.subject.start && c.start === sentence.tokenStart && t.norm[p.subject.start - 1] === ',') {
    for (let i = c.end; i < p.subject.start - 1; i++) if (!light(i)) return null;
    return { frame: p, after: true, that: -1 };
  }
  return null;
}
