/**
 * compromise's verdicts are remembered per sentence of its evidence text, and a document's hints from the memo are
 * exactly those of one parse of the whole document.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { cleanText } from './clean';
import { readDocument } from './read';
import { clearNlpMemo, evidenceRuns, nlpHints, nlpHintsUnmemoised, nlpMemoSize } from './nlp-hints';

const sorted = (h: { people: Set<string>; organizations: Set<string> }) => ({ people: [...h.people].sort(), organizations: [...h.organizations].sort() });

function articles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const read = readDocument(name, new Uint8Array(readFileSync(join(dir, name))));
      return read.ok ? [cleanText(read.raw).text] : [];
    });
}

const heldout = articles(join(__dirname, '__fixtures__/heldout'));
const seeds = articles(join(__dirname, '../../data/documents'));

beforeEach(() => clearNlpMemo());

describe("compromise's hints from the memo", () => {
  it('are the hints of one parse of the whole document, for every article, parsed first or served from the memo', () => {
    for (const text of [...heldout, ...seeds, ...heldout]) expect(sorted(nlpHints(text))).toEqual(sorted(nlpHintsUnmemoised(text)));
  }, 60_000); // two parses of 21 articles: seconds on a busy machine

  it('find the people of a report, e.g. Kim Jong Un and Andrei Belousov', () => {
    const hints = nlpHints('Defense Minister Andrei Belousov met leader Kim Jong Un in Pyongyang on Friday.');
    expect(hints.people).toContain('belousov');
    expect(hints.people).toContain('kim');
  });

  it('parse a sentence once: a second report naming the same people in the same words adds nothing to the memo', () => {
    nlpHints('President Joe Biden spoke to Chancellor Olaf Scholz.');
    const size = nlpMemoSize();
    expect(size).toBe(2); // "President Joe Biden.\n", "to Chancellor Olaf Scholz."
    const second = nlpHints('President Joe Biden wrote to Chancellor Olaf Scholz.');
    expect(nlpMemoSize()).toBe(size);
    expect(sorted(second)).toEqual(sorted(nlpHintsUnmemoised('President Joe Biden wrote to Chancellor Olaf Scholz.')));
  });

  it("take compromise's sentences as it splits them: a run that starts with the full stop of '5. Al-Qahtani'", () => {
    const text = 'They met on May 5. Al-Qahtani said Kim Jong Un arrived.\nThe talks of 2024... Biden flew home.';
    expect(evidenceRuns(text)).toContain('. Al-Qahtani');
    expect(sorted(nlpHints(text))).toEqual(sorted(nlpHintsUnmemoised(text)));
    expect(nlpMemoSize()).toBeGreaterThan(0);
    expect(sorted(nlpHints(text))).toEqual(sorted(nlpHintsUnmemoised(text)));
  });

  it('give nothing for a text without a capitalised word', () => {
    expect(sorted(nlpHints('no names here, only words.'))).toEqual({ people: [], organizations: [] });
  });
});
