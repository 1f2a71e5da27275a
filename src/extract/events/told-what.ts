/**
 * told-what: a verb of telling a person something (ADDRESSEE_VERBS, REASSURING_VERBS: "reminded", "assured", "warned")
 * whose title ends on the person, while the sentence goes on, past a place or a time, to what was told ("how ...",
 * "that ...", "whether ..."), is a cut title: "Members of Congress reminded Tony Hayward" for "members of Congress
 * repeatedly reminded Hayward how empty that promise sounded ...", "Barack Obama assured people in
 * Louisiana" for "assured people in Louisiana during a visit on Friday that they "will not be left behind"". The
 * content is a clause, too long for a title: the clause gives no title, `title-cut:told-without-what`.
 * (The "that" right after the person is candidates.ts `title-cut:content`; this reads past phrases and times.) Told in
 * the passive, "was informed ... that ...", the person is the subject and the clause is the verb's own.
 */
import { REASSURING_VERBS } from '../lexicon/events';
import { ADDRESSEE_VERBS } from '../lexicon/grammar';
import type { Analysis } from '../nlp/analyse';
import type { Clause } from '../nlp/clauses';
import type { Roles } from './complements';

/** Words that open what was told. */
const CONTENT_OPENERS = new Set(['that', 'how', 'what', 'whether', 'why']);
/** Tags of the words of a phrase or a time between the person and what was told. */
const PHRASE_TAGS = new Set(['ADP', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM']);

/** The rule that sets the title aside, or null. */
export function toldWithoutWhat(a: Analysis, c: Clause, tokens: Roles): string | null {
  const t = a.tokens;
  const lemma = t.lemma[c.verb.head] || t.norm[c.verb.head];
  // ("Entertainment Marketing was informed on June 25 by Shearson Lehman Brothers Inc., acting on behalf of Crazy Eddie,
  // that it would be provided with "certain information" about Crazy Eddie" (Reuters, 29 June 1987): told in the
  // passive, the person is the subject, and what was told is the verb's own "that" clause after the title's end;
  // "Entertainment Marketing was informed by Shearson Lehman Brothers Inc." was judged cut: informed of what?)
  if (c.passive && ADDRESSEE_VERBS.has(lemma) && tokens.has(c.verb.head)) {
    const last = Math.max(...tokens.keys());
    const content = a.clauses.some((x) => x.parent === c.id && x.kind === 'complement' && x.marker > last && CONTENT_OPENERS.has(t.norm[x.marker]));
    if (content) return 'title-cut:told-without-what';
  }
  if (!(ADDRESSEE_VERBS.has(lemma) || REASSURING_VERBS.has(lemma)) || !c.object || !tokens.has(c.verb.head) || !tokens.has(c.object.head)) return null;
  const last = Math.max(...tokens.keys());
  if (last < c.object.end - 1) return null;
  const sEnd = a.sentences[c.sentence].tokenEnd;
  // (Up to a few words of phrases and times, never past a comma or a verb: "in Louisiana during a visit on Friday".)
  for (let i = last + 1; i < sEnd && i <= last + 10; i++) {
    if (CONTENT_OPENERS.has(t.norm[i])) return 'title-cut:told-without-what';
    if (!PHRASE_TAGS.has(t.tag[i])) return null;
  }
  return null;
}
