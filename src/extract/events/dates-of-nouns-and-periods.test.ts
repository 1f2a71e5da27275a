/**
 * Dates that the text gives of another thing than the clause's happening, or at another precision (date42): the first
 * or last day of a period (time `dayOfPeriod`), a period's end written "end-December" (time `periodEnd`), a date before
 * the noun a causing verb takes (`date:of-what-it-caused`), a date of the noun of a "from" phrase
 * (`date:of-what-it-came-from`). Sentences of the Reuters 1987 dev sets, judged blind.
 */
import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';
import { explainTimeExpressions, findTimeExpressions } from '../time';

const datedTitles = (text: string, published: string) =>
  events(text, published)
    .filter((m) => m.time)
    .map((m) => `${m.title} @ ${m.time?.value}`);

describe('the first or last day of a year or a month is that day (dayOfPeriod)', () => {
  const uccel = 'On the last day of 1986, Uccel completed the buyouts of six companies for a total of about 60 mln dlrs.';

  it('reads "the last day of 1986" as 31 December 1986 (IBM set, 1 June 1987; judged coarser than the text at year precision)', () => {
    const [x] = findTimeExpressions(uccel, '1987-06-01');
    expect(x).toMatchObject({ text: 'the last day of 1986', value: '1986-12-31', precision: 'day' });
    expect(x.rules).toContain('dayOfPeriod');
    expect(datedTitles(uccel, '1987-06-01')).toEqual(['Uccel completed the buyouts of six companies @ 1986-12-31']);
  });

  it('reads "the first day of March 1987" as 1 March; "the end of 1986" gives no day and stays the year', () => {
    const [x] = findTimeExpressions('Acme Corp closed the plant on the first day of March 1987.', '1987-06-01');
    expect(x).toMatchObject({ value: '1987-03-01', precision: 'day' });
    const [y] = findTimeExpressions('Acme Corp sold the unit at the end of 1986.', '1987-06-01');
    expect(y).toMatchObject({ value: '1986', precision: 'year' });
    expect(y.rules).not.toContain('dayOfPeriod');
  });
});

describe('no first or last day of a year that modifies a noun, nor an opening day', () => {
  it('"the first day of 1987 trading" is the first trading day, not 1 January; "the opening day of 2010" is no New Year\'s Day', () => {
    const trading = findTimeExpressions('He said the first day of 1987 trading was quiet.', '1987-06-01');
    expect(trading.map((x) => x.value)).not.toContain('1987-01-01');
    expect(trading.flatMap((x) => x.rules)).not.toContain('dayOfPeriod');
    const opening = findTimeExpressions('Fans packed the stadium on the opening day of 2010.', '2010-06-01');
    expect(opening.map((x) => x.value)).not.toContain('2010-01-01');
  });
});

describe('a period written "to end-December 1986" ends the period a figure covers (periodEnd)', () => {
  it('"Hydraulic reported 4.3 mln dlrs pretax profit in the year to end-December 1986" (Boeing set, 16 June 1987) is not dated December 1986', () => {
    const text = 'Hydraulic reported 4.3 mln dlrs pretax profit in the year to end-December 1986 on sales of 53.2 mln.';
    const { expressions, rejected } = explainTimeExpressions(text, '1987-06-16');
    expect(expressions).toEqual([]);
    expect(rejected[0].rules).toContain('periodEnd');
    expect(datedTitles(text, '1987-06-16')).toEqual([]);
  });
});

describe("a date of another thing's noun is no date of the clause", () => {
  it('"... caused the 1985 crash" is the crash\'s year, not the finding\'s (Boeing set, 19 June 1987: date:of-what-it-caused)', () => {
    const text =
      'The final report, released today, said faulty repairs to the plane in 1978 by Boeing and inadequate inspection by Transport Ministry inspectors caused the 1985 crash, the worst single air disaster in aviation history.';
    expect(datedTitles(text, '1987-06-19').some((t) => t.endsWith('@ 1985'))).toBe(false);
    expect(whyNot(text, '1987-06-19')).toContain('caused:date:of-what-it-caused');
  });

  it('keeps the date of what "lead" or "drive" takes as a transitive verb: "Jones led the 1985 expedition" did the leading', () => {
    expect(datedTitles('Jones led the 1985 expedition to Everest.', '1987-06-01')).toContain('Jones led the 1985 expedition @ 1985');
    expect(whyNot('Senator John Smith led the 2008 campaign against the energy bill.', '2010-06-01')).not.toContain('led:date:of-what-it-caused');
    expect(datedTitles('Senator John Smith led the 2008 campaign against the energy bill.', '2010-06-01')).toHaveLength(1);
  });

  it('keeps the date of an effect no later telling follows: "The fire caused the April 20 shutdown of the refinery"', () => {
    expect(datedTitles('The fire caused the April 20 shutdown of the refinery.', '1987-06-01')).toEqual([
      'The fire caused the shutdown of the refinery @ 1987-04-20',
    ]);
    expect(datedTitles('Police said the leak caused the March 3 explosion at the plant.', '1987-06-01')).toEqual([
      'The leak caused the explosion @ 1987-03-03',
    ]);
    expect(whyNot('The fire caused the April 20 shutdown of the refinery.', '1987-06-01')).not.toContain('caused:date:of-what-it-caused');
  });

  it('keeps the date of the object a verb does: "survived the April 20 inferno", "lost his 1980 reelection bid"', () => {
    expect(datedTitles('Michael Williams survived the April 20 inferno by jumping from the burning rig.', '2010-06-01')).toEqual([
      'Michael Williams survived the inferno @ 2010-04-20',
    ]);
    expect(datedTitles('Jimmy Carter lost his 1980 reelection bid after failing to free the hostages.', '2010-06-01')).toEqual([
      'Jimmy Carter lost his reelection bid @ 1980',
    ]);
  });

  it('"engineered a strong comeback from the dark days of 1982" is not dated 1982 (IBM set, 1 June 1987: date:of-what-it-came-from)', () => {
    const text =
      'Also, Dallas-based Uccel had engineered a strong comeback from the dark days of 1982, when, as Wyly Corp, it lost 7.7 mln dlrs, or 56 cts a share.';
    expect(datedTitles(text, '1987-06-01').some((t) => t.startsWith('Dallas-based Uccel'))).toBe(false);
    expect(whyNot(text, '1987-06-01')).toContain('engineered:date:of-what-it-came-from');
  });

  it('keeps the date of a "from" phrase that tells a start or names a happening: "from the morning of April 20"', () => {
    expect(datedTitles('The crew had worked on the rig from the morning of April 20.', '2010-06-01')).toEqual(['The crew had worked on the rig @ 2010-04-20']);
    expect(datedTitles('Investors fled from the crash of October 1987 into bonds.', '1987-12-01')).toEqual([
      'Investors fled from the crash into bonds @ 1987-10',
    ]);
    expect(whyNot('The crew had worked on the rig from the morning of April 20.', '2010-06-01')).not.toContain('worked:date:of-what-it-came-from');
    expect(whyNot('Oil prices recovered from the lows of March 1987.', '1987-06-01')).toContain('recovered:date:of-what-it-came-from');
  });
});
