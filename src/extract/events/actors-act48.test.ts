import { describe, expect, it } from 'vitest';
import { events } from '../events.harness';

// Helper act48: who takes part in a talk, and whose unit's figures a company tells (audits t17-v34, unseen46).
describe('what is discussed takes no part in the talk (actors:topic-of-discussion)', () => {
  const text =
    "British Petroleum Co (BP) said it would pay. On Sunday, US President Barack Obama and UK Prime Minister David Cameron discussed BP's problems at the G20 summit in Canada.";

  it('lists Obama and Cameron, not BP', () => {
    const m = events(text, '2010-06-28').find((x) => x.title.includes('discussed'));
    expect(m?.actors).toEqual(['barack-obama', 'david-cameron']);
    expect(m?.rules).toContain('actors:topic-of-discussion');
  }, 60_000);
});

describe('a company\'s unit after "its" (actors:sayer-owns-its-unit)', () => {
  it('lists Sears, Roebuck and Co beside its Merchandise Group', () => {
    const text =
      'CHICAGO, April 9 - Sears, Roebuck and Co said retail sales of its Merchandise Group in March rose 4.2 pct to 2.62 billion dlrs from 2.51 billion dlrs a year ago.';
    const m = events(text, '1987-04-09').find((x) => x.title.includes('Merchandise Group'));
    expect(m?.actors).toEqual(['sears-roebuck-and-co', 'merchandise-group']);
    expect(m?.rules).toContain('actors:sayer-owns-its-unit');
  }, 60_000);
});

describe('a demonym alone that acts is the company it starts (demonym-short-form-of-company)', () => {
  it('lists American Airlines for "American fired 20 flight attendants"', () => {
    const text =
      "DALLAS, April 9 - AMR Corp's American Airlines will start its own information campaign in its dispute with the Association of Professional Flight Attendants.\n\nLast month, American fired 20 flight attendants for handing out the leaflets at Dallas-Fort Worth Airport.";
    const m = events(text, '1987-04-09').find((x) => x.title.startsWith('American fired'));
    expect(m?.actors).toEqual(['american-airlines']);
  }, 60_000);
});

describe('those on whose behalf a thing is done take part in it (actors:on-whose-behalf)', () => {
  it('lists the two shrimpers the suit was filed for', () => {
    const text =
      'A federal class-action lawsuit was filed late Wednesday on behalf of two commercial shrimpers from Louisiana, Acy J. Cooper Jr. and Ronnie Louis Anderson.';
    const m = events(text, '2010-04-29').find((x) => x.title.includes('lawsuit was filed'));
    expect(m?.actors).toEqual(['acy-j-cooper-jr', 'ronnie-louis-anderson']);
    expect(m?.rules).toContain('actors:on-whose-behalf');
  }, 60_000);
});

describe('a people inside a phrase that describes the subject is no state acting (actors:people-inside-subject-modifier)', () => {
  it('lists no Mexico for the plane taking Mexicans out of China', () => {
    const text =
      // ("The charter plane ..." in the article, a definite the reader cannot place, drops the clause; the
      // indefinite keeps the phrase under test.)
      'A charter plane taking Mexicans out of China landed in Shanghai on Tuesday at about 1300 local time (0500 GMT) to pick up the first group of quarantined Mexicans.';
    const m = events(text, '2009-05-05').find((x) => x.title.includes('landed'));
    expect(m?.actors).toEqual([]);
    expect(m?.rules).toContain('actors:people-inside-subject-modifier');
  }, 60_000);

  it('keeps the state of a people that is the subject itself', () => {
    const m = events('Mexicans protested on Tuesday in the capital.', '2009-05-05').find((x) => x.title.includes('protested'));
    expect(m?.actors).toEqual(['mexico']);
  }, 60_000);
});

describe("a body's name before its panel, committee, delegation or agency (actors:body-before-its-panel)", () => {
  it('lists no House for "A House panel approved legislation"', () => {
    const text = 'A House panel approved legislation Thursday to overhaul the government agency responsible for regulating offshore drilling.';
    const m = events(text, '2010-07-02').find((x) => x.title.includes('approved'));
    expect(m?.actors).toEqual([]);
    expect(m?.rules).toContain('actors:body-before-its-panel');
  }, 60_000);

  it('lists no United Nations for "the United Nations agency raised the alert level"', () => {
    const m = events('On Wednesday the United Nations agency raised the alert level to five.', '2009-04-30').find((x) => x.title.includes('raised'));
    expect(m?.actors).toEqual([]);
  }, 60_000);

  it('keeps the body that acts itself ("The Senate approved the bill")', () => {
    const m = events('The Senate approved the bill on Thursday.', '2010-07-02').find((x) => x.title.includes('approved'));
    expect(m?.actors).toEqual(['senate']);
  }, 60_000);
});
