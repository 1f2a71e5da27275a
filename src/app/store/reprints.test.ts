import { describe, expect, it } from 'vitest';
import { sameWords, withoutReprints } from './reprints';

describe("a publisher's reprint of a sentence", () => {
  const burn = 'A burn was last tried on 28 April when thousands of litres of oil were successfully removed.';

  it('is one sentence whatever its case and spacing', () => {
    expect(sameWords(`  ${burn.replace('A burn', 'A  burn')}\n`)).toBe(sameWords(burn.toUpperCase()));
  });

  it('is kept once, at its first report, with the number of reports that print it again', () => {
    const reports = [burn, 'The spill is now larger than Jamaica.', burn.replace('A burn', 'A  burn'), burn];
    expect(withoutReprints(reports)).toEqual([
      { source: burn, reprints: 2 },
      { source: 'The spill is now larger than Jamaica.', reprints: 0 },
    ]);
  });

  it('reads the sentence from any kind of source', () => {
    const sources = [
      { quote: burn, doc: 'a' },
      { quote: burn, doc: 'b' },
    ];
    expect(withoutReprints(sources, (s) => s.quote)).toEqual([{ source: sources[0], reprints: 1 }]);
  });
});
