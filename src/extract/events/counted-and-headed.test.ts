/**
 * Dates and happenings that belong to a part of the sentence, not to its verb (events/counted-and-headed.ts), and the
 * states and names beside them; sentences of Timeline17 and of Reuters wire copy of 1987.
 */
import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';
import { analyseText } from '../nlp/analyse';
import { segmentSentences } from '../segment';
import { findTimeExpressions } from '../time';
import { eventCandidates } from './candidates';

const dated = (text: string, published: string) => events(text, published).filter((m) => m.time);
const candidate = (text: string, published: string, verb: string) =>
  eventCandidates(analyseText(text, segmentSentences(text)), [], findTimeExpressions(text, published)).candidates.find((x) => x.verb === verb);

describe('a date that belongs to a part of the clause', () => {
  it('a month after the counted object of a report dates the things counted (date-scope:period-of-the-counted-object)', () => {
    const text =
      "The U.N.'s Food and Agriculture Organization reported 250 outbreaks of H5N1 in birds in February alone -- in Bangladesh, China, Egypt, India, Indonesia, Laos, Nepal and Vietnam.";
    expect(candidate(text, '2009-05-28', 'reported')?.rules).toContain('date-scope:period-of-the-counted-object');
    expect(dated(text, '2009-05-28').map((m) => m.title)).toEqual([]);
    // (A day stays the report's, and a verb of doing keeps its month.)
    expect(dated('Doctors reported 351 cases in Glasgow and Paisley yesterday.', '2009-06-16').map((m) => m.time?.value)).toEqual(['2009-06-15']);
    expect(dated('Ecuador sold 16.1 mln barrels of crude in January.', '1987-06-10').map((m) => m.time?.value)).toEqual(['1987-01']);
  }, 60_000);

  it("a date a capitals heading sets after its noun is the noun's (date-scope:of-a-heading-noun)", () => {
    const text =
      "THE NORTH SLOPE'S BIGGEST SPILL, MARCH 2, 2006 As production from the Prudhoe Bay field on Alaska's North Slope declined in the late 90s and early 2000s, BP slashed costs to compensate.";
    expect(candidate(text, '2010-08-23', 'slashed')?.rules).toContain('date-scope:of-a-heading-noun');
    expect(dated(text, '2010-08-23').map((m) => m.title)).not.toContain('BP slashed costs to compensate');
    // (A clause that tells of the heading's noun is its happening: the date stays.)
    const cloud =
      'TEXAS CITY VAPOR CLOUD, AUGUST 10, 2005 A gas-oil leak at the Texas City refinery produced a vapor cloud that prompted a "shelter-in-place" order to be issued for the Texas City area.';
    expect(dated(cloud, '2010-08-23').map((m) => `${m.title} ${m.time?.value}`)).toContain('A gas-oil leak produced a vapor cloud 2005-08-10');
  }, 60_000);

  it('a time the story fast-forwards to dates no clause (date-scope:narrative-now)', () => {
    const text = "Fast forward to 2010, and BP's alternative energy division has been left to wither on the vine.";
    expect(candidate(text, '2010-06-14', 'left')?.rules).toContain('date-scope:narrative-now');
    expect(dated(text, '2010-06-14')).toEqual([]);
  }, 60_000);

  it("a date inside the object's proper name dates nothing (date-scope:a-date-in-the-object-name)", () => {
    const text =
      "In a recent interview with The Washington Post, the Brockton, Mass., native, who also oversaw the government's Sept. 11 Victim Compensation Fund, talked about the task ahead.";
    expect(candidate(text, '2010-10-18', 'oversaw')?.rules).toContain('date-scope:a-date-in-the-object-name');
    expect(dated(text, '2010-10-18').map((m) => m.title)).toEqual([]);
    // (Before a common noun the date may be the happening's: "caused the 1918 pandemic" is not touched.)
    expect(candidate('The storm destroyed the 2009 harvest.', '2010-10-18', 'destroyed')?.rules).not.toContain('date-scope:a-date-in-the-object-name');
  }, 60_000);
});

describe('a participle in an apposition', () => {
  it('dates not the clause (date-scope:not-a-participle-in-an-apposition)', () => {
    const text =
      'For the third quarter Zenith reported a loss. The company also said it received Food and Drug Administration approval to market Cefadroxil, a generic version of an antibiotic with domestic sales exceeding 50 mln dlrs in 1986.';
    expect(candidate(text, '1987-03-20', 'received')?.rules).toContain('date-scope:not-a-participle-in-an-apposition');
    expect(dated(text, '1987-03-20').some((m) => m.title.includes('approval') && m.time?.value === '1986')).toBe(false);
  }, 60_000);
});

describe('no happening: hearsay, conditions, comparisons, holdings', () => {
  it('rumors before their phrases of place and time (hearsay:noun-before-its-phrases)', () => {
    const text =
      'There were rumors in world oil markets on Tuesday that Iran had fired shells at an oil camp in northern Kuwait in retaliation for U.S. Attacks on Iranian oil platforms in the Gulf on Monday.';
    expect(whyNot(text, '1987-10-20')).toContain('fired:hearsay:noun-before-its-phrases');
    expect(events(text, '1987-10-20').map((m) => m.title)).toEqual([]);
  }, 60_000);

  it('a participle whose agent is a slide in prices tells a condition (background:pressed-by-a-trend)', () => {
    const text = 'Ecuador, squeezed by a slide last year in prices for crude, its main export, suspended payments to private foreign banks in January.';
    expect(whyNot(text, '1987-03-19')).toContain('squeezed:background:pressed-by-a-trend');
    expect(events(text, '1987-03-19').map((m) => m.title)).toEqual(['Ecuador suspended payments to private foreign banks']);
    // (An earthquake is a happening: "The Ecuadorean economy, struck by an earthquake last month, ..." is not touched.)
    expect(whyNot('The Ecuadorean economy, struck by an earthquake last month, will contract an estimated four pct in 1987.', '1987-04-01')).not.toContain(
      'struck:background:pressed-by-a-trend',
    );
  }, 60_000);

  it('a relative on the noun a comparison measures against (background:the-thing-compared)', () => {
    const text =
      "Intriguingly swine flu is of the same basic type, called H1N1, as the virus that caused the 1918 pandemic, the world's worst outbreak of flu which killed up to 100 million people across the globe.";
    expect(whyNot(text, '2009-04-27')).toContain('caused:background:the-thing-compared');
    expect(whyNot("But it's not nearly as lethal as the bug that caused the 1918 Spanish flu pandemic.", '2009-05-12')).toContain(
      'caused:background:the-thing-compared',
    );
    // (A non-restrictive relative tells a happening of its own.)
    expect(
      whyNot(
        'Although it was not expected to travel over the site, it could come closer than Hurricane Alex, which interrupted the cleanup operations last week.',
        '2010-07-06',
      ),
    ).not.toContain('interrupted:background:the-thing-compared');
    // ("such as" gives examples.)
    expect(whyNot('Several countries such as Mexico, which reported 100 deaths on Monday, closed schools.', '2009-05-12')).not.toContain(
      'reported:background:the-thing-compared',
    );
  }, 60_000);

  it('a stock held in a measure is a holding (state:holding-a-measure)', () => {
    const text =
      'The Chamber estimated the U.S. Strategic stockpile held 180,444 tonnes of tin in December 1986, 137,744 tonnes in excess of of its original stockpile goal of 42,700.';
    expect(whyNot(text, '1987-03-20')).toContain('held:state:holding-a-measure');
    expect(whyNot('The World Health Organisation held an emergency meeting on Thursday.', '2009-06-12')).not.toContain('held:state:holding-a-measure');
  }, 60_000);

  it('no owner for a bare plural a restrictive relative picks out (figure-owner.ts)', () => {
    const text =
      'USX Corp said it expects to restructure its steel operations. In a discussion of steel results, USX said plants that were shut down last month and some previously idled plants may be permanently closed.';
    expect(events(text, '1987-03-27').map((m) => m.title)).not.toContain('USX Corp’s plants were shut down');
    expect(events(text, '1987-03-27').map((m) => m.title)).not.toContain("USX Corp's plants were shut down");
  }, 60_000);

  it('a figure slowed or hurt by a cause is its explanation (claim:figure-explained)', () => {
    const text =
      'Security Pacific Corp SPC said growth in its third-quarter earnings was slowed by the purchase of Rainier Bancorp and the suspension of interest payments on Brazilian and Ecuadorian loans.';
    expect(whyNot(text, '1987-10-19')).toContain('slowed:claim:figure-explained');
    expect(whyNot('Miller said Electrospace earnings last year were hurt by one-time items and but should recover this year.', '1987-03-30')).toContain(
      'hurt:claim:figure-explained',
    );
    // (A thing hit by a happening stays: no figure.)
    expect(whyNot('The rig was hurt by an explosion on Tuesday.', '2010-04-22')).not.toContain('hurt:claim:figure-explained');
  }, 60_000);

  it("a relative word's verb lies before its comma (relative-verb-past-a-comma)", () => {
    const text =
      "It said the boats were intercepted in the Khur Abdullah waterway which separates Kuwait and Iraq's Faw peninsula at the head of the Gulf, captured by Iran last year.";
    expect(whyNot(text, '1987-10-20')).toContain('captured:relative-verb-past-a-comma');
    expect(events(text, '1987-10-20').map((m) => m.title)).toEqual([]);
    // (An aside right after the relative word stays: "which, in 1986, was sold".)
    expect(whyNot('The Spanish flu pandemic, which began in 1918, killed millions of people.', '2009-04-27')).not.toContain('began:relative-verb-past-a-comma');
  }, 60_000);
});
