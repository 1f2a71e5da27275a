import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../pipeline';
import { wireStory as story } from '../wire-story.harness';

// Reuters 1987 stories as the corpus writes them (the headline and first sentence quoted from the stories).
const mention = (published: string, body: string, title: string) =>
  buildTimeline(story(published, body))
    .events.filter((e) => e.title.startsWith(title))
    .map((e) => ({ day: e.date?.value, rules: e.mentions[0].rules ?? [], title: e.title }))[0];

const TWA =
  '# TWA MAKES MERGER OFFER FOR USAIR\n\nNEW YORK, March 3 - Trans World Airlines said it has proposed a cash merger of USAir Group with TWA in which the holders of USAir common would receive 52 dlrs in cash in exchange for each share.';
const CHEVRON =
  "# CHEVRON LAUNCHES PLATFORM OFF CALIFORNIA\n\nSAN FRANCISCO, April 7 - Chevron Corp's Chevron U.S.A. Inc said it has begun the installation of an oil drilling platform, called Platform Gail, in the Sockeye field.";
const OBRIEN =
  "# O'BRIEN ENERGY IN CITICORP LEASE\n\nPHILADELPHIA, March 25 - O'Brien Energy Systems Inc said it has signed a 12-year 12 mln dlr lease with Citicorp covering its wood gasification project in Quincy, Fla.";

describe('events: a wire lede its headline tells in other words', () => {
  it('dates "Trans World Airlines said it has proposed a cash merger" under "TWA MAKES MERGER OFFER" (`date:wire-lede-told-by-headline-paraphrase`)', () => {
    const m = mention('1987-03-03', TWA, 'Trans World Airlines said it has proposed a cash merger');
    expect(m?.day).toBe('1987-03-03');
    expect(m?.rules).toContain('date:wire-lede-saying-of-dateline-day');
    expect(m?.rules).toContain('date:wire-lede-told-by-headline-paraphrase');
  }, 60_000);

  it('dates "... has begun the installation of an oil drilling platform" under "CHEVRON LAUNCHES PLATFORM"', () => {
    const m = mention('1987-04-07', CHEVRON, 'Chevron U.S.A. said it has begun the installation of an oil drilling platform');
    expect(m?.day).toBe('1987-04-07');
    expect(m?.rules).toContain('date:wire-lede-told-by-headline-paraphrase');
  }, 60_000);

  it('reads "IN ... LEASE" as the lease signed: "O\'Brien Energy Systems Inc said it has signed a 12 mln dlr lease"', () => {
    const m = mention('1987-03-25', OBRIEN, "O'Brien Energy Systems Inc said it has signed");
    expect(m?.day).toBe('1987-03-25');
    expect(m?.rules).toContain('date:wire-lede-told-by-headline-paraphrase');
  }, 60_000);

  it('leaves the lede undated under a headline that names another company', () => {
    const other = TWA.replace('TWA MAKES MERGER OFFER FOR USAIR', 'PIEDMONT MAKES MERGER OFFER FOR USAIR');
    expect(mention('1987-03-03', other, 'Trans World Airlines said it has proposed')).toBeUndefined();
  }, 60_000);

  it('leaves a plan undated: "said it will propose" under "TWA MAKES MERGER OFFER"', () => {
    const plan = TWA.replace('has proposed', 'will propose');
    expect(mention('1987-03-03', plan, 'Trans World Airlines said it will propose')?.day).toBeUndefined();
  }, 60_000);

  it('leaves the lede undated under a headline that denies it ("NO MERGER OFFER")', () => {
    const denied = TWA.replace('TWA MAKES MERGER OFFER FOR USAIR', 'TWA MAKES NO MERGER OFFER FOR USAIR');
    expect(mention('1987-03-03', denied, 'Trans World Airlines said it has proposed')).toBeUndefined();
  }, 60_000);
});

const JAPAN =
  '# JAPAN RELAXES RULES ON SECURITIES COMPANY OUTLETS\n\nTOKYO, March 12 - Japan has relaxed its limit on the establishment of securities company outlets in order to service a growing number of individual investors, the Finance Ministry said.';

describe('events: a wire lede whose sayer comes after the words, apart from the title', () => {
  it('dates "Japan has relaxed its limit on the establishment of securities company outlets" as fact (`date:wire-lede-sayer-after-the-words`)', () => {
    const m = mention('1987-03-12', JAPAN, 'Japan has relaxed its limit');
    expect(m?.title).toBe('Japan has relaxed its limit on the establishment of securities company outlets');
    expect(m?.day).toBe('1987-03-12');
    expect(m?.rules).toContain('date:wire-lede-sayer-after-the-words');
    expect(m?.rules).toContain('date:wire-lede-told-by-headline');
  }, 60_000);

  it('leaves it undated under a headline of something else', () => {
    const other = JAPAN.replace('JAPAN RELAXES RULES ON SECURITIES COMPANY OUTLETS', 'TOKYO STOCKS CLOSE HIGHER');
    expect(mention('1987-03-12', other, 'Japan has relaxed')).toBeUndefined();
  }, 60_000);
});
