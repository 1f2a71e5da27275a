import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

describe('what an impersonal frame tells is dated by its day and titled with it (title:with-impersonal-frame)', () => {
  it('dates "It emerged on Wednesday that ... had entered" by the Wednesday, the frame written in the title', () => {
    const text =
      'It emerged on Wednesday that a small part of the slick had entered the so-called Loop Current, which could take it to Florida and up the eastern US coast.';
    const found = events(text, '2010-05-21').filter((x) => x.rules.includes('title:with-impersonal-frame'));
    expect(found.map((x) => [x.title, x.time?.value])).toEqual([['It emerged that a small part of the slick had entered Loop Current', '2010-05-19']]);
    expect(found[0].rules).toContain('date:of-report-for-past-perfect');
  }, 60_000);

  it('dates "Yesterday, it was announced that her son Jack had also died" by the day before, "her" named', () => {
    const text =
      'There has been one death, that of 38-year-old Jacqueline Fleming, a mother who gave birth prematurely after contracting the virus. Yesterday, it was announced that her son Jack had also died.';
    const found = events(text, '2009-06-16').filter((x) => x.rules.includes('title:with-impersonal-frame'));
    expect(found.map((x) => [x.title, x.time?.value])).toEqual([['It was announced that Jacqueline Fleming’s son Jack had died', '2009-06-15']]);
  }, 60_000);

  it('writes a frame after the words it tells after them: "..., it was confirmed yesterday"', () => {
    const text = 'Two Britons have contracted swine flu, it was confirmed yesterday, as the total number of cases rose to 13.';
    const found = events(text, '2009-05-02').filter((x) => x.rules.includes('title:with-impersonal-frame'));
    expect(found.map((x) => [x.title, x.time?.value])).toEqual([['Two Britons have contracted swine flu, it was confirmed', '2009-05-01']]);
  }, 60_000);

  it('keeps the own date of what the frame tells: "it was revealed that the blow-out preventer was modified in China in 2005"', () => {
    const text = 'In July it was revealed that the blow-out preventer was modified in China in 2005.';
    expect(events(text, '2010-09-02').map((x) => [x.title, x.time?.value])).toEqual([['The blow-out preventer was modified in China', '2005']]);
  }, 60_000);

  it('takes no frame inside another clause: "closed its doors ... after it emerged that two pupils ... had been confirmed"', () => {
    const text =
      "On Monday, Dolphin School in Battersea, London, closed its doors as a precaution after it emerged that two pupils - siblings of pupils at Alleyn's - had been confirmed with the virus.";
    expect(events(text, '2009-05-02').some((x) => x.rules.includes('title:with-impersonal-frame'))).toBe(false);
  }, 60_000);

  it('leaves a frame with a named sayer to its sayer, and one negated out', () => {
    expect(whyNot('Officials said on Thursday the number of cases had risen to 40.', '2009-05-01')).toContain('risen:date:of-report-without-sayer');
    const text = 'On Monday it was not confirmed that the well had been sealed.';
    expect(events(text, '2010-07-20').some((x) => x.rules.includes('title:with-impersonal-frame'))).toBe(false);
  }, 60_000);
});
