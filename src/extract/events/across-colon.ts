/**
 * "Today one man has stepped forward: John Shimkus, Republican of Illinois": a title that keeps words on both sides of
 * a colon it leaves out reads as one clause where the sentence had two parts, "One man has stepped forward John
 * Shimkus", garbled ("colon lost, name glued on"). The words after the colon are no object of the verb
 * before it. As events/context-bound.ts, the report only joins the others of its happening:
 * `title-cannot-be-read:across-colon`. (A clock's colon, "at 6:30 pm", is no break: no space after it.)
 */
import type { Analysis } from '../nlp/analyse';
import type { TitleRole } from './candidates';

/** Does the title keep a word before and a word after a colon (of its sentence) that it leaves out? */
export function titleAcrossColon(a: Analysis, tokens: Map<number, TitleRole>): boolean {
  const t = a.tokens;
  const kept = [...tokens.keys()];
  if (!kept.length) return false;
  const first = Math.min(...kept);
  const last = Math.max(...kept);
  for (let i = first + 1; i < last; i++) {
    if (t.norm[i] !== ':' || tokens.has(i)) continue;
    // (A break between words: a space after the colon, not "6:30".)
    if (t.start[i + 1] === t.end[i]) continue;
    return true;
  }
  return false;
}
