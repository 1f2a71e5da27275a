import { describe, expect, it } from 'vitest';
import { findActorMentions } from './actors';

const orgs = (text: string) => findActorMentions(text).filter((x) => x.kind === 'organization');

describe('company names on 1987 wire copy (audit unseen44)', () => {
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
