/**
 * Sentences that read as happenings in the past tense but tell a state, a period's bounds, a contrast with how things
 * are, a caption or an old year's figure (each judged no happening on a real record): where a period begins
 * (events/background-states.ts `background:period-bounds`), a progressive over a whole year
 * (`state:progressive-over-a-year`), a past set against a present state (events/background-clauses.ts
 * `background:past-against-present-state`), a relative clause on a list member under a present definition
 * (`background:past-under-present-state`), a caption glued before the lead (events/caption-date.ts
 * `background:caption-before-lead`), a whole year's figure over a year old told after the first paragraph
 * (`background:old-yearly-figure`), and two figures paired by ", while" (`state:paired-figures`).
 */
import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

const titles = (text: string, published: string) => events(text, published).map((m) => m.title);

describe('where a period begins or ends (background:period-bounds)', () => {
  const grain =
    'The Soviet Union has added 175,600 tonnes of U.S. corn to its previous commitments for delivery in the fourth year of the U.S.-USSR Grain Supply Agreement, which began October 1, 1986, the U.S. Agriculture Department said.';

  it('"the fourth year of the U.S.-USSR Grain Supply Agreement, which began October 1, 1986" (Reuters, April 1987)', () => {
    expect(whyNot(grain, '1987-04-09')).toContain('began:background:period-bounds');
    expect(titles(grain, '1987-04-09')).not.toEqual(expect.arrayContaining([expect.stringMatching(/Agreement began/)]));
  });

  it('keeps the thing itself beginning: "The BP oil spill, which began in April" (Reuters, 2010), "USAir\'s tender offer which began today"', () => {
    const spill = 'The BP oil spill, which began in April, is causing an ecological and economic catastrophe along the U.S. Gulf coast.';
    expect(titles(spill, '2010-06-10')).toContain('The BP oil spill began');
    const offer = "Norfolk Southern intends to tender all of its remaining Piedmont common shares in response to USAir's tender offer which began today.";
    expect(whyNot(offer, '1987-03-09')).not.toContain('began:background:period-bounds');
  });
});

describe('a past progressive over a whole year (state:progressive-over-a-year)', () => {
  it('"13 pct of Soviet industrial enterprises were making a loss in 1986" (Reuters, June 1987)', () => {
    const text =
      'In a speech to the 1,500 member body, Ryzhkov said excessive central control by Moscow-based ministries and wasteful use of resources had led to a situation where 13 pct of Soviet industrial enterprises were making a loss in 1986.';
    expect(whyNot(text, '1987-06-29')).toContain('making:state:progressive-over-a-year');
  });

  it('keeps a progressive of a day: "Herald of Free Enterprise was sinking off the Belgian coast tonight" (Reuters, March 1987)', () => {
    const text =
      'The channel ferry Herald of Free Enterprise from the British Townsend Thorensen company was sinking off the Belgian coast tonight with 463 people on board, the Dutch newsagency ANP reported today.';
    expect(titles(text, '1987-03-06')).toEqual(expect.arrayContaining([expect.stringMatching(/was sinking off the Belgian coast/)]));
  });

  it('keeps what a saying announced: "Brazil announced on February 20 that it was suspending interest repayments" (Reuters, 1987)', () => {
    const text = 'Brazil announced on February 20 that it was suspending interest repayments on about 68 billion dlrs of private sector debt.';
    expect(whyNot(text, '1987-03-02')).not.toContain('suspending:state:progressive-over-a-year');
  });
});

describe('a past set against, or defined under, a present state (background:past-*-present-state)', () => {
  it('"While the very young and the very old are most at risk with seasonal flu, the 1918 pandemic primarily struck young adults" (Reuters, April 2009)', () => {
    const text = 'While the very young and the very old are most at risk with seasonal flu, the 1918 pandemic primarily struck young adults.';
    expect(whyNot(text, '2009-04-25')).toContain('struck:background:past-against-present-state');
  });

  it('keeps a recent past set against a present state, and a "while" clause in the past', () => {
    const recent = 'While the virus is mild in most people, it killed a child in Texas on Monday.';
    expect(whyNot(recent, '2009-04-30')).not.toContain('killed:background:past-against-present-state');
    const during = 'While BP was drilling the well in 2009, a fire broke out on the rig.';
    expect(whyNot(during, '2010-06-01')).not.toContain('broke:background:past-against-present-state');
  });

  it('"The "influenza A (H1N1)" designation refers to a family of flu strains, including ... the strain that caused the 1918 influenza pandemic" (Reuters, April 2009)', () => {
    const text =
      'The "influenza A (H1N1)" designation refers to a family of flu strains, including one of the current seasonal strains and the strain that caused the 1918 influenza pandemic that killed an estimated 40 million people or more.';
    expect(whyNot(text, '2009-04-30')).toContain('caused:background:past-under-present-state');
  });
});

describe('a caption glued before the lead, over a year old (background:caption-before-lead)', () => {
  it('"Khanzir was given to the zoo by China in 2002 Afghanistan\'s only known pig has been quarantined ..." (BBC, May 2009)', () => {
    const text =
      "Khanzir was given to the zoo by China in 2002 Afghanistan's only known pig has been quarantined because of fears over swine flu, officials from Kabul Zoo say.\nThe pig, a curiosity in a country where pork products are illegal, lives at the zoo.";
    expect(whyNot(text, '2009-05-07')).toContain('given:background:caption-before-lead');
  });

  it('keeps a caption of the story\'s own days: "BP began drilling two relief wells in May BP says its operation ... is ahead of schedule" (BBC, June 2010)', () => {
    const text =
      'BP began drilling two relief wells in May BP says its operation to drill a relief well to stop the Gulf of Mexico oil leak is "slightly ahead of schedule".';
    const made = events(text, '2010-06-02').find((m) => /began drilling two relief wells/.test(m.title));
    expect(made?.title).toBe('BP began drilling two relief wells');
    expect(made?.rules).toContain('clause:caption-before-lead');
  });

  it('keeps a lead with a mark after its first clause: "Khanzir was given to the zoo by China in 2002, officials say."', () => {
    expect(titles('Khanzir was given to the zoo by China in 2002, officials from Kabul Zoo say.', '2009-05-07')).toEqual(
      expect.arrayContaining([expect.stringMatching(/Khanzir was given to the zoo/)]),
    );
  });
});

describe("a whole year's figure over a year old, after the first paragraph (background:old-yearly-figure)", () => {
  const story = (body: string) =>
    `SINGAPORE PORT TO EXPAND\nSINGAPORE, March 12 - The Port of Singapore Authority (PSA) said it will spend 100 mln dlrs on a new container terminal.\n\n${body}`;

  it('"The PSA handled 529 mln gross-registered tonnes of cargo in 1985, according to the latest available statistics" (Reuters, March 1987)', () => {
    const text = story(
      'The PSA handled 529 mln gross-registered tonnes of cargo in 1985, according to the latest available statistics from the port authority.',
    );
    expect(whyNot(text, '1987-03-12')).toContain('handled:background:old-yearly-figure');
  });

  it('keeps the year just ended ("Standard\'s capital spending totaled 1.77 billion dlrs in 1986") and a lede\'s figure', () => {
    const standard = story("Standard's capital spending totaled 1.77 billion dlrs in 1986.");
    expect(titles(standard, '1987-03-12')).toEqual(expect.arrayContaining([expect.stringMatching(/capital spending totaled 1.77 billion dlrs/)]));
    const lede = "BOLIVIA EXPORTS\nLA PAZ, March 12 - Bolivia's exports totalled 620 mln dlrs in 1985, the central bank said.";
    expect(whyNot(lede, '1987-03-12')).not.toContain('totalled:background:old-yearly-figure');
  });
});

describe('two figures set side by side with ", while", after the first paragraph (state:paired-figures)', () => {
  const story = (body: string) => `STEEL TRADE\nOTTAWA, March 20 - Canadian steel makers said they will seek talks with U.S. officials.\n\n${body}`;

  it('"Canada exported two billion Canadian dlrs worth of steel in 1986, while importing 944-mln dlrs worth of the product" (Reuters, March 1987)', () => {
    const text = story('Canada exported two billion Canadian dlrs worth of steel in 1986, while importing 944-mln dlrs worth of the product in the same year.');
    expect(whyNot(text, '1987-03-20')).toContain('exported:state:paired-figures');
  });

  it('"Imports from the EC in 1986 totalled 830.2 billion escudos, while exports to the Community were 732.1 billion" (Reuters, March 1987)', () => {
    const text = story(
      'Imports from the EC in 1986 totalled 830.2 billion escudos, while exports to the Community were 732.1 billion, compared with 609.5 billion and 607.1 billion the previous year.',
    );
    expect(whyNot(text, '1987-03-11')).toContain('totalled:state:paired-figures');
  });

  it("keeps a lede's pair, and a move paired with another", () => {
    const lede = 'STEEL TRADE\nOTTAWA, March 20 - Canada exported two billion Canadian dlrs worth of steel in 1986, while importing 944-mln dlrs worth of it.';
    expect(whyNot(lede, '1987-03-20')).not.toContain('exported:state:paired-figures');
    const moves = story('Canadian steel exports rose 12 pct in February, while imports fell 3 pct.');
    expect(whyNot(moves, '1987-03-20')).not.toContain('rose:state:paired-figures');
  });
});
