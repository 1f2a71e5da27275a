import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

/** Each mention's title. */
const titles = (text: string, published: string) => events(text, published).map((m) => m.title);
/** The rules of the mention with this title. */
const rulesOf = (text: string, published: string, title: string) => events(text, published).find((m) => m.title === title)?.rules ?? [];

describe('wire titles that end before what completes them', () => {
  it('gives no title that drops what was agreed or said in a "that" clause (`title-cut:content-clause-left-out`)', () => {
    const agreed =
      'Six industrialised nations agreed in Paris last month that newly industrialising countries, such as South Korea and Taiwan, should allow their currencies to appreciate.';
    expect(titles(agreed, '1987-03-11')).not.toContain('Six industrialised nations agreed in Paris');
    expect(whyNot(agreed, '1987-03-11')).toContain('agreed:title-cut:content-clause-left-out');
    const said =
      "Major-General Setijana, military commander of central Java, said in widely-quoted remarks last week that both leftist and rightist extremists were planning to sabotage the polls in an attempt to topple President Suharto's government.";
    expect(titles(said, '1987-03-09')).not.toContain('Major-General Setijana said in remarks');
    // (a saying "in" remarks is first of all a saying, events/claims-and-contents.ts `saying-verb`)
    expect(whyNot(said, '1987-03-09')).toContain('said:saying-verb');
  }, 60_000);

  it('keeps what a verb of causing made its object do, past a time (`title:object-infinitive`)', () => {
    const prompted =
      'Zimbabwe has confirmed an outbreak of the animal-borne hoof-and-mouth disease, which prompted Botswana on Thursday to stop imports of almost all Zimbabwean meat products.';
    const all = titles(prompted, '1987-03-28');
    expect(all).not.toContain('The animal-borne hoof-and-mouth disease prompted Botswana');
    expect(all).toContain('The animal-borne hoof-and-mouth disease prompted Botswana to stop imports');
    expect(rulesOf(prompted, '1987-03-28', 'The animal-borne hoof-and-mouth disease prompted Botswana to stop imports')).toContain('title:object-infinitive');
  }, 60_000);

  it('gives no title to a count whose "out of" phrase says of what (`title-cut:count-without-of`)', () => {
    const won =
      "The MDP won six out of the 14 places on the union's directorate in elections earlier this month, with the christian democratic party holding five and the remainder being won by independents.";
    expect(titles(won, '1987-03-18')).not.toContain('The MDP won six');
    expect(whyNot(won, '1987-03-18')).toContain('won:title-cut:count-without-of');
    // (A level reached is no count: the title stands.)
    const level = 'Chan raised the global pandemic alert level last week to 5 out of 6 in response to the spread of H1N1 flu.';
    expect(titles(level, '2009-05-04')).toContain('Chan raised the global pandemic alert level to 5');
  }, 60_000);

  it('leaves out a phrase whose noun only its relative clause says (`title:scope-is-no-place`)', () => {
    const move =
      'Mexico has temporarily suspended its debt-equity swap program in a move that some bankers see as an attempt to increase pressure on reluctant foreign banks to participate in a new 7.7 billion dlr loan for the country.';
    const all = titles(move, '1987-03-13');
    expect(all).not.toContain('Mexico has temporarily suspended its debt-equity swap program in a move');
    expect(all).toContain('Mexico has temporarily suspended its debt-equity swap program');
    expect(rulesOf(move, '1987-03-13', 'Mexico has temporarily suspended its debt-equity swap program')).toContain('title:scope-is-no-place');
  }, 60_000);

  it('keeps what a framework is for and what elements are of (`title:object-needs-its-phrase:relational`)', () => {
    const framework =
      'Acting Turkish Prime Minister Kaya Erdem said earlier today Greek activities in the northern Aegean contravened the 1976 Berne Agreement which set the framework for talks on the Aegean continental shelf disputed between Ankara and Athens.';
    expect(titles(framework, '1987-03-02')).not.toContain('The 1976 Berne Agreement set the framework');
    const elements =
      'Negotiators at a United Nations conference on a new INRA resolved differences and agreed last Saturday on basic elements for a new pact to replace the current one, which expires in October.';
    const all = titles(elements, '1987-03-16');
    expect(all).not.toContain('Negotiators at a United Nations conference agreed on basic elements');
    expect(all).toContain('Negotiators agreed on basic elements for a new pact');
    expect(rulesOf(elements, '1987-03-16', 'Negotiators agreed on basic elements for a new pact')).toContain('title:phrase-needs-its-phrase');
  }, 60_000);

  it('gives no title to a passive of following without what followed (`title-cut:followed-by-what`)', () => {
    const followed =
      'A 350 mln dlr commercial loan signed in Tokyo in December was followed in the first week of February with a 300 mln dlr loan from the World Bank to support the balance of payments.';
    expect(titles(followed, '1987-03-04')).not.toContain('A 350 mln dlr commercial loan was followed');
    expect(whyNot(followed, '1987-03-04')).toContain('followed:title-cut:followed-by-what');
  }, 60_000);

  it("ends a title on no full stop of the sentence's, an abbreviation's own kept (`title:sentence-stop-dropped`)", () => {
    // ("The February figure marked ..." itself makes no event: a figure of what, subject-cannot-be-placed:count-of-what.)
    const marked = "Japan's February exports marked a year-on-year rise of 18.45 pct.";
    const all = events(marked, '1987-03-05');
    expect(all.map((m) => m.title)).not.toContain("Japan's exports marked a year-on-year rise of 18.45 pct.");
    expect(all.some((m) => m.title.endsWith('18.45 pct') && m.rules.includes('title:sentence-stop-dropped'))).toBe(true);
  }, 60_000);
});
