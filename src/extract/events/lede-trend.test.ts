import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

describe('events: an opening present perfect of a level that moved dates nothing by the article day (`date:lede-perfect-of-a-trend`)', () => {
  it('dates no "The price of BP bonds has fallen" by the BBC\'s day (a change up to the telling)', () => {
    // (The second sentence, made up, names BP as one acting, so that the harness, which reads one text alone, knows it
    // for an actor, as the corpus does.)
    const bonds =
      'The price of BP bonds has fallen sharply, a sign markets consider it is more likely to default on its debt.\nBP shares also fell 5% in London, and BP said it was confident.';
    expect(events(bonds, '2010-06-03').some((m) => m.title.startsWith('The price of BP bonds has fallen'))).toBe(false);
    expect(whyNot(bonds, '2010-06-03')).toContain('fallen:date:lede-perfect-of-a-trend');
  }, 60_000);

  it('keeps the day\'s close ("BP shares have closed up almost 7%") on the article\'s day', () => {
    const close = 'BP shares have closed up almost 7% after the firm announced it would set up a fund to pay compensation claims.';
    const m = events(close, '2010-06-17').find((x) => x.title.startsWith('BP shares have closed up'));
    expect(m?.time?.value).toBe('2010-06-17');
    expect(m?.rules).toContain('date:lede-present-perfect');
  }, 60_000);
});
