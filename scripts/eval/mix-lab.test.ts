import { describe, expect, it } from 'vitest';
import { labDocument } from './lab-document.harness';
import { chronologyDays, weekdayFactor } from './mix-lab';

const doc = labDocument;

describe("mix-lab's chronology lines", () => {
  it('lists the day a factbox line opens with, not a day told inside a sentence', () => {
    const factbox = doc(
      'factbox',
      'TIMELINE-BP and the Gulf oil spill\nJune 16 - BP agrees to set up a $20 billion fund for damage claims from the spill.\nSept. 19 - With a final shot of cement, BP permanently "kills" the leaking well.\nDec. 15 - The Obama administration launches a legal battle against BP and its partners.',
      '2010-12-16',
    );
    const story = doc('story', 'BP finished a pressure test on Sept. 19, the final step before the well was declared dead.', '2010-09-20');
    const days = chronologyDays([factbox, story]);
    expect([...(days.get('2010-09-19') ?? [])]).toEqual(['factbox']);
    expect([...(days.get('2010-12-15') ?? [])]).toEqual(['factbox']);
    // the time tagger reads this line forward (2011-06-16); a factbox lists what has happened
    expect([...(days.get('2010-06-16') ?? [])]).toEqual(['factbox']);
    expect(days.has('2011-06-16')).toBe(false);
  });
});

describe("mix-lab's weekly rhythm of the burst", () => {
  it('weighs a burst that runs into the weekend by the weekend days it spans', () => {
    // two articles every Tuesday (2010-06-15, 2010-06-22), none at the weekend: a Friday's three days hold one weekday
    const docs = ['2010-06-15', '2010-06-15', '2010-06-22', '2010-06-22', '2010-06-18', '2010-06-17'].map((d, i) => doc(`d${i}`, 'BP said.', d));
    const factor = weekdayFactor(docs);
    const day = (s: string) => Date.parse(s) / 864e5;
    // 6 articles over 7 weekdays: Tuesday 4 → 4.67, Thursday and Friday 1 → 1.17 each, the rest 0
    expect(factor(day('2010-06-18'))).toBeCloseTo(7 / 6 / 3, 5); // Friday, Saturday, Sunday
    expect(factor(day('2010-06-15'))).toBeCloseTo((28 / 6 + 0 + 7 / 6) / 3, 5); // Tuesday, Wednesday, Thursday
  });
});
