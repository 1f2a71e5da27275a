import { describe, expect, it } from 'vitest';
import { findActorMentions } from './actors';

// Helper act48: actors cut at a comma, a people's adjective that is a company's short form, a place's name cut at
// "National" (audits unseen46, t17-v34). Sentences of Reuters wire copy of 1987 and of BBC News, May 2010.
const orgs = (text: string) => findActorMentions(text).filter((x) => x.kind === 'organization');

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
    expect(m.filter((x) => x.surface === 'American')).toHaveLength(2);
  });

  it('reads none where no company of the document starts with the word', () => {
    const m = findActorMentions('Last month, American fired 20 flight attendants for handing out the leaflets.');
    expect(m.some((x) => x.rules.includes('demonym-short-form-of-company'))).toBe(false);
  });
});

describe('a place whose name has "National" before its head word (national-inside-place-name)', () => {
  it('cuts no "Wildlife Refuge" out of "Breton National Wildlife Refuge"', () => {
    const m = findActorMentions(
      'US officials announced on Friday that they had closed Breton National Wildlife Refuge to the public after a silver sheen of oil reached the shoreline.',
    );
    expect(m.some((x) => /Refuge/.test(x.surface))).toBe(false);
  });
});
