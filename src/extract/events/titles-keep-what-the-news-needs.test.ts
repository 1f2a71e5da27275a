import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

/** Each dated mention's title and rules. */
const dated = (text: string, published: string) => events(text, published).filter((m) => m.time);

describe('titles that would drop what the news depends on (Timeline17, BP oil spill)', () => {
  it('gives no title to a verb of starting whose gerund shares its object with another (`title:coordinated-gerund-object-cut`)', () => {
    const text = 'BP today started drilling or "spudding" a new relief well half a mile away from the site of the Deepwater Horizon.';
    // ("BP started drilling" does not say drilling what: judged unreadable.)
    expect(dated(text, '2010-05-16').map((m) => m.title)).not.toContain('BP started drilling');
    expect(whyNot(text, '2010-05-16')).toContain('started:title-too-long');
    // (A lone gerund with nothing after it is whole.)
    const alone = 'BP stopped drilling on Tuesday, a spokesman said.';
    expect(dated(alone, '2010-05-19').map((m) => m.title)).toContain('BP stopped drilling');
  });

  it('keeps a relational noun’s "to" phrase or gives no title (`title:object-needs-its-phrase`)', () => {
    const text = "Last year, Bobby Jindal was chosen to give the Republican response to President Obama's first address to a joint session of Congress.";
    // ("the Republican response" cannot be placed without what it responds to: judged unreadable.)
    expect(dated(text, '2010-06-04').map((m) => m.title)).not.toContain('Bobby Jindal was chosen to give the Republican response');
    expect(whyNot(text, '2010-06-04')).toContain('chosen:content-in-clause-after-verb');
  });

  it('places the object’s last "of" phrase with a phrase below it when the title has room (`title:placing-phrase`)', () => {
    // ("U.S. experts ... confirmed the presence of low levels of oil below the surface" (Reuters): in a spill story
    // "confirmed the presence of low levels of oil" places nothing without where. With its subject of 13 words the
    // title has no room, so the sentence is taken with a one-word subject.)
    const text = 'NOAA on Tuesday confirmed the presence of low levels of oil below the surface.';
    const m = dated(text, '2010-05-18').find((x) => x.title.includes('confirmed'));
    expect(m?.title).toBe('NOAA confirmed the presence of low levels of oil below the surface');
    expect(m?.rules).toContain('title:placing-phrase');
  });
});
