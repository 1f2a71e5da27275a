import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../pipeline';
import { unfaithfulWord } from './faithful';

describe('unfaithfulWord', () => {
  it('passes words of the sentence in order, and a canonical name for a mention', () => {
    expect(unfaithfulWord('Joe Biden flew over the wreckage', 'Biden on Friday flew over the wreckage of the bridge.', ['Joe Biden'])).toBeNull();
    expect(unfaithfulWord('International food prices broke a high', 'In December, international food prices broke a high.', [])).toBeNull();
  });

  it('fails a broken word, a word out of order and a word from nowhere', () => {
    expect(unfaithfulWord('In ternational food prices broke', 'In December, international food prices broke a high.', [])).not.toBeNull();
    expect(unfaithfulWord('The bridge flew', 'Biden flew over the bridge.', [])).not.toBeNull();
    expect(unfaithfulWord('BP capped the leak', 'BP capped the well.', [])).not.toBeNull();
  });

  it('fails half of a name whose hyphen the page spaced: "passed Wal" for "passed Wal - Mart" (nlp/spaced-hyphen.ts)', () => {
    const sentence = "Apple Computer's iTunes downloadable music service in February passed Wal - Mart to become the No. 1 music seller.";
    expect(unfaithfulWord("Apple Computer's iTunes downloadable music service passed Wal", sentence, [])).not.toBeNull();
    expect(unfaithfulWord("Apple Computer's iTunes downloadable music service passed Wal - Mart", sentence, [])).toBeNull();
    expect(unfaithfulWord("Apple Computer's iTunes downloadable music service passed Wal-Mart", sentence, [])).toBeNull();
    // (A dash between two phrases is no hyphen of a name: "Photo: Alastair Grant - AP".)
    expect(unfaithfulWord('Three are in London', "Three are in London - Alleyn's School in Dulwich.", [])).toBeNull();
  });

  it('passes the auxiliary a reduced relative leaves out, written before its participle (title:passive-auxiliary-supplied)', () => {
    const sentence = 'RICO, passed by Congress in 1970, contains both a civil and criminal component.';
    const rules = ['title:passive-auxiliary-supplied'];
    expect(unfaithfulWord('RICO was passed by Congress', sentence, [], undefined, rules)).toBeNull();
    expect(unfaithfulWord('RICO was passed by the Senate', sentence, [], undefined, rules)).not.toBeNull();
    // Without the rule that wrote it, a "was" the sentence lacks is a word from nowhere.
    expect(unfaithfulWord('RICO was passed by Congress', sentence, [])).not.toBeNull();
    expect(unfaithfulWord('Congress was passed', 'Congress passed RICO in 1970.', [])).not.toBeNull();
  });

  it('fails a name written for a mention that the quote does not show (a role or pronoun named from elsewhere)', () => {
    const quote = 'Last week, the president stopped all oil drilling in the Gulf.';
    expect(unfaithfulWord('Barack Obama stopped all oil drilling in the Gulf', quote, ['Barack Obama'])).not.toBeNull();
    expect(unfaithfulWord('Barack Obama stopped all oil drilling in the Gulf', `President Obama flew to Louisiana. ${quote}`, ['Barack Obama'])).toBeNull();
    expect(unfaithfulWord('Abdel Baset al-Megrahi was freed', 'Megrahi was convicted. He was freed.', ['Abdel Baset al-Megrahi'])).toBeNull();
  });

  it("passes one run of words of the phrase shown apart (a mention's `named`), and no word from nowhere", () => {
    const quote = 'The leak started on May 3 after a valve failed.';
    expect(unfaithfulWord('The Acme Bay oil leak started', quote, [], 'the huge Acme Bay oil leak')).toBeNull();
    expect(unfaithfulWord('The Acme Bay oil leak started', quote, [])).not.toBeNull();
    expect(unfaithfulWord('The Acme Bay oil leak started a fire', quote, [], 'the huge Acme Bay oil leak')).not.toBeNull();
    expect(unfaithfulWord('Crews sealed the Acme Bay leak', 'Crews sealed the leak.', [], 'the Acme Bay leak')).toBeNull();
  });
});

/** Every event of a corpus: its title against the sentence of its first (representative) report. */
function titleFailures(dir: string): string[] {
  const files = readdirSync(dir)
    .sort()
    .map((f) => ({ id: f, bytes: new Uint8Array(readFileSync(join(dir, f))) }));
  const t = buildTimeline(files);
  const names = t.actors.map((a) => a.name);
  const out: string[] = [];
  for (const e of t.events) {
    const why = unfaithfulWord(e.title, e.mentions[0].sentence, names, e.mentions[0].named?.text, e.mentions[0].rules);
    if (why) out.push(`${e.title} ← ${e.mentions[0].sentence}: ${why}`);
    if (e.title.split(/\s+/).length > 14) out.push(`${e.title}: more than 14 words`);
    if (e.title.includes('…')) out.push(`${e.title}: cut`);
  }
  expect(t.events.length).toBeGreaterThan(0);
  return out;
}

describe('titles are words of their representative sentence, in order (every event of every corpus in the repository)', () => {
  const root = resolve(__dirname, '../../../benchmarks');
  for (const corpus of ['seeds', 'meantime-apple', 'semeval2015-apple']) {
    it(corpus, () => {
      expect(titleFailures(join(root, corpus, 'documents'))).toEqual([]);
    }, 120_000);
  }
});
