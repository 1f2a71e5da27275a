import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

describe('"the company" kept after the verb names the one company named before, or the clause goes (object-cannot-be-placed:company-not-named)', () => {
  it('drops "Mr. Chun was appointed as a director of the Company" when no company is named before it', () => {
    // (A filing's defined term, capitalised: which company, the article said in its heading only.)
    const text =
      'Mr. Chun was appointed as a director of the Company on 18 July 2007 and re-designated as an executive director on 28 May 2008. Mr. Chun is also the sole shareholder and the director of Wellrun Limited, the substantial and controlling shareholder of the Company.';
    expect(events(text, '2009-06-10').map((m) => m.title)).not.toContain('Mr. Chun was appointed as a director of the Company');
    expect(whyNot(text, '2009-06-10')).toContain('appointed:object-cannot-be-placed:company-not-named');
  }, 60_000);

  it('drops "A 2004 inquiry found a pattern of the company intimidating workers" (the company inside an of-phrase, two companies before)', () => {
    const text =
      'A series of internal investigations over the past decade warned senior BP managers that the oil company repeatedly disregarded safety rules. Transocean and Halliburton also worked on the rig. A 2004 inquiry found a pattern of the company intimidating workers who raised safety or environmental concerns.';
    expect(events(text, '2010-06-08').some((m) => m.title.includes('pattern of the company'))).toBe(false);
    expect(whyNot(text, '2010-06-08')).toContain('found:object-cannot-be-placed:company-not-named');
  }, 60_000);
});
