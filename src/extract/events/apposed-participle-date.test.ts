import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

describe('a date inside an apposed participle is its own (date:of-apposed-participle)', () => {
  it('does not date "was bought" by the founding year in ", founded in 1915,"', () => {
    const text = 'Getty Oil, founded in 1915, was bought by Texaco.';
    expect(events(text, '1987-04-10').filter((x) => x.title.includes('bought'))).toEqual([]);
    expect(whyNot(text, '1987-04-10')).toContain('bought:date:of-apposed-participle');
  }, 60_000);

  it('does not date the clause by a regular participle after its object', () => {
    const text = 'Texaco said it would sell Getty Petroleum Marketing, acquired in 1984, to raise cash.';
    expect(events(text, '1987-04-10').some((x) => x.time?.text === '1984')).toBe(false);
  }, 60_000);

  it('keeps the clause\'s own date after the participle: "was bought by Texaco in 1984"', () => {
    const text = 'Getty Oil, founded in 1915, was bought by Texaco in 1984.';
    expect(events(text, '1987-04-10').some((x) => x.title.includes('bought') && x.time?.text === '1984')).toBe(true);
  }, 60_000);

  it('keeps the day a document was published as the day it told: ", published last month, blamed"', () => {
    const text =
      'BP\'s internal investigation, published last month, blamed a "sequence of failures involving a number of different parties" for the Deepwater Horizon oil spill.';
    expect(events(text, '2010-09-20').some((x) => x.title.includes('blamed') && x.time?.text === 'last month')).toBe(true);
  }, 60_000);
});
