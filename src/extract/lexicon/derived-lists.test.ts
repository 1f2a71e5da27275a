import { describe, expect, it } from 'vitest';
import { LEGAL_SUFFIXES, SHORT_LEGAL_FORMS } from './actors';
import { AGE_NUMBER_WORDS, ING_PREPOSITIONS, OWNER_PRONOUNS, PREPOSITION_PARTICIPLES } from './grammar';
import {
  FULL_MONTH_NAMES,
  FULL_WEEKDAY_NAMES,
  MONTH_ABBREVIATION_PATTERN,
  MONTH_ABBREVIATIONS,
  MONTH_NAME_PATTERN,
  SPAN_COUNT_WORDS,
  WEEKDAY_ABBREVIATION_PATTERN,
  WEEKDAY_NAME_PATTERN,
} from './time';

// The lists made from others (time.ts MONTH_NAMES, WEEKDAY_NAMES, NUMBER_WORDS; grammar.ts POSSESSIVE_DETERMINERS) in
// place of the copies the extractor's files wrote inline: each is the list those copies held.
describe('lists derived from the lexicon', () => {
  it('gives the calendar names in calendar order, as the patterns read them', () => {
    expect(FULL_MONTH_NAMES).toEqual([
      'january',
      'february',
      'march',
      'april',
      'may',
      'june',
      'july',
      'august',
      'september',
      'october',
      'november',
      'december',
    ]);
    expect(FULL_WEEKDAY_NAMES).toEqual(['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']);
    expect(MONTH_NAME_PATTERN).toBe('January|February|March|April|May|June|July|August|September|October|November|December');
    expect(WEEKDAY_NAME_PATTERN).toBe('Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday');
    expect(MONTH_ABBREVIATIONS).toEqual(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']);
    expect(MONTH_ABBREVIATION_PATTERN).toBe('jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec');
    expect(WEEKDAY_ABBREVIATION_PATTERN).toBe('mon|tue|wed|thu|fri|sat|sun');
  });

  it('gives the ages written as words from one to twelve, and the owners\' pronouns without "whose"', () => {
    expect([...AGE_NUMBER_WORDS]).toEqual(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']);
    expect([...OWNER_PRONOUNS].sort()).toEqual(['her', 'his', 'its', 'my', 'our', 'their', 'your']);
  });

  it('gives the counts of a stretch of time: the number words to ten, "several", "a few"', () => {
    expect(SPAN_COUNT_WORDS).toEqual(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'a few']);
  });

  it('gives the "-ing" prepositions: the participles that are prepositions, and "during"', () => {
    expect([...ING_PREPOSITIONS]).toEqual([...PREPOSITION_PARTICIPLES, 'during']);
  });

  it('writes each short legal form of wire copy as LEGAL_SUFFIXES holds it, small', () => {
    for (const form of SHORT_LEGAL_FORMS) expect(LEGAL_SUFFIXES.has(form.toLowerCase())).toBe(true);
  });
});
