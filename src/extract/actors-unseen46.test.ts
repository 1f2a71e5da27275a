import { describe, expect, it } from 'vitest';
import { findActorMentions } from './actors';
import { events } from './events.harness';

// Company names on 1987 wire copy that the fifth unseen wire set's blind audit (unseen46) found listed wrong or not at all.
describe('company names on 1987 wire copy (audit unseen46)', () => {
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

describe('actors of events on 1987 wire copy (audit unseen46)', () => {
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
