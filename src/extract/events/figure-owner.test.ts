import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';
import type { ResolvedActor } from '../events';
import { centralBank, ownerOfThing } from './figure-owner';

// (Reuters 1987: figures and things the title gave with no owner, the owner named in the sentence or
// the article; and a reporting body written as the owner of the national figure it reported.)

describe('the owner of a figure or thing given with no owner (events/figure-owner.ts)', () => {
  it('gives total capital spending to the company that tells it (actors:sayer-owns-thing)', () => {
    const text = 'In other areas, USX Corp said total capital spending fell to 962 mln dlrs in 1986 from 1.78 billion dlrs in 1985.';
    const found = events(text, '1987-03-11').find((x) => x.title.includes('capital spending fell'));
    expect(found?.title).toBe('USX Corp’s total capital spending fell to 962 mln dlrs');
    expect(found?.rules).toContain('actors:sayer-owns-thing');
    expect(found?.rules).toContain('title:owner-of-figure');
  }, 60_000);

  it('gives the ratio of debt to capital to the company that tells it', () => {
    const text = 'Exxon Corp said that the ratio of debt to capital was cut by 1.6 pct in 1986 from the previous year to 19 pct.';
    const found = events(text, '1987-03-31').find((x) => x.title.includes('ratio of debt'));
    expect(found?.title).toMatch(/^Exxon Corp’s ratio of debt to capital was cut/);
    expect(found?.rules).toContain('actors:sayer-owns-thing');
  }, 60_000);

  it('gives the attribution written as the short name of the article’s company to that company', () => {
    const text =
      'USX Corp said proved reserves of oil fell 28 pct at the end of 1986.\n\nIn other areas, USX said total capital spending fell to 962 mln dlrs in 1986 from 1.78 billion dlrs in 1985.';
    const found = events(text, '1987-03-11').find((x) => x.title.includes('capital spending fell'));
    expect(found?.title).toMatch(/’s total capital spending fell/);
    expect(found?.rules).toContain('actors:sayer-owns-thing');
  }, 60_000);

  it('gives no owner to plants a restrictive relative picks out: "USX Corp’s plants were shut down" was judged unfaithful (scripts/eval/faithful-lint.ts)', () => {
    const text = [
      'USX SAYS PLANTS MAY CLOSE',
      'USX Corp said its steel unit would be restructured.',
      'The company took a fourth quarter charge of 1.03 billion dlrs.',
      'In a discussion of steel results, USX Corp said plants that were shut down last month and some previously idled plants may be permanently closed.',
    ].join('\n\n');
    // (Some plants, the ones shut down last month: as "USX Corp’s plants" they read as all of them.)
    expect(events(text, '1987-03-11').some((x) => x.title === 'USX Corp’s plants were shut down')).toBe(false);
  }, 60_000);

  it('never makes the reporting department the owner of the figure it reports (subject-cannot-be-placed:figure-of-reporting-body)', () => {
    const text =
      'The report was released before the Commerce Department reported today that personal income rose just 0.2 pct in May, after increasing 0.4 pct in April.';
    expect(events(text, '1987-06-18').some((x) => /Department’s personal income/.test(x.title))).toBe(false);
    expect(whyNot(text, '1987-06-18')).toContain('rose:subject-cannot-be-placed:figure-of-reporting-body');
    // (By any word of its name, "Ministry of Finance".)
    const ministry = "Japan's Ministry of Finance said debt rose to 1,000 trillion yen in 2022.";
    expect(events(ministry, '2023-02-10').some((x) => /Finance’s debt/.test(x.title))).toBe(false);
    expect(whyNot(ministry, '2023-02-10')).toContain('rose:subject-cannot-be-placed:figure-of-reporting-body');
  }, 60_000);

  it('gives no part’s figure to the company, and no other company’s owner', () => {
    const text = [
      'UNION CARBIDE UK SAYS LONG TERM DEBT RISES',
      'Union Carbide Corp said its 1986 long term debt was 3.06 billion dlrs compared to 1.71 billion dlrs in 1985.',
      'Union Carbide sold its agricultural products business in 1986.',
      'In a statement, the company said it defeated a hostile takeover attempt, by GAF Corp GAF, and recapitalized the company.',
      'Operating income at industrial gases rose to 64 mln dlrs from 55 mln in the quarter.',
      'The 1985 operating results include a host of unusual writeoffs.',
      'Capital expenditures rose to 524 mln dlrs in 1986 from 501 mln dlrs.',
      'At chemicals and plastics, expenditures rose to 147 mln dlrs in 1986 from 133 mln.',
    ].join('\n\n');
    expect(events(text, '1987-03-05').some((x) => /GAF.*expenditures/.test(x.title))).toBe(false);
    expect(events(text, '1987-03-05').some((x) => x.title.includes('147 mln'))).toBe(false);
  }, 60_000);

  // (Issue 11: "ADB’s profits touched 287 mln dlrs", "General Motors’ truck sales rose
  // 7.0 pct", "Texaco Inc’s worldwide production by the consolidated subsidiaries declined to 341 mln barrels" were
  // judged unfaithful: the sentence shown names no owner. The article's one company is found
  // (actors:article-company-owns-thing) but not written: the clause makes no event.)
  it('writes no owner the sentence does not name (subject-cannot-be-placed:owner-outside-sentence)', () => {
    const usx = [
      'USX SAYS PLANTS MAY CLOSE',
      'USX Corp said its steel unit would be restructured.',
      'The company took a fourth quarter charge of 1.03 billion dlrs.',
      'Plants that were shut down last month may be permanently closed.',
    ].join('\n\n');
    expect(events(usx, '1987-03-11').some((x) => x.title.includes('shut down'))).toBe(false);
    expect(whyNot(usx, '1987-03-11').some((r) => r.startsWith('shut:subject-cannot-be-placed:'))).toBe(true);
    // (Reuters 1987, Texaco's reserves story.)
    const texaco = [
      'TEXACO SAYS RESERVES FELL',
      'Texaco Inc said its proven reserves fell in 1986.',
      'Texaco Inc said it would spend less on exploration.',
      'Worldwide production by the consolidated subsidiaries declined to 341 mln barrels last year from 362 mln in 1985.',
    ].join('\n\n');
    expect(events(texaco, '1987-03-11').some((x) => x.title.includes('production by the consolidated subsidiaries'))).toBe(false);
    expect(whyNot(texaco, '1987-03-11')).toContain('declined:subject-cannot-be-placed:owner-outside-sentence');
  }, 60_000);

  it('gives no company its workers’ pay, nor a unit’s figures to the parent named in its apposition', () => {
    // (Reuters 1987, Ford and dome sets.)
    const pay = 'Ford said each of it five top executives received bonuses which swelled their pay last year past the one mln dlr mark.';
    expect(events(pay, '1987-04-01').some((x) => x.title.includes('bonuses swelled'))).toBe(false);
    expect(whyNot(pay, '1987-04-01')).toContain('swelled:subject-cannot-be-placed:figure-without-owner');
    const unit =
      'GARDEN Grove, Calif., April 3 - Hyundai Motor America, a unit of Hyundai Motor Co of South Korea, said domestic car sales during the month of March rose to 19,502 compared witrh 10,432 during March last year.';
    expect(events(unit, '1987-04-03').some((x) => /’s domestic car sales/.test(x.title))).toBe(false);
    expect(whyNot(unit, '1987-04-03')).toContain('rose:subject-cannot-be-placed:figure-without-owner');
  }, 60_000);

  it('gives no company an industry’s figure it tells', () => {
    const text = 'General Motors Corp said industry sales fell to 9.8 mln units in 1986.';
    expect(events(text, '1987-03-11').some((x) => /’s industry sales/.test(x.title))).toBe(false);
    expect(whyNot(text, '1987-03-11')).toContain('fell:subject-cannot-be-placed:figure-without-owner');
  }, 60_000);

  it('gives the sayer no figure that is a market’s, a grid’s or an industry’s (actors:sayer-owns-thing)', () => {
    // (Review 44b: each gave a false owner in the title.)
    const cases: [string, string, string][] = [
      ['Salomon Brothers Inc said corporate debt rose 15 pct to 1.2 trillion dlrs in 1986.', '1987-03-11', 'rose'],
      ['ERCOT said power plants were shut down on Monday as temperatures plunged.', '2021-02-16', 'shut'],
      ['Exxon Corp said spending by oil companies fell 30 pct in 1986.', '1987-03-11', 'fell'],
    ];
    for (const [text, day, verb] of cases) {
      const found = events(text, day);
      expect(found.some((x) => /’s /.test(x.title) || x.rules.includes('actors:sayer-owns-thing'))).toBe(false);
      expect(whyNot(text, day)).toContain(`${verb}:subject-cannot-be-placed:figure-without-owner`);
    }
  }, 60_000);

  it('gives the article’s company no figure whose owner the whole subject names, nor a nation’s (actors:article-company-owns-thing)', () => {
    const boeing = [
      'BOEING ORDERS FALL',
      'Boeing Co said its orders fell.',
      'Boeing Co said it would cut jobs.',
      'Spending on new aircraft by airlines fell 20 pct in 1986.',
    ].join('\n\n');
    expect(events(boeing, '1987-03-11').some((x) => /Boeing Co’s spending/.test(x.title))).toBe(false);
    expect(whyNot(boeing, '1987-03-11')).toContain('fell:subject-cannot-be-placed:figure-without-owner');
    const pfizer = [
      'PFIZER TO CUT JOBS',
      'Pfizer Inc said it would cut 500 jobs.',
      'Pfizer Inc said the cuts would save money.',
      'Health spending rose 9 pct in 2022, the highest in a decade.',
    ].join('\n\n');
    expect(events(pfizer, '2023-03-11').some((x) => /Pfizer Inc’s health spending/.test(x.title))).toBe(false);
    expect(whyNot(pfizer, '2023-03-11')).toContain('rose:subject-cannot-be-placed:figure-without-owner');
  }, 60_000);

  it('places no figure a person or an unnamed sayer tells in an article of several companies', () => {
    const text = 'Analysts said expense growth in 1986 increased only one pct over 1985 expenses.';
    expect(events(text, '1987-03-16').some((x) => x.title.includes('growth increased'))).toBe(false);
    expect(whyNot(text, '1987-03-16')).toContain('increased:subject-cannot-be-placed:figure-without-owner');
  }, 60_000);
});

describe('a participle of contrast dates nothing of its clause (date-scope:not-the-comparison)', () => {
  it('does not date a clause by the year it is set against', () => {
    // (On the pattern of Exxon's first quarter, Reuters 1987: "... reduced earnings for refining and marketing operations,
    // contrasting sharply with the unusually strong margins prevailing in the first qtr of 1986".)
    const text = 'Exxon Corp cut refining output in March, contrasting sharply with the unusually strong margins prevailing in the first qtr of 1986.';
    const found = events(text, '1987-04-24').find((x) => x.title === 'Exxon Corp cut refining output');
    expect(found?.rules).toContain('date-scope:not-the-comparison');
    expect(found?.time?.text).toBe('March');
  }, 60_000);
});

describe('a figure with no owner that can be placed, and a central bank that tells a figure', () => {
  it('gives a nation\'s money aggregate with no nation no event: "M-1 money supply rose a provisional 17.3 pct" (`subject-cannot-be-placed:money-aggregate-without-nation`)', () => {
    const text = 'M-1 money supply rose a provisional 17.3 pct to 42.86 billion pesos at the end of December 1986 from 36.52 billion a month earlier.';
    expect(events(text, '1987-03-19')).toEqual([]);
    expect(whyNot(text, '1987-03-19')).toContain('rose:subject-cannot-be-placed:money-aggregate-without-nation');
    expect(events('West German M-3 money supply rose 8.1 pct in March.', '1987-04-19').length).toBe(1);
  }, 60_000);

  it('gives a money aggregate with only a word of which measure before it no event: "Total M2 rose 3.3 pct" (`subject-cannot-be-placed:money-aggregate-without-nation`)', () => {
    // (Reuters, Hong Kong, March 1987; the judges: "whose 'Total M2' is unknown out of context", and so of "Local M2",
    // "Local currency M3", "Total M1".)
    const total = 'Total M2 rose 3.3 pct to 535.26 billion dlrs in January from December when it rose 3.5 pct on the previous month.';
    expect(events(total, '1987-03-03').map((x) => x.title)).not.toContain('Total M2 rose 3.3 pct');
    expect(whyNot(total, '1987-03-03')).toContain('rose:subject-cannot-be-placed:money-aggregate-without-nation');
    const local = 'Local currency M3 rose 3.6 pct to 280.36 billion dlrs from December when it was up 3.4 pct from November.';
    expect(whyNot(local, '1987-03-03')).toContain('rose:subject-cannot-be-placed:money-aggregate-without-nation');
    // (The nation named keeps it: the same article's first sentence.)
    const named = "Hong Kong's broadly defined M3 money supply rose 2.2 pct to 607.17 billion H.K. Dlrs in January, the government said in a statement.";
    const kept = events(named, '1987-03-03');
    expect(kept.map((x) => x.title)).toHaveLength(1);
    expect(kept[0].title).toMatch(/^Hong Kong['’]s broadly defined M3 money supply rose 2.2 pct/);
  }, 60_000);

  it('gives loans and advances of no one no event: "Total loans and advances rose 3.3 pct" (`subject-cannot-be-placed:figure-without-owner`)', () => {
    const text = 'Total loans and advances rose 3.3 pct to 517.19 billion dlrs from December when they rose 1.2 pct.';
    expect(events(text, '1987-03-03')).toEqual([]);
    expect(whyNot(text, '1987-03-03')).toContain('rose:subject-cannot-be-placed:figure-without-owner');
  }, 60_000);

  it('gives world prices of nothing named no event: "World prices plunged" (`subject-cannot-be-placed:price-of-nothing-named`)', () => {
    const text = 'Officials say Egypt can produce up to one mln bpd per day, but production was cut when world prices plunged last year.';
    expect(events(text, '1987-03-05').map((x) => x.title)).not.toContain('World prices plunged');
    expect(whyNot(text, '1987-03-05')).toContain('plunged:subject-cannot-be-placed:price-of-nothing-named');
    // (A noun before the price names the thing: "World oil prices dropped".)
    expect(whyNot('World oil prices dropped sharply last year, the minister said.', '1987-03-05').join(' ')).not.toContain('price-of-nothing-named');
  }, 60_000);

  it('gives no lending rates of no one: "short-term bank lending rates fell to an annualised 13.88 pct" (`subject-cannot-be-placed:figure-without-owner`)', () => {
    const text = 'She said short-term bank lending rates fell to an annualised 13.88 pct at the end of December.';
    expect(whyNot(text, '1987-03-19')).toContain('fell:subject-cannot-be-placed:figure-without-owner');
  }, 60_000);

  it('makes a central bank that tells a figure no owner of it: "The Bundesbank noted that in 1986, spending had increased" (`actors:central-bank-not-owner`)', () => {
    const text = 'The Bundesbank noted that in 1986, spending had increased by more than the three pct annual average rise for 1982 to 1986.';
    const bank: ResolvedActor = { id: 'bundesbank', name: 'Bundesbank', kind: 'organization', start: 4, end: 14 };
    expect(centralBank(text, bank)).toBe(true);
    const at = text.indexOf('spending');
    const span = { start: at, end: at + 'spending'.length };
    const found = ownerOfThing(
      text,
      [bank],
      [{ start: 0, end: text.length }],
      0,
      span,
      span,
      [bank],
      'The Bundesbank',
      () => true,
      () => false,
    );
    expect(found).toEqual({ owner: null, rule: 'actors:central-bank-not-owner' });
    expect(centralBank('Bank of America said', { id: 'b', name: 'Bank of America', kind: 'organization', start: 0, end: 15 })).toBe(false);
  }, 60_000);
});
