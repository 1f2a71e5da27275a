/**
 * How many pieces `text.split(/\s+/)` gives, counted only up to `limit`: clean.ts asks of every line of a page whether
 * it has at most three words (a menu's label) or at least 25 (prose), and splitting a paragraph into all its words to
 * answer would allocate every word. The count stops at `limit`; below it, it is the split's exact length (a piece per run
 * of whitespace, plus one; leading or trailing whitespace gives an empty piece, as the split does).
 */
export function piecesUpTo(text: string, limit: number): number {
  let pieces = 1;
  if (pieces >= limit) return limit;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    if (!isSpace(text.charCodeAt(i))) inSpace = false;
    else if (!inSpace) {
      inSpace = true;
      if (++pieces >= limit) return limit;
    }
  }
  return pieces;
}

/** The characters of the regular expression class `\s`: ECMAScript's WhiteSpace and LineTerminator. */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
