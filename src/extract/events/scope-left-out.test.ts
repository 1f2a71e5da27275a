import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

describe('events/scope-left-out: a title keeps the words that say which or how much, or makes no event', () => {
  it('takes no subject from inside dashes (`subject-cannot-be-placed:inside-dashes`)', () => {
    const text =
      'On a stormy Sunday in the Gulf of Mexico, the one piece of good news -- the huge oil slick remains offshore -- was framed by ominous forecasts from government officials as the uncapped well nearly a mile below the surface continued to spew an unknown quantity of crude.';
    expect(events(text, '2010-05-03').map((m) => m.title)).not.toContain('The huge oil slick remains was framed by ominous forecasts');
    expect(whyNot(text, '2010-05-03')).toContain('framed:subject-cannot-be-placed:inside-dashes');
  }, 60_000);

  it('takes no subject cut from its conjunct (`subject-cannot-be-placed:cut-from-conjunct`)', () => {
    const text =
      'Nearly 60 pelican chicks and more than 600 adults were brought to Fort Jackson in June after oil washed onto a rookery on Queen Bess and other nearby islands in coastal Louisiana.';
    expect(events(text, '2010-07-12').map((m) => m.title)).not.toContain('More than 600 adults were brought to Fort Jackson');
    expect(whyNot(text, '2010-07-12')).toContain('brought:subject-cannot-be-placed:cut-from-conjunct');
  }, 60_000);

  it("keeps a place's people with their restrictive relative or makes no event (`subject-cannot-be-placed:restrictive-relative`)", () => {
    const text = 'The site was used to quarantine Hong Kong people who were exposed to the SARS virus back in 2003, a government spokesman said.';
    expect(events(text, '2009-05-02').map((m) => m.title)).not.toContain('Hong Kong people were exposed to the SARS virus');
    expect(whyNot(text, '2009-05-02')).toContain('exposed:subject-cannot-be-placed:restrictive-relative');
  }, 60_000);

  it('tells no part as the whole (`scope-left-out:one-of-several`)', () => {
    const text = '5 May: BP successfully stops the flow of oil from the end of the drilling pipe - one of three leak points.';
    expect(events(text, '2010-06-15').map((m) => m.title)).not.toContain('BP stops the flow of oil');
    expect(whyNot(text, '2010-06-15')).toContain('stops:scope-left-out:one-of-several');
  }, 60_000);

  it('ends no title on "the need" without its infinitive (`title-cut:noun-before-its-infinitive`)', () => {
    const text =
      "Last September, Britain's then justice minister, Jack Straw, admitted the UK had been partly motivated by the need to secure fresh oil contracts when ministers tried, in 2007, to make it easier to release the man convicted of the Lockerbie bombing.";
    expect(events(text, '2010-07-15').map((m) => m.title)).not.toContain('The UK had been partly motivated by the need');
    expect(whyNot(text, '2010-07-15')).toContain('motivated:title-cut:noun-before-its-infinitive');
  }, 60_000);

  it('keeps a dateline dash and a clause after "and": "Oil hit the beaches and cleanup crews arrived on Tuesday"', () => {
    const text = 'NEW ORLEANS -- Officials closed the beach on Monday. Oil hit the beaches and cleanup crews arrived on Tuesday.';
    const titles = events(text, '2010-05-05').map((m) => m.title);
    expect(titles.some((x) => x.includes('closed'))).toBe(true);
    // (The clause after "and" is read: "cleanup crews arrived" says not where, and is no title,
    // events/needed-phrase.ts `title-cut:motion-without-place`.)
    expect(titles.some((x) => x.includes('arrived'))).toBe(false);
    expect(whyNot(text, '2010-05-05')).toContain('arrived:title-cut:motion-without-place');
  }, 60_000);
});
