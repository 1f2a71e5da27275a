import { describe, expect, it } from 'vitest';
import { isSpace, piecesUpTo } from './word-pieces';

describe('piecesUpTo', () => {
  it('is the length of a split on runs of whitespace, up to the limit', () => {
    const lines = [
      '',
      ' ',
      'Europe',
      '• Politics',
      'Home»World  News ',
      ' leading',
      'a\u00a0b\u2009c\td\ne',
      'BP said on Thursday that it had capped the well, stopping the flow of oil into the Gulf of Mexico for the first time since April.',
    ];
    for (const line of lines) for (const limit of [1, 2, 4, 12, 25, 31]) expect(piecesUpTo(line, limit)).toBe(Math.min(line.split(/\s+/).length, limit));
  });

  it('knows the characters of \\s', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });
});
