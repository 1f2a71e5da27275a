import { describe, expect, it } from 'vitest';
import { withoutLegalForm } from '../events';
import { buildTimeline } from '../pipeline';
import { wireStory as story } from '../wire-story.harness';

// Reuters 1987 stories as the corpus writes them: a headline in capitals, then the dateline and the first sentence
// (quoted from the stories), whose sayer is a company's name of two parts or too long for the title.
const events = (published: string, body: string) =>
  buildTimeline(story(published, body)).events.map((e) => ({
    day: e.date?.value,
    rules: e.mentions[0].rules ?? [],
    title: e.title,
    actors: e.actors,
  }));

const USX = "# USX CORP X, UNITS DEBT AFFIRMED BY S/P\n\nNEW YORK, Oct 20 - Standard and Poor's Corp said it affirmed the debt of USX Corp and units.";
const ITT =
  '# ITT ITT LONG DISTANCE UNIT LOWERS WATS RATES\n\nSECAUCUS, N.J., March 23 - International Telephone and Telegraph Corp said its long distance unit lowered rates for two of its WATS services.';
const TEXACO =
  "# TEXACO'S TX DEBT DOWNGRADED TO CAA BY MOODY'S\n\nNEW YORK, April 13 - Moody's Investors Services Inc said it downgraded about 8.2 billion dlrs of debt of Texaco Inc and its units.";
const HARPER =
  "# HARPER HPR GETS BID FROM HARCOURT HBJ\n\nNEW YORK, March 11 - Harper and Row Publishers Inc said it received an acquisition offer from Harcourt Brace Jovanovich INc to acquire all of Harper and Row's shares at 50 dlrs a share in cash.";

describe('events: a wire lede whose sayer is one name of two parts joined by "and"', () => {
  it('titles "Standard and Poor\'s Corp said it affirmed ..." with the sayer, its legal form left out for room', () => {
    const m = events('1987-10-20', USX).find((e) => e.title.startsWith("Standard and Poor's"));
    expect(m?.title).toBe("Standard and Poor's said it affirmed the debt of USX Corp and units");
    expect(m?.day).toBe('1987-10-20');
    expect(m?.rules).toEqual(expect.arrayContaining(['subject:sayer-of-it-one-name', 'title:legal-form-left-out-of-sayer']));
  }, 60_000);

  it('writes the sayer\'s name for "its": "International Telephone and Telegraph Corp’s long distance unit lowered rates"', () => {
    const m = events('1987-03-23', ITT).find((e) => e.title.startsWith('International Telephone'));
    expect(m?.title).toBe('International Telephone and Telegraph Corp’s long distance unit lowered rates');
    expect(m?.day).toBe('1987-03-23');
    expect(m?.rules).toContain('subject:sayer-of-it-one-name');
  }, 60_000);

  it('makes no title of "Harper and Row Publishers Inc said it received ..." whose one name the actors do not read ("Row Publishers Inc")', () => {
    expect(events('1987-03-11', HARPER).filter((e) => /Row Publishers/.test(e.title))).toEqual([]);
  }, 60_000);
});

describe('events: a sayer too long for its title is written without its legal form', () => {
  it('titles "Moody\'s Investors Services Inc said it downgraded about 8.2 billion dlrs of debt of Texaco Inc and its units" in 12 words', () => {
    const m = events('1987-04-13', TEXACO).find((e) => e.title.startsWith("Moody's"));
    expect(m?.title).toBe("Moody's Investors Services said it downgraded debt of Texaco Inc and its units");
    expect(m?.day).toBe('1987-04-13');
    expect(m?.rules).toContain('title:legal-form-left-out-of-sayer');
  }, 60_000);

  it('leaves the "Co" of "Eli Lilly and Co" and "J.P. Morgan and Co Inc", whose "and" would hang', () => {
    expect(withoutLegalForm("Standard and Poor's Corp")).toBe("Standard and Poor's");
    expect(withoutLegalForm('Suffield Financial Corp')).toBe('Suffield Financial');
    expect(withoutLegalForm('Eli Lilly and Co')).toBeNull();
    expect(withoutLegalForm('J.P. Morgan and Co Inc')).toBeNull();
    expect(withoutLegalForm("Moody's")).toBeNull();
  });
});
