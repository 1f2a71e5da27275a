// A test helper: which tag the layer gives a word of a sentence, and which repair rule set it.
import { analyseText } from './analyse';
import { tokenText } from './tokens';

/** The tag a word ends with, and the repair that set it (if any). */
export function tagOf(sentence: string, word: string): { tag: string; rule: string | null } {
  const a = analyseText(sentence);
  for (let i = 0; i < a.tokens.count; i++) {
    if (tokenText(a.tokens, i) !== word) continue;
    const retag = a.retags.findLast((r) => r.token === i);
    return { tag: a.tokens.tag[i], rule: retag?.rule ?? null };
  }
  throw new Error(`no '${word}' in '${sentence}'`);
}
