import { describe, expect, it } from 'vitest';
import { events } from '../events.harness';

// "SAYER said DAY NOUN-PHRASE VERB" with no "that": the phrase after the day is the subject of what was said, never
// the sayer (`reduced-relative-on-subject` takes no such "said" for a participle).
describe('nlp/clause-rules: a day between "said" and its content leaves the sayer out of the content', () => {
  const titles = (text: string, published = '1987-12-01') => events(text, published).map((m) => m.title);

  it.each([
    ['The Commerce Department said on Tuesday retail sales rose 0.4 percent in October.', 'The Commerce Department rose 0.4 percent'],
    ['Exxon Corp said on Monday spending by oil companies fell 30 pct in 1986.', 'Exxon Corp fell 30 pct'],
    ["Japan's Ministry of Finance said on Friday exports rose 10 pct in November.", "Japan's Ministry of Finance rose 10 pct"],
  ])(
    'gives no false title for %s',
    (text, wrong) => {
      expect(titles(text)).not.toContain(wrong);
      expect(titles(text).every((t) => !/Department rose|Corp fell|Finance rose/.test(t))).toBe(true);
    },
    60_000,
  );

  it('keeps wire copy of the same shape', () => {
    expect(titles('Defense Secretary Caspar Weinberger said on Monday the Navy escorted two tankers on March 3.', '1987-03-10')).toContain(
      'The Navy escorted two tankers',
    );
    expect(titles('Espinosa said yesterday the pipeline was closed in March.')).toContain('The pipeline was closed');
  }, 60_000);
});
