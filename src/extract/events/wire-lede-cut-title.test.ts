import { describe, expect, it } from 'vitest';
import { explainFile } from '../explain-cli';
import { buildTimeline } from '../pipeline';
import { wireStory as story } from '../wire-story.harness';

// Reuters 1987 stories as the corpus writes them (the headline and first sentence quoted from the stories).
const explained = (published: string, body: string) => explainFile('a.md', story(published, body)[0].bytes).join('\n');
const mentions = (published: string, body: string) =>
  buildTimeline(story(published, body)).events.map((e) => ({ day: e.date?.value, rules: e.mentions[0].rules ?? [], title: e.title }));

const BIDDERS =
  "# ANHEUSER-BUSCH JOINS BID FOR SAN MIGUEL\n\nMANILA, April 8 - Anheuser-Busch Companies Inc BUD.N has joined several other foreign bidders for sequestered shares of the Philippines' largest food and beverage maker San Miguel Corp SANM.MN, the head of a government panel which controls the shares told Reuters.";
const WINDOW =
  '# WINDOW FOR BANK AID IN KUWAIT REMAINS SHUT\n\nKUWAIT, June 1 - The Kuwait Central Bank kept its window for funds to the domestic interbank deposit market shut as banks returned from a four day holiday, dealers said.';
const SUPPORT =
  '# SUBROTO SAYS INDONESIA SUPPORTS TIN PACT EXTENSION\n\nJAKARTA, April 8 - Mines and Energy Minister Subroto confirmed Indonesian support for an extension of the sixth International Tin Agreement (ITA), but said a new pact was not necessary.';
const RATINGS =
  '# SALOMON INC SB SAID TO CUT U.S. BANKS RATINGS\n\nNEW YORK, MARCH 13 - Salomon Inc has lowered its investment ratings on all U.S. money center banks, institutional sources said.';
const BONDS =
  '# GOLDMAN SACHS GIVEN BOGUS EXXON BONDS IN TRADE\n\nLONDON, March 13 - Goldman Sachs International Corp received forged bonds of a unit of Exxon Corp XON in a trade, a spokesman for Goldman Sachs and Co Inc said in a telephone conversation from New York.';
const RULES =
  "# NIGERIA CHANGES AUCTION RULES TO DEFEND THE NAIRA\n\nLAGOS, March 22 - Nigeria's Central Bank has changed the rules governing its foreign exchange auctions in what analysts see as a means of defending the naira currency, which has depreciated steadily.";
const MACINTOSH =
  "# SOFTWARE COS SUPPORT NEW APPLE AAPL PRODUCTS\n\nLOS ANGELES, March 2 - Over 30 software companies announced programs to support Apple Computer Inc's new Macintosh II and Macintosh SE computers.";
const OFFER =
  '# TRANSCANADA TRP UPS DOME DMP BID - REPORT\n\nTORONTO, April 21 - TransCanada PipeLines Ltd has raised its takeover offer for Dome Petroleum Ltd to 5.5 billion Canadian dlrs from 4.3 billion, according to a report on the Canadian Broadcasting Corp (CBC).';
const BUDGET =
  '# KUWAIT SETS HIGHER 1987/88 BUDGET DEFICIT\n\nKUWAIT, June 29 - Kuwait, aided by the recovery in world oil prices, announced a mildly expansionary budget for 1987/88 with a 3.3 pct rise in the deficit to 1.38 billion dinars.';
const COMPLAINT =
  '# CONTINENTAL ILL CIL TO RECHARACTERIZE LOSS\n\nWASHINGTON, March 2 - Continental Illinois Corp settled an administrative complaint by the Securities and Exchange Commission by agreeing to recharacterize 425 mln dlrs previously reported in the second quarter 1984 as a "loss of sale on loans."';
const DEBT =
  "# NIGERIA, FRANCE TO RESCHEDULE OFFICIAL DEBT\n\nPARIS, March 27 - Nigeria and France have signed a bilateral agreement to reschedule Nigeria's official debt to France, government sources said.";
const SUGAR =
  '# TURKEY SETS SUGAR IMPORT TENDER\n\nISTANBUL, March 5 - Turkey has announced a tender to import 100,000 tonnes of white crystal sugar with an advertisement in local newspapers.';

describe('events: a wire lede dated by its headline keeps a title that says what was done', () => {
  for (const [name, published, body, start] of [
    ['bidders (for what)', '1987-04-08', BIDDERS, 'Anheuser-Busch'],
    ['its window (for what, shut)', '1987-06-01', WINDOW, 'The Kuwait Central Bank'],
    ['support (for what)', '1987-04-08', SUPPORT, 'Mines and Energy Minister Subroto confirmed'],
    ['its investment ratings (on whom)', '1987-03-13', RATINGS, 'Salomon Inc has lowered'],
    ['bonds of a unit (of what)', '1987-03-13', BONDS, 'Goldman Sachs International Corp received'],
  ] as const)
    it(`leaves undated a title cut before its noun's phrase: ${name} (\`date:wire-lede-title-cut-before-complement\`)`, () => {
      const all = mentions(published, body);
      expect(all.filter((m) => m.title.startsWith(start) && m.day)).toEqual([]);
      expect(explained(published, body)).toContain('date:wire-lede-title-cut-before-complement');
    }, 60_000);

  for (const [name, published, body, start, rule] of [
    [
      'an offer for Dome ... to 5.5 billion',
      '1987-04-21',
      OFFER,
      'TransCanada PipeLines Ltd has raised its takeover offer for Dome',
      'date:wire-lede-present-perfect',
    ],
    ['a budget for 1987/88', '1987-06-29', BUDGET, 'Kuwait announced a mildly expansionary budget', 'date:wire-lede-told-by-headline-words'],
    [
      'a complaint by the SEC by agreeing',
      '1987-03-02',
      COMPLAINT,
      'Continental Illinois Corp settled an administrative complaint',
      'date:wire-lede-told-by-headline-words',
    ],
    ['an agreement to reschedule debt to France', '1987-03-27', DEBT, 'Nigeria and France have signed a bilateral agreement', 'date:wire-lede-present-perfect'],
    ['a tender with an advertisement', '1987-03-05', SUGAR, 'Turkey has announced a tender', 'date:wire-lede-present-perfect'],
  ] as const)
    it(`dates a title whose cut phrase is a figure, a year or another verb's: ${name} (\`${rule}\`)`, () => {
      const m = mentions(published, body).find((x) => x.title.startsWith(start));
      expect(m?.day).toBe(published);
      expect(m?.rules).toContain(rule);
      expect(m?.rules).not.toContain('date:wire-lede-title-cut-before-complement');
    }, 60_000);

  it('dates a title that keeps the participle its known object goes on with (`title:object-keeps-its-participle`)', () => {
    // ("Nigeria's Central Bank has changed the rules" was cut before what the rules govern, and left undated; the title
    // now keeps it, says what was done, and its headline dates it.)
    const m = mentions('1987-03-22', RULES).find((x) => x.title.startsWith("Nigeria's Central Bank has changed"));
    expect(m?.title).toBe("Nigeria's Central Bank has changed the rules governing its foreign exchange auctions");
    expect(m?.day).toBe('1987-03-22');
    expect(m?.rules).toContain('title:object-keeps-its-participle');
  }, 60_000);

  it('leaves undated a title cut inside a name: "Macintosh" of "Macintosh SE computers"', () => {
    const all = mentions('1987-03-02', MACINTOSH);
    expect(all.filter((m) => m.title.startsWith('Over 30 software companies') && m.day)).toEqual([]);
    expect(explained('1987-03-02', MACINTOSH)).toContain('date:wire-lede-title-cut-before-complement');
  }, 60_000);
});
