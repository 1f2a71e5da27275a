import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';
import { garbledDigitWord } from './subject-inside-phrase';

/** Each mention's title. */
const titles = (text: string, published: string) => events(text, published).map((m) => m.title);

describe('subjects cut from a longer phrase, and garbled titles on wire copy', () => {
  it('takes no subject from inside an "of" phrase (`subject:inside-of-phrase`)', () => {
    const prospect =
      "The prospect of so much more BP paper in circulation had cut BP shares at 1340 GMT to 824 pence from yesterday's London close of 828 pence.";
    expect(titles(prospect, '1987-03-19')).not.toContain('Much more BP paper in circulation had cut BP shares');
    expect(whyNot(prospect, '1987-03-19')).toContain('cut:subject:inside-of-phrase');
    // (A question word opens a clause of its own: its subject is the clause's.)
    const how = 'The order to seal off the Metropark hotel brought back memories of how SARS started in Hong Kong in February 2003.';
    expect(titles(how, '2009-05-01')).toContain('SARS started in Hong Kong');
  }, 60_000);

  it('reads "as a result of" as a preposition, not as a clause with the subject "a result" (`subject:as-a-noun-of`)', () => {
    const result =
      'He said concrete deals had not yet been finalised as a result of a one billion dollar accord signed in Moscow last month with French businessman Jean-Baptiste Doumeng.';
    expect(titles(result, '1987-03-11')).not.toContain('A result of a one billion dollar accord signed in Moscow');
    expect(whyNot(result, '1987-03-11')).toContain('signed:subject:as-a-noun-of');
  }, 60_000);

  it('writes no subject whose article the parse left before an adverb (`subject:article-cut-off`)', () => {
    const committee =
      'Earlier today, Harper said a recently appointed special committee of independent directors had received expressions of interest from several domestic and foreign firms with respect to restructuring or acquisition transactions.';
    expect(titles(committee, '1987-03-23').filter((x) => x.includes('appointed special committee'))).toEqual([]);
    expect(whyNot(committee, '1987-03-23')).toContain('received:subject:article-cut-off');
    // (An adverb after a whole subject is no part of it: "The company also said it ..." keeps its subject.)
    expect(titles('Chrysler Corp today declared a three-for-two stock split, the company said.', '1987-03-05')).toContain(
      'Chrysler Corp declared a three-for-two stock split',
    );
  }, 60_000);

  it('keeps a coordinated subject whole or writes no title (`subject:last-conjunct`)', () => {
    const talks =
      "The European Community (EC) and Soviet-led Comecon ended talks here, having made progress on setting up formal trade relations, but no breakthrough because of Comecon's refusal to recognise West Berlin as part of the EC, delegates said.";
    expect(titles(talks, '1987-03-20')).not.toContain('Soviet-led Comecon ended talks');
    expect(whyNot(talks, '1987-03-20')).toContain('ended:subject:last-conjunct');
  }, 60_000);

  it('does not make the thing begin when the relative may tell of its ordinal part (`subject:antecedent-in-ordinal-part`)', () => {
    const year =
      'The Soviet Union has added 175,600 tonnes of U.S. corn to its previous commitments for delivery in the fourth year of the U.S.-USSR Grain Supply Agreement, which began October 1, 1986, the U.S. Agriculture Department said.';
    expect(titles(year, '1987-04-09')).not.toContain('The U.S.-USSR Grain Supply Agreement began');
    // (A year is a period whose bounds a relative tells, background-states.ts `background:period-bounds`, which reads
    // the clause first; an ordinal part that is no period noun is this rule's: "in the fourth round of the Uruguay
    // Round talks, which began ...".)
    expect(whyNot(year, '1987-04-09')).toContain('began:background:period-bounds');
    const round = year.replace('fourth year', 'fourth round');
    expect(titles(round, '1987-04-09')).not.toContain('The U.S.-USSR Grain Supply Agreement began');
    expect(whyNot(round, '1987-04-09')).toContain('began:subject:antecedent-in-ordinal-part');
    // (Without an ordinal part, the relative tells of the thing: "a renewal of the International Sugar Agreement,
    // which expired in 1984".)
    const expired = 'Yulo said the Philippines was lobbying for a renewal of the International Sugar Agreement, which expired in 1984.';
    expect(titles(expired, '1987-03-10')).toContain('The International Sugar Agreement expired');
  }, 60_000);

  it('keeps an office\'s "of" phrase or writes no title (`title-office-without-whose:of-phrase-cut`)', () => {
    const named =
      'International Business Machines Corp said it has named James A. Cannavino president of its Data Systems Division, succeeding IBM vice president, Edward M. Davis, who is retiring June 30 and until then will be IBM vice president, technology competitiveness.';
    expect(titles(named, '1987-03-06')).not.toContain('International Business Machines Corp said it has named James A. Cannavino president');
    expect(whyNot(named, '1987-03-06')).toContain('named:title-office-without-whose:of-phrase-cut');
    // ("of the board" says the office is the sayer's own.)
    const board =
      'WINSTON-SALEM, N.C., March 19 - RJR Nabisco Inc said it nominated J. Paul Sticht to become chairman of the board, replacing J. Tylee Wilson, who will take early retirement.';
    expect(whyNot(board, '1987-03-19')).not.toContain('nominated:title-office-without-whose:of-phrase-cut');
  }, 60_000);

  it('writes no title with a digit read for a letter (`title-word-garbled:digit-for-letter`)', () => {
    const lowered =
      "3tandard and Poor's yesterday lowered the rating on Danish long-term external debt to AA from AA-plus, saying Denmark was less competitive with rising labour costs.";
    expect(titles(lowered, '1987-03-17').some((x) => x.includes('3tandard'))).toBe(false);
    expect(whyNot(lowered, '1987-03-17')).toContain('lowered:title-word-garbled:digit-for-letter');
    expect(garbledDigitWord('3tandard')).toBe(true);
    expect(garbledDigitWord('rat1ng')).toBe(true);
    for (const word of ['1980s', '10th', '23rd', '6in-wide', '$10bn', '520m', 'H1N1', 'B-52', '3M', 'PS/2s', "DC-10ER's", '747-SR', 'BA242', 'A310-300'])
      expect(garbledDigitWord(word)).toBe(false);
  }, 60_000);
});
