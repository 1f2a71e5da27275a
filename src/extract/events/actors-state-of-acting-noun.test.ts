import { describe, expect, it } from 'vitest';
import { events } from '../events.harness';

describe('a state named by its demonym on the acting noun (actors:state-of-acting-noun)', () => {
  it('lists Iraq for the oil released from Iraqi oil tankers (BBC, 2010)', () => {
    const text = '1991: 520m gallons were deliberately released from Iraqi oil tankers during the first Gulf War to impede the US invasion.';
    const m = events(text, '2010-04-26').find((x) => x.title.includes('released'));
    expect(m?.title).toBe('520m gallons were deliberately released from Iraqi oil tankers');
    expect(m?.actors).toEqual(['iraq']);
    expect(m?.rules).toContain('actors:state-of-acting-noun');
  }, 60_000);

  it('lists no state before the subject of a passive, which was acted on', () => {
    const m = events('Mexican pig farms were blamed for the outbreak on Monday, officials said.', '2009-04-29');
    expect(m.flatMap((x) => x.actors)).not.toContain('mexico');
    expect(m.flatMap((x) => x.rules)).not.toContain('actors:state-of-acting-noun');
  }, 60_000);

  it('lists Japan for the buyers that purchased, the subject of an active verb with an object', () => {
    const m = events('On Monday, Japanese buyers purchased 20,000 tonnes of sugar.', '1987-03-10').find((x) => x.title.includes('purchased'));
    expect(m?.title).toBe('Japanese buyers purchased 20,000 tonnes of sugar');
    expect(m?.actors).toEqual(['japan']);
  }, 60_000);

  it('lists no state of a subject with no object, in a list, or after a preposition (Reuters, Guardian, Fox News 2009-2010)', () => {
    const none = (text: string, date: string) => events(text, date).every((x) => !x.rules.includes('actors:state-of-acting-noun'));
    expect(none('Last week, a Mexican toddler visiting Texas died.', '2009-05-04')).toBe(true);
    expect(none('On Tuesday a birthday party for a French guest carried on into the small hours.', '2009-05-08')).toBe(true);
    expect(
      none(
        "The 18 U.S. and Canadian inventors displayed their science to save Florida's beaches Thursday in a high-stakes clean-off under the critical gaze of evaluators.",
        '2010-07-02',
      ),
    ).toBe(true);
  }, 60_000);
});
