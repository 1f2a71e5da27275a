import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';
import { analyseText } from '../nlp/analyse';
import { segmentSentences } from '../segment';
import { findTimeExpressions } from '../time';
import { eventCandidates } from './candidates';

const rulesOf = (text: string, published: string, verb: string) => {
  const { candidates } = eventCandidates(analyseText(text, segmentSentences(text)), [], findTimeExpressions(text, published));
  return candidates.find((c) => c.verb === verb)?.rules ?? [];
};

const dated = (text: string, published: string) =>
  events(text, published)
    .filter((m) => m.time)
    .map((m) => ({ title: m.title, date: m.time!.value, ruled: m.rules.includes('date-scope:year-names-the-subject') }));

describe('a year before the subject names it (date-scope:year-names-the-subject)', () => {
  it('takes no date from the year of a strain named after its pandemic', () => {
    const text = 'The 1918 H1N1 strain passed from humans to pigs, and became the dominant form of flu among pigs.';
    expect(dated(text, '2009-05-02').filter((e) => e.title.startsWith('The 1918 H1N1 strain passed'))).toEqual([]);
    expect(rulesOf(text, '2009-05-02', 'passed')).toContain('date-scope:year-names-the-subject');
    expect(whyNot(text, '2009-05-02')).toContain('passed:no-date-in-clause');
  });

  it('keeps the year of a happening subject: a pandemic, a review, a blowout', () => {
    expect(dated('The 1918 pandemic killed between 40 million and 100 million, according to the World Health Organisation.', '2009-05-12')).toContainEqual({
      title: 'The 1918 pandemic killed between 40 million and 100 million',
      date: '1918',
      ruled: false,
    });
    // ("A 2004 inquiry found a pattern of the company intimidating workers", no company named before, is dropped since
    // ref41: object-cannot-be-placed:company-not-named, company-unnamed.test.ts.)
    expect(dated('A 2004 inquiry found a pattern of BP intimidating workers.', '2010-05-26')).toContainEqual(
      expect.objectContaining({ date: '2004', ruled: false }),
    );
    expect(rulesOf('The 1918 pandemic killed between 40 million and 100 million.', '2009-05-12', 'killed')).not.toContain('date-scope:year-names-the-subject');
    expect(dated('A 2001 review found a serious backlog of safety-critical maintenance.', '2010-05-26')).toContainEqual(
      expect.objectContaining({ date: '2001', ruled: false }),
    );
  });
});
