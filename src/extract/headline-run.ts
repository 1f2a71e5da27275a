/**
 * A page's first line that runs a title-case headline into the sentence of its blurb: "Massive Oil Spill Washes Ashore
 * in the Gulf Millions of gallons of oil have leaked into the Gulf of Mexico ...". Used by clean.ts
 * (`teaser-before-dateline`) and merge.ts (`representative:not-under-a-glued-headline`), so the two agree.
 */
import { PERSON_TITLE_HEADS, SPEECH_FORMS } from './lexicon/actors';
import { TITLE_SMALL_WORDS } from './lexicon/grammar';

/** The leading run of capitalised (or small title-case) words, and how many of them are capitalised words. */
export function titleCaseRun(words: string[]): { run: number; capitals: number } {
  let run = 0;
  while (run < words.length && (/^["“‘']?[\p{Lu}\d]/u.test(words[run]) || TITLE_SMALL_WORDS.has(words[run]))) run++;
  const capitals = words.slice(0, run).filter((w) => /^["“‘']?\p{Lu}\p{L}{2}/u.test(w)).length;
  return { run, capitals };
}

/**
 * The words open with a title-case headline of four capitalised words or more; returns the length of the run, or 0.
 * A lede that opens with a person's title and name is no headline: "Senate Majority Leader Harry Reid said on Tuesday
 * that the Senate would vote next week", "BP Chief Executive Tony Hayward said on Monday the company would pay all
 * legitimate claims" (a title such as "Leader" or "Executive" in the run, or a speech verb right after it).
 */
export function headlineRun(words: string[]): number {
  const { run, capitals } = titleCaseRun(words);
  if (capitals < 4) return 0;
  if (words.slice(0, run).some((w) => PERSON_TITLE_HEADS.has(w.replace(/^["“‘']|[,.]$/gu, '').toLowerCase()))) return 0;
  if (run < words.length && SPEECH_FORMS.has(words[run].replace(/[,.]$/u, ''))) return 0;
  return run;
}
