import { describe, expect, it } from 'vitest';
import { events } from '../events.harness';

describe('events/candidates: an infinitive whose bare verb ends the sentence is whole', () => {
  it('keeps "to refuse to testify" after the right it names (`title:infinitive-ends-sentence`)', () => {
    const text =
      'On Friday, Mark Hafle -- a BP drilling engineer who was a key decision maker at the now-sunken rig -- exercised his constitutional right to refuse to testify.';
    const m = events(text, '2010-08-28').find((x) => x.time);
    expect(m?.title).toBe('Mark Hafle exercised his constitutional right to refuse to testify');
    expect(m?.rules).toContain('title:infinitive-ends-sentence');
  });
});
