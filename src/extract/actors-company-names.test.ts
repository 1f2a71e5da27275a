import { describe, expect, it } from 'vitest';
import { findActorMentions } from './actors';
import { events } from './events.harness';

// Company names on Reuters wire copy of 1987: a company named in full, then by a shorter form, and names with "and",
// commas, legal forms or a place inside.
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

describe('a firm named "X, Y and Co" (comma-inside-and-co-name)', () => {
  const text =
    'CHICAGO, April 9 - Sears, Roebuck and Co said retail sales of its Merchandise Group in March rose 4.2 pct to 2.62 billion dlrs from 2.51 billion dlrs a year ago. The FTC had charged in a 1981 complaint filed in federal court that Sears and Kellwood mislabeled the clothing.';

  it('reads "Sears, Roebuck and Co" as one company, no surnames "Sears" and "Roebuck"', () => {
    const m = findActorMentions(text);
    const sears = m.find((x) => x.surface === 'Sears, Roebuck and Co');
    expect(sears?.kind).toBe('organization');
    expect(sears?.rules).toContain('comma-inside-and-co-name');
    expect(m.some((x) => x.surface === 'Roebuck')).toBe(false);
  });

  it('reads "Sears" alone later as its short form', () => {
    const short = orgs(text).find((x) => x.surface === 'Sears');
    expect(short?.key).toBe('org:sears, roebuck and co');
    expect(short?.rules).toContain('short-form-of-company-name');
  });

  it('leaves a list whose last company has a legal form of its own two names', () => {
    const m = findActorMentions('The debt of the three companies -- BP, Halliburton and Transocean Ltd. -- was cut on Monday.');
    expect(m.some((x) => x.rules.includes('comma-inside-and-co-name'))).toBe(false);
    expect(m.some((x) => x.surface === 'Transocean Ltd')).toBe(true);
  });
});

describe('a demonym alone that acts, where the document names a company it starts (demonym-short-form-of-company)', () => {
  const text =
    "DALLAS, April 9 - AMR Corp's American Airlines will start its own information campaign in its dispute with the Association of Professional Flight Attendants. Last month, American fired 20 flight attendants for handing out the leaflets at Dallas-Fort Worth Airport. A union spokeswoman had no immediate response to American's announcement.";

  it('reads "American fired" and "American\'s announcement" as American Airlines', () => {
    const m = orgs(text).filter((x) => x.surface === 'American');
    expect(m).toHaveLength(2);
    for (const x of m) {
      expect(x.key).toBe('org:american airlines');
      expect(x.rules).toEqual(['demonym-short-form-of-company']);
    }
  });

  it('reads no company after a determiner ("The American said": a person) nor before a noun ("an American helicopter")', () => {
    const m = findActorMentions(`${text} The American said he was fired. An American helicopter was hit.`);
    // (the helicopter's demonym may name its state, `demonym-of-acting-noun`, never the company)
    expect(m.filter((x) => x.surface === 'American' && x.kind === 'organization')).toHaveLength(2);
    expect(m.filter((x) => x.surface === 'American' && x.kind !== 'country')).toHaveLength(2);
  });

  it('reads none where no company of the document starts with the word', () => {
    const m = findActorMentions('Last month, American fired 20 flight attendants for handing out the leaflets.');
    expect(m.some((x) => x.rules.includes('demonym-short-form-of-company'))).toBe(false);
  });
});

describe('company names with "and" inside, and the short forms of a subsidiary\'s name', () => {
  it('reads "Goodyear Tire and Rubber Co" whole, no "Rubber Co" (and-inside-longer-company-name)', () => {
    const m = orgs(
      'AKRON, Ohio, April 13 - Goodyear Tire and Rubber Co said it expects to report earnings from continuing operations of over one dlr per share. Goodyear said it will report first quarter results April 27.',
    );
    expect(m[0].surface).toBe('Goodyear Tire and Rubber Co');
    expect(m[0].rules).toContain('and-inside-longer-company-name');
    expect(m.some((x) => x.surface === 'Rubber Co')).toBe(false);
  });

  it('keeps a list and words written alone as two names', () => {
    expect(orgs('BP, Halliburton and Transocean Ltd said.').some((x) => x.rules.includes('and-inside-longer-company-name'))).toBe(false);
    const m = orgs('Texas Air said it would bid. Texas Air and Eastern Inc said.');
    expect(m.some((x) => x.rules.includes('and-inside-longer-company-name'))).toBe(false);
  });

  it('reads "Rank Xerox South Africa" as the short form of the subsidiary written before (company-name-without-legal-form)', () => {
    const m = orgs(
      "NEW YORK, June 18 - Xerox Corp's affiliate Rank Xerox Ltd said it signed a definitive agreement to sell its Rank Xerox South Africa Pty Ltd affiliate to Altron Group ALRN.O, for undisclosed terms. Rank Xerox South Africa was founded in 1964 as a wholly owned unit of Rank Xerox, the Xerox affiliate.",
    );
    const sub = m.find((x) => x.surface === 'Rank Xerox South Africa');
    expect(sub?.key).toBe('org:rank xerox south africa pty ltd');
    expect(sub?.rules).toContain('company-name-without-legal-form');
    expect(findActorMentions('Rank Xerox South Africa was founded in 1964.').some((x) => x.kind === 'place')).toBe(false);
  });

  it('reads "Goodyear" alone as the short form of "Goodyear Tire and Rubber Co" (short-form-of-company-name across "and")', () => {
    const m = orgs(
      'AKRON, Ohio, April 13 - Goodyear Tire and Rubber Co said it expects to sell its Celeron Corp oil and gas subsidiary. In the same year-ago period, Goodyear reported a loss of 64 cents a share from continuing operations.',
    );
    const short = m.find((x) => x.surface === 'Goodyear');
    expect(short?.key).toBe('org:goodyear tire and rubber co');
    expect(short?.rules).toContain('short-form-of-company-name');
  });
});

describe('company names with a head word, a capital cue word or two legal forms, and the place of an owned plant', () => {
  it('reads "Security Pacific" as the short form of "Security Pacific Corp" (head-word-starts-company-name)', () => {
    const m = findActorMentions(
      'LOS ANGELES, Oct 19 - Security Pacific Corp SPC said growth in its third-quarter earnings was slowed by the purchase of Rainier Bancorp. Security Pacific completed its acquisition of Rainier on August 31.',
    );
    const short = m.find((x) => x.surface === 'Security Pacific');
    expect(short?.key).toBe('org:security pacific corp');
    expect(short?.rules).toContain('head-word-starts-company-name');
  });

  it('keeps "National Security Adviser" an office before a person', () => {
    const m = findActorMentions('National Security Adviser John Smith said the talks would go on.');
    expect(m.some((x) => x.kind === 'organization')).toBe(false);
    expect(m.find((x) => x.kind === 'person')?.surface).toBe('John Smith');
  });

  it('leaves the capital "Firm" out of "the U.S. Firm Amoco Corp" (company-cue-written-capital)', () => {
    const m = findActorMentions(
      'Madagascar extended its oil exploration agreement with the U.S. Firm Amoco Corp AN for 17 months to allow for further studies of the Morondava basin on the southwest coast, a government statement said.',
    );
    const amoco = m.find((x) => x.kind === 'organization');
    expect(amoco?.surface).toBe('Amoco Corp');
    expect(amoco?.rules).toContain('company-cue-written-capital');
  });

  it('reads both legal forms of "Nomura Securities Co Ltd of Japan" as the name\'s (second-legal-form)', () => {
    const m = findActorMentions(
      'The U.S. unit of Nomura Securities Co Ltd of Japan, acting as sole underwriter, won a competitive issue in early December 1986.',
    );
    const nomura = m.find((x) => x.kind === 'organization');
    expect(nomura?.surface).toBe('Nomura Securities');
    expect(nomura?.rules).toContain('second-legal-form');
    expect(m.some((x) => x.surface.startsWith('Ltd'))).toBe(false);
  });

  it('reads the city before an owned plant as a place (place-of-owned-facility)', () => {
    const m = findActorMentions(
      'Du Pont Co said it agreed to sell its Cleveland chemical plant, the oldest site currently operated by the company, to two employees.',
    );
    const city = m.find((x) => x.surface === 'Cleveland');
    expect(city?.kind).toBe('place');
    expect(city?.rules).toContain('place-of-owned-facility');
  });
});

describe('the companies, no countries or cities of their plants, an event on a company lists', () => {
  it('lists Amoco, no United States, for "the U.S. Firm Amoco Corp" (actors:country-before-body)', () => {
    const m = events(
      'Madagascar on Tuesday extended its oil exploration agreement with the U.S. Firm Amoco Corp AN for 17 months to allow for further studies of the Morondava basin on the southwest coast, a government statement said.',
      '1987-03-25',
    ).find((e) => e.title.startsWith('Madagascar extended'));
    expect(m?.actors).toEqual(['madagascar', 'amoco-corp']);
    expect(m?.rules).toContain('actors:country-before-body');
  });

  it('lists no Cleveland for "sell its Cleveland chemical plant" (place-of-owned-facility)', () => {
    const m = events('Du Pont Co said on April 3 it agreed to sell its Cleveland chemical plant to two employees.', '1987-04-03')[0];
    expect(m.actors).toEqual(['du-pont-co']);
  });
});
