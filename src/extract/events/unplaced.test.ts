import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';
import { officePattern } from './unplaced';

const titles = (text: string, published: string) =>
  events(text, published)
    .filter((m) => m.time)
    .map((m) => m.title);

describe('events/unplaced: a title phrase that only points back', () => {
  it('makes no event of a demonstrative a reader cannot place', () => {
    const principles = 'Last year, the House of Representatives acted on these principles by passing a strong and comprehensive energy and climate bill.';
    expect(whyNot(principles, '2010-06-16')).toContain('acted:object-cannot-be-placed:points-back');
    const lunacy = 'The same lunacy occurred in 2006 with avian flu.';
    expect(whyNot(lunacy, '2009-05-01')).toContain('occurred:subject-cannot-be-placed:points-back');
    const deductions = 'Earlier this week, Senate Majority leader Harry Reid introduced a proposal to disallow such deductions in a pending tax bill.';
    expect(titles(deductions, '2010-06-17')).toEqual([]);
  });

  it('keeps a demonstrative of a circumstance: where or how it happened, not what (CIRCUMSTANCE_PREPOSITIONS)', () => {
    const paris = 'The leaders last met in this format in Paris in June 2023.';
    expect(whyNot(paris, '2024-03-15')).not.toContain('met:subject-cannot-be-placed:points-back');
    expect(whyNot(paris, '2024-03-15')).not.toContain('met:object-cannot-be-placed:points-back');
    expect(titles(paris, '2024-03-15').some((x) => x.includes('met'))).toBe(true);
  });

  it('makes no event of "the last one", a word that stands in for a noun named before', () => {
    const text =
      'The world is better prepared but also more vulnerable to the adverse effects of a flu pandemic since the last one occurred in 1968, due to the speed and volume of international travel.';
    expect(whyNot(text, '2009-05-01')).toContain('occurred:subject-cannot-be-placed:points-back');
  });

  it('makes no event of "the email", "the accident", "the plan" with nothing of its own that says which', () => {
    expect(whyNot('It is the first time the flow has been stopped since the accident happened almost three months ago.', '2010-07-16')).toContain(
      'happened:subject-cannot-be-placed:points-back',
    );
    expect(whyNot('But the plan was approved on Friday by national incident commander Thad Allen and energy secretary Steven Chu.', '2010-07-10')).toContain(
      'approved:subject-cannot-be-placed:points-back',
    );
    const creatures =
      'Officials at the National Oceanic and Atmospheric Administration reported this week that four of the polka-dotted creatures, stretching about 40 feet (12 metres) in length, had been spotted swimming in oily water in search of food.';
    expect(titles(creatures, '2010-06-20')).toEqual([]);
  });

  it("keeps the story's own things and a noun that says which", () => {
    expect(titles('The relief well intersected the blown-out well Thursday, and crews started pumping in the cement on Friday.', '2010-09-19')).toContain(
      'The relief well intersected the blown-out well',
    );
    expect(titles('The static kill started Tuesday with engineers pumping enough mud down the top of the well.', '2010-08-06')).toEqual([
      'The static kill started',
    ]);
  });

  it('names "the admiral" as the one person the article calls "Adm.", and no one otherwise', () => {
    const named =
      'Coast Guard Adm. Thad Allen said on Monday that claims were too slow. The admiral this week created a team including officials from the Federal Emergency Management Agency to help with the damage claims.';
    const m = events(named, '2010-06-10').find((x) => x.title.includes('created'));
    expect(m?.title).toBe('Thad Allen created a team');
    expect(m?.rules).toContain('subject:role-of-one-person');
    const unnamed =
      'Allen also confronted BP over the complaints. The admiral this week created a team including officials from the Federal Emergency Management Agency to help with the damage claims.';
    expect(whyNot(unnamed, '2010-06-10')).toContain('created:subject-cannot-be-placed:role');
    expect(new RegExp(`^${officePattern('admiral')}`, 'i').test('Adm. Thad Allen')).toBe(true);
    expect(new RegExp(`^${officePattern('admiral')}`, 'i').test('Admiralty')).toBe(false);
  });
});
