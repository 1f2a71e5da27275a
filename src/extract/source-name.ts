/**
 * sourceName: the source a report's attribution names, as the reader sees it after "according to" (event details,
 * slides, the handout, the Cited sources filter). The attribution is the phrase the sentence gives its sayer
 * (events/candidates.ts); a noun phrase read by a parser takes in words around the name that are no part of it. Each
 * mending is a rule recorded on the report.
 */
import { TITLE_ABBREVIATIONS } from './lexicon/abbreviations';
import { isLegalSuffix } from './lexicon/actors';
import { US_STATE_ABBREVIATIONS } from './lexicon/places';
import { MONTH_NAME_PATTERN, WEEKDAY_NAME_PATTERN } from './lexicon/time';

export interface SourceName {
  name: string | null;
  rules: string[];
}

const DAY = `(?:\\d{1,2}\\s+(?:${MONTH_NAME_PATTERN})|(?:${MONTH_NAME_PATTERN})(?:\\s+\\d{1,2})?|${WEEKDAY_NAME_PATTERN})`;
/** A date after the name: "The Deepwater Horizon explosion according to BP 19 April - 'Bad ' cement pumped down casing". */
const TRAILING_DATE = new RegExp(`(?:^|\\s+)(?:on\\s+)?${DAY}$`, 'u');
/** A time before it: "Last week Dixons said it won out over rival bidders for Cyclops". */
const LEADING_TIME = new RegExp(`^(?:(?:last|this|next|earlier|later)\\s+(?:week|month|year|${WEEKDAY_NAME_PATTERN})|yesterday|today|${DAY})\\s+`, 'iu');
/** Words that go on a name after its comma ("Sears, Roebuck and Co"): capitalised words and the small words of names. */
const NAME_GOES_ON = /^(?:[\p{Lu}&][\p{L}.'’&-]*|and|of|de|the)(?:\s+(?:[\p{Lu}&][\p{L}.'’&-]*|and|of|de|the))*$/u;
/** A number as determiner picks one of a group and names none: "One Louisiana resident told the BBC ...". */
const ONE_OF_A_GROUP = /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\s+\S/u;
const TITLE_ABBREVIATION = new Set(TITLE_ABBREVIATIONS);

export function sourceName(attribution: string | null, sentence: string): SourceName {
  if (!attribution) return { name: null, rules: [] };
  const rules: string[] = [];
  let name = attribution.trim();
  const at = sentence.indexOf(name);
  // "... by noon Tuesday, funneling it to a ship at the surface, said Coast Guard Adm. Thad Allen": a title of address
  // cut off at its full stop ("Coast Guard Adm") goes on with the name after it (`attribution:title-goes-on`).
  const lastWord = name.split(/\s+/).at(-1) ?? '';
  if (at >= 0 && TITLE_ABBREVIATION.has(lastWord)) {
    const after = /^\.\s+((?:\p{Lu}[\p{L}'’-]*\.?\s+)*\p{Lu}[\p{L}'’-]+)/u.exec(sentence.slice(at + name.length));
    if (after) {
      name = `${name}. ${after[1]}`;
      rules.push('attribution:title-goes-on');
    }
  }
  // "Pan Am Corp said February load factor at Pan American World Airways rose": a legal form alone, or first, is the
  // end of the name before it (`attribution:legal-form-goes-back`).
  if (at >= 0 && isLegalSuffix(name.split(/[\s’']/)[0])) {
    const before = /(?:^|[^\p{L}])((?:\p{Lu}[\p{L}.&'’-]*\s+)+)$/u.exec(sentence.slice(0, at));
    if (before) {
      name = `${before[1]}${name}`;
      rules.push('attribution:legal-form-goes-back');
    }
  }
  // "Ford Motor Co of Canada, 90 pct-owned by Ford Motor Co, said ...", "Robert Wine, a BP spokesman at the company's
  // Houston headquarters, said ...": what follows the name's comma describes the source; the name is before it, unless
  // the words after the comma go on with the name ("Sears, Roebuck and Co") (`attribution:apposition-left-out`).
  const comma = name.indexOf(', ');
  if (comma > 0 && !NAME_GOES_ON.test(name.slice(comma + 2))) {
    name = name.slice(0, comma);
    rules.push('attribution:apposition-left-out');
  }
  // A date read into the phrase is when it was said, no part of who said it (`attribution:date-left-out`).
  const dated = name.replace(LEADING_TIME, '').replace(TRAILING_DATE, '');
  if (dated !== name) {
    name = dated.trim();
    rules.push('attribution:date-left-out');
  }
  // "Mike Foster, vice president of marketing at the Alabama Gulf Coast Convention and Visitors Bureau in Orange Beach,
  // Ala., said ...": a state's abbreviation after its town, or one letter of one ("(D-N.Y.)"), is an address, no sayer
  // (`attribution:place-abbreviation`).
  const first = name.split(/[\s,]+/)[0] ?? '';
  const abbreviation = /^\p{Lu}\.$/u.test(first) || (first.endsWith('.') && US_STATE_ABBREVIATIONS.has(first.slice(0, -1)));
  if (name === '' || abbreviation) return { name: null, rules: [...rules, name === '' ? 'attribution:only-a-date' : 'attribution:place-abbreviation'] };
  if (ONE_OF_A_GROUP.test(name)) return { name: null, rules: [...rules, 'attribution:one-of-a-group'] };
  return { name, rules };
}
