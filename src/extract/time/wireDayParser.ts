/**
 * A day of the month written as a word, as Reuters wire copy of the 1980s spells the numbers one to nine: "THe tender
 * offer began on February six." (6 March 1987: dated only to February), "extended the offer until April three, from
 * March 20". chrono reads the month alone. Rule `wireDayWord`.
 *
 * Only where the number cannot count a noun after it: at the end of a phrase (a punctuation mark, the end of the text) or
 * before a word that opens another phrase or clause ("on March nine the board met"). "In February six companies
 * reported" counts companies, "March nine of the companies" counts too: neither is a date.
 */
import type { Candidate } from './candidate';
import { MONTH_NAMES, NUMBER_WORDS } from '../lexicon/time';

/**
 * The month names, capitalised: "February", "April", and "May" ("on May six" is a month; the regex is case-sensitive,
 * so "may six people" is not). Three-letter and dotted abbreviations ("feb", "feb.") are left out.
 */
const MONTHS = Object.entries(MONTH_NAMES)
  .filter(([name]) => (name.length > 3 || name === 'may') && !name.includes('.'))
  .map(([name]) => name[0].toUpperCase() + name.slice(1));
/** The day words: "one" to "nine" (wire copy writes 10 and above in figures). */
const DAY_WORDS = Object.entries(NUMBER_WORDS)
  .filter(([word, n]) => n >= 1 && n <= 9 && word.length > 2)
  .map(([word]) => word);
/**
 * The day word in lower case or with a capital, as wire copy writes it ("on February six"; "The offer and withdrawal
 * rights are to expire April Three unless extended", Reuters, March 1987), never the month in lower case ("may six").
 */
const WIRE_DAY = new RegExp(`\\b(${MONTHS.join('|')})\\s+(${DAY_WORDS.map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join('|')})\\b`, 'g');
/**
 * After the day word: the end of a phrase, or a word that opens the next phrase or clause ("on March nine the board
 * met", "April Three unless extended"). Not "in", "to", "at", "of" or "a", which go on counting: "In January four in
 * five voters backed the plan", "Prices in March two to three pct higher", "By March nine of the companies had failed".
 */
const PHRASE_ENDS_AFTER =
  /^(?:\s*(?:[.,;:)!?"”]|$)|\s+(?:and|or|but|when|while|after|before|until|from|on|the|its|his|her|their|it|he|she|they|that|which|unless|if|because|although|though|whereas)\b)/;

export function parseWireDays(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(WIRE_DAY)) {
    const end = m.index + m[0].length;
    if (!PHRASE_ENDS_AFTER.test(text.slice(end, end + 12))) continue;
    out.push({
      start: m.index,
      end,
      anchor: { kind: 'monthDay', month: MONTH_NAMES[m[1].toLowerCase()], day: NUMBER_WORDS[m[2].toLowerCase()], direction: 'nearest' },
      source: 'wireDay',
      rules: ['wireDayWord'],
      yearless: true,
    });
  }
  return out;
}
