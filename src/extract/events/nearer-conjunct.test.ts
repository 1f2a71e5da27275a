import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

describe('events/nearer-conjunct: a bare verb after "or" shares the nearer verb group', () => {
  it('"should be maintained or raised" is no raise (`coordinate:shares-nearer-modal`)', () => {
    const text =
      'Lukman declined to say if the current ceiling should be maintained or raised to 16.6 mln bpd for the third quarter and 18.3 mln for the fourth as provisionally agreed last December.';
    expect(whyNot(text, '1987-06-19')).toContain('raised:coordinate:shares-nearer-modal');
    expect(events(text, '1987-06-19').map((m) => m.title)).not.toContain('Lukman raised to 16.6 mln bpd');
  }, 60_000);

  it('"both crude oil and refined products" is no clause (`coordinate:both-and-phrase`)', () => {
    const text =
      'Lukman said OPEC was aware that consumers had heavily drawn on stocks of both crude oil and refined products to levels well below this time last year.';
    expect(whyNot(text, '1987-03-11')).toContain('refined:coordinate:both-and-phrase');
  }, 60_000);
});
