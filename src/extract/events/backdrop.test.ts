/**
 * The scene of a sentence, what almost did not happen and a year's figures are no happenings a reader can place.
 * Sentences from the development topics.
 */
import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

const titles = (text: string, published: string) => events(text, published).map((m) => m.title);

describe('events: no happening of the scene, of a near-negation or of a yearly figure', () => {
  it('makes no happening of an "as" clause whose verb tells a state under way (backdrop:as-clause-state)', () => {
    const text =
      'As a massive oil slick in the Gulf of Mexico threatened the U.S. coastline Friday, Louisiana Gov. Bobby Jindal (R) expressed alarm that prevention efforts so far have been ineffective.';
    expect(whyNot(text, '2010-04-30')).toContain('threatened:backdrop:as-clause-state');
    expect(titles(text, '2010-04-30')).not.toContain('A massive oil slick threatened the U.S. coastline');
    // (A change done in an "as" clause stays.)
    const done =
      'In the Gulf: Ships steamed to safer waters and coastal workers packed up oil removal operations as remnants of Tropical Storm Bonnie rolled into the Gulf of Mexico on Saturday.';
    expect(titles(done, '2010-07-25')).toContain('Remnants of Tropical Storm Bonnie rolled into the Gulf of Mexico');
  });

  it('makes no happening of a verb after "barely" (near-negation), but keeps "barely" with a verb of narrow success', () => {
    const text =
      "Monday morning newspapers' editorials barely raised the usual spectre of Taiwan sacrificing its democratic self-rule to Communist China in exchange for lucrative trade deals.";
    expect(whyNot(text, '2009-05-18')).toContain('raised:near-negation');
    expect(events(text, '2009-05-18').filter((m) => m.time)).toEqual([]);
    expect(whyNot('The House barely passed the bill on Friday.', '2010-07-31')).not.toContain('passed:near-negation');
  });

  it("makes no happening of a year's profit (figure:yearly-total)", () => {
    const text =
      'The company made an annual profit of nearly $14bn last year, but there is great uncertainty over the impact that legal action and compensation claims could have.';
    expect(whyNot(text, '2010-06-28')).toContain('made:figure:yearly-total');
    expect(titles(text, '2010-06-28')).not.toContain('The company made an annual profit');
  });

  it('makes no happening of barges parked at a place (state:position)', () => {
    const text =
      'On Sunday, huge barges used to collect oil from skimming vessels were parked at the mouth of Mobile Bay, waiting for waves to subside offshore.';
    expect(whyNot(text, '2010-07-05')).toContain('parked:state:position');
    expect(titles(text, '2010-07-05')).not.toContain('Huge barges were parked at the mouth of Mobile Bay');
  });
});

describe('events: no happening of a report of what may be', () => {
  it('makes no happening of "reported that ... may" (announced:possibility)', () => {
    const text =
      'Reuters reported Wednesday that a clause within the U.S. Clean Water Act may expose BP and others to civil fines that are not limited to any finite cap.';
    expect(whyNot(text, '2010-05-26')).toContain('reported:announced:possibility');
    expect(titles(text, '2010-05-26')).toEqual([]);
  });
});

describe('events: no happening of a sum held or of a value calculated', () => {
  it('makes no happening of a sum of money held (state:holding); "held a hearing" stays', () => {
    const text =
      'Members of the congressional committees that oversee the oil and gas industry held more than $11 million in personal financial assets in that sector late last year.';
    expect(whyNot(text, '2010-06-13')).toContain('held:state:holding');
    expect(events(text, '2010-06-13').filter((m) => m.time)).toEqual([]);
    const hearing =
      'Just last week, a House Subcommittee on Energy and Environment held a hearing on the current status of the BP oil spill cleanup effort in the Gulf.';
    expect(titles(hearing, '2010-06-13')).toContain('A House Subcommittee on Energy and Environment held a hearing');
  });

  it('makes no happening of a value "calculated at" a sum (state:measure)', () => {
    const text =
      "Interbrand stripped billions from BP's brand value, which last year was calculated at $3.7bn, ranking the company 83rd, and instead promoted rival oil company Shell.";
    expect(whyNot(text, '2010-09-23')).toContain('calculated:state:measure');
    expect(titles(text, '2010-09-23')).not.toContain("BP's brand value was calculated at $3.7bn");
  });
});

describe("events: no happening of a paper's headlines without what they say", () => {
  it('makes no happening of "ran headlines" (statement-without-content)', () => {
    const text =
      'The Pioneer and Hindustan newspapers ran headlines last week repeating the charge that the US reaction to the Gulf Coast disaster contrasted with its response to the Bhopal gas leak.';
    expect(whyNot(text, '2010-06-14')).toContain('ran:statement-without-content');
    expect(titles(text, '2010-06-14')).not.toContain('The Pioneer and Hindustan newspapers ran headlines');
  });
});

describe('events: no happening of a closing price level', () => {
  it('makes no happening of shares that closed at a level (state:closing-level); a move stays', () => {
    const text = 'BP shares closed at 390p on Friday, recovering the losses suffered during a choppy trading session on Thursday.';
    expect(whyNot(text, '2010-06-01')).toContain('closed:state:closing-level');
    expect(titles(text, '2010-06-01')).not.toContain('BP shares closed at 390p');
    const level = "BP's share price closed on Friday at £4.95, but fell to £4.12 after the markets reopened on Tuesday.";
    expect(whyNot(level, '2010-06-01')).toContain('closed:state:closing-level');
    expect(titles('BP shares closed up 9.5% at 399.4 p on Monday.', '2010-06-08')).toContain('BP shares closed up 9.5%');
  });
});

describe('events: no happening of a guess, a feeling, a gloss or a recalled order in time', () => {
  it('makes no happening of a clause told as a guess (guessed)', () => {
    const text = 'Younger people were probably hit harder by the 1918 flu virus because their immune systems over-reacted.';
    expect(whyNot(text, '2009-05-01')).toContain('hit:guessed');
    expect(titles(text, '2009-05-01')).toEqual([]);
  });

  it('makes no happening of "was incensed" (state:feeling)', () => {
    const text = 'Louisiana Gov. Bobby Jindal was incensed Wednesday after reading the AP story.';
    expect(whyNot(text, '2010-06-09')).toContain('incensed:state:feeling');
    expect(titles(text, '2010-06-09')).not.toContain('Louisiana Gov. Bobby Jindal was incensed');
  });

  it('makes no happening of "was referring to" (gloss:was-referring)', () => {
    const text = 'Obama was referring to testimony this week in Congress by leaders of the three companies involved in the disaster.';
    expect(whyNot(text, '2010-05-14')).toContain('referring:gloss:was-referring');
    expect(titles(text, '2010-05-14')).toEqual([]);
  });

  it('makes no happening of "which followed" an earlier happening (relation:sequence); the sentence\'s own "followed" stays', () => {
    const text = "Investors have already knocked around $30 billion off BP's value over the spill, which followed the April 20 explosion.";
    expect(whyNot(text, '2010-05-20')).toContain('followed:relation:sequence');
    expect(titles(text, '2010-05-20')).not.toContain('The spill followed the explosion');
    expect(titles('The oil spill followed an explosion on a drilling rig in April that killed 11 workers.', '2010-06-20')).toContain(
      'The oil spill followed an explosion on a drilling rig',
    );
  });
});
