import { describe, expect, it } from 'vitest';
import { sourceName } from './source-name';

describe('sourceName: what "according to" shows', () => {
  it('leaves the date out of the name: "according to BP 19 April" is BP (attribution:date-left-out)', () => {
    const sentence = "The Deepwater Horizon explosion according to BP 19 April - 'Bad ' cement pumped down casing to stop gas and oil leaking into welbore";
    expect(sourceName('BP 19 April', sentence)).toEqual({ name: 'BP', rules: ['attribution:date-left-out'] });
    expect(
      sourceName('Last week Dixons', "Last week Dixons said it won out over rival bidders for Cyclops after getting 54 pct of Cyclop's oustanding.").name,
    ).toBe('Dixons');
  });

  it('cites no one for a day alone: "said Tuesday he will introduce legislation"', () => {
    const sentence =
      "Rep. Edward J. Markey (D-Mass.), who helped lead a probe of the BP spill on the Energy and Commerce Committee, said Tuesday he will introduce legislation encapsulating the commission's recommendations.";
    expect(sourceName('Tuesday', sentence)).toEqual({ name: null, rules: ['attribution:date-left-out', 'attribution:only-a-date'] });
  });

  it('cites no one for one of a group: "One Louisiana resident told the BBC ..." (attribution:one-of-a-group)', () => {
    const sentence = 'One Louisiana resident told the BBC the disaster was more serious than Katrina, the hurricane which devastated the region in 2005.';
    expect(sourceName('One Louisiana resident', sentence)).toEqual({ name: null, rules: ['attribution:one-of-a-group'] });
  });

  it('cites no one for a state after its town: "in Orange Beach, Ala., said" (attribution:place-abbreviation)', () => {
    const sentence =
      'Mike Foster, vice president of marketing at the Alabama Gulf Coast Convention and Visitors Bureau in Orange Beach, Ala., said he spoke Wednesday with two major hotel and condominium partners.';
    expect(sourceName('Ala.', sentence).name).toBeNull();
    expect(sourceName('Y.', 'A spokesman for Rep. Jerrold Nadler (D-N.Y.) said that on Thursday, BP ordered 60,000 gallons of Dispersit.').name).toBeNull();
  });

  it('goes on past a title cut at its full stop: "said Coast Guard Adm. Thad Allen" (attribution:title-goes-on)', () => {
    const sentence =
      "The cap that was put on the ruptured well last week collected about 620,000 gallons (2.3 million liters) of oil on Monday, said Coast Guard Adm. Thad Allen, the government's point man on the crisis.";
    expect(sourceName('Coast Guard Adm', sentence)).toEqual({ name: 'Coast Guard Adm. Thad Allen', rules: ['attribution:title-goes-on'] });
  });

  it('goes back from a legal form to its name: "Pan Am Corp said ..." (attribution:legal-form-goes-back)', () => {
    const sentence = 'Pan Am Corp said February load factor at Pan American World Airways rose two points to 51.9 pct from 49.9 pct a year ago.';
    expect(sourceName('Corp', sentence)).toEqual({ name: 'Pan Am Corp', rules: ['attribution:legal-form-goes-back'] });
  });

  it('leaves out what the comma adds to the name, but not a name with a comma (attribution:apposition-left-out)', () => {
    const ford = 'Ford Motor Co of Canada, 90 pct-owned by Ford Motor Co, said February car sales fell six pct to 13,734 units from year-earlier 14,589 units.';
    expect(sourceName('Ford Motor Co of Canada, 90 pct-owned', ford)).toEqual({ name: 'Ford Motor Co of Canada', rules: ['attribution:apposition-left-out'] });
    const wine = "Robert Wine, a BP spokesman at the company's Houston headquarters, said it was the first break that Hayward has had.";
    expect(sourceName('Robert Wine, a BP spokesman', wine).name).toBe('Robert Wine');
    expect(sourceName('Sears, Roebuck and Co', 'Sears, Roebuck and Co said its February sales rose.')).toEqual({ name: 'Sears, Roebuck and Co', rules: [] });
  });

  it('keeps a name as it is: "BP spokesman Mark Proegler", "A BP spokesman", "The US Coast Guard"', () => {
    for (const name of ['BP spokesman Mark Proegler', 'A BP spokesman', 'The US Coast Guard', 'C.D.C.'])
      expect(sourceName(name, `${name} said the well was capped.`)).toEqual({ name, rules: [] });
  });
});
