import { describe, expect, it } from 'vitest';
import { findActorMentions } from './actors';
import { events } from './events.harness';

// Reuters wire copy of 1987 (Texaco and Pennzoil): legal forms written without their full stop.
const wire =
  "NEW YORK, April 13 - Texaco Inc's decision to file for protection under the bankruptcy code had a chilling effect on its stock, and sent Pennzoil Co's shares sharply lower as well, traders said.\n\n" +
  '"It seems to me that the hope of an out of court settlement in this long running court case had a greater relative impact on Pennzoil\'s stock then on Texaco\'s," analyst Sanford Margoshes of Shearson Lehman Brothers said, citing the sharper decline in Pennzoil this morning.\n\n' +
  'In 1985, a Texas state court ruled in favor of Pennzoil and ordered Texaco to pay 10.53 billion dlrs in damages.';

describe('actors: a company written with its legal form', () => {
  it('reads "Pennzoil Co" (no full stop after "Co") as an organisation, no person', () => {
    const co = findActorMentions(wire).find((m) => m.surface === 'Pennzoil Co');
    expect(co).toMatchObject({ kind: 'organization', key: 'org:pennzoil co' });
    expect(co?.rules).toContain('organisation-head-word');
  });

  it('makes "Pennzoil" alone that company, after "decline in" too (`short-form-of-legal-name`)', () => {
    const alone = findActorMentions(wire).filter((m) => m.surface === 'Pennzoil');
    expect(alone.length).toBeGreaterThanOrEqual(2);
    for (const m of alone) expect(m).toMatchObject({ kind: 'organization', key: 'org:pennzoil co' });
    expect(alone[0].rules).toContain('short-form-of-legal-name');
  });

  it('lists Pennzoil on "A Texas state court ruled in favor of Pennzoil" (it had no actor)', () => {
    const ruled = events(wire, '1987-04-13').find((m) => m.title === 'A Texas state court ruled in favor of Pennzoil');
    expect(ruled?.actors).toContain('pennzoil-co');
  }, 60_000);

  it('leaves a US state that opens a company\'s name a place ("Texas Petroleum Co ... in Texas")', () => {
    const text = 'Texas Petroleum Co, which posted a seven mln dlr profit in 1986 in Colombia, exploits some crude wells. The company also drills in Texas.';
    const texas = findActorMentions(text).filter((m) => m.surface === 'Texas');
    for (const m of texas) expect(m.rules).not.toContain('short-form-of-legal-name');
  });
});
