import { describe, expect, it } from 'vitest';
import { findActorMentions } from './actors';

// Helper act46: named participants of a happening's clause that yielded no actor on 1987 wire copy (audits wire42,
// wire44). Sentences of Reuters wire copy of 1987.
const orgs = (text: string) => findActorMentions(text).filter((x) => x.kind === 'organization');

describe('a company named in full, then by a shorter name', () => {
  it('reads "ARCO" as Atlantic Richfield Co, its initials with its legal form (initials-with-legal-form)', () => {
    const m = orgs(
      "NEW YORK, June 18 - Atlantic Richfield Co, considering a spin-off of a 20 pct interest in its chemical operations, could gain about 500 mln dlrs from the deal. Yesterday ARCO's stock jumped as much as five points on rumors it was spinning off the chemical operations.",
    );
    const arco = m.find((x) => x.surface === 'ARCO');
    expect(arco?.key).toBe('org:atlantic richfield co');
    expect(arco?.rules).toContain('initials-with-legal-form');
  });

  it('reads an adjective-shaped short form after a passive verb\'s "by" as the company (adjective-short-form-agent)', () => {
    const text =
      "LOS ANGELES, June 1 - Occidental Petroleum Corp said the previously reported retirement of nine series of Natural Gas Pipeline Co of America debt will occur on July two. Retirement of the subsidiary's was announced by Occidental last week.";
    const occidental = orgs(text).find((x) => x.surface === 'Occidental');
    expect(occidental?.key).toBe('org:occidental petroleum');
    expect(occidental?.rules).toEqual(['adjective-short-form-agent']);
    // (an adjective elsewhere stays one: "the Occidental world" names no company)
    expect(orgs('Occidental Petroleum Corp said it agreed. Critics of the Occidental world said so.').filter((x) => x.surface === 'Occidental')).toEqual([]);
  });

  it('reads "Iowa Beef" as the short form of "Iowa Beef Processors Inc", "Iowa" alone as the state (state-starts-company-name)', () => {
    const text =
      'CHICAGO, March 12 - Iowa Beef Processors Inc is lifting a lockout at its Dakota City, Nebraska processing plant. Iowa Beef closed the proessing plant indefinitely in mid-December. Farmers in Iowa protested.';
    const m = orgs(text);
    const short = m.find((x) => x.surface === 'Iowa Beef');
    expect(short?.key).toBe('org:iowa beef processors inc');
    expect(short?.rules).toEqual(['short-form-of-company-name', 'state-starts-company-name']);
    expect(m.some((x) => x.surface === 'Iowa')).toBe(false);
  });

  it('reads a word alone as the company the document names before the person who bears it (company-named-before-person)', () => {
    const text =
      "CINCINNATI, Ohio, March 17 - Taft Broadcasting Co said its board continues to explore alternatives. Last week Taft rejected a 145 dlr-a-share bid by Theta, an investment group headed by Taft's vice chairman, Dudley Taft.";
    const m = findActorMentions(text).filter((x) => x.surface === 'Taft');
    expect(m.map((x) => x.key)).toEqual(['org:taft broadcasting', 'org:taft broadcasting']);
    expect(m[0].rules).toContain('company-named-before-person');
    // (the person named first keeps the word, as does a title: "Mr Taft")
    const person = findActorMentions('Dudley Taft, vice chairman of Taft Broadcasting Co, said he would bid. Taft said the offer was fair.');
    expect(person.find((x) => x.surface === 'Taft' && x.start > 60)?.key).toBe('dudley taft');
    const titled = findActorMentions('Taft Broadcasting Co said its board met. Dudley Taft, its vice chairman, bid. Mr Taft said the bid was fair.');
    expect(titled.find((x) => x.surface === 'Taft' && x.start > 70)?.key).toBe('dudley taft');
    // (the person's full name written between the company and the word alone: the person's, `part-of-full-name`)
    const between = findActorMentions(
      "Taft Broadcasting Co sold two stations on Monday. Dudley Taft, the company's president, resigned on Tuesday. Taft joined a rival on Wednesday.",
    );
    const alone = between.find((x) => x.surface === 'Taft' && x.start > 100);
    expect(alone?.key).toBe('dudley taft');
    expect(alone?.rules).toContain('part-of-full-name');
  });

  it("keeps a participle that opens companies' names at a sentence's start (company-name-keeps-first-word)", () => {
    const m = orgs('NEW YORK, March 3 - United Parcel Service Inc said it would add flights.');
    expect(m.map((x) => x.surface)).toEqual(['United Parcel Service']);
    expect(m[0].rules).toContain('company-name-keeps-first-word');
    expect(orgs('Troubled Continental Airlines Inc said it would buy planes.').map((x) => x.surface)).toEqual(['Continental Airlines']);
  });

  it('reads one word no dictionary knows before "of" and a country as a company (name-of-country)', () => {
    const text =
      'Trinidad and Tobago is finalizing arrangements with Union Carbide UK of the United States and Snamprogetti of Italy for the construction of a 1,500 tonnes per day methanol plant. Snamprogetti built the first methanol refinery on trinidad five years ago.';
    const m = orgs(text).filter((x) => x.surface === 'Snamprogetti');
    expect(m.map((x) => x.key)).toEqual(['org:snamprogetti', 'org:snamprogetti']);
    expect(m[0].rules).toContain('name-of-country');
    // (a given name or a dictionary word is no company so: "Sharp of Japan", "James of Italy")
    expect(orgs('The deal was signed with James of Italy and with Sharp of Japan yesterday.')).toEqual([]);
  });

  it('keeps a people\'s adjective that opens a company\'s name with "and" inside (and-inside-longer-company-name)', () => {
    const m = orgs('PARIS, March 17 - American Telephone and Telegraph Co and Philips Telecommunications BV (APT) would hold 36 pct.');
    expect(m[0].surface).toBe('American Telephone and Telegraph Co');
    expect(m[0].rules).toContain('and-inside-longer-company-name');
  });

  it('reads what "stakes in" is in as a company, no place (stake-in-name)', () => {
    const text =
      'The government has said it will choose the new owner by the end of April. The Finance Ministry would not say how an increase would affect foreign stakes in CGCT. In 1985, CGCT posted losses of 200 mln francs on sales of three billion.';
    const m = orgs(text).filter((x) => x.surface === 'CGCT');
    expect(m.map((x) => x.key)).toEqual(['org:cgct', 'org:cgct']);
    expect(m[0].rules).toContain('stake-in-name');
    // (a place after "in" elsewhere stays one: "plants in Houston")
    expect(orgs('The company has plants in Houston. Houston grew.').some((x) => x.surface === 'Houston')).toBe(false);
  });

  it('reads a name before a Continental legal form as a company (organisation-head-word, legal-form-ends-name)', () => {
    expect(orgs('F allied with Schneider SA SCHN.').map((x) => x.surface)).toEqual(['Schneider SA']);
    expect(orgs('Westland was rescued last year by Fiat Spa FIAT.MI.').map((x) => x.surface)).toContain('Fiat Spa');
    const m = orgs('They are managed by foreign banks controlled by Algemene Bank Nederland NV ABNN.');
    expect(m.map((x) => x.surface)).toEqual(['Algemene Bank Nederland NV']);
    expect(m[0].rules).toContain('legal-form-ends-name');
  });
});
