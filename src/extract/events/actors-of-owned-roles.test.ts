import { describe, expect, it } from 'vitest';
import { events } from '../events.harness';

// Issue 11 (Timeline17): an office written with its owner is the person the article names in it; a thing's
// name that only says whose figure it is takes no part.
describe("an owned office's holder and a name that qualifies a figure", () => {
  const hayward =
    "AP If it's any consolation to the residents of the Gulf of Mexico, BP CEO Tony Hayward didn't win the yacht race he attended this weekend. " +
    'But he did show his disdain for BP\'s head, who caused cringes last month when he said that he wished the crisis would end so he could get his life back "To quote Tony Hayward, he\'s got his life back," Emanuel said in the interview airing Sunday.';

  it('lists the one person the article names as BP\'s chief executive for "BP\'s head" (actors:holder-of-owned-role)', () => {
    const m = events(hayward, '2010-06-20').find((x) => x.title.includes('caused cringes'));
    expect(m?.actors).toEqual(['tony-hayward', 'bp']);
    expect(m?.rules).toContain('actors:holder-of-owned-role');
  }, 60_000);

  it('finds the holder written after the office and a comma (actors:holder-of-owned-role)', () => {
    const text = `Oil company BP's chief executive, Tony Hayward, flew to London on Friday. ${hayward.split('. ')[1]}`;
    const m = events(text, '2010-06-20').find((x) => x.title.includes('caused cringes'));
    expect(m?.actors).toEqual(['tony-hayward', 'bp']);
  }, 60_000);

  it('lists no holder when two people are named in the office', () => {
    const two = `BP CEO Tony Hayward and BP chief executive Bob Dudley met on Monday. ${hayward.split('. ')[1]}`;
    const m = events(two, '2010-06-20').find((x) => x.title.includes('caused cringes'));
    expect(m?.rules).not.toContain('actors:holder-of-owned-role');
    expect(m?.actors).not.toContain('tony-hayward');
  }, 60_000);

  it("leaves out a rig's name that only qualifies a figure (actors:name-qualifies-figure)", () => {
    // (the headline "BP's Deepwater Horizon costs hit $1.25 bn", as a sentence)
    const text =
      "The oil company BP Plc has a new plan. BP's Deepwater Horizon costs reached $1.25bn on Monday. The Deepwater Horizon rig exploded on 20 April.";
    const all = events(text, '2010-06-07');
    const costs = all.find((x) => x.title.includes('costs reached'));
    expect(costs?.actors).not.toContain('deepwater-horizon');
    expect(costs?.rules).toContain('actors:name-qualifies-figure');
    // (the rig as a subject takes part)
    expect(all.find((x) => x.title.includes('exploded'))?.actors).toEqual(['deepwater-horizon']);
  }, 60_000);

  it("leaves out a label's name before a plural noun (actors:name-qualifies-plural-noun)", () => {
    // ("GCSE exams began across the UK today with a design and technology practical test": the exams began, not GCSE;
    // the same shape with a rig's name.)
    const all = events('The Deepwater Horizon rig exploded on 20 April. Deepwater Horizon workers reached the shore on 21 April.', '2010-06-07');
    const workers = all.find((x) => x.title.includes('workers reached'));
    expect(workers?.actors).toEqual([]);
    expect(workers?.rules).toContain('actors:name-qualifies-plural-noun');
    expect(all.find((x) => x.title.includes('exploded'))?.actors).toEqual(['deepwater-horizon']);
    // (a name before what has a price is the company: "Mariner shares fell 60 cents, or 2.57 percent")
    const shares = events('The Deepwater Horizon rig exploded on 20 April. Deepwater Horizon shares fell 60 cents on 21 April.', '2010-06-07');
    expect(shares.find((x) => x.title.includes('shares fell'))?.actors).toEqual(['deepwater-horizon']);
  }, 60_000);

  it('keeps a name before a singular noun that ends in "s" (the lemma decides plural)', () => {
    // ("The Deepwater Horizon crisis began on April 20": "crisis" is one crisis, the rig's.)
    const all = events('The Deepwater Horizon rig exploded on 20 April. The Deepwater Horizon crisis began on April 20.', '2010-06-07');
    const crisis = all.find((x) => x.title.includes('crisis began'));
    expect(crisis?.rules).not.toContain('actors:name-qualifies-plural-noun');
    expect(crisis?.actors).toEqual(['deepwater-horizon']);
  }, 60_000);
});
