import { describe, expect, it } from 'vitest';
import { Flag, hasFlag, type Tag, type TokenTable, tagCursor, tokenize, tokenText } from './tokens';

const words = (t: TokenTable) => Array.from({ length: t.count }, (_, i) => tokenText(t, i));
const find = (t: TokenTable, word: string, from = 0) => {
  for (let i = from; i < t.count; i++) if (tokenText(t, i) === word) return i;
  throw new Error(`no token '${word}' in ${JSON.stringify(words(t))}`);
};

/** Every token is the text at its offsets, in order, with nothing but whitespace between tokens. */
function expectLossless(text: string) {
  const t = tokenize(text);
  let last = 0;
  for (let i = 0; i < t.count; i++) {
    expect(t.start[i]).toBeGreaterThanOrEqual(last);
    expect(text.slice(last, t.start[i]).trim()).toBe('');
    last = t.end[i];
  }
  expect(text.slice(last).trim()).toBe('');
  return t;
}

describe('tokens point back into the exact text they came from', () => {
  it.each([
    ['curly quotes and apostrophes', 'The U.S. said “it’s over” and Hayward’s team agreed.'],
    ['an em dash and a non-breaking space', 'BP capped the well\u00a0— finally — on 15 July.'],
    [
      'a URL, an e-mail address and a wire dateline',
      'WASHINGTON | Tue May 18, 2010 7:56 am EDT WASHINGTON (Reuters) - See https://www.bbc.co.uk/news/x?a=1&b=2 or mail me@x.com.',
    ],
    ['money, hyphenated ages and titles', 'Mr. Hayward set aside $1.55 billion for an 11-year-old fund; Gen. Smith met Mr. Kim on Jan. 5.'],
    ['contractions', "BP didn't cap it, can't say why, won't comment and they're angry."],
    ['tabs, carriage returns and blank lines', 'First line.\r\n\r\n\tSecond line after a tab.\n\nThird.'],
  ])('%s', (_name, text) => {
    const t = expectLossless(text);
    for (let i = 0; i < t.count; i++) expect(text.slice(t.start[i], t.end[i])).toBe(tokenText(t, i));
  });

  it('never breaks a word: "In December, international food prices broke an all-time high"', () => {
    const t = expectLossless('In December, international food prices broke an all-time high.');
    expect(words(t)).toEqual(['In', 'December', ',', 'international', 'food', 'prices', 'broke', 'an', 'all', '-', 'time', 'high', '.']);
  });

  it('keeps "U.S.", "Mr." and "$1.55 billion" as a reader would split them', () => {
    const t = tokenize('The U.S. gave Mr. Hayward $1.55 billion.');
    expect(words(t)).toEqual(['The', 'U.S.', 'gave', 'Mr.', 'Hayward', '$', '1.55', 'billion', '.']);
    expect(hasFlag(t, find(t, 'U.S.'), Flag.ABBREVIATION)).toBe(true);
    expect(hasFlag(t, find(t, '1.55'), Flag.NUMBER)).toBe(true);
  });

  it('splits a possessive that wink left on a word before punctuation, as it does elsewhere', () => {
    const t = tokenize("It was the Jacksonian's. He ruled the Jacksonian's states.");
    const first = find(t, 'Jacksonian');
    expect(tokenText(t, first + 1)).toBe("'s");
    expect(hasFlag(t, first + 1, Flag.POSSESSIVE)).toBe(true);
    expect(tokenText(t, find(t, 'Jacksonian', first + 1) + 1)).toBe("'s");
  });
});

describe('token flags', () => {
  it('tells opening from closing quotation marks, curly or straight', () => {
    const t = tokenize('He said: “Never.” She said "Yes" and left.');
    expect(hasFlag(t, find(t, '“'), Flag.QUOTE | Flag.OPENING)).toBe(true);
    expect(hasFlag(t, find(t, '”'), Flag.CLOSING)).toBe(true);
    const open = find(t, '"');
    expect(hasFlag(t, open, Flag.OPENING)).toBe(true);
    expect(hasFlag(t, find(t, '"', open + 1), Flag.CLOSING)).toBe(true);
  });

  it('reads the apostrophe of "the workers’ families" as a possessive, not a closing quote', () => {
    const t = tokenize('the workers’ families');
    const apostrophe = find(t, '’');
    expect(hasFlag(t, apostrophe, Flag.POSSESSIVE)).toBe(true);
    expect(hasFlag(t, apostrophe, Flag.QUOTE)).toBe(false);
  });

  it('marks negations, capitals, links, glued hyphens and line starts', () => {
    const t = tokenize('BP did not cap the 11-year-old well.\nNo one saw https://bp.com today.');
    expect(hasFlag(t, find(t, 'not'), Flag.NEGATION)).toBe(true);
    expect(hasFlag(t, find(t, 'No'), Flag.NEGATION)).toBe(true);
    expect(hasFlag(t, find(t, 'BP'), Flag.CAPITALISED | Flag.ALL_CAPS)).toBe(true);
    expect(hasFlag(t, find(t, 'year'), Flag.GLUED)).toBe(true);
    expect(hasFlag(t, find(t, 'No'), Flag.LINE_START)).toBe(true);
    expect(hasFlag(t, find(t, 'BP'), Flag.LINE_START)).toBe(true);
    expect(hasFlag(t, find(t, 'did'), Flag.LINE_START)).toBe(false);
    expect(hasFlag(t, find(t, 'https://bp.com'), Flag.LINK)).toBe(true);
  });

  it('gives each token its part of speech and lemma, with contractions normalised', () => {
    const t = tokenize("The rig sank and BP didn't say why.");
    const sank = find(t, 'sank');
    expect(t.tag[sank]).toBe('VERB');
    expect(t.lemma[sank]).toBe('sink');
    const not = find(t, "n't");
    expect(t.norm[not]).toBe('not');
    expect(t.tag[find(t, 'rig')]).toBe('NOUN');
  });
});

describe('tagCursor', () => {
  it('gives, offsets asked left to right, the tag a map of every token start gives', () => {
    const text = "BP's chief executive, Tony Hayward, was grilled about the disaster by Congress for seven hours on Thursday.";
    const t = tokenize(text);
    const map = new Map<number, Tag>();
    for (let i = 0; i < t.count; i++) map.set(t.start[i], t.tag[i]);
    const tagAt = tagCursor(t);
    for (let at = 0; at <= text.length; at++) expect(tagAt(at)).toBe(map.get(at));
    expect(tagCursor(t)(text.indexOf('Hayward'))).toBe('PROPN');
    expect(tagCursor(t)(text.indexOf('ony'))).toBeUndefined();
  });

  it('gives the later tag where two tokens start at one offset', () => {
    const t: TokenTable = {
      text: 'ab',
      count: 3,
      start: Int32Array.from([0, 1, 1]),
      end: Int32Array.from([1, 1, 2]),
      tag: ['NOUN', 'PUNCT', 'VERB'],
      lemma: ['a', '', 'b'],
      norm: ['a', '', 'b'],
      flags: new Uint16Array(3),
    };
    const tagAt = tagCursor(t);
    expect([tagAt(0), tagAt(1), tagAt(2)]).toEqual(['NOUN', 'VERB', undefined]);
  });
});
