/**
 * Classes of the sixth wire set judged blind: real sentences of Reuters 1987, with the rules that
 * keep, cut or date them.
 */
import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';
import { tagOf } from '../nlp/tagOf.harness';

const dated = (text: string, published: string) => events(text, published).filter((m) => m.time);

describe('wire copy: levels, advice, claims and cut titles', () => {
  it("an amount of money is no counted object: the year is its figure-maker's (date-scope:period-of-the-counted-object)", () => {
    const text = 'Peru registered a 16 mln dlr trade deficit in 1986, its first trade shortfall in four years, a central bank statement said.';
    const m = dated(text, '1987-03-18').find((e) => e.title.startsWith('Peru registered'));
    expect({ title: m?.title, date: m?.time?.value }).toEqual({ title: 'Peru registered a 16 mln dlr trade deficit', date: '1986' });
    expect(m?.rules).not.toContain('date-scope:period-of-the-counted-object');
  }, 60_000);

  it('a title ends on no word that needs its complement (title-cut:word-without-its-complement)', () => {
    const text =
      'President Alan Garcia said Peru has found gold deposits worth an estimated 1.3 billion dlrs in a jungle region near the Ecuadorean border about 1,000 km north of here.';
    expect(events(text, '1987-03-30').map((m) => m.title)).not.toContain('President Alan Garcia said Peru has found gold deposits worth');
    expect(events(text, '1987-03-30').some((m) => /\bworth$/.test(m.title))).toBe(false);
  }, 60_000);

  it('a title ends not inside a hyphenated compound (title-cut:inside-a-hyphenated-compound)', () => {
    const text =
      'Dominion Textile last year made an unsuccesful 104-mln- U.S.-dlr bid for Avondale Mills and has maintained a 120-mln- U.S.-dlr line of credit to be used for an American acquisition.';
    expect(whyNot(text, '1987-04-08')).toContain('made:title-cut:inside-a-hyphenated-compound');
  }, 60_000);

  it("a date after a comparison figure against a closing level is that figure's (date:of-comparison-figure)", () => {
    const text = 'The naira finished at 3.8050 to the dollar, against 3.9050 last week.';
    expect(whyNot(text, '1987-03-05')).toContain('finished:date:of-comparison-figure');
    // (A change keeps its own date: "finished at" only compares with a figure "against" it.)
    expect(dated('The naira finished at 3.8050 to the dollar last week.', '1987-03-05').map((m) => m.time?.value)).toEqual(['1987-02-23']);
  }, 60_000);

  it('a month that ends a range of months dates no clause (date:end-of-a-month-range)', () => {
    expect(whyNot('Peru exported 296.4 tonnes of bismuth to the U.S. During Jan/May 1987.', '1987-07-10')).toContain('exported:date:end-of-a-month-range');
    // (A month alone stays.)
    expect(dated('Peru exported 296.4 tonnes of bismuth in May 1987.', '1987-07-10').map((m) => m.time?.value)).toEqual(['1987-05']);
  }, 60_000);

  it("a clause under what a litigant claims is the claim's (claim-verb-after-plural-subject, claim:inside-what-is-argued)", () => {
    const text = "Burlington lawyers claim Dominion's board decided to attempt a takeover of Burlington after Ammeen met with the board in February.";
    expect(tagOf(text, 'claim')).toEqual({ tag: 'VERB', rule: 'claim-verb-after-plural-subject' });
    expect(whyNot(text, '1987-06-01')).toContain('met:claim:inside-what-is-argued');
    // (Not past an "and" or a "but" that goes on after the claim.)
    const relief =
      'BP insisted it was not yet time to celebrate but there was no mistaking the relief today when a 75 tonne containment cap finally stopped the oil flowing from a rogue well in the Gulf of Mexico after three months.';
    expect(whyNot(relief, '2010-07-16')).not.toContain('stopped:claim:inside-what-is-argued');
    const schools =
      'The government had claimed until late on Thursday that there was nothing unusual about the flu cases and the sudden turnaround that saw schools closed across the capital on Friday angered many Mexicans.';
    expect(whyNot(schools, '2009-04-25')).not.toContain('closed:claim:inside-what-is-argued');
    // (What a sayer said happened stays: "said" is no contending.)
    expect(dated('The company said the board decided to sell the unit after Ammeen met with the board in February.', '1987-06-01').length).toBeGreaterThan(0);
  }, 60_000);

  it("analysts' advice is a view (view:advice-of-analysts)", () => {
    expect(whyNot('Some analysts today recommended clients not buy Burlington at its current levels.', '1987-04-08')).toContain(
      'recommended:view:advice-of-analysts',
    );
  }, 60_000);

  it('a figure that stood at an amount, a price that was trading at one, is a level (state:level-of-a-figure)', () => {
    expect(
      whyNot(
        "At the end of last year, Peru's total foreign debt stood at 14.46 billion dollars, 13.17 billion dollars of which is medium- and-long-term debt, the central bank said.",
        '1987-06-02',
      ),
    ).toContain('stood:state:level-of-a-figure');
    expect(whyNot('As recently as one month ago, silver bullion was trading for about 5.70 dlrs an ounce on world markets.', '1987-04-24')).toContain(
      'trading:state:level-of-a-figure',
    );
    // (A move stays.)
    expect(dated("Peru's exports fell to 2.51 billion dlrs last year from 2.98 billion in 1985.", '1987-03-18').length).toBe(1);
  }, 60_000);
});
