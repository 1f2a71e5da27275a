/**
 * "He started Apple in 1976 ... One year later he was fired from the company and he founded NeXT": "the company" after
 * the verb is the one company the two sentences before name, as "the company" as a
 * subject is (events.ts `subject:company-named-before`); the title names it ("Steve Jobs was fired from Apple",
 * `object:company-named-before`) and the quote starts where it is named. A company named in the title's own sentence
 * before it may be another one ("Apple said it would sue the company"), so only the sentences before count, and none
 * of this sentence before "the company".
 */
import type { Analysis } from '../nlp/analyse';
import type { NounPhrase } from '../nlp/noun-phrases';
import { COMPANY_DESCRIPTIONS } from '../lexicon/events';
import type { TitleRole } from './candidates';
import { DEMONYMS } from './cut-heads';

/** "the company" after the verb, both words in the title, as characters [start, end); else undefined. */
export function companyObject(a: Analysis, k: number, subject: NounPhrase, tokens: Map<number, TitleRole>): [number, number] | undefined {
  const t = a.tokens;
  for (const np of a.nounPhrases[k]) {
    if (np.start <= subject.end - 1 || np.temporal || np.possessor || np.conjuncts.length) continue;
    if (np.determiner !== np.start || t.norm[np.start].toLowerCase() !== 'the') continue;
    // ("Since CIR won control of the French group in June, Valeo has pursued a policy ..." (Reuters 1987; "CIR won
    // control of the French group" judged unreadable: "'the French group' (Valeo) cannot be placed from the title"): a
    // nation's word before the noun only describes the company the article named, as "the company" alone does
    // (`object:company-named-before`, else `object-cannot-be-placed:company-not-named`).)
    const described = np.head === np.start + 2 && DEMONYMS.has(t.norm[np.start + 1].toLowerCase()) && tokens.get(np.start + 1) === tokens.get(np.head);
    const noun = described ? np.head : np.start + 1;
    if (!COMPANY_DESCRIPTIONS.has(t.norm[noun]?.toLowerCase())) continue;
    // ("Mr. Chun was appointed as a director of the Company": a filing's defined term, the noun alone written large,
    // is no name of its own; ref41.)
    const definedTerm = np.properName?.[0] === noun && np.properName[1] === noun + 1 && np.names.length === 1;
    const demonymName = described && np.properName === null && np.names.every(([a, b]) => a === np.start + 1 && b === np.start + 2);
    if ((np.names.length || np.properName) && !definedTerm && !demonymName) continue;
    // ("A 2004 inquiry found a pattern of the company intimidating workers": the chunker reads the gerund's object as
    // the head; "the company" is the gerund's subject, a company all the same; ref41.)
    const gerund = np.head > noun && t.norm[noun + 1]?.endsWith('ing') && (t.tag[noun + 1] === 'VERB' || t.tag[noun + 1] === 'ADJ');
    if (np.head !== noun && !gerund) continue;
    const role = tokens.get(noun);
    if (!role || role === 'subject' || role === 'verb' || tokens.get(np.start) !== role) continue;
    // ("the company's shares": an owner is named by the subject's rule.)
    if (/^['’]/.test(t.text.slice(t.end[noun], t.end[noun] + 1))) continue;
    return [t.start[np.start], t.end[noun]];
  }
  return undefined;
}

/** The one organisation of `orgs` (kind, span, name) named in the two sentences before `sentenceStart`, none between it and `at`. */
export function companyNamedBefore<A extends { kind: string; start: number; end: number; id: string }>(
  actors: A[],
  from: number,
  sentenceStart: number,
  at: number,
  isCompany: (a: A) => boolean,
): A | null {
  const before = new Map<string, A>();
  for (const a of actors) {
    if (a.kind !== 'organization' || a.end > at || a.start < from) continue;
    if (a.start >= sentenceStart) return null;
    if (isCompany(a)) before.set(a.id, a);
    else return null;
  }
  return before.size === 1 ? [...before.values()][0] : null;
}
