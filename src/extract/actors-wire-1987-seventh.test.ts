import { describe, expect, it } from 'vitest';
import { findActorMentions } from './actors';
import { events } from './events.harness';

// Sentences of Reuters wire copy of 1987 (Zambia's copper, ITT, Federated) whose events missed their main participant.
const mentions = (text: string) => findActorMentions(text).map((m) => ({ surface: m.surface, kind: m.kind, key: m.key, rules: m.rules }));

describe("actors of 1987 wire copy: a state's qualified economic figure", () => {
  it('lists Zambia on "Zambian copper production fell to 463,000 tonnes" (demonym-before-qualified-economy-noun)', () => {
    const text = 'The report said Zambian copper production fell to 463,000 tonnes last year from 526,000 in 1985.';
    expect(mentions(text).find((m) => m.surface === 'Zambian')).toMatchObject({ kind: 'country', rules: ['demonym-before-qualified-economy-noun'] });
    const m = events(text, '1987-03-17').find((x) => x.title.includes('fell'));
    expect(m?.actors).toEqual(['zambia']);
    expect(m?.rules).toContain('actors:state-of-economy-subject');
  }, 60_000);

  it('gives no state to a demonym that only qualifies a thing ("Zambian copper was shipped")', () => {
    expect(mentions('Zambian copper was shipped through Dar es Salaam.').some((m) => m.surface === 'Zambian')).toBe(false);
  });
});
