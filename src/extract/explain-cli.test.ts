import { describe, expect, it } from 'vitest';
import { explainFile } from './explain-cli';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('explain', () => {
  it('prints each sentence with its clauses, its dates and every event decision by rule name', () => {
    const lines = explainFile(
      'a.txt',
      bytes('Well capped\nPublished: July 16, 2010\nBP capped the leaking well on Thursday. BP did not cap the relief well on Friday.\n'),
    );
    const text = lines.join('\n');
    expect(text).toContain('S1: BP capped the leaking well on Thursday.');
    expect(text).toMatch(
      /EVENT "BP capped the leaking well" date 'on Thursday' → 2010-07-15 actors \[[^\]]*\] \[clause-happening, past, clause:main, .*date:in-clause\]/,
    );
    expect(text).toContain("no event 'cap': negated");
    expect(text).toMatch(/date 'on Friday' → 2010-07-16/);
  });
});
