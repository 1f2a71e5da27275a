/**
 * Dates of comparison figures and of expected happenings in Reuters 1987 wire copy (hughes, goodyear, panam), judged
 * wrong by the judges: the time belongs to the figure compared with, to a part of the clause, or to a happening
 * ahead, not to the clause's happening.
 */
import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

const datedTitles = (text: string, published: string) =>
  events(text, published)
    .filter((m) => m.time)
    .map((m) => `${m.title} @ ${m.time?.value}`);

describe('dates of comparison figures', () => {
  it('"against 222 one year ago": the bare comparison figure\'s date (date:of-comparison-figure)', () => {
    // (The count has its owner: "In Canada, the rig count dropped" keeps no owner in its title and is dropped first.)
    const a = "Canada's rig count dropped by 52 to a total of 131 working rigs, against 222 one year ago. Kerridge attributed the steep drop to the ban.";
    expect(datedTitles(a, '1987-04-09').some((t) => t.endsWith('@ 1986'))).toBe(false);
    expect(whyNot(a, '1987-04-09')).toContain('dropped:date:of-comparison-figure');
    const b =
      'U.S. drilling activity slowed marginally in the week ended today as the number of active rotary rigs fell by three to 749 against 917 one year ago, Hughes Tool Co said.';
    expect(datedTitles(b, '1987-04-13').some((t) => t.endsWith('@ 1986'))).toBe(false);
    expect(whyNot(b, '1987-04-13')).toContain('fell:date:of-comparison-figure');
  });

  it('"reversed last week\'s gain of 23 rigs": the possessive time dates the earlier change (date:of-earlier-change)', () => {
    const text =
      "The latest weekly count of rig activity reversed last week's gain of 23 rigs for a total of 784, which had been the first improvement in the drilling rig count this year.";
    expect(datedTitles(text, '1987-03-30').some((t) => t.includes('reversed'))).toBe(false);
    expect(whyNot(text, '1987-03-30')).toContain('reversed:date:of-earlier-change');
  });

  it('"At this time last year, a total of 109 rigs were working": a level a year back (date:level-a-year-back)', () => {
    const text = 'At this time last year, a total of 109 rigs were working in Canada.';
    expect(datedTitles(text, '1987-04-09')).toEqual([]);
    expect(whyNot(text, '1987-04-09')).toContain('working:date:level-a-year-back');
  });

  it('"In last year\'s first quarter the company lost": the year of a quarter is no full-year date (date:year-of-a-part)', () => {
    const text =
      "Goodyear Tire and Rubber Co said it expects a profit. In last year's first quarter the company lost 60.0 mln dlrs or 55 cts per share on 108.4 mln shares outstanding, after a 110.8 mln dlr writedown of oil reserves of its Celeron Corp unit.";
    expect(datedTitles(text, '1987-04-13').some((t) => t.endsWith('@ 1986'))).toBe(false);
    expect(whyNot(text, '1987-04-13')).toContain('lost:date:year-of-a-part');
  });

  it('"In the same year-ago period": "the same year" cut from "year-ago" (date:cut-from-compound)', () => {
    const text =
      'Goodyear expects to report a profit of more than one dlr a share from continuing operations in the first quarter of 1987. In the same year-ago period, Goodyear reported a loss of 64 cents a share from continuing operations.';
    expect(datedTitles(text, '1987-04-13')).toEqual([]);
    expect(whyNot(text, '1987-04-13')).toContain('reported:date:cut-from-compound');
  });
});

describe('dates of expected happenings', () => {
  it('"expected sparks to fly when governors met ... on Tuesday" (date:of-an-expected-happening)', () => {
    // (Article of Sunday 26 April 1987: the session is the coming Tuesday's.)
    const text = 'The official, who declined to be identified, expected sparks to fly when governors met in formal session on Tuesday.';
    expect(datedTitles(text, '1987-04-26')).toEqual([]);
    expect(whyNot(text, '1987-04-26')).toContain('met:date:of-an-expected-happening');
  });

  it('keeps a "when" clause under a happening: "The company cut its dividend when profits fell on Tuesday"', () => {
    expect(whyNot('Acme Corp cut its dividend when profits fell on Tuesday.', '1987-04-26')).not.toContain('fell:date:of-an-expected-happening');
  });
});
