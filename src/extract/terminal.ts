/**
 * What the command line prints about files it was given. A file name is chosen by whoever made the file, and may
 * hold an escape sequence (ESC [2J clears the screen), a newline (a second line that reads like one of our own
 * warnings) or a right-to-left override (text shown backwards). Every line the CLI prints goes through
 * forTerminal, which writes such characters as visible escapes: "evil\x1b[2J\nwarning: x.txt".
 */

// C0 and C1 controls (ESC, CR, LF, BEL, CSI …), DEL, and the bidirectional formatting characters.
const UNSAFE = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** One line of terminal output with every control and bidi character escaped (a backslash stays as it is). */
export function forTerminal(line: string): string {
  return line.replace(UNSAFE, (c) => {
    const named = NAMED[c];
    if (named) return named;
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
