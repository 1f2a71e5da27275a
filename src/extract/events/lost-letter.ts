/**
 * A title with a word a lost letter cut in two. The Timeline17 copy of "On Monday, Venezuela's president Hugo Chávez
 * announced halting a program" is plain ASCII with a space where the "á" was, and the title read "Venezuela's president
 * Hugo Ch vez announced halting a program" (judged: "broken name"). The letter cannot be known again, and a name shown
 * broken is unreadable, so such a title is none (`title:word-cut-at-lost-letter`). The actor keeps the name's two parts
 * together (actors.ts, `name-joined-at-lost-letter`).
 */
import { isWord } from '../actors';

/** A name's word, a space, then two to four small letters that are no word and end where no letter follows: "Ch vez". */
const JOINED_FRAGMENT = /(?<=\p{Lu}\p{Ll}* \p{Lu}\p{Ll}+ )(\p{Ll}{2,4})(?![\p{L}.'’-])/gu;
/** A name's word, a space, then one letter that is no word of its own: "Felipe Calder n". */
const LONE_LETTER = /\p{Lu}\p{Ll}+ [bcefghjklnopqruwyz](?![\p{L}.'’-])/u;

/** Does the title hold a word a lost letter cut ("Hugo Ch vez", "Felipe Calder n")? */
export function cutAtLostLetter(title: string): boolean {
  for (const m of title.matchAll(JOINED_FRAGMENT)) if (!isWord(m[1])) return true;
  return LONE_LETTER.test(title);
}
