import { describe, expect, it } from 'vitest';
import { explainTimeExpressions } from '../time';

/** Entries of the Fox News day log of 4 August 2010 (newest first, day headers lost), by their index. */
const told: Record<number, string> = {
  0: 'In the Gulf: BP claimed a key milestone Wednesday in the effort to plug its blown-out well.',
  1: 'In the Gulf: Crews prepared to pump mud into the blown-out well.\nAt the White House: He was hosting a meeting with "young African leaders" in the East Room of the White House Tuesday afternoon.',
  6: 'In the Gulf: Even when the oily sheen starts fading, it manages to become bad news for fishermen.\nAt the White House: President Obama delivered an education reform speech Thursday morning.',
  10: 'In the Gulf: Meanwhile, crews working to permanently seal the Gulf of Mexico oil leak were back on the scene Sunday after evacuating ahead of Tropical Storm Bonnie.',
  11: 'In the Gulf: Ships steamed to safer waters and coastal workers packed up oil removal operations as remnants of Tropical Storm Bonnie rolled into the Gulf of Mexico on Saturday.',
  12: "In the Gulf: Ships monitoring BP's broken oil well stood fast Friday as the remnants of Tropical Storm Bonnie blew toward the spill site.",
};
const log = (entries: Record<number, string>) =>
  Array.from(
    { length: 13 },
    (_, k) => entries[k] ?? 'In the Gulf: Crews kept working.\nAt the White House: President Obama has no public events scheduled.',
  ).join('\n');

describe("a day log counts each entry's weekdays from its own day", () => {
  it('dates "on Saturday" eleven entries down as the Saturday of that entry (dayLogEntry)', () => {
    const { expressions } = explainTimeExpressions(log(told), '2010-08-04');
    const saturday = expressions.find((e) => e.text === 'on Saturday');
    expect(saturday?.value).toBe('2010-07-24');
    expect(saturday?.rules).toContain('dayLogEntry');
    // (The entry's day goes with it, for the record's explanation: the page's day alone does not give the Saturday.)
    expect(saturday?.entryDay).toBe('2010-07-24');
    // The first entry is the page's own day.
    expect(expressions.find((e) => e.text === 'Wednesday')?.value).toBe('2010-08-04');
  });

  it('dates no weekday of a later entry when the entries are not one a day (dayLog:entry-of-unknown-day)', () => {
    const shuffled = { 0: told[0], 3: told[11], 5: told[10], 9: told[12], 12: told[6] };
    const { expressions, rejected } = explainTimeExpressions(log(shuffled), '2010-08-04');
    expect(expressions.find((e) => e.text === 'on Saturday')).toBeUndefined();
    expect(rejected.find((e) => e.text === 'on Saturday')?.rules).toContain('dayLog:entry-of-unknown-day');
  });
});
