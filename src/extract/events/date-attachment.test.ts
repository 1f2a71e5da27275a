/**
 * A time expression dates the phrase or clause it sits in: the subject's happening noun, the parent's "from ... to",
 * the saying it was said in; a running total's cut-off dates nothing. Sentences from the development topics.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';
import { analyseText } from '../nlp/analyse';
import { segmentSentences } from '../segment';
import { findTimeExpressions } from '../time';
import { eventCandidates } from './candidates';

const dated = (text: string, published: string) => events(text, published).filter((m) => m.time);

describe('events: the date belongs to the phrase or clause it sits in', () => {
  it('gives the first clause no year of a ruling in the subject of the clause after "but" (finite-verb-after-year-of-subject)', () => {
    const text =
      "Exxon was originally assessed punitive damages of $5 billion but a US Supreme Court ruling in 2003 imposed limits on punitive damages, helping reduce Exxon's liability, Fitch said.";
    expect(dated(text, '2010-04-30').map((m) => m.title)).not.toContain('Exxon was originally assessed punitive damages of $5 billion');
    expect(whyNot(text, '2010-04-30')).toContain('assessed:no-date-in-clause');
  });

  it('dates no clause by the month of a happening noun in its subject (date-scope:of-a-happening-noun-in-the-subject)', () => {
    const text =
      "Lack of accurate flow rate estimates at the start of the BP spill in April eroded public confidence in the government's ability to handle the accident response, the panel said.";
    const [c] = eventCandidates(analyseText(text, segmentSentences(text)), [], findTimeExpressions(text, '2010-12-03')).candidates.filter(
      (x) => x.verb === 'eroded',
    );
    expect(c.rules).toContain('date-scope:of-a-happening-noun-in-the-subject');
    expect(dated(text, '2010-12-03').map((m) => m.title)).not.toContain('Lack of accurate flow rate estimates eroded public confidence');
  });

  it('ends a "before" clause at the "to" of its parent\'s "from ... to" (date-scope:from-to-closes-subordinate)', () => {
    const text = 'Skimming has gone from 25,000 barrels of oil a day before the cap was put on to just 56 barrels on Wednesday.';
    const [c] = eventCandidates(analyseText(text, segmentSentences(text)), [], findTimeExpressions(text, '2010-07-23')).candidates.filter(
      (x) => x.verb === 'put',
    );
    expect(c.rules).toContain('date-scope:from-to-closes-subordinate');
    expect(dated(text, '2010-07-23').map((m) => m.title)).not.toContain('The cap was put on');
  });

  it('dates no running total reached "by early this week" (date:cut-off-of-a-total), nor by the day it was told', () => {
    const text =
      // (the sentence's "the company" written as the name it stands for)
      'Individuals and businesses have claimed an estimated $600 million in damages from BP, but BP had paid only $71 million, less than 12 percent, by early this week, the U.S. House Judiciary Committee said on Friday.';
    expect(whyNot(text, '2010-06-18')).toContain('paid:date:cut-off-of-a-total');
    expect(dated(text, '2010-06-18').map((m) => m.title)).not.toContain('BP had paid $71 million');
  });

  it('counts "last week" in what was said from the day of the saying (date:last-week-of-the-sayers-day)', () => {
    // Sunday 10 May 2009; said on Saturday 9 May: the week before is that of Monday 27 April
    const text =
      'H1N1 flu has infected 4,379 people in 29 countries, the World Health Organisation (WHO) said on Sunday, increasing its count by almost a thousand in a day. ' +
      'U.S. officials on Saturday said a man died from the new flu in Washington state last week, bringing the toll in the United States to three.';
    const [m] = dated(text, '2009-05-10').filter((x) => x.title.startsWith('A man'));
    expect(m.title).toBe('A man died from the new flu in Washington state');
    expect(m.time?.value).toBe('2009-04-27');
    expect(m.rules).toContain('date:last-week-of-the-sayers-day');
  });
});

describe('events: no happening of a background figure, no date of a named noun', () => {
  it('dates no clause by the year of a noun in an "of" phrase before its subject (date:names-a-noun-before-the-subject)', () => {
    const text = 'In the case of the 1957 Asian flu outbreak, a human H2N2 virus combined with the genes of a strain found in wild ducks.';
    expect(dated(text, '2009-04-29')).toEqual([]);
    // (a noun of time before "of" sets the clause at it)
    expect(dated('At the time of the 2008 election, Obama pledged to close the prison.', '2009-04-29').map((m) => m.time?.value)).toEqual(['2008']);
  });

  it('makes no happening of a point of a key-points box glued into one sentence (inside-glued-lines), and keeps the article after it', () => {
    const text =
      'What is new about this type of swine flu? ' +
      'The World Health Organization has confirmed that at least some of the human cases are a never-before-seen version of the H1N1 strain of influenza type A. ' +
      'Symptoms usually similar to seasonal flu - but deaths recorded in Mexico It is a new version of the H1N1 strain which caused the 1918 flu pandemic Too early to say whether it will lead to a pandemic Current treatments do work, but there is no vaccine.';
    expect(whyNot(text, '2009-04-28')).toContain('caused:inside-glued-lines');
    expect(dated(text, '2009-04-28')).toEqual([]);
    const after =
      'THE BASICS Symptoms usually similar to seasonal flu It is a new version of the H1N1 strain which caused the 1918 flu pandemic Current treatments do work, but as yet there is no vaccine Good personal hygiene, such as washing hands, covering nose when sneezing advised The Argentine health ministry reported the rise in the death toll on Tuesday.';
    expect(dated(after, '2009-06-24').map((m) => m.title)).toEqual(['The Argentine health ministry reported the rise in the death toll']);
  });

  it("makes no happening of a year's count of deaths from a kind of cause (figure:yearly-death-toll)", () => {
    const text = "Last year 34,000 people in the US died of 'common' influenza viruses without so much as a byline in the press.";
    expect(whyNot(text, '2009-05-02')).toContain('died:figure:yearly-death-toll');
    expect(dated(text, '2009-05-02')).toEqual([]);
    // (The cause after the year and the place: a reader's comment.)
    const comment = 'According to a good friend of mine, who is a doctor in the US, 10,000 people died last year in the US from influenza A.';
    expect(whyNot(comment, '2009-04-30')).toContain('died:figure:yearly-death-toll');
  });
});

describe("events: a title holds its clause's verb (title-without-its-verb)", () => {
  it('makes no verbless "The global economic crisis" of a verb in brackets', () => {
    const text =
      "That still leaves the Indian Ocean tsunami of 2004, Hurricane Katrina in 2005, the global economic crisis that began in 2008 (and was aggravated by Greece's recent financial collapse) and the earthquake in Haiti in January.";
    const titles = dated(text, '2010-06-06').map((m) => m.title);
    expect(titles).not.toContain('The global economic crisis');
    expect(whyNot(text, '2010-06-06')).toContain('aggravated:title-without-its-verb');
  });

  it('gives every clause candidate a title with a verb, whatever the brackets and lists', () => {
    const parts = fc.constantFrom(
      'the global economic crisis',
      'that began in 2008',
      '(and was aggravated by the collapse)',
      '(which killed 11 workers)',
      'BP',
      'capped the well',
      'on Friday',
      'and',
      ',',
      'the earthquake in Haiti in January',
      'Officials said',
      '(',
      ')',
      'was put on',
    );
    fc.assert(
      fc.property(fc.array(parts, { minLength: 3, maxLength: 14 }), (words) => {
        const text = `${words.join(' ')}.`;
        const { candidates } = eventCandidates(analyseText(text, segmentSentences(text)), [], findTimeExpressions(text, '2010-06-06'));
        for (const c of candidates.filter((x) => x.kind === 'clause')) expect(c.title.some((r) => r.role === 'verb')).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
