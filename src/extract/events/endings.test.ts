import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

/** Each dated mention's title with the ending rules that made it. */
const titled = (text: string, published: string) =>
  events(text, published)
    .filter((m) => m.time)
    .map((m) => ({ title: m.title, rules: m.rules.filter((r) => /^title:(?:ending-keeps|superlative-keeps|year-modifier)/.test(r)) }));

describe("events/endings: what the title's last noun needs, and a year before its noun", () => {
  it('keeps the "of" phrase a noun acts on or belongs to (`title:ending-keeps-of-phrase`)', () => {
    const glimpse =
      'BP gave investors a glimpse of its future Tuesday, one that will feature a new American chief executive, slimmed-down operations, and $32.2 billion or more in payments to clean up and compensate people affected by the massive oil spill in the Gulf of Mexico.';
    expect(titled(glimpse, '2010-07-28')).toContainEqual({ title: 'BP gave investors a glimpse of its future', rules: ['title:ending-keeps-of-phrase'] });
    const causes = 'Earlier this month, BP published its own findings into the causes of the disaster.';
    expect(titled(causes, '2010-11-02')).toContainEqual({
      title: 'BP published its own findings into the causes of the disaster',
      rules: ['title:ending-keeps-of-phrase'],
    });
  }, 60_000);

  it('makes no title of a noun cut before the "of" phrase it needs, when the phrase does not fit (`title-cut:of-phrase-left-out`)', () => {
    const berms =
      'The White House ordered BP to pay for construction of five more large sections of Louisiana barrier island sand berms Wednesday as efforts to contain the gushing Deepwater Horizon oil spill hit more obstacles and the slick approached Florida.';
    expect(titled(berms, '2010-06-03').map((x) => x.title)).not.toContain('The White House ordered BP to pay for construction');
    expect(whyNot(berms, '2010-06-03')).toContain('ordered:title-cut:of-phrase-left-out');
  });

  it('keeps the place a compass word is measured from, or gives no title (`title:compass-keeps-place`, `title-cut:compass-without-place`)', () => {
    const sheen = 'An observation flight spotted a sheen of oil 150 miles west of Tampa, Florida, on Sunday.';
    expect(titled(sheen, '2010-06-08').map((x) => x.title)).not.toContain('An observation flight spotted a sheen of oil 150 miles west');
    expect(whyNot(sheen, '2010-06-08')).toContain('spotted:title-cut:compass-without-place');
    // (The same sentence shortened, so that the place fits.)
    const flight = 'A flight spotted a sheen of oil 150 miles west of Tampa, Florida, on Sunday.';
    expect(events(flight, '2010-06-08').find((m) => m.time)).toMatchObject({ title: 'A flight spotted a sheen of oil 150 miles west of Tampa' });
    expect(events(flight, '2010-06-08').find((m) => m.time)?.rules).toContain('title:compass-keeps-place');
  });

  it('keeps where an area with only "a" lies (`title:area-keeps-place`)', () => {
    const area =
      'State waters closed by the spill have slowly reopened to fishing, most recently in Florida, where regulators on Saturday reopened a 23-mile area off of Escambia County to harvest saltwater fish.';
    const m = events(area, '2010-08-01').find((x) => x.time && x.title.startsWith('Regulators reopened'));
    expect(m?.title).toBe('Regulators reopened a 23-mile area off of Escambia County');
    expect(m?.rules).toContain('title:area-keeps-place');
  });

  it('keeps the scope of a superlative, or gives no title (`title:superlative-keeps-scope`, `title-cut:superlative-without-scope`)', () => {
    const low = "The British energy giant's London share price tumbled to its lowest level in 13 years on Tuesday.";
    expect(titled(low, '2010-06-22').map((x) => x.title)).not.toContain("The British energy giant's London share price tumbled to its lowest level");
    expect(whyNot(low, '2010-06-22')).toContain('tumbled:title-cut:superlative-without-scope');
    // (The same sentence shortened, so that the scope fits.)
    const shares = "BP's London share price tumbled to its lowest level in 13 years on Tuesday.";
    expect(titled(shares, '2010-06-22')).toContainEqual({
      title: "BP's London share price tumbled to its lowest level in 13 years",
      rules: ['title:superlative-keeps-scope'],
    });
  });

  it('keeps a year written before its noun (`title:year-modifier-kept`)', () => {
    const pandemic =
      'The 1918 influenza pandemic -- which killed tens of millions of people -- began mild and returned within six months in a much more lethal form, it said.';
    // ("began mild" is how it was, no happening: not-happenings.ts `state:began-as-adjective`; the relative tells one.)
    expect(titled(pandemic, '2009-05-12').map((x) => x.title)).toContain('The 1918 influenza pandemic killed tens of millions of people');
    const asian = 'In 1968 a "Hong Kong" flu pandemic killed about 1 million people globally, and a 1957 pandemic killed 2 million.';
    expect(titled(asian, '2009-04-27')).toContainEqual({ title: 'A 1957 pandemic killed 2 million', rules: ['title:year-modifier-kept'] });
  });

  it('keeps a month and day written between "of" and its noun', () => {
    const wrath =
      "Barack Obama today risked the wrath of September 11 victim's families by comparing the BP oil spill to the 2001 terrorist attacks, as pressure intensified on the White House to show greater urgency over the crisis.";
    expect(titled(wrath, '2010-06-14')).toContainEqual({
      title: "Barack Obama risked the wrath of September 11 victim's families",
      rules: ['title:year-modifier-kept'],
    });
  });
});

describe('events/endings: a figure at the end of a title', () => {
  it('keeps the "of" phrase after a figure (`title:figure-keeps-of-phrase`)', () => {
    const flu =
      'The 1918 influenza pandemic -- which killed tens of millions of people -- began mild in the spring, disappeared in the summer and came back in a much more deadly form in the autumn.';
    const m = events(flu, '2009-04-28').find((x) => x.title.includes('killed'));
    expect(m?.title).toBe('The 1918 influenza pandemic killed tens of millions of people');
    expect(m?.rules).toContain('title:figure-keeps-of-phrase');
  }, 60_000);

  it('gives no title to a figure cut before its "of" phrase (`title-cut:figure-without-of`)', () => {
    const sawed =
      "As BP hacked away at a pipe gushing oil at the bottom of the Gulf of Mexico, investors sawed off 15 percent, or $21.1 billion, of the company's market value Tuesday.";
    expect(events(sawed, '2010-06-02').map((m) => m.title)).not.toContain('Investors sawed off 15 percent, or $21.1 billion');
  }, 60_000);
});
