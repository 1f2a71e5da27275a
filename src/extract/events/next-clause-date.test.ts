import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

const dated = (text: string, published: string) =>
  events(text, published)
    .filter((m) => m.time)
    .map((m) => ({ title: m.title, date: m.time!.value, text: m.time!.text }));

describe('a date after "and" that opens a second verb phrase (date:of-the-next-clause)', () => {
  it('takes no date for the completed review from the year the strategy will be implemented', () => {
    const text =
      'Canada has completed its own cyber-security review and this year will be implementing the National Cyber-Security Strategy as well as creating a new Directorate of Cyber-Security with a mandate to engage closely with the private sector.';
    expect(whyNot(text, '2009-05-06')).toContain('completed:date:of-the-next-clause');
    expect(dated(text, '2009-05-06').filter((e) => e.title.includes('cyber-security review') && e.text === 'this year')).toEqual([]);
  });

  it('keeps a date before the "and"', () => {
    const text = 'Canada completed its own cyber-security review this year and will implement the strategy.';
    expect(dated(text, '2009-05-06').map((e) => e.title)).toContainEqual(expect.stringContaining('Canada completed its own cyber-security review'));
  });

  it('takes no date for the meetings from the day of the signing after "and today" (Reuters, 31 Mar 1987)', () => {
    const text =
      'During his visit, De Clercq has met top Chinese leaders and today signed an agreement to open a European Community Commission office in Peking.';
    expect(whyNot(text, '1987-03-31')).toContain('met:date:of-the-next-clause');
    expect(dated(text, '1987-03-31').filter((e) => e.text === 'today' && e.title.includes('met'))).toEqual([]);
    // (A noun after the date is another thing: the clause keeps it when the parse gives the second verb no clause of its own.)
    expect(whyNot('BP capped the well and on Monday the static kill started.', '2010-08-04')).not.toContain('capped:date:of-the-next-clause');
  });
});
