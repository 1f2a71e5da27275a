import { describe, expect, it } from 'vitest';
import { events } from '../events.harness';

describe('a past participle after the object of a verb of causing is kept in the title (`title:object-participle`)', () => {
  it('"ordered up to 200 jobs trimmed", not "ordered up to 200 jobs"', () => {
    const text =
      "Laurence A. Tisch said CBS Inc is a stronger company now than when he took control six months ago.\n\nTisch has been criticized for his aggressive attempts to slash CBS' costs, especially at the company's network news division.\n\nEarlier this month he ordered up to 200 jobs trimmed from CBS News, which he hopes will save at least 30 mln dlrs.";
    const m = events(text, '1987-03-31').find((e) => e.title.includes('200 jobs'));
    expect(m?.title).toBe('Laurence A. Tisch ordered up to 200 jobs trimmed');
    expect(m?.rules).toContain('title:object-participle');
  }, 60_000);

  it('leaves a participle after the object of another verb alone: "rules laid down" says which rules', () => {
    const text = 'The U.S. Charges that the Europeans are violating rules laid down in the 1979 Agreement on Trade in Civil Aircraft.';
    expect(events(text, '1987-03-31').flatMap((e) => e.rules)).not.toContain('title:object-participle');
  }, 60_000);
});
