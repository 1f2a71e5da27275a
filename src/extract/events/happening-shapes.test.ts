/**
 * A round count of years, a photo caption, a rate told as under way and a name taken up by a relative clause:
 * sentences from the development topics.
 */
import { describe, expect, it } from 'vitest';
import { findActorMentions } from '../actors';
import { events, whyNot } from '../events.harness';

describe('events: a count of years in whole tens dates nothing (date:round-years-ago)', () => {
  it('gives no year 1990 to "ran aground in Alaska 20 years ago" in June 2010', () => {
    const text =
      "William Reilly, the commission's other chairman, who was head of the Environmental Protection Agency when the Exxon Valdez tanker ran aground in Alaska 20 years ago, also promised a far-ranging investigation.";
    expect(whyNot(text, '2010-06-15')).toContain('ran:date:round-years-ago');
    expect(events(text, '2010-06-15').filter((m) => m.time?.value === '1990')).toEqual([]);
  });

  it('keeps the year of "28 years ago"', () => {
    const dated = events('Tony Hayward began his career with BP 28 years ago.', '2010-06-20').map((m) => m.time?.value);
    expect(dated).toContain('1982');
  });
});

describe('events: no happening in a photo caption "In this ... photo," (photo-caption:in-this-picture)', () => {
  it('makes no event of the caption of an AP file photo', () => {
    const text =
      "FILE - In this June 1, 2010 file photo, workers collect oil that washed ashore from last month's Deepwater Horizon oil rig explosion on Fourchon Beach Port Fourchon, La..";
    expect(whyNot(text, '2010-07-20')).toContain('washed:photo-caption:in-this-picture');
    expect(events(text, '2010-07-20')).toEqual([]);
  });

  it('keeps "In this case ..." and "In this period ..."', () => {
    const text = 'In this case the company said on Monday it had sold its stake in the field.';
    expect(whyNot(text, '2010-07-20').some((r) => r.includes('in-this-picture'))).toBe(false);
  });
});

describe('actors: what shares are in is a listed company (shares-of-name)', () => {
  const text =
    'Shares in IPF, which two months ago reported a 40 percent rise in full-year pretax profit, tumbled 31 percent to 98.5 pence at 1304 GMT, having hit a record low of 94 pence at the start of April.';

  it('lists IPF on "IPF reported a 40 percent rise in full-year pretax profit"', () => {
    expect(findActorMentions(text).map((m) => [m.surface, m.kind, m.rules])).toEqual([['IPF', 'organization', ['shares-of-name']]]);
    const m = events(text, '2009-05-08').find((e) => e.title.startsWith('IPF reported'));
    expect(m?.actors).toEqual(['ipf']);
  });

  it('makes no company of a market\'s place ("Shares in Tokyo")', () => {
    expect(findActorMentions('Shares in Tokyo fell 2 percent on Monday while shares in Asia slid.').map((m) => m.kind)).not.toContain('organization');
  });
});

describe('events: a date of what was due, in the subject, dates no other verb (date:of-what-was-due)', () => {
  it('gives "was tweaked" no date from "due for release today"', () => {
    const text =
      'Meanwhile, the long-awaited energy and climate bill due for release today was also tweaked in response to heightened concerns about drilling.';
    expect(whyNot(text, '2010-05-12')).toContain('tweaked:date:of-what-was-due');
    expect(events(text, '2010-05-12').filter((m) => m.time)).toEqual([]);
  });

  it('keeps a date after the verb: "The bill was released today"', () => {
    expect(events('The long-awaited energy and climate bill was released today.', '2010-05-12').map((m) => m.time?.value)).toEqual(['2010-05-12']);
  });
});
