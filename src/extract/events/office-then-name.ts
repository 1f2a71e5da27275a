/**
 * "The co-founder and former chief executive officer of Apple Inc. Steve Jobs has died yesterday": an office "of" a
 * company whose legal form ("Inc.", "Ltd") is followed, with no comma, by a person's name right before the verb is that
 * person; the name-run reads "Apple Inc. Steve Jobs" as one name, and a title of the office alone ("The co-founder and former
 * chief executive officer has died") says not of whom. The title's subject is the person's name ("Steve Jobs has
 * died", `title:name-after-office-of-company`), and the company, which only says where he held the office, takes no
 * part.
 */
import type { NounPhrase } from '../nlp/noun-phrases';
import type { TokenTable } from '../nlp/tokens';
import { LEGAL_SUFFIXES, PERSON_ROLE_NOUNS } from '../lexicon/actors';

/** The tokens of the person's name after "of COMPANY Inc.", when the subject is an office and the name ends before the verb; else []. */
export function nameAfterOfficeOfCompany(t: TokenTable, nps: NounPhrase[], subject: NounPhrase, verbStart: number): number[] {
  if (subject.properName || subject.possessor || subject.names.length) return [];
  const heads = subject.conjuncts.length ? subject.conjuncts.map((m) => m.head) : [subject.head];
  if (!heads.every((h) => PERSON_ROLE_NOUNS.has(t.lemma[h] || t.norm[h]) || PERSON_ROLE_NOUNS.has(t.norm[h].toLowerCase()))) return [];
  if (t.norm[subject.end]?.toLowerCase() !== 'of') return [];
  const of = nps.find((np) => np.start === subject.end + 1 && np.preposition === subject.end);
  if (!of || of.end !== verbStart || !of.properName || of.properName[0] !== of.start || of.properName[1] !== of.end) return [];
  for (let k = of.start + 1; k < of.end - 2; k++) {
    if (!LEGAL_SUFFIXES.has(t.norm[k].toLowerCase().replace(/\.$/, ''))) continue;
    const name = Array.from({ length: of.end - k - 1 }, (_, q) => k + 1 + q);
    // (A person's name: two or three capitalised words, none a legal form.)
    if (
      name.length > 3 ||
      !name.every((i) => /^\p{Lu}/u.test(t.text.slice(t.start[i], t.end[i])) && !LEGAL_SUFFIXES.has(t.norm[i].toLowerCase().replace(/\.$/, '')))
    )
      return [];
    return name;
  }
  return [];
}
