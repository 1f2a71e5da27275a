/**
 * Views, claims, levels, rankings and targets told in the past tense, which read as happenings and are none: real
 * sentences of Reuters 1987 wire stories judged blind ("happening: no"), with the rule that keeps each out and a
 * sentence of the same shape that stays a happening.
 */
import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

const titles = (text: string, published: string) => events(text, published).map((m) => m.title);

describe('views, claims, levels, rankings and targets are no happenings', () => {
  it('a phrasal verb of making less of a thing is a stance (view:stance)', () => {
    const text =
      "Sony Corp SNE.T chairman Akio Morita played down the U.S.-Japanese trade conflict, saying that direct investment abroad was the most effective way to reduce Japan's trade surplus.";
    expect(whyNot(text, '1987-04-09')).toContain('played:view:stance');
    expect(titles(text, '1987-04-09')).toEqual([]);
    // (The parser may read the particle as the preposition of the thing shrugged off.)
    expect(whyNot('The minister shrugged off the criticism on Tuesday.', '1987-03-04')).toContain('shrugged:view:stance');
    // (Another particle makes another verb: "played out" tells what happened.)
    expect(whyNot('The dispute played out in court on Monday.', '1987-04-09')).not.toContain('played:view:stance');
  }, 60_000);

  it('an attitude indicated is a view voiced (view-voiced)', () => {
    const text =
      'He said Baker had indicated receptivity to Latin America\'s position during talks yesterday with the so-called "A" countries - Brazil, Argentina and Mexico.';
    expect(whyNot(text, '1987-03-24')).toContain('indicated:view-voiced');
    expect(titles(text, '1987-03-24').some((t) => t.includes('receptivity'))).toBe(false);
  }, 60_000);

  it('an urging in the present perfect with no time of its own is advice over a while (view:urging-over-a-while)', () => {
    const text =
      'A Colombia government trade official has urged the business community to aggressively diversify its activities and stop relying so heavily on coffee.';
    expect(whyNot(text, '1987-04-08')).toContain('urged:view:urging-over-a-while');
    // (An urging of a day stays: "A U.S. lawmaker urged BP to provide more information".)
    const day = 'A U.S. lawmaker on Friday urged BP to provide more information about the oil leak.';
    expect(titles(day, '2010-05-15')).toContain('A U.S. lawmaker urged BP to provide more information');
  }, 60_000);

  it("that someone broke an agreement, told by a speaker, is the speaker's charge (claim:breach-alleged)", () => {
    const text =
      'Acting Turkish Prime Minister Kaya Erdem said earlier today Greek activities in the northern Aegean contravened the 1976 Berne Agreement which set the framework for talks on the Aegean continental shelf.';
    expect(whyNot(text, '1987-03-02')).toContain('contravened:claim:breach-alleged');
    expect(titles(text, '1987-03-02').some((t) => t.includes('contravened'))).toBe(false);
    // (Told with no speaker, a breach stays the article's fact.)
    expect(whyNot('A landslide breached the pipeline on Monday.', '1987-03-02')).not.toContain('breached:claim:breach-alleged');
  }, 60_000);

  it('a saying "in" remarks is a saying, however the parser reads the "in" (saying-verb)', () => {
    const text =
      "Major-General Setijana, military commander of central Java, said in widely-quoted remarks last week that both leftist and rightist extremists were planning to sabotage the polls in an attempt to topple President Suharto's government.";
    expect(titles(text, '1987-03-09').some((t) => /said in remarks/.test(t))).toBe(false);
  }, 60_000);

  it('how many a company employs is a headcount (state:headcount)', () => {
    const text = 'At the beginning of 1987, Sony employed about 1,100 people in Europe.';
    expect(whyNot(text, '1987-04-09')).toContain('employed:state:headcount');
    // (Hiring tells a change and stays.)
    expect(titles('Sony hired about 100 people in Europe in March.', '1987-04-09')).toContain('Sony hired about 100 people in Europe');
  }, 60_000);

  it('a money supply totalled is a level held (state:balance-totaled)', () => {
    const text = "South Korea's M-2 supply in February totalled 33,992 billion won, 18.89 pct up on the year-earlier figure.";
    expect(whyNot(text, '1987-03-11')).toContain('totalled:state:balance-totaled');
    // (A flow over the month stays: "Argentina's meat exports totalled 20,481 tonnes" was judged a happening.)
    expect(whyNot("Argentina's meat exports in December totalled 20,481 tonnes.", '1987-03-11')).not.toContain('totalled:state:balance-totaled');
  }, 60_000);

  it('a superlative that picks out the subject of "be" is a ranking (state:ranking-picks-subject)', () => {
    const text =
      'The sectors which registered the greatest growth in 1986 were fisheries with 10 pct, agriculture at 8.7 pct, transport and communications with 8.1 pct and industry at 8.0 pct, the bank added.';
    expect(whyNot(text, '1987-03-06')).toContain('registered:state:ranking-picks-subject');
    expect(titles(text, '1987-03-06')).toEqual([]);
  }, 60_000);

  it('a figure targeted "at" is a plan (plan:targeted-figure)', () => {
    const text = "Argentina's prime objective in renegotiating the debt was to maintain growth, which has been targeted at four pct in 1987, Baglini said.";
    expect(whyNot(text, '1987-02-26')).toContain('targeted:plan:targeted-figure');
    expect(titles(text, '1987-02-26')).toEqual([]);
  }, 60_000);

  it('what a speaker projects is a forecast (forecast:content)', () => {
    const text =
      'Ford has projected output of 12,000 Tempo and Topaz models equipped with airbags in the 1987 model year, but Automotive News said the current inventory of unsold cars represents a disastrously high 1-1/2-year supply at current selling rates.';
    expect(whyNot(text, '1987-03-02')).toContain('equipped:forecast:content');
    expect(titles(text, '1987-03-02')).toEqual([]);
    // (What a speaker says was done stays.)
    expect(titles('Chrysler Corp said it built 12,000 Dodge Omni cars in March.', '1987-04-02')).toEqual(['Chrysler Corp built 12,000 Dodge Omni cars']);
    // (Only the clause right under the verb: the explosion past the comma is told as fact.)
    const slick =
      "The slick is estimated to cover 16,000 sq miles of ocean, It began on 20 April when an explosion and fire destroyed BP's rig, killing 11 people.";
    expect(whyNot(slick, '2010-05-27')).not.toContain('destroyed:forecast:content');
  }, 60_000);

  it('a possibility raised is a view voiced (view-voiced)', () => {
    const text = "In interviews on Wednesday, BP's managing director, Bob Dudley, raised the possibility of success before the end of July.";
    expect(whyNot(text, '2010-07-09')).toContain('raised:view-voiced');
  }, 60_000);
});
