import { describe, expect, it } from 'vitest';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { canBeTagged, tagWithWink } from './wink';

const tokens = (text: string) => tagWithWink(text).value;

describe('wink, as the layer uses it', () => {
  it('tokenises a text the same way whatever it read before (wink alone keeps "country\'s" whole once it has seen "country\'s.")', () => {
    const sentence = "He ruled over 19 of the country's 32 states.";
    const fresh = tokens(sentence);
    expect(fresh).toContain("'s");
    tokens("Nobody doubted the country's. The president's. The Clifford's... and the country's!");
    expect(tokens(sentence)).toEqual(fresh);
  });

  it('gives the same tokens and tags to a document read first and read after others', () => {
    const text = 'The Deepwater Horizon rig, leased from Transocean’s fleet, exploded into flames.';
    const first = tagWithWink(text);
    tokens('The rig was Transocean’s. It was Transocean’s!');
    expect(tagWithWink(text)).toEqual(first);
  });

  it('gives each token its lemma, by its tag, the same on every reading (lemmas remembered by lexeme and tag)', () => {
    const text = "BP said it can't cap the well, and the caps it tried failed; the spills were worse.";
    const lemmas = (w: ReturnType<typeof tagWithWink>) => w.value.map((v, i) => `${v}/${w.pos[i]}/${w.lemma[i]}`);
    const first = lemmas(tagWithWink(text));
    expect(first).toEqual(
      expect.arrayContaining(['said/VERB/say', 'ca/AUX/can', 'caps/NOUN/cap', 'tried/VERB/try', 'spills/VERB/spill', 'were/AUX/be', 'worse/ADJ/bad']),
    );
    expect(lemmas(tagWithWink(text))).toEqual(first);
  });

  it('gives one lexeme of two tags the lemma of each tag, as wink does uncached ("He saw the saw": see, saw)', () => {
    const text = 'He saw the saw.';
    const w = tagWithWink(text);
    const plain = winkNLP(model, ['pos']);
    const doc = plain.readDoc(text);
    const uncached = doc.tokens().out(plain.its.lemma as never) as string[];
    const tags = doc.tokens().out(plain.its.pos) as string[];
    expect(w.pos.slice(0, 4)).toEqual(tags.slice(0, 4));
    expect(w.lemma.slice(0, 4)).toEqual(uncached.slice(0, 4));
    expect(w.value.map((v, i) => `${v}/${w.pos[i]}/${w.lemma[i]}`)).toEqual(expect.arrayContaining(['saw/VERB/see', 'saw/NOUN/saw']));
  });

  it('counts the whitespace before every token, so tokens and spaces rebuild the text', () => {
    const text = 'A\u00a0B  C\tD\n\nE “F” — G';
    const w = tagWithWink(text);
    let rebuilt = '';
    for (let i = 0; i < w.count; i++) rebuilt += text.slice(rebuilt.length, rebuilt.length + w.spaceBefore[i]) + w.value[i];
    expect(rebuilt).toBe(text.trimEnd());
  });

  it('knows which words can be verbs (for headlines such as "BP caps well")', () => {
    expect(canBeTagged('cap', 'VERB')).toBe(true);
    expect(canBeTagged('president', 'VERB')).toBe(false);
    expect(canBeTagged('well', 'NOUN')).toBe(true);
  });
});

describe('canBeTagged, asked again', () => {
  it('gives the same answers after the tokeniser has met new words', () => {
    const words = ['cap', 'leak', 'spill', 'president', 'hayward', 'deepwater', 'relief'];
    const first = words.flatMap((w) => ['NOUN', 'VERB', 'ADJ'].map((tag) => canBeTagged(w, tag)));
    tagWithWink('Hayward capped the Macondo well; Deepwater Horizon sank.');
    expect(words.flatMap((w) => ['NOUN', 'VERB', 'ADJ'].map((tag) => canBeTagged(w, tag)))).toEqual(first);
    expect(canBeTagged('cap', 'VERB')).toBe(true);
  });
});
