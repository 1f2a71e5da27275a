/**
 * A passive of announcing whose subject counts what was announced (`title:announced-count`): "Thirty-five new cases of
 * swine flu in Scotland were confirmed on Sunday", "A further 141 patients were confirmed with H1N1 swine flu in
 * England today". What was confirmed is the subject itself, counted, so the title needs no object: unlike "The plan
 * was announced" or "The decision was confirmed", which say nothing of what was announced (`verb-without-what`).
 */
import { ANNOUNCED_AS_WORDS } from '../lexicon/events';
import type { NounPhrase } from '../nlp/noun-phrases';
import type { TokenTable } from '../nlp/tokens';
import type { TitleRole } from './candidates';

/**
 * True when the passive clause's subject is counted by a number its title keeps ("Thirty-five new cases", "A further
 * 141 patients", "three more deaths from swine flu") and its head is a common noun the title keeps too, with the
 * phrase right after the verb kept when it says what they were announced as.
 * Not a year or a share ("2009 was declared", "50% was reported"), not a pronoun, not a name ("Apollo 13 was
 * confirmed"): only a count of things.
 */
export function countAnnounced(t: TokenTable, subject: NounPhrase | null | undefined, verbEnd: number, tokens: Map<number, TitleRole>): boolean {
  // ("A further 141 patients were confirmed [with H1N1 swine flu]", "were confirmed [as cases]": patients or people are
  // confirmed as something, which the title must keep; cases are confirmed whole.)
  if (!tokens.has(verbEnd) && ANNOUNCED_AS_WORDS.has(t.norm[verbEnd])) return false;
  if (!subject || subject.pronoun || subject.temporal || subject.properName || subject.possessor) return false;
  if (t.tag[subject.head] !== 'NOUN' || !tokens.has(subject.head)) return false;
  if (subject.conjuncts.length) return false;
  // ("43 more cases were announced" in a live blog's "in Scotland, 43 more cases were announced today": cases of what,
  // where? The title keeps a phrase right after the head that says: "of swine flu in Scotland", "from swine flu".)
  const next = subject.head + 1;
  if (!tokens.has(next) || t.tag[next] !== 'ADP') return false;
  // (A count of the head: "Thirty-five new cases", "three more deaths"; words between the number and the head only
  // describe it. Not "The plume is more than 6 miles wide and its presence was reported": "6" counts miles.)
  for (let i = subject.start; i < subject.head; i++) {
    if (t.tag[i] !== 'NUM' || !tokens.has(i)) continue;
    // ("2009", "50%": a year or a share, no count of the head.)
    if (/^\d{4}$/.test(t.norm[i]) || t.norm[i + 1] === '%' || t.norm[i + 1] === 'percent') continue;
    // ("Thirty-five" is three tokens: the number runs to its last word.)
    while (i + 2 < subject.head && t.norm[i + 1] === '-' && t.tag[i + 2] === 'NUM') i += 2;
    for (let j = i + 1; j < subject.head; j++) if (!['ADJ', 'ADV', 'NUM', 'NOUN', 'PROPN'].includes(t.tag[j]) || !tokens.has(j)) return false;
    return true;
  }
  return false;
}
