import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';
import { spelledOut } from './acronym-unexplained';

const titles = (text: string, published: string) => events(text, published).map((m) => m.title);

// Timeline17 (judged unreadable): "the" and an acronym the article never spells out (events/acronym-unexplained.ts).
describe('events: an acronym the article never spells out (subject-cannot-be-placed:acronym-unexplained)', () => {
  it('makes no event of "the LGB" with no "Local Government Board" in the article', () => {
    const lgb =
      'In 1918, when the LGB was finally girded into action late on in the pandemic, Newsholme advised people to avoid sneezing and coughing in public.';
    expect(whyNot(lgb, '2009-04-30')).toContain('girded:subject-cannot-be-placed:acronym-unexplained');
  }, 60_000);

  it('keeps an acronym the article spells out, or one known alone', () => {
    const mms = 'The Minerals Management Service oversees drilling in the Gulf. In 2007 the MMS assessed the environmental impact of drilling in the region.';
    expect(titles(mms, '2010-05-10')).toEqual(expect.arrayContaining([expect.stringMatching(/MMS assessed/)]));
    expect(spelledOut('the Local Government Board (LGB) met', 'LGB')).toBe(true);
    expect(spelledOut('the U.S. Department of Transportation said', 'DOT')).toBe(true);
    expect(spelledOut('Newsholme advised people', 'LGB')).toBe(false);
    expect(whyNot('On Friday the CDC reported 2,254 confirmed cases.', '2009-05-09')).not.toContain('reported:subject-cannot-be-placed:acronym-unexplained');
  }, 60_000);
});
