import { describe, expect, it } from 'vitest';
import { analyseText } from '../nlp/analyse';
import { events } from '../events.harness';
import { keepWordsWhole } from './whole-words';
import type { Roles } from './complements';

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
    // (Reuters dev usair, "The company's 65 dlr-a-share cash offer for Piedmont stands", written as a deed: the title
    // stopped inside the word, "USAir made its 65 dlr-a-share", before the noun and what the offer is for.)
    const made = 'USAir on Monday made its 65 dlr-a-share cash offer for Piedmont.';
    const m = events(made, '1987-03-23').find((x) => x.title.startsWith('USAir made'));
    expect(m?.title).toBe('USAir made its 65 dlr-a-share cash offer for Piedmont');
    expect(m?.rules).toEqual(expect.arrayContaining(['title:word-kept-whole', 'title:measure-keeps-noun', 'title:offer-keeps-target']));
  }, 60_000);
});

describe('an object written past its phrase and a time (`title:object-past-phrase-kept`)', () => {
  it('keeps the object in the sentence order ("Congress received from the White House" is cut)', () => {
    const received =
      'Congress received from the White House on Wednesday a $15 million request to fund the commission Obama has appointed to study the future of offshore drilling.';
    const m = events(received, '2010-06-16').find((x) => x.title.startsWith('Congress received'));
    expect(m?.title).toBe('Congress received from the White House a $15 million request');
    expect(m?.rules).toContain('title:object-past-phrase-kept');
    // (Not a passive's phrase run on, nor a measure after a particle's object.)
    const diagnosed =
      "Five new cases were diagnosed in the UK today four schoolchildren and an adult linked to Alleyn's School in Dulwich, south London, which has been closed all week after six pupils were diagnosed with the illness.";
    expect(events(diagnosed, '2009-05-08').map((x) => x.title)).toContain('Five new cases were diagnosed in the UK');
  }, 60_000);
});
