import { describe, expect, it } from 'vitest';
import { events } from '../events.harness';

describe('a month in a story told in a year long past (narrativeYear)', () => {
  it('dates the second wave of 1918 in November 1918, not November 2008', () => {
    const text =
      'Now, the Department of Health is also taking a leaf from the book of an even more heroic 1918 figure.\n' +
      'In June of that awful year, James Niven, the medical officer of health for Manchester, had 35,000 handbills printed and distributed throughout the city.\n' +
      'In November, when the second deadly wave of the pandemic swept through Britain, he went a stage further, printing more handbills and posting warnings throughout the city.';
    const wave = events(text, '2009-04-30').find((m) => m.title.includes('second deadly wave'));
    expect(wave?.time).toMatchObject({ value: '1918-11', precision: 'month' });
    expect(wave?.time?.rules).toContain('narrativeYear');
  });
});
