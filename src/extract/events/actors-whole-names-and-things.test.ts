import { describe, expect, it } from 'vitest';
import { findActorMentions } from '../actors';
import { events, whyNot } from '../events.harness';

describe("an organisation's whole name, and things that are no actors", () => {
  it('lists the PSA, whose initials spell the Port of Singapore Authority (name-whole-as-initials-spell)', () => {
    const text =
      'SINGAPORE, March 13 - The Port of Singapore Authority (PSA) will spend 1.2 billion dlrs to develop port facilities and cargo-handling equipment over the next five years, Communications Minister Yeo Ning Hong told parliament.\n\nThe PSA handled 529 mln gross-registered tonnes of cargo in 1985, according to the latest available statistics from the port authority.';
    const port = findActorMentions(text).find((m) => m.surface === 'Port of Singapore Authority');
    expect(port?.rules).toContain('name-whole-as-initials-spell');
    // (In the story of March 1987 the 1985 total is a background statistic, judged no happening:
    // events/background-clauses.ts `background:old-yearly-figure`.)
    expect(whyNot(text, '1987-03-13')).toContain('handled:background:old-yearly-figure');
    // (Read as of a year whose figure is the news, the title writes out the acronym the article spelled,
    // `title:acronym-spelled-out`.)
    const m = events(text, '1986-03-13').find((x) => x.title.includes('handled'));
    expect(m?.title).toBe('The Port of Singapore Authority handled 529 mln gross-registered tonnes of cargo');
    expect(m?.actors).toEqual(['port-of-singapore-authority']);
  }, 60_000);

  it("keeps a committee's remit in its name (body-named-with-remit, actors:name-runs-past-phrase)", () => {
    const text =
      'Just last week, a House Subcommittee on Energy and Environment held a hearing on the current status of the BP oil spill cleanup effort in the Gulf.';
    const m = events(text, '2010-08-23').find((x) => x.title.includes('hearing'));
    expect(m?.title).toBe('A House Subcommittee on Energy and Environment held a hearing');
    expect(m?.actors).toEqual(['house-subcommittee-on-energy-and-environment']);
    expect(m?.rules).toContain('actors:name-runs-past-phrase');
  }, 60_000);

  it('reads no remit where a day or an office follows "on"', () => {
    const names = findActorMentions('The Senate Committee on Monday heard the Commission on Energy Secretary Steven Chu.').map((m) => m.surface);
    expect(names).not.toContain('Senate Committee on Monday');
    expect(names.some((n) => n.includes('Energy Secretary'))).toBe(false);
  });

  it('lists the Christian Democrats whole, not the lexicon\'s "Democrats" (party-named-whole)', () => {
    const text = 'ROME, June 16 - Support for the Christian Democrats rose to 34.3 pct from an all-time low of 32.9 in 1983.';
    const party = findActorMentions(text).find((m) => m.surface === 'Christian Democrats');
    expect(party?.rules).toContain('party-named-whole');
    expect(party?.key).toBe('org:christian democrats');
    // (The sentence itself makes no event: its 1983 is the low the rise is measured from, `date:baseline-of-change`.)
    expect(events(text, '1987-06-16').find((x) => x.title.includes('rose'))).toBeUndefined();
  }, 60_000);

  it('keeps "Senate Democrats" and "The Democrats" the Democratic Party', () => {
    const keys = findActorMentions('Senate Democrats voted on Monday. The Democrats won on Tuesday.').map((m) => m.key);
    expect(keys.filter((k) => k === 'org:democratic party')).toHaveLength(2);
  });

  it('lists no financing instrument its initials name (NIF)', () => {
    const text = 'SINGAPORE, Oct 19 - Raffles City Pte Ltd said it signed a 10 year note issuance facility (NIF) on Monday to raise 500 mln Singapore dlrs.';
    const m = events(text, '1987-10-19').find((x) => x.title.includes('signed'));
    expect(m?.title).toBe('Raffles City Pte Ltd signed a 10 year note issuance facility');
    expect(m?.actors).toEqual(['raffles-city-pte-ltd']);
  }, 60_000);

  it("lists Italy, not 'GDP', for the GDP its ministry reported (figure-named-by-acronym, actors:reporter-owns-figure)", () => {
    const text = "ROME, March 27 - Italy's budget ministry said yesterday that GDP rose 2.7 pct in real terms in 1986.";
    const m = events(text, '1987-03-27').find((x) => x.title.includes('rose'));
    expect(m?.actors).toEqual(['italy']);
    expect(m?.rules).toContain('actors:reporter-owns-figure');
  }, 60_000);

  it('lists no ocean current, a place (ocean-current-is-place)', () => {
    const text =
      'It emerged on Wednesday that a small part of the slick had entered the so-called Loop Current, which could take it to Florida and up the eastern US coast.';
    expect(findActorMentions(text).find((m) => m.surface === 'Loop Current')?.rules).toContain('ocean-current-is-place');
    const m = events(text, '2010-05-20').find((x) => x.title.includes('entered'));
    expect(m?.actors).toEqual([]);
  }, 60_000);

  it('lists Afghanistan, whose aircraft raided the villages (demonym-before-state-noun)', () => {
    const text =
      'ISLAMABAD, March 25 - Almost 150 people were killed when Afghan aircraft raided a number of Pakistani villages on Monday, Pakistani officials said.';
    const m = events(text, '1987-03-25').find((x) => x.title.includes('raided'));
    expect(m?.title).toBe('Afghan aircraft raided a number of Pakistani villages');
    expect(m?.actors).toEqual(['afghanistan']);
  }, 60_000);

  it('lists Mitsui, not the unit its sentence names (parent-of-own-unit)', () => {
    const text =
      'Japan\'s Mitsui, which has a 10% stake in the well through its unit Mitsui Oil Exploration, said overnight that it has received a bill for $480m from BP which it will "carefully" study but has yet to decide if it will pay any clean-up costs.';
    const m = events(text, '2010-08-03').find((x) => x.title.includes('bill'));
    expect(m?.title).toBe("Japan's Mitsui said it has received a bill for $480m");
    expect(m?.actors).toEqual(['mitsui']);
  }, 60_000);

  it('lists the Netherlands for "Total Dutch imports" (actors:state-of-economy-subject)', () => {
    const text =
      'THE HAGUE, March 10 - Total Dutch imports of cocoa beans rose to 17,978 tonnes in January from 13,961 in January 1986, while exports fell to 1,852 tonnes from 3,111, the Central Bureau of Statistics said.';
    const m = events(text, '1987-03-10').find((x) => x.title.includes('imports'));
    expect(m?.actors).toEqual(['netherlands']);
    expect(m?.rules).toContain('actors:state-of-economy-subject');
  }, 60_000);

  it('lists no agreement adopted, a document (actors:document-not-participant)', () => {
    const text = 'SINGAPORE, March 3 - Last month, rubber importing and exporting countries adopted a new International Natural Rubber Agreement in Geneva.';
    const m = events(text, '1987-03-03').find((x) => x.title.includes('adopted'));
    expect(m?.actors).toEqual([]);
    expect(m?.rules).toContain('actors:document-not-participant');
  }, 60_000);

  it("keeps Moody's whole when its name is spelt another way (possessive-inside-company-name)", () => {
    const text =
      "NEW YORK, March 4 - Moody's Investors Services Inc said it downgraded 200 mln dlrs of long-term debt of Zenith Electronics Corp. Moody's said the move affects Zenith.";
    const names = findActorMentions(text).map((m) => m.surface);
    expect(names).toContain("Moody's Investors Services Inc");
    expect(names).not.toContain('Investors Services');
  });

  it("names a company's division and a limited partnership whole", () => {
    const text =
      "Allied-Signal Inc's Bendix Test Systems Division is cutting between 75 and 125 employes. The American Stock Exchange said 2,150,000 limited partnership units of newly formed Galaxy Cablevision LP began trading today.";
    const names = findActorMentions(text).map((m) => m.surface);
    expect(names).toContain('Bendix Test Systems Division');
    expect(names).toContain('Galaxy Cablevision LP');
  });

  it('lists Belgium, whose cabinet ministers agreed (actors:state-named-by-its-agents)', () => {
    const text =
      'BRUSSELS, March 10 - Senior Belgian cabinet ministers reached an agreement on budgetary economies, which will allow the net budgetary financing requirement to remain within previously set limits, the government said in a statement.';
    const m = events(text, '1987-03-10').find((x) => x.title.includes('agreement'));
    expect(m?.actors).toEqual(['belgium']);
    expect(m?.rules).toContain('actors:state-named-by-its-agents');
  }, 60_000);

  it('reads the state of "West German car and van production" (demonym-before-qualified-economy-noun)', () => {
    const text = 'FRANKFURT, March 10 - West German car and van production rose to 389,900 in February from 380,900 in February 1986, the association said.';
    expect(findActorMentions(text).find((m) => m.surface === 'West German')?.rules).toContain('demonym-before-qualified-economy-noun');
    const m = events(text, '1987-03-10').find((x) => x.title.includes('production'));
    expect(m?.actors).toEqual(['west-germany']);
  }, 60_000);
});
