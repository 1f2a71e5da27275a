import { describe, expect, it } from 'vitest';
import { events } from '../events.harness';

describe('a state named by its demonym on the acting noun (actors:state-of-acting-noun)', () => {
  it('lists Iraq for the oil released from Iraqi oil tankers (BBC, 2010)', () => {
    const text = '1991: 520m gallons were deliberately released from Iraqi oil tankers during the first Gulf War to impede the US invasion.';
    const m = events(text, '2010-04-26').find((x) => x.title.includes('released'));
    expect(m?.title).toBe('520m gallons were deliberately released from Iraqi oil tankers');
    expect(m?.actors).toEqual(['iraq']);
    expect(m?.rules).toContain('actors:state-of-acting-noun');
  }, 60_000);

  it('lists no state before the subject of a passive, which was acted on', () => {
    const m = events('Mexican pig farms were blamed for the outbreak on Monday, officials said.', '2009-04-29');
    expect(m.flatMap((x) => x.actors)).not.toContain('mexico');
    expect(m.flatMap((x) => x.rules)).not.toContain('actors:state-of-acting-noun');
  }, 60_000);
});
