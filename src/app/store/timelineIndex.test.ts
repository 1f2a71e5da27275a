import { describe, expect, it } from 'vitest';
import type { Precision } from '../../schema/timeline';
import { dateSpan } from './dates';
import { eventSpan } from './timelineIndex';

describe('event date spans, read digit by digit', () => {
  it('give the same span as dateSpan for every form of date and precision, odd ones too', () => {
    const values = [
      '2024',
      '2024-06',
      '2024-06-19',
      '1999-12-31',
      '0099-01-01',
      '2024-02-30',
      '2024-13',
      '2024-6',
      '24',
      '2024-06-1x',
      'abcd',
      '',
      '2024/06/19',
    ];
    for (const value of values)
      for (const precision of ['day', 'week', 'month', 'year'] as Precision[])
        expect(eventSpan(value, precision), `${value} ${precision}`).toEqual(dateSpan(value, precision));
  });
});
