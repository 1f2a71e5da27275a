import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

describe('a definite object set beside another of its kind (object-cannot-be-placed:set-beside-another)', () => {
  it('drops "A crane lifted the new box": which box, the article told before', () => {
    // (the article's boxes before it: the first containment box, then the new one)
    const text =
      'The containment box was lowered over the leak on Friday. Later Tuesday, a crane lifted the new box from the deck of the Viking Poseidon, one of the more than a dozen boats helping the containment effort, and lowered it into the sea about 50 miles off the Louisiana coast.';
    expect(events(text, '2010-05-12').some((m) => m.title.includes('the new box'))).toBe(false);
    expect(whyNot(text, '2010-05-12')).toContain('lifted:object-cannot-be-placed:set-beside-another');
  }, 60_000);

  it('keeps "the new budget" with no budget told before, and "the former president" (a status, not another of a kind)', () => {
    const budget = 'Parliament approved the new budget on Monday.';
    expect(whyNot(budget, '2010-05-12')).not.toContain('approved:object-cannot-be-placed:set-beside-another');
    const president = 'Police arrested the former president on Monday.';
    expect(whyNot(president, '2010-05-12')).not.toContain('arrested:object-cannot-be-placed:set-beside-another');
  }, 60_000);

  it('keeps a definite object placed by a noun or a phrase after it ("BP put a new tight-fitting cap on the well", "delivered the latest update on the static-kill plan")', () => {
    const text = 'Thad Allen delivered the latest update on the static-kill plan on Sunday.';
    expect(events(text, '2010-08-01').map((m) => m.title)).toContain('Thad Allen delivered the latest update on the static-kill plan');
  }, 60_000);

  it('keeps "the new virus" as a subject: the story\'s own new thing', () => {
    const text = 'The new virus was first reported in two U.S. children in March.';
    expect(events(text, '2009-05-01').map((m) => m.title)).toContain('The new virus was first reported in two U.S. children');
  }, 60_000);
});

describe('a bare plural subject with nothing in the title that places it (subject-cannot-be-placed:bare-plural-alone)', () => {
  it('drops "Ships were getting back in place" (the sentence-first word read as a name: a plural verb agrees with it)', () => {
    const text =
      "Ships were getting back in place today at the Gulf of Mexico site of BP's leaky oil well as crews raced to resume work on plugging the gusher.";
    expect(events(text, '2010-07-25').some((m) => m.title.startsWith('Ships'))).toBe(false);
    expect(whyNot(text, '2010-07-25')).toContain('getting:subject-cannot-be-placed:bare-plural-alone');
  }, 60_000);

  it('keeps a bare plural subject an object or a place places ("Engineers repositioned the cap", "Schools closed across the capital")', () => {
    expect(events('Engineers repositioned the cap on Tuesday.', '2010-06-23').map((m) => m.title)).toContain('Engineers repositioned the cap');
    expect(events('Schools closed across the capital on Friday.', '2009-04-24').map((m) => m.title)).toContain('Schools closed across the capital');
  }, 60_000);
});

describe('a bare plural subject whose deed has what it was done to stays', () => {
  it('keeps "Crews started pumping cement" and "Engineers poured in cement"', () => {
    expect(events('Crews started pumping cement on Friday.', '2010-09-10').map((m) => m.title)).toContain('Crews started pumping cement');
    expect(events('Engineers poured in cement this week.', '2010-08-04').map((m) => m.title)).toContain('Engineers poured in cement');
  }, 60_000);
});
