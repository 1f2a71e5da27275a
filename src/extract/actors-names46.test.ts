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
});
