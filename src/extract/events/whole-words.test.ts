import { describe, expect, it } from 'vitest';
import { analyseText } from '../nlp/analyse';
import { events } from '../events.harness';
import { keepWordsWhole } from './whole-words';

type Roles = Map<number, 'subject' | 'verb' | 'object' | 'agent' | 'phrase'>;

/** The title's words after keepWordsWhole, from a title of the given words (their first occurrence). */
function whole(sentence: string, words: string[]) {
  const a = analyseText(sentence);
  const t = a.tokens;
  const tokens: Roles = new Map();
  for (const w of words) {
    const i = Array.from({ length: t.count }, (_, k) => k).find((k) => t.norm[k] === w && !tokens.has(k));
    if (i !== undefined) tokens.set(i, 'object');
  }
  const rules: string[] = [];
  keepWordsWhole(t, a.sentences[0], tokens, rules);
  return { words: [...tokens.keys()].sort((x, y) => x - y).map((i) => t.norm[i]), rules };
}

describe('words the tokeniser split are written whole (`title:word-kept-whole`)', () => {
  it('takes the rest of a word written with a slash', () => {
    const price = "The decrease brings the company's posted price for the benchmark grade, Edmonton/Swann Hills Light Sweet, to 22.26 Canadian dlrs a bbl.";
    expect(whole(price, ['swann', 'hills'])).toEqual({ words: ['edmonton', '/', 'swann', 'hills'], rules: ['title:word-kept-whole'] });
    // (A title already whole is left as it is: no rule.)
    expect(whole(price, ['edmonton', '/', 'swann', 'hills']).rules).toEqual([]);
  });

  it('keeps the noun after an amount written with hyphens ("dlr-a-share")', () => {
    const bid =
      "General Partners, which includes GC Holdings Inc and General Acquisitions Inc, said yesterday it was dropping its 100-dlr-a-share hostile takeover bid for GenCorp because of GenCorp's move to buy back its shares for up to 130 dlrs each.";
    expect(whole(bid, ['its', '100', 'dlr']).words).toEqual(['its', '100', '-', 'dlr', '-', 'a', '-', 'share']);
    const suit = 'Gencorp Inc said it filed suit against the unsolicited 100 dlr-a-share tender offer of Wagner and Brown and AFG INdustries.';
    const titles = events(suit, '1987-03-23').map((m) => m.title);
    expect(titles.some((x) => /dlr-a-share tender offer/.test(x) || !/dlr-a/.test(x))).toBe(true);
    expect(titles.filter((x) => /dlr-a(?:-share)?$/.test(x))).toEqual([]);
  }, 60_000);
});
