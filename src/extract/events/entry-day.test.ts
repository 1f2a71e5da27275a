import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

describe('events/entry-day: a chronology entry day dates its present telling (`date:entry-day-of-present-telling`)', () => {
  it('dates no past decision told by "the commission says" by the entry day "Jan. 5"', () => {
    const text =
      "Dec. 28 - Kenneth Feinberg, administrator of BP's victims fund, has paid $43 million to Gulf Coast resident who agree not to sue BP for damages.\n" +
      'Jan. 5 - BP and its partners made a series of cost-cutting decisions that ultimately contributed to an oil spill, the White House oil spill commission says in its final report on the causes of the largest offshore oil spill in U.S. history.';
    expect(events(text, '2011-01-11').some((m) => m.title.startsWith('BP and its partners made'))).toBe(false);
    expect(whyNot(text, '2011-01-11')).toContain('made:date:entry-day-of-present-telling');
  }, 60_000);

  it('keeps the telling of a past perfect, with its sayer ("July 5 - BP says the cost of the spill had reached $3.12 billion")', () => {
    const m = events('July 5 - BP says the cost of the spill had reached $3.12 billion.', '2010-07-23').find((x) => x.title.startsWith('BP says'));
    expect(m?.time?.value).toBe('2010-07-05');
  }, 60_000);

  it('keeps a past told by a past saying on its day ("BP said on Monday it capped the well" has no entry)', () => {
    const ms = events('Jan. 5 - BP capped the well, officials said.', '2011-01-11');
    expect(ms.find((m) => m.title === 'BP capped the well')?.time?.value).toBe('2011-01-05');
  }, 60_000);
});
