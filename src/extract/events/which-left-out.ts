/**
 * Titles whose subject or object is a kind introduced by the words the title leaves out after it: "An operation using
 * undersea robots to cut off the fractured pipe and seal it with a cap was launched on Tuesday" ("An operation was
 * launched": which?), "A commission appointed by Barack Obama to uncover the cause of America's worst environmental
 * disaster turned its sights today on ...", "Republicans have disbanded the one committee devoted solely to climate
 * change and energy issues" (the judges fail readable on each; "the one committee" points at the words cut). "A"
 * or "an" before a bare noun of a body or an undertaking (INTRODUCED_KIND_HEADS), or "the one", "the only" before any
 * noun, with a participle or a relative right after it that the title does not write, says nothing of which one (the
 * body as a subject only: "The admiral created a team" tells of its making), and the clause makes no event (`subject-cannot-be-placed:which-left-out`, `object-cannot-be-placed:which-left-out`). A
 * phrase after the noun ("a group of activists", "a team from the Woods Hole Oceanographic Institute") or a word
 * before it ("a presidential commission", "a House panel") says which, and the title stands.
 */
import type { Analysis } from '../nlp/analyse';
import type { Clause } from '../nlp/clauses';
import { INTRODUCED_KIND_HEADS } from '../lexicon/events';
import type { TitleRole } from './candidates';

export type WhichLeftOutRule = 'subject-cannot-be-placed:which-left-out' | 'object-cannot-be-placed:which-left-out';

const RELATIVE_WORDS = new Set(['that', 'which', 'who', 'whose']);

/** The rule the title meets, or null. */
export function whichLeftOut(a: Analysis, c: Clause, tokens: Map<number, TitleRole>): WhichLeftOutRule | null {
  const t = a.tokens;
  for (const np of a.nounPhrases[c.sentence]) {
    const role = tokens.get(np.head);
    if ((role !== 'subject' && role !== 'object') || np.temporal || np.pronoun || np.possessor || np.names.length || np.conjuncts.length) continue;
    if (np.determiner !== np.start || !tokens.has(np.start)) continue;
    const det = t.norm[np.start];
    // (A subject only: "The admiral this week created a team including officials from ...", "Obama set up a commission":
    // the object is the body the verb brought about, and that it did is the news.)
    const introduced =
      role === 'subject' &&
      (det === 'a' || det === 'an') &&
      np.head === np.start + 1 &&
      t.tag[np.head] === 'NOUN' &&
      INTRODUCED_KIND_HEADS.has(t.norm[np.head]);
    const theOne = det === 'the' && np.start + 1 < np.head && (t.norm[np.start + 1] === 'one' || t.norm[np.start + 1] === 'only');
    if (!introduced && !theOne) continue;
    const next = np.end;
    if (next >= a.sentences[c.sentence].tokenEnd || tokens.has(next)) continue;
    const participle = t.tag[next] === 'VERB' && /(?:ed|en|ing)$/.test(t.norm[next]);
    if (!participle && !RELATIVE_WORDS.has(t.norm[next])) continue;
    return role === 'subject' ? 'subject-cannot-be-placed:which-left-out' : 'object-cannot-be-placed:which-left-out';
  }
  return null;
}
