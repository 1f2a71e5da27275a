import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

const titles = (text: string, published: string) => events(text, published).map((m) => m.title);

describe("events/background-states: a year's share or total, a size and a character taken on tell no happening", () => {
  it('makes no event of a year\'s total, "Last year, one billion pounds of fish was harvested from the Gulf" (`state:share-or-total-over-a-year`)', () => {
    const total =
      'Last year, one billion pounds of fish was harvested from the Gulf; now only a tiny fraction of that is being caught in the small areas still open.';
    expect(titles(total, '2010-07-15')).not.toContain('One billion pounds of fish was harvested from the Gulf');
    expect(whyNot(total, '2010-07-15')).toContain('harvested:state:share-or-total-over-a-year');
    // (A quantity of a day is a happening of that day.)
    const day = 'From midnight to noon on 27 June nearly 8000 barrels of oil were collected.';
    expect(titles(day, '2010-06-28')).toContain('Nearly 8000 barrels of oil were collected');
    // (A count of people has no "of": a death toll stays.)
    const toll = 'In 2005, 15 workers died in an explosion at the Texas City refinery.';
    expect(whyNot(toll, '2010-06-28')).not.toContain('died:state:share-or-total-over-a-year');
  }, 60_000);

  it('makes no event of a year\'s share, "81 pct of the country\'s metal exports were channelled through Dar es Salaam last year"', () => {
    const share =
      "The 1986 annual report of Zambia's state-run Metal Marketing Corporation said 81 pct of the country's metal exports were channelled through Dar es Salaam last year, versus 79 pct in 1985.";
    expect(titles(share, '1987-03-20')).not.toContain('81 pct were channelled through Dar es Salaam');
    expect(whyNot(share, '1987-03-20')).toContain('channelled:state:share-or-total-over-a-year');
    // (The report's year is no count: the saying is left to its own rule.)
    expect(whyNot(share, '1987-03-20')).not.toContain('said:state:share-or-total-over-a-year');
    const subsidies = 'About 40 pct of the 1986 subsidies to state enterprises and 33 pct in 1985 were made to maintain low consumer prices.';
    expect(titles(subsidies, '1987-03-02')).not.toContain('33 pct were made to maintain low consumer prices');
    expect(whyNot(subsidies, '1987-03-02')).toContain('made:state:share-or-total-over-a-year');
  }, 60_000);

  it('makes no event of a size, "waves that topped five feet high" (`state:size-measure`)', () => {
    const waves =
      'The area around the leaking wellhead, nearly 50 miles off the Louisiana coast, was buffeted Tuesday by strong, 20-knot winds and resulting waves that topped five feet high Tuesday.';
    expect(titles(waves, '2010-07-07')).not.toContain('Waves topped five feet high');
    expect(whyNot(waves, '2010-07-07')).toContain('topped:state:size-measure');
    // (A measure with no adjective of size is a move: "topped a 76 dlr per share offer".)
    const bid = 'Samjens last week topped a 76 dlr per share offer for Burlington from Morgan Stanley Group by one dlr per share.';
    expect(whyNot(bid, '1987-05-25')).not.toContain('topped:state:size-measure');
  }, 60_000);

  it('makes no event of a character taken on, "the crisis has taken on a more political dimension" (`state:character-taken-on`)', () => {
    const character =
      'This week, the crisis has taken on a more political dimension with UK Prime Minister David Cameron and senior ministers commenting on the oil spill for the first time.';
    expect(titles(character, '2010-06-10')).not.toContain('The crisis has taken on a more political dimension');
    expect(whyNot(character, '2010-06-10')).toContain('taken:state:character-taken-on');
    // (Taking on a task or a debt is a deed.)
    const task = 'Last week BP took on a new role in the cleanup of the Gulf coast.';
    expect(whyNot(task, '2010-06-10')).not.toContain('took:state:character-taken-on');
    const debt = 'Last year the company assumed a larger share of the debt of its partner.';
    expect(whyNot(debt, '2010-06-10')).not.toContain('assumed:state:character-taken-on');
  }, 60_000);
});
