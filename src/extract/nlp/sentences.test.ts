import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../segment';
import { sentencesOf } from './sentences';
import { tokenize, tokenText } from './tokens';

describe('sentences of the layer', () => {
  it("are segment.ts's sentences, each holding the tokens inside it", () => {
    const text = 'Gen. Smith met Mr. Kim in the U.S. on Jan. 5. He said it was over.\nWASHINGTON (Reuters) - The well was capped...';
    const spans = sentencesOf(tokenize(text));
    expect(spans.map((s) => s.text)).toEqual(segmentSentences(text).map((s) => s.text));
    const t = tokenize(text);
    for (const s of sentencesOf(t))
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        expect(t.start[i]).toBeGreaterThanOrEqual(s.start);
        expect(t.end[i]).toBeLessThanOrEqual(s.end);
      }
  });

  it('split after "..." and keep "Adm. Thad Allen" whole, where wink\'s own splitter does the opposite', () => {
    const text =
      'The rig sank after an explosion killed 11 workers... The Environmental Protection Agency says the air is safe. Coast Guard Adm. Thad Allen agreed.';
    const t = tokenize(text);
    const spans = sentencesOf(t);
    expect(spans.map((s) => tokenText(t, s.tokenStart))).toEqual(['The', 'The', 'Coast']);
  });
});
