import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';
import { explainFile } from '../explain-cli';

/** Each mention's title. */
const titles = (text: string, published: string) => events(text, published).map((m) => m.title);
/** The rules of the mention with this title. */
const rulesOf = (text: string, published: string, title: string) => events(text, published).find((m) => m.title === title)?.rules ?? [];

describe('titles cut before their own head noun or the figure or phrase that completes them', () => {
  it('keeps the -ing head of a one-word subject before the verb (`title:subject-compound-head-kept`)', () => {
    const cargo =
      "CHITTAGONG, March 12 - Cargo handling resumed at Bangladesh's Chittagong port today after 7,000 workers ended their three day walk-out triggered by a pay dispute, port officials said.";
    const all = titles(cargo, '1987-03-12');
    expect(all).not.toContain("Cargo resumed at Bangladesh's Chittagong port");
    expect(all).toContain("Cargo handling resumed at Bangladesh's Chittagong port");
    expect(rulesOf(cargo, '1987-03-12', "Cargo handling resumed at Bangladesh's Chittagong port")).toContain('title:subject-compound-head-kept');
  }, 60_000);

  it('keeps the noun that "a" and a measure of money modify past a comma (`title:modifiers-keep-their-noun`)', () => {
    // (The whole wire story, its date and headline with it: the wire's lede rule dates its present perfect.)
    const story = [
      '---',
      'date: 1987-03-02',
      'source: Reuters',
      '---',
      '# DOW CHEMICAL LAUNCHES 200 MLN SWISS FRANC BOND',
      '',
      'ZURICH, March 2 - Dow Chemical Co has launched a 200 mln Swiss franc, 12-year bond with a 4-3/4 pct coupon priced at 100-1/4 pct, lead manager Union Bank of Switzerland said.',
      '',
    ].join('\n');
    const lines = explainFile('1987-03-02_427.md', new TextEncoder().encode(story));
    const event = lines.find((l) => l.includes('EVENT "Dow Chemical Co'));
    expect(event).toContain('EVENT "Dow Chemical Co has launched a 200 mln Swiss franc bond"');
    expect(event).toContain('title:modifiers-keep-their-noun');
  }, 60_000);

  it('keeps both figures of a quote (`title:quote-pair-kept`)', () => {
    // The wire's own sentence, "Spot-next and one-week rates were put at 6-1/4, 5-3/4 pct after quotes ranging between
    // seven, six yesterday" (Reuters, 4 March 1987), is a level no one set (`state:estimated-level`) and makes no event;
    // the same two-way quote after a move of the rate is a happening, and its title keeps both figures.
    const quote = 'Three-month deposits rose to 6-3/4, 5/8 pct after quotes ranging between 6-1/2, 3/8 yesterday.';
    const all = titles(quote, '1987-03-04');
    expect(rulesOf(quote, '1987-03-04', 'Three-month deposits rose to 6-3/4, 5/8 pct')).toContain('title:quote-pair-kept');
    expect(all).not.toContain('Three-month deposits rose to 6-3/4');
    expect(all).toContain('Three-month deposits rose to 6-3/4, 5/8 pct');
  }, 60_000);

  it('leaves out a place phrase of adjectives with no noun (`title:place-without-noun-left-out`)', () => {
    const flags =
      'Red flags went up on beaches in western Cuban this week, closing them briefly to swimmers amid rumors that the BP oil spill in the U.S. part of the Gulf of Mexico was forcing sharks into Cuban waters.';
    const all = titles(flags, '2010-06-12');
    expect(all).not.toContain('Red flags went up on beaches in western Cuban');
    expect(all).toContain('Red flags went up on beaches');
    expect(rulesOf(flags, '2010-06-12', 'Red flags went up on beaches')).toContain('title:place-without-noun-left-out');
  }, 60_000);

  it('gives no title that cuts a participle from its phrase when the phrase cannot be kept', () => {
    const sown = 'It said last November that the drought reduced total national areas sown with paddy to some 8.25 mln hectares this year, down from 8.5 mln.';
    expect(titles(sown, '1987-03-10')).not.toContain('The drought reduced total national areas sown');
  }, 60_000);
});

describe('titles with no finite verb', () => {
  it('reads an -ed word after a preposition and an adjective as a modifier (`title-cut:verb-inside-phrase`)', () => {
    const olein =
      'LONDON, March 12 - The Indian State Trading Corp bought one, or possibly two, 6,000 tonne cargoes of Malaysian refined bleached deodorised palm olein at its vegetable oil import tender today for Mar 15/Apr 15 shipment at 355 dlrs per tonne cif, traders said.';
    expect(titles(olein, '1987-03-12')).not.toContain('6,000 tonne cargoes of Malaysian refined bleached deodorised palm olein');
    expect(whyNot(olein, '1987-03-12')).toContain('refined:title-cut:verb-inside-phrase');
  }, 60_000);

  it('reads a verb after "the same as" and its noun as a participle (`title-cut:participle-after-as`)', () => {
    const cargoes =
      'The tender calls for one cargo of prompt sugar and two to three with March/April shipment sugar, or the same as the eight cargoes bought at a tender two days ago.';
    expect(titles(cargoes, '1987-03-10')).not.toContain('The eight cargoes bought at a tender');
    expect(whyNot(cargoes, '1987-03-10')).toContain('bought:title-cut:participle-after-as');
  }, 60_000);
});

describe('figures and measures that complete a title', () => {
  it('keeps what a measure after its number measures, its noun alone when need be (`title:measure-keeps-what`)', () => {
    const wheat = 'CHICAGO, March 3 - Bangladesh passed on its weekend tender for 100,000 tonnes of optional origin soft wheat, private export sources said.';
    const all = titles(wheat, '1987-03-03');
    expect(all).not.toContain('Bangladesh passed on its weekend tender for 100,000 tonnes');
    expect(all).toContain('Bangladesh passed on its weekend tender for 100,000 tonnes of wheat');
    expect(rulesOf(wheat, '1987-03-03', 'Bangladesh passed on its weekend tender for 100,000 tonnes of wheat')).toContain('title:measure-keeps-what');
  }, 60_000);

  it('gives no title to a rate "an" introduces without its figure (`title-cut:figure-left-out`)', () => {
    const rate = "MADRID, March 11 - Spain's broad based M-4 money supply rose at an annualised rate of 16.7 pct in February against 8.3 pct in January.";
    expect(titles(rate, '1987-03-11')).not.toContain("Spain's broad based M-4 money supply rose at an annualised rate");
    expect(whyNot(rate, '1987-03-11')).toContain('rose:title-cut:figure-left-out');
  }, 60_000);

  it('gives no title to reports denied without what they claim (`title-cut:deed-without-content`)', () => {
    const reports =
      "China's Ministry of Agriculture, for example, on Wednesday denied overseas reports charging that dead pigs found in a south eastern province might be to blame for swine flu, according to an official Xinhua news agency article.";
    expect(titles(reports, '2009-04-30')).not.toContain("China's Ministry of Agriculture denied overseas reports");
    expect(whyNot(reports, '2009-04-30')).toContain('denied:title-cut:deed-without-content');
  }, 60_000);

  it('gives no title to a post "a" introduces without the body it is in (`title-cut:post-without-its-body`)', () => {
    const director =
      'President Barack Obama on Friday named a new director for the U.S. Centers for Disease Control and Prevention, tapping a health activist who pushed for expanding AIDS testing and banning smoking in restaurants.';
    expect(titles(director, '2009-05-15')).not.toContain('President Barack Obama named a new director');
    expect(whyNot(director, '2009-05-15')).toContain('named:title-cut:post-without-its-body');
  }, 60_000);

  it('reads on past a purchase to what was bought, and gives no title without it (`title-cut:measure-without-what`)', () => {
    const tender =
      'DHAKA, March 14 - Bangladesh floated an international tender for the purchase of 10,000 tonnes of refined soyabean oil for delivery at Chittagong/Chalna port by April 24, Food Ministry officials said.';
    expect(titles(tender, '1987-03-14')).not.toContain('Bangladesh floated an international tender for the purchase');
    expect(whyNot(tender, '1987-03-14')).toContain('floated:title-cut:measure-without-what');
  }, 60_000);

  it('gives no title to a change without what changed (`title-cut:change-without-what-changed`)', () => {
    const rise =
      'The head of another foreign bank said that only a month ago, the Bank of Spain had dismissed his suggestion of a rise in reserve requirements, preferring to pursue its strategy of raising interest rates.';
    expect(titles(rise, '1987-03-10')).not.toContain('The Bank of Spain had dismissed his suggestion of a rise');
    expect(whyNot(rise, '1987-03-10')).toContain('dismissed:title-cut:change-without-what-changed');
    // (What changed, with "the" and nothing that names it, needs its own "of" phrase too.)
    const inflow = 'He said some 75 pct of the money supply increase in 1986 was caused by a sharp rise in the inflow of foreign funds.';
    expect(titles(inflow, '1987-03-10')).not.toContain('Some 75 pct was caused by a sharp rise in the inflow');
    expect(whyNot(inflow, '1987-03-10')).toContain('caused:title-cut:change-without-what-changed');
    // (A noun before the change says what changed.)
    const wage =
      'Venezuelan president Jaime Lusinchi approved a general wage increase in the form of bonuses ranging from 20 to 30 pct and a 120-day price freeze on a basket of basic consumer goods.';
    expect(whyNot(wage, '1987-04-29')).not.toContain('approved:title-cut:change-without-what-changed');
  }, 60_000);

  it('keeps the title of a clause the parse made of the sentence, whatever it read as its verb', () => {
    const unemployed =
      'The number of Spanish registered unemployed rose by 15,608 to 2.98 mln or 21.5 pct of the workforce in January in the sixth consecutive monthly increase, the Labour Ministry said.';
    expect(titles(unemployed, '1987-03-10')).toContain('The number of Spanish registered unemployed rose');
  }, 60_000);
});
