import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

const dated = (text: string, published: string) =>
  events(text, published)
    .filter((m) => m.time)
    .map((m) => ({ title: m.title, date: m.time!.value }));

describe('a date before a "when" clause of what was due then (date:of-what-was-due-then)', () => {
  it('takes no date for the plans from the week the exams were due', () => {
    const text =
      "A statement on the school's website said teachers were drawing up contingency plans for exams this week when students were due to sit A-level art exams and language oral tests.";
    expect(whyNot(text, '2009-05-05')).toContain('drawing:date:of-what-was-due-then');
    expect(dated(text, '2009-05-05').filter((e) => e.title.includes('contingency plans'))).toEqual([]);
  });

  it('keeps the date before a "when" clause of what happened then', () => {
    const text =
      'The administration, however, hit a roadblock Tuesday when New Orleans federal judge Martin Feldman struck down the six-month ban on drilling.';
    expect(dated(text, '2010-06-24')).toContainEqual({ title: 'The administration hit a roadblock', date: '2010-06-22' });
  });
});
