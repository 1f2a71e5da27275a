/**
 * "The BP investigation released on 8 September said data from the fateful day suggested ...", "By contrast, an
 * estimate announced by US officials on 26 April put the flow at just 1,000 barrels per day": a participle of making a
 * document public, hanging on the document it describes and dated in its own words, tells a happening of that day, the
 * publication, which the sentence's own verb ("said", "put the flow at") does not. As the sentence writes it, the
 * title "The BP investigation released" has no finite verb (audit t17-v5 fails readable on such noun phrases, and
 * merge.ts shows none alone); with the passive's "was" it is the statement the participle makes: "The BP
 * investigation was released", "An estimate was announced by US officials" (`title:release-as-passive`).
 * Only a document (RELEASED_DOCUMENT_NOUNS) and only a verb of making one public (RELEASING_PARTICIPLES): "the cement
 * pushed through the top of the well last week", "a rig brought in to drill a relief well" tell what was done to a
 * thing, whose passive a parse that took the wrong noun would make false.
 */
import { RELEASED_DOCUMENT_NOUNS, RELEASING_PARTICIPLES } from '../lexicon/events';
import type { Analysis } from '../nlp/analyse';
import type { Clause } from '../nlp/clauses';
import type { NounPhrase } from '../nlp/noun-phrases';
import { Flag } from '../nlp/tokens';

/**
 * The passive's "was" or "were" when the clause is a participle of releasing a document, right after that document's
 * noun (or after the comma that follows it), with a date of its own after the verb; null otherwise.
 */
export function releaseAsPassive(a: Analysis, c: Clause, subject: NounPhrase, times: ReadonlyArray<{ start: number; end: number }>): 'was' | 'were' | null {
  const t = a.tokens;
  if (c.kind !== 'participial' || c.subjectFrom !== 'antecedent' || c.verb.auxiliaries.length > 0) return null;
  if (!RELEASING_PARTICIPLES.has(t.norm[c.verb.head].toLowerCase())) return null;
  // ("a Fox News poll released Thursday", "The report, released Wednesday,": the noun right before the participle or
  // its comma; "a rig brought in to drill a relief well", "one of four released today" leave it elsewhere.)
  const gap = c.verb.start - subject.end;
  if (!(gap === 0 || (gap === 1 && t.norm[subject.end] === ','))) return null;
  const head = t.norm[subject.head].toLowerCase();
  if (!RELEASED_DOCUMENT_NOUNS.has(head) || subject.conjuncts.length > 0 || subject.pronoun) return null;
  // ("Analysts at UBS put the likely cost of this at $12 billion, in a report issued on Tuesday", "in a letter issued
  // Monday": "A report was issued" does not say whose; only a document its own words or its agent name.)
  const named =
    c.agent !== null ||
    subject.possessor !== null ||
    Array.from({ length: subject.end - subject.start }, (_, k) => subject.start + k).some(
      (i) => t.tag[i] === 'PROPN' || ((t.flags[i] & Flag.CAPITALISED) !== 0 && i > a.sentences[c.sentence].tokenStart),
    );
  if (!named) return null;
  // ("a new poll released on Monday by the Clean Energy Works campaign": an agent the parse cut inside a name makes a
  // title that misnames it, "by the Clean Energy".)
  if (c.agent && (t.flags[c.agent.end] & Flag.CAPITALISED) !== 0 && c.agent.end < a.sentences[c.sentence].tokenEnd) return null;
  // (An object of its own says the participle is no passive: "the company released figures".)
  if (c.object && !c.object.temporal && c.object.preposition < 0) return null;
  // Its date is written in its own words, after its verb: "released on 8 September", "announced by US officials on 26
  // April". (A date before it is the noun's, "The 15 June estimate".)
  const from = t.end[c.verb.head];
  const own = c.pieces.map(([s, e]) => [t.start[s], t.end[e - 1]] as [number, number]);
  if (!times.some((x) => x.start >= from && own.some(([s, e]) => x.start >= s && x.start < e))) return null;
  const lemma = (t.lemma[subject.head] || head).toLowerCase();
  return lemma !== head || head === 'data' ? 'were' : 'was';
}
