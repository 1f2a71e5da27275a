import { describe, expect, it } from 'vitest';
import { labDocument } from './lab-document.harness';
import { chronologyDays, dateRank, redundancyPenalized, stratified, weekdayFactor } from './mix-lab';

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

describe("mix-lab's strata of equal article mass", () => {
  it('takes the best day of each stratum before a second day of any', () => {
    // six articles: three in the spill's first week, three in the autumn; two strata split at the middle article
    const docs = ['2010-04-21', '2010-04-22', '2010-04-23', '2010-09-20', '2010-11-02', '2010-12-16'].map((d, i) => doc(`d${i}`, 'BP said.', d));
    const sorted = [
      { date: '2010-04-20', score: 21.7 },
      { date: '2010-04-22', score: 13.1 },
      { date: '2010-09-19', score: 8.2 },
      { date: '2010-12-15', score: 9.1 },
    ];
    // a round-robin: the blast, then the autumn's best (15 December), then the sinking, then 19 September
    expect(stratified(sorted, docs, 2, 1e9)).toEqual(['2010-04-20', '2010-12-15', '2010-04-22', '2010-09-19']);
    // a soft penalty of one point per doubling leaves the sinking (13.1 − 1) ahead of 15 December (9.1)
    expect(stratified(sorted, docs, 2, 1)).toEqual(['2010-04-20', '2010-04-22', '2010-12-15', '2010-09-19']);
  });
});

describe("mix-lab's date-reference graph", () => {
  it('ranks the day later articles refer back to above the days that only refer', () => {
    const docs = [
      doc('a', 'The rig exploded on April 20, killing 11 workers.', '2010-05-02'),
      doc('b', 'Since the April 20 explosion, oil has gushed into the Gulf.', '2010-06-10'),
      doc('c', 'BP said on Sept. 19 that the well was dead, five months after the April 20 blast.', '2010-09-20'),
    ];
    const rank = dateRank(docs);
    const blast = rank.get('2010-04-20') ?? 0;
    expect(blast).toBeGreaterThan(rank.get('2010-09-19') ?? 0);
    expect(blast).toBeGreaterThan(rank.get('2010-05-02') ?? 0);
    expect([...rank.values()].reduce((x, y) => x + y, 0)).toBeCloseTo(1, 6);
  });
});

describe("mix-lab's redundancy over the story's titles", () => {
  it('moves a day down when its title repeats the words of a title already taken', () => {
    const sorted = [
      { date: '2010-06-01', score: 13.05 },
      { date: '2010-06-09', score: 10.93 },
      { date: '2010-06-22', score: 10.5 },
    ];
    const titles = new Map([
      ['2010-06-01', "BP's shares in London closed down 13 percent"],
      ['2010-06-09', 'BP Plc shares tumbled nearly 16 percent'],
      ['2010-06-22', "A judge blocked the Obama administration's ban on deepwater drilling"],
    ]);
    expect(redundancyPenalized(sorted, titles, 0)).toEqual(['2010-06-01', '2010-06-09', '2010-06-22']);
    // "shares" and "percent" are two of the second title's five content words: 10.93 − 2 × 0.4 < 10.5
    expect(redundancyPenalized(sorted, titles, 2)).toEqual(['2010-06-01', '2010-06-22', '2010-06-09']);
  });
});
