/**
 * Dates the time stage reads in wire copy of 1987 that are no happening's, or were read coarser than written: a day
 * written as a word (`wireDayWord`), a year that ends a name (`yearInName`), "earlier this month" on the first of the
 * month (`earlierOnFirstDay`). Sentences of Reuters dev sets (cyclops, gencorp, dome).
 */
import { describe, expect, it } from 'vitest';
import { explainTimeExpressions, findTimeExpressions } from '../time';

describe('a day of the month written as a word (wireDayWord)', () => {
  it('reads "February six" as the day (Reuters, 6 March 1987)', () => {
    const [x] = findTimeExpressions('THe tender offer began on February six.', '1987-03-06');
    expect(x).toMatchObject({ text: 'February six', value: '1987-02-06', precision: 'day' });
    expect(x.rules).toContain('wireDayWord');
  });

  it('reads "until April three, from March 20" (Reuters, 20 March 1987)', () => {
    const xs = findTimeExpressions('The group, Cyacq Acquisition Corp, also said it extended the offer until April three, from March 20.', '1987-03-20');
    expect(xs.map((x) => x.value)).toEqual(['1987-04-03', '1987-03-20']);
  });

  it('leaves a count after the month alone: "In February six companies ...", "March nine of the companies"', () => {
    expect(findTimeExpressions('In February six companies reported losses.', '1987-03-06').map((x) => x.text)).toEqual(['February']);
    expect(findTimeExpressions('By March nine of the companies had failed.', '1987-03-20').some((x) => x.rules.includes('wireDayWord'))).toBe(false);
  });

  it('reads "on May six" (capital May is the month) but not "may six"', () => {
    const [x] = findTimeExpressions('The offer now expires on May six.', '1987-04-20');
    expect(x).toMatchObject({ text: 'May six', value: '1987-05-06', precision: 'day' });
    expect(x.rules).toContain('wireDayWord');
    expect(findTimeExpressions('He said on may six people would lose their jobs.', '1987-04-20')).toEqual([]);
  });

  it('leaves a poll or a range after the month alone: "In January four in five voters", "in March two to three pct"', () => {
    for (const text of [
      'In January four in five voters backed the plan.',
      'In February seven in 10 Americans opposed the deal.',
      'Prices in March two to three pct higher were forecast.',
    ]) {
      const xs = findTimeExpressions(text, '1987-04-20');
      expect(xs.some((x) => x.rules.includes('wireDayWord'))).toBe(false);
      expect(xs.every((x) => x.precision === 'month')).toBe(true);
    }
  });
});

describe("a year that ends a proper name is the named thing's (yearInName)", () => {
  it('marks "the Tax Reform Act of 1986" (Reuters, 18 March 1987)', () => {
    const text =
      'Last fall, AFG and Wagner and Brown offered to acquire Lear Siegler Inc for about 1.44 billion dlrs but withdrew the offer when higher bids emerged and due to complications of the Tax Reform Act of 1986.';
    expect(findTimeExpressions(text, '1987-03-18').find((x) => x.text === '1986')?.rules).toContain('yearInName');
  });

  it('keeps a time of the year before "of": "the Summer of 1986", "Christmas of 1985", "March of 1984"', () => {
    const text = 'He came back in the Summer of 1986. They met at Christmas of 1985. It was passed in March of 1984.';
    expect(findTimeExpressions(text, '1987-03-18').map((x) => x.value)).toEqual(['1986', '1985', '1984-03']);
  });
});

describe('"earlier this month" told on the first of the month dates nothing (earlierOnFirstDay)', () => {
  const text = 'Dome submitted a complex proposal earlier this month that includes converting debt to equity.';

  it('sets it aside on 1 April 1987', () => {
    const { expressions, rejected } = explainTimeExpressions(text, '1987-04-01');
    expect(expressions).toEqual([]);
    expect(rejected[0].rules).toContain('earlierOnFirstDay');
  });

  it('reads it on the second of the month', () => {
    expect(findTimeExpressions(text, '1987-04-02')[0]).toMatchObject({ value: '1987-04', precision: 'month' });
  });
});

describe('"last May": the month "May" after a word that introduces a month (chronoCalendarParser.ts `withMayLeftToRefiners`)', () => {
  it('reads "ruled last May against a move" (Reuters, 22 March 1987) as May 1986', () => {
    const xs = findTimeExpressions(
      "The Philippine's Commission on Good Government ruled last May against a move of Neptunia to acquire 33 mln San Miguel shares.",
      '1987-03-22',
    );
    expect(xs.map((x) => [x.text, x.value, x.precision])).toEqual([['last May', '1986-05', 'month']]);
    expect(xs[0].rules).toContain('modifier:last');
  });

  it('still reads no modal "may" and no "May" with no word that introduces a month', () => {
    expect(findTimeExpressions('Prices may rise. May I ask?', '1987-03-22')).toEqual([]);
    expect(findTimeExpressions('Home Secretary Theresa May said the law would change.', '2010-06-01')).toEqual([]);
  });
});
