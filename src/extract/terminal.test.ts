import { describe, expect, it } from 'vitest';
import { forTerminal } from './terminal';

describe('printing a file name on the terminal', () => {
  it('writes an escape sequence and a newline in a name as visible escapes, so the name cannot clear the screen or forge a line', () => {
    const name = 'report\x1b[2J\x1b[H\nwarning: forged.txt: all clear.txt';
    const line = forTerminal(`warning: ${name}: empty file`);
    expect(line).toBe('warning: report\\x1b[2J\\x1b[H\\nwarning: forged.txt: all clear.txt: empty file');
    expect([...line].filter((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)).toEqual([]);
  });

  it('escapes carriage returns, bells, C1 controls and right-to-left overrides', () => {
    expect(forTerminal('a\rb\x07c\x9bd\u202etxt.exe')).toBe('a\\rb\\x07c\\x9bd\\u202etxt.exe');
  });

  it('leaves ordinary names alone, accents and all', () => {
    expect(forTerminal('Été à Séoul — notes.txt')).toBe('Été à Séoul — notes.txt');
  });
});
